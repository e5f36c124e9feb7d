import { load } from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { ArticleSelectors } from '@lagebild/schema';
import { parsePublished } from './dates.js';

/**
 * Page furniture that is never article text: navigation, cookie banners, teasers of other articles,
 * sharing widgets, forms and scripts.
 */
export const BOILERPLATE_SELECTOR = [
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'form', 'iframe', 'template', 'svg',
  'button', 'select', '[hidden]', '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=complementary]',
  '[class^=cookie]', '[id^=cookie]', '[class*=cookie]', '[id*=cookie]', '[class*=consent]', '[id*=consent]',
  '[class*=teaser]', '[class*=related]', '.breadcrumb', '[class*=breadcrumb]', '.share', '.social',
  '[class*=social-media]', '[class*=sharing]', '.skip-link', '[class*=skiplink]',
].join(', ');

/**
 * Headings of link lists that point to other releases ("Weitere Meldungen", "Das könnte Sie auch
 * interessieren", ...). Sites often give them no class a selector could catch.
 */
export const TEASER_HEADING = /^(weitere (meldungen|nachrichten|pressemitteilungen|mitteilungen|artikel|beiträge|themen)|mehr (zum thema|meldungen|nachrichten|pressemitteilungen|aus)|das könnte sie (auch )?interessieren|auch interessant|ebenfalls interessant|ähnliche (meldungen|artikel|beiträge|nachrichten)|verwandte (meldungen|artikel|themen|beiträge)|lesen sie auch|aktuelle (meldungen|nachrichten|pressemitteilungen)|neueste (meldungen|nachrichten)|zum thema|related (articles|posts|news)|more news)\b/i;

const HEADING_LIKE = 'h2, h3, h4, h5, h6, [role=heading], p, div, span, strong, b, dt, summary';
const CONTENT_ROOTS = new Set(['body', 'main', 'article', 'html']);

/** Whether `el` is a link list: it has links, and most of its text is link text. */
function isLinkBlock($: CheerioAPI, el: AnyNode): boolean {
  const node = $(el);
  const anchors = node.is('a') ? [el] : node.find('a').toArray();
  if (anchors.length === 0) return false;
  const total = cleanInline(node.text()).length;
  if (total === 0) return false;
  let links = 0;
  for (const a of anchors) links += cleanInline($(a).text()).length;
  return links / total >= 0.6;
}

function attached(el: AnyNode): boolean {
  let node: AnyNode | null = el;
  while (node.parent) node = node.parent;
  return node.type === 'root';
}

/**
 * Removes "Weitere Meldungen"-style blocks: a short heading matching {@link TEASER_HEADING}
 * followed by link lists. When the heading's container holds nothing but such link lists, the
 * container goes; otherwise the heading and the link lists right after it. A heading without a
 * link list after it ("Weitere Meldungen folgen.") stays: article text is never dropped.
 */
export function removeTeaserBlocks($: CheerioAPI): void {
  for (const el of $(HEADING_LIKE).toArray()) {
    if (!attached(el)) continue;
    const heading = $(el);
    const text = cleanInline(heading.text());
    if (text.length === 0 || text.length > 80 || !TEASER_HEADING.test(text)) continue;
    // A div/p/span that wraps more than a heading is not a heading.
    if (heading.find('p, div, ul, ol, li, table, section, article, a').length > 0) continue;
    const container = heading.parent();
    const containerTag = (container.prop('tagName') as string | undefined)?.toLowerCase() ?? '';
    if (container.length > 0 && !CONTENT_ROOTS.has(containerTag) && !container.is('[role=main]')) {
      const others = container.children().toArray().filter((c) => c !== el);
      if (others.length > 0 && others.every((c) => isLinkBlock($, c))) {
        container.remove();
        continue;
      }
    }
    const lists: AnyNode[] = [];
    for (let next = heading.next(); next.length > 0 && !next.is('h1, h2, h3, h4, h5, h6'); next = next.next()) {
      const node = next.get(0) as AnyNode;
      if (!isLinkBlock($, node)) break;
      lists.push(node);
    }
    if (lists.length === 0) continue;
    for (const node of lists) $(node).remove();
    heading.remove();
  }
}

/** Containers tried in order when no body selector is configured. */
const CONTENT_CANDIDATES = ['article', 'main', '[role=main]', '.content', '#content', 'body'];

