import { load } from 'cheerio';
import Parser from 'rss-parser';
import type { AdapterResult } from './common.js';
import { FeedCollector } from './common.js';
import { parsePublished } from '../dates.js';
import { FetchError } from '../errors.js';
import { htmlToText } from '../html.js';
import { entryBlocks, prepareFeedText, rootStartTag } from '../xml.js';

/** Text of a field xml2js may hand over as a string, `{ _: text, $: attrs }` or an array of those. */
function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object' && '_' in value) return str((value as { _: unknown })._);
  return undefined;
}

function httpUrl(value: unknown): string | undefined {
  const s = str(value)?.trim();
  return s && /^https?:\/\//i.test(s) ? s : undefined;
}

/** Link texts that only point back at the item ("Lesen Sie hier weiter...", presseportal's "Newsroom"). */
const READ_MORE = /^\s*(lesen sie hier weiter|weiterlesen|mehr lesen|zum artikel|newsroom|read more)\W*$/i;

/**
 * Plain text of an entry's HTML content without the furniture feed generators wrap it in: links that
 * only lead back to the item, a distributor's credit in `<small>` ("Original-Content von: …,
 * übermittelt durch news aktuell" on every presseportal item) and the publisher's name line left in
 * front of the text ("Polizeidirektion Wittlich [Newsroom]"). The summary is the body of last resort.
 */
function contentToText(html: string): string {
  if (!/<(a|small)\b/i.test(html)) return htmlToText(html);
  const $ = load(html, null, false);
  $('a').each((_, a) => { if (READ_MORE.test($(a).text())) $(a).remove(); });
  $('small').each((_, el) => { if (/^\s*original-content\b/i.test($(el).text())) $(el).remove(); });
  const text = htmlToText($.html());
  return text.replace(/^[^\n]{1,120}?\s*\[\s*\]\s*\n/, '').trim();
}

/** Element that keeps an Atom date JavaScript cannot read, so that rss-parser leaves it alone. */
const RAW_DATE = 'lagebild-raw-date';

type ParsedFeed = Awaited<ReturnType<Parser['parseString']>>;
type ParsedItem = ParsedFeed['items'][number];

function parse(text: string): Promise<ParsedFeed> {
  // A fresh parser per call: xml2js parsers keep state between parses. Raw Atom dates are kept
  // because rss-parser replaces them with a UTC rendering; `<rss>` without version is RSS 2.
  return new Parser({ customFields: { item: ['published', 'updated', RAW_DATE] }, defaultRSS: 2 }).parseString(text);
}

/**
 * Atom `<published>`/`<updated>` that JavaScript cannot read as a date make rss-parser throw for
 * the whole feed (it calls toISOString). They are renamed to {@link RAW_DATE}; German dates among
 * them are still read later by parsePublished.
 */
