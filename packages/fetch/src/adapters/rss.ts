import Parser from 'rss-parser';
import type { FeedReadResult } from './common.js';
import { FeedCollector } from './common.js';
import { htmlToText } from '../html.js';

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

function parse(text: string): ReturnType<Parser['parseString']> {
  // A fresh parser per call: xml2js parsers keep state between parses. Raw Atom dates are kept
  // because rss-parser replaces them with a UTC rendering.
  return new Parser({ customFields: { item: ['published', 'updated'] } }).parseString(text);
}

/** Removes Atom `<published>`/`<updated>` elements JavaScript cannot read as a date. */
function dropUnparsableAtomDates(xml: string): string {
  return xml.replace(/<(published|updated)(\s[^>]*)?>([^<]*)<\/\1\s*>/g, (whole, _tag: string, _attrs: string, value: string) =>
    (Number.isNaN(new Date(value.trim()).getTime()) ? '' : whole));
}

/**
 * RSS 0.9x/1.0/2.0 and Atom via rss-parser's `parseString` on the already decoded text. Item link
 * falls back to an http(s) `guid` (RSS permalink) or Atom `id`. Summary is plain text from
 * `content:encoded`, then `content`, then `contentSnippet`. Throws when the document is not a feed.
 */
export async function readRss(sourceId: string, text: string, baseUrl: string, at: string): Promise<FeedReadResult> {
  let feed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    feed = await parse(text);
  } catch (error) {
    // rss-parser throws on the whole feed when one Atom entry has an unparsable date.
    if (!(error instanceof RangeError)) throw error;
    feed = await parse(dropUnparsableAtomDates(text));
  }
  const collector = new FeedCollector(sourceId, baseUrl, at);
  for (const item of feed.items ?? []) {
    const raw = item as Record<string, unknown>;
    const link = str(raw['link'])?.trim() || httpUrl(raw['guid']) || httpUrl(raw['id']);
    const html = str(raw['content:encoded']) ?? str(raw['content']);
    const summary = html !== undefined ? htmlToText(html) : str(raw['contentSnippet']) ?? str(raw['summary']);
    const entry: { link?: string; title?: string; published?: string; summary?: string } = {};
    if (link) entry.link = link;
    const title = str(raw['title']);
    if (title) entry.title = htmlToText(title);
    // The feed's own spelling: rss-parser's isoDate reads "06.11.2023" as June 11 (V8 Date.parse).
    const published = str(raw['published']) ?? str(raw['updated']) ?? str(raw['pubDate']) ?? str(raw['dc:date']) ?? str(raw['isoDate']);
    if (published) entry.published = published;
    if (summary) entry.summary = summary;
    let excerpt: string;
    try {
      excerpt = JSON.stringify({ title: raw['title'], link: raw['link'], guid: raw['guid'], pubDate: raw['pubDate'] });
    } catch {
      excerpt = String(raw['title'] ?? '');
    }
    collector.add(entry, excerpt);
  }
  return collector.result();
}
