import robotsModule from 'robots-parser';
import { FetchError } from '../errors.js';

/** The part of robots-parser's Robot this package uses. */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
type RobotsParse = (url: string, contents: string) => Robot;
// robots-parser is CommonJS (`module.exports = fn`) while its typings declare a default export:
// under Node's ESM interop the default import is the function itself.
const robotsParser: RobotsParse = ((robotsModule as unknown as { default?: RobotsParse }).default
  ?? (robotsModule as unknown as RobotsParse));

/** What robots.txt says about one URL for our user agent. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for our user agent (or `*`), in ms. */
  crawlDelayMs?: number;
}

/** A robots.txt as fetched: the final status and the decoded text (empty unless 2xx). */
export interface RobotsFile {
  status: number;
  text: string;
}

/** Fetches a robots.txt URL (guarded, paced, size-capped); throws FetchError on network failure. */
export type RobotsLoader = (robotsUrl: string) => Promise<RobotsFile>;

/** Decides whether a URL may be fetched; {@link RobotsCache} is the implementation. */
export interface RobotsPolicy {
  /**
   * The verdict for `url` and `userAgent`, loading the host's robots.txt through `load` when it is
   * not cached. Throws a FetchError when robots.txt cannot be read (network error, 5xx).
   */
  check(url: string, userAgent: string, load: RobotsLoader): Promise<RobotsVerdict>;
}

/** Options of {@link RobotsCache}. */
export interface RobotsCacheOptions {
  /** How long a fetched robots.txt is used; default 24 h (RFC 9309 §2.4). */
  ttlMs?: number;
  /** How long a failure to read it is remembered before trying again; default 60 s. */
  failureTtlMs?: number;
  now?: () => number;
}

type Rules = { allowAll: true } | { allowAll: false; robot: Robot };
interface Entry { rules: Promise<Rules>; expiresAt: number }

const NOT_CACHED = new Set<string>(['blocked', 'invalid-url', 'aborted']);

/** Size cap for robots.txt: RFC 9309 asks crawlers to read at least 500 KiB. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * The product token robots.txt groups are matched against: "lagebild" for
 * "lagebild/0.1.0 (+https://…)".
 */
export function productToken(userAgent: string): string {
  const token = userAgent.trim().split(/[\s/]/)[0] ?? '';
  return token.toLowerCase() || '*';
}

/** The robots.txt URL governing `url`. */
export function robotsUrlOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}/robots.txt`;
}

/**
 * robots.txt per origin, fetched once and kept for `ttlMs` (concurrent checks share one fetch).
 * RFC 9309 rules: 2xx → parsed (robots-parser, longest match wins, Allow beats Disallow on ties);
 * 4xx → everything allowed; 5xx → everything disallowed for now (`robots-unavailable`, transient);
 * a network failure is passed on (transient). Only the `robots.txt` path itself is never checked.
 */
export class RobotsCache implements RobotsPolicy {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly failureTtlMs: number;
  private readonly now: () => number;

  constructor(options: RobotsCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.failureTtlMs = options.failureTtlMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  async check(url: string, userAgent: string, load: RobotsLoader): Promise<RobotsVerdict> {
    const robotsUrl = robotsUrlOf(url);
    if (new URL(url).pathname === '/robots.txt') return { allowed: true };
    const now = this.now();
    let entry = this.entries.get(robotsUrl);
    if (!entry || entry.expiresAt <= now) {
      const rules = this.load(robotsUrl, load);
      const fresh: Entry = { rules, expiresAt: Number.POSITIVE_INFINITY };
      entry = fresh;
      this.entries.set(robotsUrl, fresh);
      rules.then(() => { fresh.expiresAt = this.now() + this.ttlMs; }, (error: unknown) => {
        // A refusal by our own guard or an abort says nothing about the site: never remembered.
        if (error instanceof FetchError && NOT_CACHED.has(error.code)) {
          if (this.entries.get(robotsUrl) === fresh) this.entries.delete(robotsUrl);
        } else {
          fresh.expiresAt = this.now() + this.failureTtlMs;
        }
      });
    }
    const rules = await entry.rules;
    if (rules.allowAll) return { allowed: true };
    const token = productToken(userAgent);
    const allowed = rules.robot.isAllowed(url, token) !== false;
    const delay = rules.robot.getCrawlDelay(token);
    const verdict: RobotsVerdict = { allowed };
    if (typeof delay === 'number' && Number.isFinite(delay) && delay > 0) verdict.crawlDelayMs = Math.round(delay * 1000);
    return verdict;
  }

  /** Forgets every cached robots.txt. */
  clear(): void {
    this.entries.clear();
  }

  private async load(robotsUrl: string, load: RobotsLoader): Promise<Rules> {
    let file: RobotsFile;
    try {
      file = await load(robotsUrl);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      // A refused address stays a refusal; everything else says why robots.txt was unreadable.
      if (NOT_CACHED.has(error.code)) throw error;
      const init = {
        url: error.url || robotsUrl, code: error.code === 'too-large' ? 'robots-unavailable' as const : error.code,
        permanent: false, cause: error, ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
      };
      throw new FetchError(`cannot read robots.txt (${error.reason})`, init);
    }
    if (file.status >= 200 && file.status < 300) return { allowAll: false, robot: robotsParser(robotsUrl, file.text) };
    if (file.status >= 400 && file.status < 500) return { allowAll: true };
    throw new FetchError(`robots.txt answered HTTP ${file.status}; RFC 9309 treats the site as disallowed until it can be read`,
      { url: robotsUrl, code: 'robots-unavailable', status: file.status, permanent: false });
  }
}
