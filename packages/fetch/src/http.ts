import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { decodeBody } from './charset.js';
import { BlockedAddressError, agentFor } from './connect.js';
import type { Connector, Resolver } from './connect.js';
import { FetchError } from './errors.js';
import { checkRedirectHop, checkUrlAllowed, isHostAllowListed } from './guard.js';
import { HostPacer, hostKey } from './politeness/pacer.js';
import type { Release } from './politeness/pacer.js';
import { parseRetryAfter } from './politeness/retry-after.js';
import { ROBOTS_MAX_BYTES, RobotsCache, productToken } from './politeness/robots.js';
import type { RobotsFile, RobotsPolicy } from './politeness/robots.js';
import { conditionalHeaders } from './validators.js';
import type { HttpValidators, ValidatorCache } from './validators.js';

export type { Connector, ConnectTarget, ResolvedAddress, Resolver } from './connect.js';

/** Options of every request this package makes. */
export interface FetchOptions {
  /** Sent as User-Agent; its first token (before "/") is matched against robots.txt groups. */
  userAgent: string;
  /** Hosts exempt from the private-address guard, e.g. `['127.0.0.1']`; compared with the URL's host. */
  allowHosts: readonly string[];
  /**
   * Deadline for the whole request: connect, redirects, headers and the complete body (a server
   * that trickles bytes hits it too). Waiting for the host's turn in the pacer does not count.
   * Default 15000.
   */
  timeoutMs?: number;
  /** Largest accepted body after decompression; default 5 MiB. Larger bodies abort with code `too-large`. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Clock for `fetchedAt` and quarantine timestamps (tests). */
  now?: () => Date;
  /** DNS override (tests, custom resolvers); its answers go through the same address guard. */
  resolve?: Resolver;
  /** Socket opener for checked addresses (tests); default `net.connect` / `tls.connect`. */
  connect?: Connector;
  /**
   * Conditional GET for feeds ({@link readFeed}) and articles ({@link fetchDocumentIfModified}):
   * validators are read before and written after a successful read.
   */
  validators?: ValidatorCache;
  /** Per-host pacing; default: one pacer shared by the whole process ({@link defaultPacer}). */
  pacer?: HostPacer;
  /** robots.txt policy; default: one cache shared by the whole process ({@link defaultRobots}). */
  robots?: RobotsPolicy;
}

/** A successful (2xx) response, body decoded by {@link decodeBody}, or a 304 to a conditional request. */
export interface HttpResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  bytes: Uint8Array;
  text: string;
  charset: string;
  /** True for a 304 answer to a conditional request: no body was transferred. */
  notModified: boolean;
  /** ETag and Last-Modified of this response, to send back next time. */
  validators: HttpValidators;
}

/** Per-call extras used by the feed and article readers. */
export interface RequestExtras {
  accept?: string;
  /** Charset override (the source's `charset`). */
  charset?: string;
  /** Validators to send as If-None-Match / If-Modified-Since; a 304 then returns `notModified`. */
  conditional?: HttpValidators;
  /** Skip the robots.txt check (only for fetching robots.txt itself). */
  skipRobots?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const ROBOTS_TIMEOUT_MS = 10_000;

/** The pacer used when {@link FetchOptions.pacer} is absent: 1 s between requests to a real host, 0 for allow-listed hosts. */
export const defaultPacer = new HostPacer();
/** The robots.txt cache used when {@link FetchOptions.robots} is absent (entries live 24 h). */
export const defaultRobots = new RobotsCache();

/**
 * A deadline that can be paused while a request waits for its turn at the host, so that
 * politeness never turns into a timeout. Starts paused.
 */
class Deadline {
  private remaining: number;
  private startedAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(ms: number, private readonly onExpire: () => void) {
    this.remaining = ms;
  }

  resume(): void {
    if (this.timer || this.remaining === Number.POSITIVE_INFINITY) return;
    this.startedAt = Date.now();
    this.timer = setTimeout(this.onExpire, Math.max(0, this.remaining));
  }

