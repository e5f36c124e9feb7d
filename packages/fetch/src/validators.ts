/**
 * HTTP cache validators of one URL, as the server sent them: sent back as If-None-Match and
 * If-Modified-Since so that an unchanged resource costs a 304 and no body.
 */
export interface HttpValidators {
  /** The ETag header, verbatim (quotes and `W/` included). */
  etag?: string;
  /** The Last-Modified header, verbatim. */
  lastModified?: string;
  /**
   * Content hash of the document built from the response (articles only). A 304 only means
   * "skip" when a document with exactly this hash is stored; otherwise the page is fetched in full.
   */
  contentHash?: string;
}

/**
 * Where validators are kept between polls: in memory ({@link MemoryValidatorCache}) or in the store
 * (`Store.getHttpValidators` / `Store.setHttpValidators`). Methods may be sync or async.
 */
export interface ValidatorCache {
  get(url: string): Promise<HttpValidators | undefined> | HttpValidators | undefined;
  /** Replaces what is kept for `url`; an object without fields clears it. */
  set(url: string, validators: HttpValidators): Promise<void> | void;
}

/** A {@link ValidatorCache} in a Map: for one process, tests and the demo. */
export class MemoryValidatorCache implements ValidatorCache {
  private readonly entries = new Map<string, HttpValidators>();

  get(url: string): HttpValidators | undefined {
    const v = this.entries.get(url);
    return v ? { ...v } : undefined;
  }

  set(url: string, validators: HttpValidators): void {
    const kept = compactValidators(validators);
    if (kept.etag === undefined && kept.lastModified === undefined) this.entries.delete(url);
    else this.entries.set(url, kept);
  }

  /** Number of URLs with validators. */
  get size(): number {
    return this.entries.size;
  }
}

/** Validators without empty or absent fields. */
export function compactValidators(v: HttpValidators): HttpValidators {
  const out: HttpValidators = {};
  if (v.etag) out.etag = v.etag;
  if (v.lastModified) out.lastModified = v.lastModified;
  if (v.contentHash) out.contentHash = v.contentHash;
  return out;
}

/** The conditional request headers for `v` (none when it carries no validator). */
export function conditionalHeaders(v: HttpValidators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (v?.etag) headers['if-none-match'] = v.etag;
  if (v?.lastModified) headers['if-modified-since'] = v.lastModified;
  return headers;
}

/** Validators kept for `url`, or undefined; a failing cache only costs a full download. */
export async function cachedValidators(cache: ValidatorCache | undefined, url: string): Promise<HttpValidators | undefined> {
  if (!cache) return undefined;
  try {
    return (await cache.get(url)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the response's validators; a failing cache only costs a full download next time. */
export async function rememberValidators(cache: ValidatorCache | undefined, url: string, validators: HttpValidators): Promise<void> {
  if (!cache) return;
  try {
    await cache.set(url, validators);
  } catch {
    // Not fatal: without validators the next poll downloads in full.
  }
}
