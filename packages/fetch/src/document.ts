import type { Document, FeedItem, Source } from '@lagebild/schema';
import { toBerlinIso } from '@lagebild/schema';
import { parsePublished } from './dates.js';
import { FetchError, withContext } from './errors.js';
import { articleFromHtml, cleanInline, htmlToText, stripLeadingTitle } from './html.js';
import type { FetchOptions, HttpResponse } from './http.js';
import { fetchUrl } from './http.js';
import { contentHash, documentId } from './ids.js';

const ARTICLE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

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
 * summary when the page has none; `publishedAt` from the page, else the feed item, else the fetch
 * time, always Europe/Berlin ISO. `id` and `url` come from the feed item's URL (not the final URL
 * after redirects) so the id is known before fetching. Throws {@link FetchError} when the page
 * cannot be fetched, is not HTML, or yields no body text even with the summary.
 */
export async function fetchDocument(item: FeedItem, source: Source, options: FetchOptions): Promise<Document> {
  const context = `source "${source.id}" article ${item.url}`;
  let res: HttpResponse;
  try {
    res = await fetchUrl(item.url, options, { accept: ARTICLE_ACCEPT, ...(source.charset ? { charset: source.charset } : {}) });
  } catch (error) {
    throw withContext(error, context, item.url);
  }
  const fetchedAt = toBerlinIso((options.now ?? (() => new Date()))());
  if (!looksLikeHtml(res)) {
    const reason = `not an HTML page (Content-Type "${res.headers['content-type'] ?? 'none'}")`;
    throw new FetchError(reason, { url: res.url, code: 'not-html', permanent: true, message: `${context}: ${reason}` });
  }
  let article: ReturnType<typeof articleFromHtml>;
  try {
    article = articleFromHtml(res.text, res.url, source.article);
  } catch (error) {
    // Invalid CSS in the source's article selectors is a configuration error.
    const message = error instanceof Error ? error.message : String(error);
    const reason = `cannot extract the article (${message})`;
    throw new FetchError(reason, { url: res.url, code: 'empty-body', permanent: true, cause: error, message: `${context}: ${reason}` });
  }
  const title = article.title ?? (item.title ? cleanInline(item.title) : '');
  let body = article.body;
  if (!body && item.summary) body = stripLeadingTitle(htmlToText(item.summary), title);
  if (!body) {
    const reason = 'no body text after extraction';
    throw new FetchError(reason, { url: res.url, code: 'empty-body', permanent: true, message: `${context}: ${reason}` });
  }

  const publishedAt = article.published ?? (item.published ? parsePublished(item.published) : undefined) ?? fetchedAt;
  const text = `${title}\n\n${body}`;
  return {
    id: documentId(source.id, item.url),
    sourceId: source.id,
    url: item.url,
    title,
    publishedAt,
    fetchedAt,
    text,
    contentHash: contentHash(text),
  };
}
