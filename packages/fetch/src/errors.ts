/**
 * Machine-readable kind of a {@link FetchError}, for retry policies, statistics and source health.
 *
 * `invalid-url`, `blocked` (SSRF guard), `http-status`, `timeout`, `aborted`, `too-large`,
 * `too-many-redirects`, `bad-redirect`, `insecure-redirect` (https → http), `network`, `charset`,
 * `feed-parse` (not RSS/Atom, e.g. an HTML page served instead of the feed), `hostile-xml` (DTD entity
 * declarations), `no-items` (list selector matched nothing: the page layout changed), `not-html`,
 * `empty-body`, `robots-disallowed` (robots.txt forbids the URL for our user agent),
 * `robots-unavailable` (robots.txt answered 5xx), `rate-limited` (the host asked us to wait longer
 * than we are willing to: Retry-After or Crawl-delay beyond the pacer's `maxWaitMs`).
 */
export type FetchErrorCode =
  | 'invalid-url' | 'blocked' | 'http-status' | 'timeout' | 'aborted' | 'too-large'
  | 'too-many-redirects' | 'bad-redirect' | 'insecure-redirect' | 'network' | 'charset' | 'feed-parse'
  | 'hostile-xml' | 'no-items' | 'not-html' | 'empty-body' | 'robots-disallowed' | 'robots-unavailable'
  | 'rate-limited';

/** Options of {@link FetchError}. */
export interface FetchErrorInit {
  /** The URL that failed (the last redirect hop for HTTP errors). */
  url: string;
  code: FetchErrorCode;
  status?: number;
  /** True when retrying the same request cannot succeed (4xx, blocked address, oversize body ...). */
  permanent: boolean;
  cause?: unknown;
  /** Full message; defaults to `<url>: <reason>`. */
  message?: string;
  /** How long the server asked us to wait (Retry-After on 429/503), in milliseconds. */
  retryAfterMs?: number;
}

/**
 * A failed fetch, feed read or article extraction. `reason` is a short human sentence without the
 * URL or source (fit for a quarantine record, which stores those separately); `message` names the
 * source (when known), the URL and the reason; `code` classifies; `permanent` tells a queue whether
 * a retry is worth it.
 */
export class FetchError extends Error {
  readonly url: string;
  readonly reason: string;
  readonly code: FetchErrorCode;
  readonly status?: number;
  readonly permanent: boolean;
  /** Set on 429/503 answers with Retry-After and on `rate-limited`: wait at least this long (ms). */
  readonly retryAfterMs?: number;

  constructor(reason: string, init: FetchErrorInit) {
    super(init.message ?? (init.url ? `${init.url}: ${reason}` : reason), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'FetchError';
    this.url = init.url;
    this.reason = reason;
    this.code = init.code;
    if (init.status !== undefined) this.status = init.status;
    this.permanent = init.permanent;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * The same failure with a message that starts with `prefix` (which names the source and URL),
 * keeping reason, code, status and permanence so that retry decisions survive the re-wrap.
 */
export function withContext(error: unknown, prefix: string, url: string): FetchError {
  if (error instanceof FetchError) {
    const at = error.url && error.url !== url ? ` (at ${error.url})` : '';
    const init: FetchErrorInit = {
      url: error.url || url, code: error.code, permanent: error.permanent, cause: error, message: `${prefix}: ${error.reason}${at}`,
    };
    if (error.status !== undefined) init.status = error.status;
    if (error.retryAfterMs !== undefined) init.retryAfterMs = error.retryAfterMs;
    return new FetchError(error.reason, init);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new FetchError(reason, { url, code: 'network', permanent: false, cause: error, message: `${prefix}: ${reason}` });
}
