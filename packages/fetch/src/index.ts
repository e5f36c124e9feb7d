/**
 * @lagebild/fetch: polite HTTP (SSRF guard at connect time, deadlines, size caps, conditional GET,
 * robots.txt, per-host pacing, charset decoding) and one adapter per feed type (RSS/Atom, HTML
 * list pages) plus article extraction into Documents.
 */
export { FetchError } from './errors.js';
export type { FetchErrorCode } from './errors.js';
export { httpGet, defaultPacer, defaultRobots, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS } from './http.js';
export type { FetchOptions, HttpResponse, Resolver, ResolvedAddress, Connector, ConnectTarget } from './http.js';
export { defaultConnector } from './connect.js';
export { decodeBody, normalizeCharset } from './charset.js';
export { checkUrlAllowed, checkAddressAllowed, checkRedirectHop } from './guard.js';
export type { GuardDecision } from './guard.js';
export { readFeed } from './feed.js';
export type { FeedReadResult } from './feed.js';
export { documentFromPage, fetchArticlePage, fetchDocument, fetchDocumentIfModified } from './document.js';
export type { ArticlePage } from './document.js';
export { MemoryValidatorCache } from './validators.js';
export type { HttpValidators, ValidatorCache } from './validators.js';
export { HostPacer, DEFAULT_MIN_INTERVAL_MS, DEFAULT_MAX_WAIT_MS } from './politeness/pacer.js';
export type { PacerOptions, PaceRequest, Release } from './politeness/pacer.js';
export { RobotsCache, productToken } from './politeness/robots.js';
export type { RobotsPolicy, RobotsVerdict, RobotsFile, RobotsLoader, RobotsCacheOptions } from './politeness/robots.js';
export { parseRetryAfter } from './politeness/retry-after.js';
export { prepareFeedText } from './xml.js';
export { documentId, contentHash } from './ids.js';
export { articleFromHtml, htmlToText } from './html.js';
export { parsePublished } from './dates.js';
export type { ArticleSelectors } from '@lagebild/schema';
