/**
 * @lagebild/fetch: polite HTTP (SSRF guard, deadlines, size caps, charset decoding) and one adapter
 * per feed type (RSS/Atom, HTML list pages) plus article extraction into Documents.
 */
export { FetchError } from './errors.js';
export type { FetchErrorCode } from './errors.js';
export { httpGet, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS } from './http.js';
export type { FetchOptions, HttpResponse, Resolver, ResolvedAddress } from './http.js';
export { decodeBody, normalizeCharset } from './charset.js';
export { checkUrlAllowed, checkAddressAllowed } from './guard.js';
export type { GuardDecision } from './guard.js';
export { readFeed } from './feed.js';
export type { FeedReadResult } from './adapters/common.js';
export { fetchDocument } from './document.js';
export { documentId, contentHash } from './ids.js';
export { articleFromHtml, htmlToText } from './html.js';
export { parsePublished } from './dates.js';
export type { ArticleSelectors } from '@lagebild/schema';
