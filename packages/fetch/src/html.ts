import { load } from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { compile, selectAll, selectOne } from 'css-select';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { isTag, removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
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
  // Case-insensitive: real CMSs write camelCase ("sectionRelated" on GSB, "karlTeaserlist" in Karlsruhe).
  '[class*=teaser i]', '[class*=related i]', '.breadcrumb', '[class*=breadcrumb]', '.share', '.social',
  '[class*=social-media]', '[class*=sharing]', '.skip-link', '[class*=skiplink]',
  // Previous/next links, category tags, photo captions and credits, print buttons and page metadata
  // (place/date boxes) of real release pages (TYPO3 news, GSB, Six CMS): furniture, not release text.
  '[class*=prevnext i]', '[class*=pagination i]', '[class*=category i]', '[class*=caption i]', 'figcaption',
  '[class*=copyright i]', 'a[href^="javascript:" i]', '[class~=docData]', '[class*=-meta i]',
].join(', ');

/**
 * Headings of link lists that point to other releases ("Weitere Meldungen", "Das könnte Sie auch
 * interessieren", ...). Sites often give them no class a selector could catch.
 */
export const TEASER_HEADING = /^(weitere (meldungen|nachrichten|pressemitteilungen|mitteilungen|artikel|beiträge|themen|informationen|links)|weiterführende (informationen|links|inhalte)|lesen sie (dazu |hierzu )?auch|mehr (zum thema|meldungen|nachrichten|pressemitteilungen|aus)|das könnte sie (auch )?interessieren|auch interessant|ebenfalls interessant|ähnliche (meldungen|artikel|beiträge|nachrichten)|verwandte (meldungen|artikel|themen|beiträge)|lesen sie auch|aktuelle (meldungen|nachrichten|pressemitteilungen)|neueste (meldungen|nachrichten)|zum thema|related (articles|posts|news)|more news)\b/i;

const HEADING_LIKE = 'h2, h3, h4, h5, h6, [role=heading], p, div, span, strong, b, dt, summary';
const CONTENT_ROOTS = new Set(['body', 'main', 'article', 'html']);

/** A compiled CSS selector: a predicate over elements. */
type Query = (el: Element) => boolean;

/**
 * The fixed selectors of this module, compiled once. Compiling per call (what `$(selector)` does)
 * cost more than parsing the page; user selectors from the sources config still go through cheerio.
 */
const Q = {
  boilerplate: compile<AnyNode, Element>(BOILERPLATE_SELECTOR),
  headingLike: compile<AnyNode, Element>(HEADING_LIKE),
  headingInner: compile<AnyNode, Element>('p, div, ul, ol, li, table, section, article, a'),
  anchor: compile<AnyNode, Element>('a'),
  roleMain: compile<AnyNode, Element>('[role=main]'),
  heading: compile<AnyNode, Element>('h1, h2, h3, h4, h5, h6'),
  h1: compile<AnyNode, Element>('h1'),
  outsideContent: compile<AnyNode, Element>('nav, footer, aside, [class*=cookie], [class*=teaser], [class*=related]'),
  header: compile<AnyNode, Element>('header'),
  contentContainer: compile<AnyNode, Element>('article, main, [role=main]'),
  ogTitle: compile<AnyNode, Element>('meta[property="og:title"]'),
  // Headings only screen readers get ("aural" on GSB sites carries the site name, not the title).
  visuallyHidden: compile<AnyNode, Element>('[class~=aural], [class*=sr-only], [class*=visually-hidden i], [class*=visuallyhidden i], [class~=invisible], [hidden]'),
  title: compile<AnyNode, Element>('head > title, title'),
  publishedMeta: compile<AnyNode, Element>('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]'),
  timeWithDatetime: compile<AnyNode, Element>('time[datetime]'),
  dateLabel: compile<AnyNode, Element>('span, strong, b, dt, th, label, em'),
  nonText: compile<AnyNode, Element>('script, style, noscript, template'),
} satisfies Record<string, Query>;

/**
 * Matches in document order: below a node (its descendants, as jQuery's `find`), or among a list of
 * nodes and their descendants.
 */
const all = (query: Query, from: AnyNode | AnyNode[]): Element[] => selectAll<AnyNode, Element>(query, from);
const one = (query: Query, from: AnyNode | AnyNode[]): Element | null => selectOne<AnyNode, Element>(query, from);

/** Containers tried in order when no body selector is configured. */
const CANDIDATE_QUERIES: readonly Query[] = ['article', 'main', '[role=main]', '.content', '#content', 'body']
  .map((selector) => compile<AnyNode, Element>(selector));