  pause(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.remaining -= Date.now() - this.startedAt;
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function send(target: URL, headers: Record<string, string>, options: FetchOptions, signal: AbortSignal, disposers: (() => void)[]): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const protocol = target.protocol === 'https:' ? 'https:' : 'http:';
    const { agent, dispose } = agentFor(protocol, {
      allowHosts: options.allowHosts,
      ...(options.resolve ? { resolve: options.resolve } : {}),
      ...(options.connect ? { connect: options.connect } : {}),
    });
    disposers.push(dispose);
    // Every socket comes from the guarded agent: the address check happens at connect time, on
    // the resolved IP, for literal and named hosts alike.
    const requestOptions: http.RequestOptions = { method: 'GET', headers, agent, signal };
    const req = (protocol === 'https:' ? https : http).request(target, requestOptions, resolve);
    req.on('error', reject);
    req.end();
  });
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function validatorsOf(headers: Record<string, string>): HttpValidators {
  const v: HttpValidators = {};
  if (headers['etag']) v.etag = headers['etag'];
  if (headers['last-modified']) v.lastModified = headers['last-modified'];
  return v;
}

function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError(`body exceeds the size cap of ${maxBytes} bytes (counted after decompression)`, { url, code: 'too-large', permanent: true });
}

/**
 * Reads the body while counting decoded bytes: a compression bomb is stopped once its output
 * passes `maxBytes`, without inflating the rest, and memory never holds more than the cap.
 */
async function readBody(res: http.IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(res.headers['content-length']);
  if ((encoding === 'identity' || encoding === '') && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge(url, maxBytes);
  }
  let stream: Readable = res;
  const noop = (): void => {};
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = pipeline(res, zlib.createGunzip(), noop);
  else if (encoding === 'deflate') stream = pipeline(res, zlib.createInflate(), noop);
  else if (encoding === 'br') stream = pipeline(res, zlib.createBrotliDecompress(), noop);
  else if (encoding !== 'identity' && encoding !== '') {
    res.destroy();
    throw new FetchError(`unsupported Content-Encoding "${encoding}"`, { url, code: 'network', permanent: true });
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) {
      res.destroy();
      stream.destroy();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(buf);
  }
  if (!res.complete) throw new FetchError('connection closed before the body was complete', { url, code: 'network', permanent: false });
  return Buffer.concat(chunks);
}

function isPermanentStatus(status: number): boolean {
  if (status === 408 || status === 429) return false;
  return status < 500;
}

/** Reads robots.txt for {@link RobotsPolicy.check}: 4xx/5xx come back as a status, network failures throw. */
function robotsLoader(options: FetchOptions): (robotsUrl: string) => Promise<RobotsFile> {
  return async (robotsUrl) => {
    try {
      const res = await fetchUrl(robotsUrl, options, {
        accept: 'text/plain,*/*;q=0.5', skipRobots: true, maxBytes: ROBOTS_MAX_BYTES,
        timeoutMs: Math.min(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, ROBOTS_TIMEOUT_MS),
      });
      return { status: res.status, text: res.text };
    } catch (error) {
      if (error instanceof FetchError && error.code === 'http-status' && error.status !== undefined) return { status: error.status, text: '' };
      throw error;
    }
  };
}

/**
 * GET with, on every hop: the SSRF guard (URL check, then the resolved address at connect time),
 * no https → http downgrade, robots.txt, and the host's turn in the pacer; at most
 * {@link MAX_REDIRECTS} redirects; one deadline for the whole request; a size cap on the decoded
 * body while streaming; Retry-After on 429/503 remembered by the pacer; charset decoding.
 * `extras` lets feed and article readers set Accept, a charset override and validators.
 */
