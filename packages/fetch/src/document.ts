import type { ArticleSelectors, Document, FeedItem, Source } from '@lagebild/schema';
import { toBerlinIso } from '@lagebild/schema/time';
import { parsePublished } from './dates.js';
import { FetchError, withContext } from './errors.js';
import { cachedValidators, rememberValidators, type HttpValidators } from './validators.js';
import { articleFromHtml, cleanInline, htmlToText, stripLeadingTitle } from './html.js';
import type { FetchOptions, HttpResponse } from './http.js';
import { fetchUrl } from './http.js';
import { contentHash, documentId } from './ids.js';

const ARTICLE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

const BINARY_SIGNATURES: readonly [string, readonly number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]], ['GIF image', [0x47, 0x49, 0x46, 0x38]], ['JPEG image', [0xff, 0xd8, 0xff]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]], ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]], ['gzip data', [0x1f, 0x8b]],
];

/**
 * Why a body declared as HTML is really binary (an image, a PDF, junk), or undefined: a known file
 * signature, or more than 10 % control characters / U+FFFD in its first 2048 decoded characters.
 */
function binaryContent(res: HttpResponse): string | undefined {
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (signature.every((b, i) => res.bytes[i] === b)) return name;
  }
  const sample = res.text.slice(0, 2048);
  if (sample.length === 0) return undefined;
  let bad = 0;
  // By code unit: a surrogate is neither a control character nor U+FFFD, so the count is the one a
  // loop over code points gives, without a string per character.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.1 ? 'binary data' : undefined;
}

/** Declared HTML, or undeclared bytes that look like markup. */
function looksLikeHtml(res: HttpResponse): boolean {
  const type = (res.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== '') return type === 'text/html' || type === 'application/xhtml+xml';
  const head = res.text.slice(0, 2048);
  return !head.includes('\u0000') && /<(!doctype html|html|head|body|article|main|p|div|h1)\b/i.test(head);
}

/**
 * Fetches an item's article page and builds the {@link Document}: title and body from
 * {@link articleFromHtml} with the source's selectors, falling back to the feed item's title and
 * summary when the page has none; `publishedAt` from the page, else the feed item, always
 * Europe/Berlin ISO, else absent (never the fetch time: dates resolve against the publication instant,
 * and the clock of the fetching machine is none). `id` and `url` come from the feed item's URL (not the final URL
 * after redirects) so the id is known before fetching. Throws {@link FetchError} when the page
 * cannot be fetched, is not HTML, or yields no body text even with the summary. The request is
 * unconditional; when `options.validators` is set, the page's validators are remembered together
 * with the document's content hash.
 */
export async function fetchDocument(item: FeedItem, source: Source, options: FetchOptions): Promise<Document> {
  return (await fetchArticle(item, source, options, false)) as Document;
}

/**
 * {@link fetchDocument} as a conditional GET: sends the validators `options.validators` holds for
 * the item's URL and returns null when the server answers 304 (nothing downloaded, nothing
 * parsed). The caller decides whether "unchanged" is enough: the pipeline's cache only hands out
 * validators whose `contentHash` is stored.
 */
export async function fetchDocumentIfModified(item: FeedItem, source: Source, options: FetchOptions): Promise<Document | null> {
  return fetchArticle(item, source, options, true);
}

/**
 * An article page as fetched and checked (HTML, not binary), before parsing: what
 * {@link documentFromPage} turns into a {@link Document}. Plain data (structured-cloneable), so
 * the parsing can run in another thread than the fetching.
 */
export interface ArticlePage {
  /** The feed item the page was fetched for; the document's id and url come from its URL. */
  item: FeedItem;
  sourceId: string;
  /** The source's article selectors. */
  selectors?: ArticleSelectors;
  /** Final URL after redirects. */
  url: string;
  /** The decoded page. */
  html: string;
  fetchedAt: string;
  /** ETag and Last-Modified of the response, to remember with the document's content hash. */
  validators: HttpValidators;
}

