/**
 * Machine-readable kind of a {@link FetchError}, for retry policies and statistics.
 *
 * `invalid-url`, `blocked` (SSRF guard), `http-status`, `timeout`, `aborted`, `too-large`,
 * `too-many-redirects`, `bad-redirect`, `network`, `charset`, `feed-parse`, `no-items`, `not-html`,
 * `empty-body`.
 */
export type FetchErrorCode =
  | 'invalid-url' | 'blocked' | 'http-status' | 'timeout' | 'aborted' | 'too-large'
  | 'too-many-redirects' | 'bad-redirect' | 'network' | 'charset' | 'feed-parse' | 'no-items'
  | 'not-html' | 'empty-body';

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

  constructor(reason: string, init: FetchErrorInit) {
    super(init.message ?? (init.url ? `${init.url}: ${reason}` : reason), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'FetchError';
    this.url = init.url;
    this.reason = reason;
    this.code = init.code;
    if (init.status !== undefined) this.status = init.status;
    this.permanent = init.permanent;
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
    return new FetchError(error.reason, init);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new FetchError(reason, { url, code: 'network', permanent: false, cause: error, message: `${prefix}: ${reason}` });
}