export async function fetchUrl(url: string, options: FetchOptions, extras: RequestExtras = {}): Promise<HttpResponse> {
  const timeoutMs = extras.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = extras.maxBytes ?? options.maxBytes ?? DEFAULT_MAX_BYTES;
  const pacer = options.pacer ?? defaultPacer;
  const robots = options.robots ?? defaultRobots;
  let current = url;
  if (options.signal?.aborted) throw new FetchError('request aborted', { url, code: 'aborted', permanent: false });

  const controller = new AbortController();
  let timedOut = false;
  const deadline = new Deadline(timeoutMs, () => {
    timedOut = true;
    controller.abort(new Error(`timed out after ${timeoutMs} ms`));
  });
  const onAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const disposers: (() => void)[] = [];
  let release: Release | undefined;

  const mapError = (error: unknown): FetchError => {
    if (error instanceof FetchError) return error;
    if (timedOut) return new FetchError(`timed out after ${timeoutMs} ms`, { url: current, code: 'timeout', permanent: false, cause: error });
    if (options.signal?.aborted) return new FetchError('request aborted', { url: current, code: 'aborted', permanent: false, cause: error });
    if (error instanceof BlockedAddressError) return new FetchError(`refused: ${error.message}`, { url: current, code: 'blocked', permanent: true, cause: error });
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    return new FetchError(`request failed: ${typeof code === 'string' && !message.includes(code) ? `${code} ` : ''}${message}`, { url: current, code: 'network', permanent: false, cause: error });
  };

  const conditional = conditionalHeaders(extras.conditional);
  const isConditional = Object.keys(conditional).length > 0;
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: extras.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'de-DE,de;q=0.9,en;q=0.5',
    ...conditional,
  };

  try {
    for (let hop = 0; ; hop++) {
      const decision = checkUrlAllowed(current, options.allowHosts);
      if (!decision.allowed) {
        const code = /^invalid URL/.test(decision.reason) ? 'invalid-url' : 'blocked';
        throw new FetchError(`refused: ${decision.reason}`, { url: current, code, permanent: true });
      }
      const target = new URL(current);

      // Waiting for robots.txt and for the host's turn is politeness, not server slowness.
      deadline.pause();
      let crawlDelayMs: number | undefined;
      if (!extras.skipRobots) {
        const verdict = await robots.check(current, options.userAgent, robotsLoader(options));
        if (!verdict.allowed) {
          throw new FetchError(`robots.txt disallows this URL for user agent "${productToken(options.userAgent)}"`, { url: current, code: 'robots-disallowed', permanent: true });
        }
        crawlDelayMs = verdict.crawlDelayMs;
      }
      const key = hostKey(current);
      release = await pacer.acquire(key, {
        url: current, allowListed: isHostAllowListed(target.hostname, options.allowHosts), signal: controller.signal,
        ...(crawlDelayMs !== undefined ? { crawlDelayMs } : {}),
      });
      deadline.resume();

      const res = await send(target, headers, options, controller.signal, disposers);
      const status = res.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        res.resume();
        release();
        release = undefined;
        const location = res.headers.location;
        if (!location) throw new FetchError(`redirect ${status} without Location`, { url: current, code: 'bad-redirect', status, permanent: true });
        if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects starting at ${url}`, { url: current, code: 'too-many-redirects', status, permanent: true });
        let next: string;
        try {
          next = new URL(location, target).href;
        } catch {
          throw new FetchError(`redirect to unparsable Location "${location.slice(0, 200)}"`, { url: current, code: 'bad-redirect', status, permanent: true });
        }
        const hopDecision = checkRedirectHop(current, next, options.allowHosts);
        if (!hopDecision.allowed) {
          const code = 'downgrade' in hopDecision ? 'insecure-redirect' : 'blocked';
          throw new FetchError(`refused redirect: ${hopDecision.reason}`, { url: current, code, status, permanent: true });
        }
        current = next;
        continue;
      }
      const flat = flattenHeaders(res.headers);
      if (status === 304 && isConditional) {
        res.resume();
        return { url: current, status, headers: flat, bytes: new Uint8Array(0), text: '', charset: '', notModified: true, validators: validatorsOf(flat) };
      }
      if (status < 200 || status > 299) {
        res.resume();
        const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(flat['retry-after']) : undefined;
        if (retryAfterMs !== undefined) pacer.deferHost(key, retryAfterMs);
        throw new FetchError(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}${retryAfterMs !== undefined ? ` (Retry-After ${Math.ceil(retryAfterMs / 1000)} s)` : ''}`, {
          url: current, code: 'http-status', status, permanent: isPermanentStatus(status),
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        });
      }
      const bytes = await readBody(res, current, maxBytes);
      if (controller.signal.aborted) throw mapError(controller.signal.reason);
      let decoded: { text: string; charset: string };
      try {
        decoded = decodeBody(bytes, flat['content-type'], extras.charset);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new FetchError(`cannot decode the body: ${message}`, { url: current, code: 'charset', permanent: true, cause: error });
      }
      return { url: current, status, headers: flat, bytes, text: decoded.text, charset: decoded.charset, notModified: false, validators: validatorsOf(flat) };
    }
  } catch (error) {
    throw mapError(error);
  } finally {
    release?.();
    deadline.clear();
    options.signal?.removeEventListener('abort', onAbort);
    for (const dispose of disposers) dispose();
  }
}

/**
 * Polite GET: User-Agent and Accept headers; SSRF guard on every redirect hop (at most 5) and on
 * every resolved address at connect time; no https → http downgrade; robots.txt and per-host
 * pacing; deadline (`timeoutMs`) over the whole request; size cap while streaming (`maxBytes`);
 * body decoded by {@link decodeBody}. Non-2xx answers throw {@link FetchError}: 4xx except 408/429
 * are permanent; 5xx, 408, 429, timeouts and network errors are transient, and 429/503 carry
 * `retryAfterMs` when the server sent Retry-After.
 */
export function httpGet(url: string, options: FetchOptions): Promise<HttpResponse> {
  return fetchUrl(url, options);
}
