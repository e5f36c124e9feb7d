import { FetchError } from '../errors.js';

/** Options of {@link HostPacer}. */
export interface PacerOptions {
  /** Least time between the end of one request to a host and the start of the next; default 1000 ms. */
  minIntervalMs?: number;
  /**
   * The same for hosts named in `allowHosts` (the loopback fixture server); default 0 so that tests
   * and the demo stay fast. Requests to them still go one at a time, and a robots.txt Crawl-delay
   * or a Retry-After still applies.
   */
  allowListedIntervalMs?: number;
  /**
   * Requests to allow-listed hosts in flight at once (default 8). They are the operator's own
   * servers (the fixture server, an internal mirror), so one-at-a-time, which is politeness towards
   * other people's servers, would only slow ingest; a Crawl-delay or Retry-After from them
   * serializes them again.
   */
  allowListedConcurrency?: number;
  /**
   * Longest wait accepted before a request (Crawl-delay gap or Retry-After); a longer one fails the
   * request at once with a transient `rate-limited` FetchError carrying `retryAfterMs`. Default 120000.
   */
  maxWaitMs?: number;
  /** Clock in epoch milliseconds (tests). */
  now?: () => number;
  /** Waits `ms` (tests inject a recorder that advances a fake clock). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What the pacer needs to know about one request. */
export interface PaceRequest {
  /** The request URL, for error messages. */
  url: string;
  /** The host is in `allowHosts` (uses `allowListedIntervalMs`). */
  allowListed: boolean;
  /** The host's robots.txt Crawl-delay for our user agent, in ms. */
  crawlDelayMs?: number;
  signal?: AbortSignal;
}

/** Ends a request's turn at its host; idempotent. */
export type Release = () => void;

interface HostState {
  /** Settles when the last queued request has released the host. */
  tail: Promise<void>;
  /** When the previous request ended (epoch ms), or -Infinity. */
  lastEnd: number;
  /** No request before this instant (Retry-After). */
  notBefore: number;
  /** Allow-listed requests running concurrently outside the one-at-a-time queue. */
  inFlight: number;
}

export const DEFAULT_MIN_INTERVAL_MS = 1000;
export const DEFAULT_MAX_WAIT_MS = 120_000;

function abortError(url: string, signal: AbortSignal): FetchError {
  return new FetchError('request aborted', { url, code: 'aborted', permanent: false, cause: signal.reason });
}

/** Resolves after `ms`, or rejects when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function untilSettledOrAborted(p: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (!signal) return p;
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      return;
    }
    const onAbort = (): void => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, reject);
  });
}

/** The pacing key of a URL: its authority (host and non-default port), lower case. */
export function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/**
 * Per-host politeness: one request at a time per host (a FIFO queue per host), and a minimum gap
 * between the end of one request and the start of the next: the larger of the configured interval
 * and the host's robots.txt Crawl-delay, pushed further by a Retry-After the host sent. Share one
 * pacer between everything that fetches in a process (the package keeps a default one).
 */
export class HostPacer {
  readonly minIntervalMs: number;
  readonly allowListedIntervalMs: number;
  readonly maxWaitMs: number;
  readonly allowListedConcurrency: number;
  private readonly now: () => number;
  private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly hosts = new Map<string, HostState>();

  constructor(options: PacerOptions = {}) {
    this.minIntervalMs = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
    this.allowListedIntervalMs = options.allowListedIntervalMs ?? 0;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.allowListedConcurrency = Math.max(1, options.allowListedConcurrency ?? 8);
    this.now = options.now ?? Date.now;
    this.wait = options.sleep ?? sleep;
  }

  private state(key: string): HostState {
    let s = this.hosts.get(key);
    if (!s) {
      s = { tail: Promise.resolve(), lastEnd: Number.NEGATIVE_INFINITY, notBefore: Number.NEGATIVE_INFINITY, inFlight: 0 };
      this.hosts.set(key, s);
    }
    return s;
  }

  /** The gap this request must keep after the previous one to the same host. */
  intervalFor(request: Pick<PaceRequest, 'allowListed' | 'crawlDelayMs'>): number {
    const base = request.allowListed ? this.allowListedIntervalMs : this.minIntervalMs;
    const crawl = request.crawlDelayMs !== undefined && Number.isFinite(request.crawlDelayMs) ? Math.max(0, request.crawlDelayMs) : 0;
    return Math.max(base, crawl);
  }

  /**
   * Waits for this request's turn at `key` (see {@link hostKey}) and returns the function that ends
   * it. Throws `rate-limited` (transient, with `retryAfterMs`) instead of waiting longer than
   * `maxWaitMs`, and `aborted` when the request's signal fires while it waits.
   */
  async acquire(key: string, request: PaceRequest): Promise<Release> {
    const s = this.state(key);
    if (request.allowListed && this.allowListedConcurrency > 1 && this.intervalFor(request) === 0 && s.notBefore <= this.now()
      && s.inFlight < this.allowListedConcurrency) {
      s.inFlight++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        s.inFlight--;
        s.lastEnd = Math.max(s.lastEnd, this.now());
      };
    }
    const previous = s.tail;
    let done!: () => void;
    const mine = new Promise<void>((resolve) => { done = resolve; });
    s.tail = previous.then(() => mine);
    let released = false;
    const release: Release = () => {
      if (released) return;
      released = true;
      s.lastEnd = Math.max(s.lastEnd, this.now());
      done();
    };
    // Giving up before the turn must not mark the host as used: the queue simply moves on.
    const giveUp = (): void => {
      if (released) return;
      released = true;
      done();
    };
    try {
      await untilSettledOrAborted(previous, request.signal);
      const gap = this.intervalFor(request);
      const now = this.now();
      const waitMs = Math.max(0, s.lastEnd + gap - now, s.notBefore - now);
      if (waitMs > this.maxWaitMs) {
        throw new FetchError(`host ${key} asks for a pause of ${Math.ceil(waitMs)} ms before the next request, longer than the ${this.maxWaitMs} ms we wait`,
          { url: request.url, code: 'rate-limited', permanent: false, retryAfterMs: Math.ceil(waitMs) });
      }
      if (waitMs > 0) await this.wait(waitMs, request.signal);
    } catch (error) {
      giveUp();
      if (error instanceof FetchError) throw error;
      if (request.signal?.aborted) throw abortError(request.url, request.signal);
      throw error;
    }
    return release;
  }

  /** No request to `key` for the next `ms` milliseconds (the host sent Retry-After). */
  deferHost(key: string, ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) return;
    const s = this.state(key);
    s.notBefore = Math.max(s.notBefore, this.now() + ms);
  }
}