/** Elements that end a paragraph (blank line) or a line. */
const PARAGRAPH_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'section', 'article',
  'figure', 'figcaption', 'address', 'hr', 'main', 'header', 'footer', 'details', 'fieldset',
]);
const LINE_TAGS = new Set(['div', 'li', 'br', 'tr', 'dt', 'dd', 'summary', 'caption']);
const CELL_TAGS = new Set(['td', 'th']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function cleanInline(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

type Token = string | { brk: 1 | 2 };

function pushBreak(out: Token[], size: 1 | 2): void {
  // Whitespace between blocks is layout, not text; adjacent breaks merge to the larger one.
  while (out.length > 0 && typeof out[out.length - 1] === 'string' && (out[out.length - 1] as string).trim() === '') out.pop();
  const last = out[out.length - 1];
  if (last !== undefined && typeof last !== 'string') last.brk = Math.max(last.brk, size) as 1 | 2;
  else out.push({ brk: size });
}

function walk(node: AnyNode, out: Token[]): void {
  if (node.type === 'text') {
    out.push(node.data.replace(/[\s\u00a0\u200b]+/g, ' '));
    return;
  }
  if (node.type === 'root') {
    for (const child of node.children) walk(child, out);
    return;
  }
  if (node.type !== 'tag') return;
  const name = node.name.toLowerCase();
  if (SKIP_TAGS.has(name)) return;
  if (name === 'br') {
    pushBreak(out, 1);
    return;
  }
  const brk = PARAGRAPH_TAGS.has(name) ? 2 : LINE_TAGS.has(name) ? 1 : 0;
  if (brk) pushBreak(out, brk);
  for (const child of node.children) walk(child, out);
  if (brk) pushBreak(out, brk);
  else if (CELL_TAGS.has(name)) out.push(' ');
}

/**
 * Plain text of DOM nodes: block elements become line breaks, paragraphs are separated by one blank
 * line, whitespace inside lines is collapsed.
 */
export function nodesToText(nodes: readonly AnyNode[]): string {
  const out: Token[] = [];
  for (const node of nodes) {
    walk(node, out);
    pushBreak(out, 2);
  }
  return out.map((t) => (typeof t === 'string' ? t : t.brk === 2 ? '\n\n' : '\n')).join('')
    .replace(/ {2,}/g, ' ')
    .split('\n').map((line) => line.trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text of an HTML fragment (feed summaries), or '' for markup without text. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t\f\v\r\u00a0]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  const $ = load(html, null, false);
  $('script, style, noscript, template').remove();
  return nodesToText($.root().toArray());
}

function firstText($: CheerioAPI, selection: Cheerio<AnyNode>): string | undefined {
  for (const el of selection.toArray()) {
    const text = cleanInline($(el).text());
    if (text) return text;
  }
  return undefined;
}

const OUTSIDE_CONTENT = 'nav, footer, aside, [class*=cookie], [class*=teaser], [class*=related]';

function inContent($: CheerioAPI, el: Element): boolean {
  const node = $(el);
  if (node.closest(OUTSIDE_CONTENT).length > 0) return false;
  // A page-level <header> holds the site name; an <article>'s own header holds the article title.
  const header = node.closest('header');
  return header.length === 0 || header.closest('article, main, [role=main]').length > 0;
}

function pickTitle($: CheerioAPI, selectors: ArticleSelectors | undefined): string | undefined {
  if (selectors?.title) {
    const fromSelector = firstText($, $(selectors.title));
    if (fromSelector) return fromSelector;
  }
  const h1s = $('h1').toArray().filter((el) => inContent($, el));
  const preferred = h1s.filter((el) => $(el).closest('article, main, [role=main]').length > 0);
  const fromH1 = firstText($, $(preferred.length > 0 ? preferred : h1s));
  if (fromH1) return fromH1;
  const og = cleanInline($('meta[property="og:title"]').attr('content') ?? '');
  if (og) return og;
  const title = cleanInline($('head > title, title').first().text());
  return title || undefined;
}

function pickPublished($: CheerioAPI, selectors: ArticleSelectors | undefined): string | undefined {
  const candidates: string[] = [];
  if (selectors?.published) {
    for (const el of $(selectors.published).toArray()) {
      const node = $(el);
      for (const v of [node.attr('datetime'), node.attr('content'), node.text()]) if (v) candidates.push(v);
    }
  }
  for (const el of $('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]').toArray()) {
    const v = $(el).attr('content');
    if (v) candidates.push(v);
  }
  const times = $('time[datetime]').toArray().filter((el) => $(el).closest(OUTSIDE_CONTENT).length === 0);
  const inArticle = times.filter((el) => $(el).closest('article, main, [role=main]').length > 0);
  for (const el of [...inArticle, ...times]) {
    const v = $(el).attr('datetime');
    if (v) candidates.push(v);
  }
  for (const c of candidates) {
    const iso = parsePublished(c);
    if (iso) return iso;
  }
  return undefined;
}

function longest($: CheerioAPI, selection: Cheerio<AnyNode>): string {
  let best = '';
  for (const el of selection.toArray()) {
    const text = nodesToText([el]);
    if (text.length > best.length) best = text;
  }
  return best;
}

/** Drops a first paragraph that merely repeats the title (the page's own <h1> inside the content). */
export function stripLeadingTitle(body: string, title: string | undefined): string {
  if (!title) return body;
  const [first, ...rest] = body.split('\n\n');
  return first !== undefined && cleanInline(first) === cleanInline(title) ? rest.join('\n\n').trim() : body;
}

/**
 * Title, body text and publication date of an article page. Boilerplate (navigation, header,
 * footer, cookie banners, teasers, related links, share widgets, forms, scripts) never reaches the
 * body. `published` is normalized to Europe/Berlin ISO 8601; candidates that do not parse are
 * skipped in favour of the next rule. `url` is the page address (kept for resolving relative
 * references; the text itself carries no links).
 */
export function articleFromHtml(html: string, url: string, selectors?: ArticleSelectors): { title?: string; body: string; published?: string } {
  void url;
  const $ = load(html);
  const title = pickTitle($, selectors);
  const published = pickPublished($, selectors);
  removeTeaserBlocks($);

  let body = '';
  if (selectors?.body) {
    const all = $(selectors.body).toArray();
    // A body selector that also matches inside a teaser or sidebar keeps only the real article.
    const outside = all.filter((el) => $(el).parents(BOILERPLATE_SELECTOR).length === 0);
    const chosen = $(outside.length > 0 ? outside : all);
    if (chosen.length > 0) {
      chosen.find(BOILERPLATE_SELECTOR).remove();
      body = nodesToText(chosen.toArray());
    }
  }
  if (!body) {
    $(BOILERPLATE_SELECTOR).remove();
    for (const candidate of CONTENT_CANDIDATES) {
      body = longest($, $(candidate));
      if (body) break;
    }
  }
  body = stripLeadingTitle(body, title);

  const result: { title?: string; body: string; published?: string } = { body };
  if (title) result.title = title;
  if (published) result.published = published;
  return result;
}