/**
 * Fetches an item's article page and checks that it is HTML, without parsing it: the first half of
 * {@link fetchDocument}. With `conditionalGet`, sends the validators `options.validators` holds and
 * returns null on 304. Nothing is remembered: whoever builds the document (with
 * {@link documentFromPage}) remembers `page.validators` with its content hash.
 */
export async function fetchArticlePage(item: FeedItem, source: Source, options: FetchOptions, conditionalGet: boolean): Promise<ArticlePage | null> {
  const context = `source "${source.id}" article ${item.url}`;
  const conditional = conditionalGet ? await cachedValidators(options.validators, item.url) : undefined;
  let res: HttpResponse;
  try {
    res = await fetchUrl(item.url, options, {
      accept: ARTICLE_ACCEPT, ...(source.charset ? { charset: source.charset } : {}), ...(conditional ? { conditional } : {}),
    });
  } catch (error) {
    throw withContext(error, context, item.url);
  }
  if (res.notModified) return null;
  const fetchedAt = toBerlinIso((options.now ?? (() => new Date()))());
  if (!looksLikeHtml(res)) {
    const reason = `not an HTML page (Content-Type "${res.headers['content-type'] ?? 'none'}")`;
    throw new FetchError(reason, { url: res.url, code: 'not-html', permanent: true, message: `${context}: ${reason}` });
  }
  const binary = binaryContent(res);
  if (binary) {
    const reason = `not an HTML page: ${binary} served as "${res.headers['content-type'] ?? 'no Content-Type'}"`;
    throw new FetchError(reason, { url: res.url, code: 'not-html', permanent: true, message: `${context}: ${reason}` });
  }
  return {
    item, sourceId: source.id, ...(source.article ? { selectors: source.article } : {}), url: res.url, html: res.text, fetchedAt,
    validators: res.validators,
  };
}

/**
 * The {@link Document} of a fetched page: title and body from {@link articleFromHtml} with the
 * source's selectors, falling back to the feed item's title and summary; `publishedAt` from the
 * page, else the feed item, else absent (never `page.fetchedAt`). Throws {@link FetchError} (`empty-body`) when the
 * page yields no body text even with the summary, or the selectors are invalid. Pure: it runs in
 * whichever thread holds the page.
 */
export function documentFromPage(page: ArticlePage): Document {
  const { item } = page;
  const context = `source "${page.sourceId}" article ${item.url}`;
  let article: ReturnType<typeof articleFromHtml>;
  try {
    article = articleFromHtml(page.html, page.url, page.selectors);
  } catch (error) {
    // Invalid CSS in the source's article selectors is a configuration error.
    const message = error instanceof Error ? error.message : String(error);
    const reason = `cannot extract the article (${message})`;
    throw new FetchError(reason, { url: page.url, code: 'empty-body', permanent: true, cause: error, message: `${context}: ${reason}` });
  }
  const title = article.title ?? (item.title ? cleanInline(item.title) : '');
  let body = article.body;
  if (!body && item.summary) body = stripLeadingTitle(htmlToText(item.summary), title);
  if (!body) {
    const reason = 'no body text after extraction';
    throw new FetchError(reason, { url: page.url, code: 'empty-body', permanent: true, message: `${context}: ${reason}` });
  }

  const publishedAt = article.published ?? (item.published ? parsePublished(item.published) : undefined);
  const text = `${title}\n\n${body}`;
  return {
    id: documentId(page.sourceId, item.url),
    sourceId: page.sourceId,
    url: item.url,
    title,
    ...(publishedAt ? { publishedAt } : {}),
    fetchedAt: page.fetchedAt,
    text,
    contentHash: contentHash(text),
  };
}

async function fetchArticle(item: FeedItem, source: Source, options: FetchOptions, conditionalGet: boolean): Promise<Document | null> {
  const page = await fetchArticlePage(item, source, options, conditionalGet);
  if (page === null) return null;
  const document = documentFromPage(page);
  await rememberValidators(options.validators, item.url, { ...page.validators, contentHash: document.contentHash });
  return document;
}