function shelterUnparsableDates(xml: string): string {
  return xml.replace(/<(published|updated)(\s[^>]*)?>([^<]*)<\/\1\s*>/g, (whole, _tag: string, _attrs: string, value: string) =>
    (Number.isNaN(new Date(value.trim()).getTime()) ? `<${RAW_DATE}>${value}</${RAW_DATE}>` : whole));
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** A link found in raw entry markup, for the quarantine record of an entry that did not parse. */
function linkIn(xml: string): string | undefined {
  return /<link>\s*([^<\s]+)\s*<\/link>/.exec(xml)?.[1] ?? /<link\b[^>]*\bhref\s*=\s*["']([^"']+)["']/.exec(xml)?.[1]
    ?? /<guid\b[^>]*>\s*(https?:[^<\s]+)\s*<\/guid>/.exec(xml)?.[1];
}

interface Salvage {
  items: ParsedItem[];
  problems: { reason: string; excerpt: string; url?: string }[];
}

/**
 * A feed that is not well-formed as a whole (bare markup errors, an undefined entity, truncation):
 * each complete `<item>`/`<entry>` is parsed on its own inside a copy of the root element, so the
 * good entries survive and each bad one is reported with its reason.
 */
async function salvage(text: string, wholeError: unknown): Promise<Salvage> {
  const root = rootStartTag(text);
  const name = root?.name.toLowerCase();
  if (!root || !(name === 'rss' || name === 'feed' || name === 'rdf:rdf')) throw wholeError;
  const tag = name === 'feed' ? 'entry' : 'item';
  const blocks = entryBlocks(text, tag);
  if (blocks.length === 0) throw wholeError;
  const result: Salvage = { items: [], problems: [] };
  for (const block of blocks) {
    const url = linkIn(block.xml);
    if (!block.complete) {
      result.problems.push({ reason: `feed entry is truncated (the feed ends or breaks inside it)`, excerpt: block.xml, ...(url ? { url } : {}) });
      continue;
    }
    const body = name === 'feed' ? `<title>-</title>${block.xml}`
      : name === 'rss' ? `<channel><title>-</title>${block.xml}</channel>`
        : `<channel><title>-</title></channel>${block.xml}`;
    try {
      const feed = await parse(`${root.tag}${body}</${root.name}>`);
      result.items.push(...(feed.items ?? []));
    } catch (error) {
      result.problems.push({ reason: `feed entry is not well-formed XML (${firstLine(error)})`, excerpt: block.xml, ...(url ? { url } : {}) });
    }
  }
  return result;
}

/**
 * RSS 0.9x/1.0/2.0 and Atom via rss-parser's `parseString` on the already decoded text, after
 * {@link prepareFeedText} (DTD entities refused, DOCTYPE removed, bare `&` escaped). A feed that is
 * not well-formed keeps its well-formed entries (see {@link salvage}); the broken ones and the
 * feed itself are quarantined with the reason. Item link falls back to an http(s) `guid` (RSS
 * permalink) or Atom `id`. Summary is plain text from `content:encoded`, then `content`, then
 * `contentSnippet`. Throws a {@link FetchError} (`empty-body`, `hostile-xml`, `feed-parse`) when
 * nothing of the document is a feed.
 */
export async function readRss(sourceId: string, raw: string, baseUrl: string, at: string): Promise<AdapterResult> {
  const prepared = prepareFeedText(raw);
  if (!prepared.ok) throw new FetchError(prepared.reason, { url: baseUrl, code: prepared.code, permanent: true });
  const text = shelterUnparsableDates(prepared.text);
  const collector = new FeedCollector(sourceId, baseUrl, at);
  let items: ParsedItem[];
  try {
    items = (await parse(text)).items ?? [];
  } catch (error) {
    const rescued = await salvage(text, error);
    items = rescued.items;
    const broken = rescued.problems.length;
    collector.quarantine(`feed is not well-formed XML (${firstLine(error)}); kept ${items.length} entries, ${broken} broken`,
      text.slice(0, 300), baseUrl);
    for (const p of rescued.problems) collector.quarantine(p.reason, p.excerpt, p.url);
  }
  for (const item of items) {
    const rawItem = item as Record<string, unknown>;
    const link = str(rawItem['link'])?.trim() || httpUrl(rawItem['guid']) || httpUrl(rawItem['id']);
    const html = str(rawItem['content:encoded']) ?? str(rawItem['content']);
    const summary = html !== undefined ? contentToText(html) : str(rawItem['contentSnippet']) ?? str(rawItem['summary']);
    const entry: { link?: string; title?: string; published?: string; summary?: string } = {};
    if (link) entry.link = link;
    const title = str(rawItem['title']);
    if (title) entry.title = htmlToText(title);
    // The feed's own spelling: rss-parser's isoDate reads "06.11.2023" as June 11 (V8 Date.parse).
    const sheltered = str(rawItem[RAW_DATE]);
    const published = str(rawItem['published']) ?? str(rawItem['updated']) ?? str(rawItem['pubDate']) ?? str(rawItem['dc:date'])
      ?? (sheltered !== undefined && parsePublished(sheltered) ? sheltered : undefined) ?? str(rawItem['isoDate']);
    if (published) entry.published = published;
    if (summary) entry.summary = summary;
    let excerpt: string;
    try {
      // The start of the content too: entries without title, link and guid are told apart by it
      // (the store keys a quarantined item without URL by its excerpt).
      excerpt = JSON.stringify({
        title: rawItem['title'], link: rawItem['link'], guid: rawItem['guid'], pubDate: rawItem['pubDate'],
        ...(link ? {} : { content: summary?.slice(0, 120) }),
      });
    } catch {
      excerpt = String(rawItem['title'] ?? '');
    }
    collector.add(entry, excerpt);
  }
  return collector.result();
}