/** The first element from `el` up through its ancestors that matches (jQuery's `closest`). */
function closest(el: AnyNode, query: Query): Element | undefined {
  for (let node: AnyNode | null = el; node && isTag(node); node = node.parent) if (query(node)) return node;
  return undefined;
}

/** The next element sibling (text and comments between are skipped). */
function nextElement(el: AnyNode): Element | undefined {
  for (let node = el.next; node; node = node.next) if (isTag(node)) return node;
  return undefined;
}

/** The previous element sibling (text and comments between are skipped). */
function previousElement(el: AnyNode): Element | undefined {
  for (let node = el.prev; node; node = node.prev) if (isTag(node)) return node;
  return undefined;
}

/** Parent element, or undefined at the top (a document is no element). */
function parentElement(el: AnyNode): Element | undefined {
  const parent = el.parent;
  return parent && isTag(parent) ? parent : undefined;
}

/** Whether `el` is a link list: it has links, and most of its text is link text. */
function isLinkBlock(el: AnyNode): boolean {
  const anchors = isTag(el) && Q.anchor(el) ? [el] : isTag(el) ? all(Q.anchor, el) : [];
  if (anchors.length === 0) return false;
  const total = cleanInline(textContent(el)).length;
  if (total === 0) return false;
  let links = 0;
  for (const a of anchors) links += cleanInline(textContent(a)).length;
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
export function removeTeaserBlocks(root: ParentNode): void {
  for (const el of all(Q.headingLike, root)) {
    if (!attached(el)) continue;
    const text = cleanInline(textContent(el));
    if (text.length === 0 || text.length > 80 || !TEASER_HEADING.test(text)) continue;
    // A div/p/span that wraps more than a heading is not a heading.
    if (one(Q.headingInner, el) !== null) continue;
    const container = parentElement(el);
    if (container && !CONTENT_ROOTS.has(container.name.toLowerCase()) && !Q.roleMain(container)) {
      const others = container.children.filter((c): c is Element => isTag(c) && c !== el);
      if (others.length > 0 && others.every((c) => isLinkBlock(c))) {
        removeElement(container);
        continue;
      }
    }
    const lists: AnyNode[] = [];
    for (let next = nextElement(el); next && !Q.heading(next); next = nextElement(next)) {
      if (!isLinkBlock(next)) break;
      lists.push(next);
    }
    if (lists.length === 0) continue;
    for (const node of lists) removeElement(node);
    removeElement(el);
  }
}


/** Elements that end a paragraph (blank line) or a line. */
const PARAGRAPH_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'section', 'article',
  'figure', 'figcaption', 'address', 'hr', 'main', 'header', 'footer', 'details', 'fieldset',
]);
const LINE_TAGS = new Set(['div', 'li', 'br', 'tr', 'dt', 'dd', 'summary', 'caption']);
const CELL_TAGS = new Set(['td', 'th']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** Soft hyphens (U+00AD, `&shy;`/`&#173;` on GSB sites) only mark where a word may break: never text. */
const SOFT_HYPHENS = /\u00ad/g;

/** Collapses runs of whitespace (including no-break spaces) to one space, drops soft hyphens and trims. */
export function cleanInline(text: string): string {
  return text.replace(SOFT_HYPHENS, '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
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
    out.push(node.data.replace(SOFT_HYPHENS, '').replace(/[\s\u00a0\u200b]+/g, ' '));
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
  if (!/[<&]/.test(html)) return html.replace(SOFT_HYPHENS, '').replace(/[ \t\f\v\r\u00a0]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  const $ = load(html, null, false);
  const nodes = $.root().toArray();
  for (const el of all(Q.nonText, nodes)) removeElement(el);
  return nodesToText(nodes);
}

function firstText(elements: readonly AnyNode[]): string | undefined {
  for (const el of elements) {
    const text = cleanInline(textContent(el));
    if (text) return text;
  }
  return undefined;
}

function inContent(el: Element): boolean {
  if (closest(el, Q.outsideContent)) return false;
  // A page-level <header> holds the site name; an <article>'s own header holds the article title.
  const header = closest(el, Q.header);
  return header === undefined || closest(header, Q.contentContainer) !== undefined;
}

/** The page as cheerio sees it, for the sources config's own selectors (which may use jQuery extensions). */
type UserQuery = (selector: string) => Element[];

function pickTitle(doc: Document, selectors: ArticleSelectors | undefined, user: UserQuery): string | undefined {
  if (selectors?.title) {
    const fromSelector = firstText(user(selectors.title));
    if (fromSelector) return fromSelector;
  }
  const h1s = all(Q.h1, doc).filter((el) => inContent(el) && !closest(el, Q.visuallyHidden));
  const preferred = h1s.filter((el) => closest(el, Q.contentContainer) !== undefined);
  const fromH1 = firstText(preferred.length > 0 ? preferred : h1s);
  if (fromH1) return fromH1;
  const og = cleanInline(one(Q.ogTitle, doc)?.attribs['content'] ?? '');
  if (og) return og;
  const titleEl = one(Q.title, doc);
  const title = cleanInline(titleEl ? textContent(titleEl) : '');
  return title || undefined;
}

function pickPublished(doc: Document, selectors: ArticleSelectors | undefined, user: UserQuery): string | undefined {
  const candidates: string[] = [];
  if (selectors?.published) {
    for (const el of user(selectors.published)) {
      for (const v of [el.attribs['datetime'], el.attribs['content'], textContent(el)]) if (v) candidates.push(v);
    }
  }
  for (const el of all(Q.publishedMeta, doc)) {
    const v = el.attribs['content'];
    if (v) candidates.push(v);
  }
  const times = all(Q.timeWithDatetime, doc).filter((el) => closest(el, Q.outsideContent) === undefined);
  const inArticle = times.filter((el) => closest(el, Q.contentContainer) !== undefined);
  for (const el of [...inArticle, ...times]) {
    const v = el.attribs['datetime'];
    if (v) candidates.push(v);
  }
  for (const c of candidates) {
    const iso = parsePublished(c);
    if (iso) return iso;
  }
  return pagePrintedDate(doc);
}

/** A date written alone: "10.11.2021", "26. Januar 2022", "Mittwoch, 10. Dezember 2025", "Datum: 28.01.2022". */
const DATE_ONLY = /^(?:(?:datum|erscheinungsdatum|veröffentlicht(?: am)?|stand|pressemitteilung vom|meldung vom)\s*:?\s*)?(?:[a-zäöü]+,?\s+)?(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.\s?[a-zäöü]+\.?\s+\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?$/i;

/** Whether a paragraph of text is a date and nothing else (a dateline of the page, not release text). */
export function isDateOnly(text: string): boolean {
  const t = cleanInline(text);
  return t.length <= 60 && DATE_ONLY.test(t) && parsePublished(t.replace(/^[^\d]*?(?=\d{1,2}\.)/, '')) !== undefined;
}

const DATE_LABEL = /^(datum|erscheinungsdatum|veröffentlicht am|veröffentlicht)\s*:?$/i;

/**
 * The publication date a page prints without markup for machines: a value after a "Datum" label
 * (GSB: `<span>Datum:</span>26. Januar 2022`, `<strong>Datum</strong> <span>28.01.2022</span>`), or a
 * date written alone right before or after the release's <h1> (Bundespolizei, Six CMS). Dates in
 * teasers elsewhere on the page are never taken.
 */
function pagePrintedDate(doc: Document): string | undefined {
  for (const label of all(Q.dateLabel, doc)) {
    if (!DATE_LABEL.test(cleanInline(textContent(label))) || closest(label, Q.outsideContent)) continue;
    const after: string[] = [];
    for (let node = label.next; node; node = node.next) {
      if (isTag(node) && node.name === 'br') break;
      after.push(textContent(node));
      if (isTag(node)) break;
    }
    const iso = parsePublished(cleanInline(after.join(' ')));
    if (iso) return iso;
  }
  for (const h1 of all(Q.h1, doc)) {
    if (!inContent(h1) || closest(h1, Q.visuallyHidden)) continue;
    for (const near of [previousElement(h1), nextElement(h1)]) {
      if (!near) continue;
      const text = cleanInline(textContent(near));
      if (isDateOnly(text)) {
        const iso = parsePublished(text.replace(/^[^\d]*?(?=\d{1,2}\.)/, ''));
        if (iso) return iso;
      }
    }
  }
  return undefined;
}

function longest(elements: readonly AnyNode[]): string {
  let best = '';
  for (const el of elements) {
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

/** Drops first paragraphs that are only a date: the page's dateline, kept as `published`, is no release text. */
export function stripLeadingDates(body: string): string {
  const paragraphs = body.split('\n\n');
  let i = 0;
  while (i < paragraphs.length - 1 && isDateOnly(paragraphs[i] ?? '')) i++;
  return i === 0 ? body : paragraphs.slice(i).join('\n\n').trim();
}

/** Elements parse5 keeps in <head>; anything else there makes it open <body> early. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

const isBlank = (node: AnyNode): boolean =>
  node.type === 'comment' || node.type === 'directive' || (node.type === 'text' && /^[ \t\n\f\r]*$/.test(node.data));

/**
 * Whether htmlparser2's tree has the shape the HTML standard's parser would build: one <html>
 * holding an optional <head> of head elements and then one <body>, nothing but whitespace,
 * comments and the doctype outside them, and no text loose in a table. Only then are the two
 * parsers' trees the same where the article rules look.
 */
function standardShell(doc: Document): boolean {
  const top = doc.children.filter((n) => !isBlank(n));
  const html = top[0];
  if (top.length !== 1 || !html || !isTag(html) || html.name !== 'html') return false;
  const parts = html.children.filter((n) => !isBlank(n));
  const body = parts[parts.length - 1];
  if (!body || !isTag(body) || body.name !== 'body') return false;
  if (parts.length === 2) {
    const head = parts[0];
    if (!head || !isTag(head) || head.name !== 'head' || !head.children.every((n) => isBlank(n) || (isTag(n) && HEAD_ELEMENTS.has(n.name)))) return false;
  } else if (parts.length !== 1) {
    return false;
  }
  return !hasStrayTableText(body);
}

const TABLE_STRUCTURE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** Text right inside a table outside any cell, which the HTML standard moves in front of the table. */
function hasStrayTableText(node: ParentNode): boolean {
  for (const child of node.children) {
    if (child.type === 'text' && TABLE_STRUCTURE.has((node as Element).name) && !isBlank(child)) return true;
    if (isTag(child) && hasStrayTableText(child)) return true;
  }
  return false;
}

/**
 * Parses a page. htmlparser2 is about ten times faster than cheerio's default parse5 backend; for
 * a page with the standard <html>/<head>/<body> shell its tree gives the same title, body and date
 * (checked on every fixture page). It does not imply elements or move misplaced content the way the
 * HTML standard does, so any other page (a fragment, text before <html> or after </body>, body
 * content in <head>) is parsed by parse5 as before. cheerio is only loaded over a fast tree when
 * the source's own selectors need it.
 */
function parsePage(html: string, parser: 'auto' | 'parse5'): { doc: Document; $: () => CheerioAPI } {
  const fast = parser === 'auto' ? parseDocument(html) : undefined;
  if (fast && standardShell(fast)) {
    let $: CheerioAPI | undefined;
    return { doc: fast, $: () => ($ ??= load(fast)) };
  }
  const $ = load(html);
  return { doc: $.root().get(0) as Document, $: () => $ };
}

/**
 * Title, body text and publication date of an article page. Boilerplate (navigation, header,
 * footer, cookie banners, teasers, related links, share widgets, forms, scripts) never reaches the
 * body. `published` is normalized to Europe/Berlin ISO 8601; candidates that do not parse are
 * skipped in favour of the next rule. `url` is the page address (kept for resolving relative
 * references; the text itself carries no links). `parser: 'parse5'` skips the fast parser (tests
 * compare both).
 */
export function articleFromHtml(
  html: string, url: string, selectors?: ArticleSelectors, options: { parser?: 'auto' | 'parse5' } = {},
): { title?: string; body: string; published?: string } {
  void url;
  const { doc, $ } = parsePage(html, options.parser ?? 'auto');
  const user: UserQuery = (selector) => $()(selector).toArray().filter(isTag);
  const title = pickTitle(doc, selectors, user);
  const published = pickPublished(doc, selectors, user);
  removeTeaserBlocks(doc);

  let body = '';
  if (selectors?.body) {
    const matched = user(selectors.body);
    // A body selector that also matches inside a teaser or sidebar keeps only the real article.
    const outside = matched.filter((el) => !hasAncestor(el, Q.boilerplate));
    const chosen = outside.length > 0 ? outside : matched;
    if (chosen.length > 0) {
      for (const el of all(Q.boilerplate, chosen.flatMap((c) => c.children))) removeElement(el);
      body = nodesToText(chosen);
    }
  }
  if (!body) {
    for (const el of all(Q.boilerplate, doc)) removeElement(el);
    for (const candidate of CANDIDATE_QUERIES) {
      body = longest(all(candidate, doc));
      if (body) break;
    }
  }
  body = stripLeadingTitle(body, title);
  // A dateline above the text goes only when the date is kept as `published`: never lose the only date.
  if (published) body = stripLeadingTitle(stripLeadingDates(body), title);

  const result: { title?: string; body: string; published?: string } = { body };
  if (title) result.title = title;
  if (published) result.published = published;
  return result;
}

/** Whether an ancestor of `el` (not `el` itself) matches. */
function hasAncestor(el: AnyNode, query: Query): boolean {
  return el.parent !== null && closest(el.parent, query) !== undefined;
}
