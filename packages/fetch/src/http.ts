import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { decodeBody } from './charset.js';
import { FetchError } from './errors.js';
import { checkAddressAllowed, checkIpLiteral, checkUrlAllowed, isHostAllowListed, normalizeHost } from './guard.js';

/** One address a host name resolves to. */
export interface ResolvedAddress { address: string; family: number }

/** Resolves a host name to all its addresses (default: `node:dns` lookup with `all: true`). */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Options of every request this package makes. */
export interface FetchOptions {
  userAgent: string;
  /** Hosts exempt from the private-address guard, e.g. `['127.0.0.1']`; compared with the URL's host. */
  allowHosts: readonly string[];
  /** Deadline for the whole request including redirects and body; default 15000. */
  timeoutMs?: number;
  /** Largest accepted (decoded) body; default 5 MiB. Larger bodies abort with code `too-large`. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Clock for `fetchedAt` and quarantine timestamps (tests). */
  now?: () => Date;
  /** DNS override (tests, custom resolvers); its answers go through the same address guard. */
  resolve?: Resolver;
}

/** A successful (2xx) response, body decoded by {@link decodeBody}. */
export interface HttpResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  bytes: Uint8Array;
  text: string;
  charset: string;
}

/** Per-call extras used by the feed and article readers. */
export interface RequestExtras {
  accept?: string;
  /** Charset override (the source's `charset`). */
  charset?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

// Keep-alive with a small per-host socket cap: polite to servers that publish many releases.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 4 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 4 }),
};

class BlockedAddressError extends Error {}

const defaultResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * A `lookup` for node:http that resolves the host, refuses the connection when any resolved address
 * is non-public (unless the host is allow-listed), and hands exactly the checked addresses to the
 * socket, so a second DNS answer cannot sneak in between check and connect.
 */
function guardedLookup(guard: boolean, resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then((addresses) => {
      let error: Error | undefined;
      if (addresses.length === 0) error = Object.assign(new Error(`no address for "${hostname}"`), { code: 'ENOTFOUND' });
      if (guard) {
        for (const a of addresses) {
          const d = checkAddressAllowed(a.address);
          if (!d.allowed) {
            error = new BlockedAddressError(`host "${hostname}" resolves to a disallowed address: ${d.reason}`);
            break;
          }
        }
      }
      if (error) {
        callback(error, '', 0);
        return;
      }
      const family = options.family === 4 || options.family === 6 ? options.family : undefined;
      const matching = family ? addresses.filter((a) => a.family === family) : addresses;
      const usable = matching.length > 0 ? matching : addresses;
      if (options.all) callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
      else callback(null, usable[0]?.address ?? '', usable[0]?.family ?? 4);
    }, (err: unknown) => {
      callback(err instanceof Error ? err : new Error(String(err)), '', 0);
    });
  };
}

function send(target: URL, headers: Record<string, string>, options: FetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const protocol = target.protocol === 'https:' ? 'https:' : 'http:';
    const host = normalizeHost(target.hostname);
    const literal = checkIpLiteral(host) !== undefined;
    const requestOptions: http.RequestOptions = { method: 'GET', headers, agent: agents[protocol], signal };
    // Literal IPs never hit DNS; checkUrlAllowed has already judged them.
    if (!literal) requestOptions.lookup = guardedLookup(!isHostAllowListed(host, options.allowHosts), options.resolve ?? defaultResolver);
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

function tooLarge(url: string, maxBytes: number): FetchError {
  return new FetchError(`body exceeds the size cap of ${maxBytes} bytes`, { url, code: 'too-large', permanent: true });
}

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

/**
 * GET with the SSRF guard on every hop, a deadline, a size cap while streaming, at most
 * {@link MAX_REDIRECTS} redirects and charset decoding. `extras` lets feed and article readers set
 * Accept and a charset override; {@link httpGet} is the public form.
 */
export async function fetchUrl(url: string, options: FetchOptions, extras: RequestExtras = {}): Promise<HttpResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let current = url;
  if (options.signal?.aborted) throw new FetchError('request aborted', { url, code: 'aborted', permanent: false });

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  const onAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const mapError = (error: unknown): FetchError => {
    if (error instanceof FetchError) return error;
    if (timedOut) return new FetchError(`timed out after ${timeoutMs} ms`, { url: current, code: 'timeout', permanent: false, cause: error });
    if (options.signal?.aborted) return new FetchError('request aborted', { url: current, code: 'aborted', permanent: false, cause: error });
    if (error instanceof BlockedAddressError) return new FetchError(`refused: ${error.message}`, { url: current, code: 'blocked', permanent: true, cause: error });
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    return new FetchError(`request failed: ${typeof code === 'string' && !message.includes(code) ? `${code} ` : ''}${message}`, { url: current, code: 'network', permanent: false, cause: error });
  };

  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: extras.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'de-DE,de;q=0.9,en;q=0.5',
  };

  try {
    for (let hop = 0; ; hop++) {
      const decision = checkUrlAllowed(current, options.allowHosts);
      if (!decision.allowed) {
        const code = /^invalid URL/.test(decision.reason) ? 'invalid-url' : 'blocked';
        throw new FetchError(`refused: ${decision.reason}`, { url: current, code, permanent: true });
      }
      const target = new URL(current);
      const res = await send(target, headers, options, controller.signal);
      const status = res.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        res.resume();
        const location = res.headers.location;
        if (!location) throw new FetchError(`redirect ${status} without Location`, { url: current, code: 'bad-redirect', status, permanent: true });
        if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects starting at ${url}`, { url: current, code: 'too-many-redirects', status, permanent: true });
        let next: string;
        try {
          next = new URL(location, target).href;
        } catch {
          throw new FetchError(`redirect to unparsable Location "${location.slice(0, 200)}"`, { url: current, code: 'bad-redirect', status, permanent: true });
        }
        current = next;
        continue;
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw new FetchError(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, { url: current, code: 'http-status', status, permanent: isPermanentStatus(status) });
      }
      const bytes = await readBody(res, current, maxBytes);
      if (controller.signal.aborted) throw mapError(controller.signal.reason);
      const flat = flattenHeaders(res.headers);
      let decoded: { text: string; charset: string };
      try {
        decoded = decodeBody(bytes, flat['content-type'], extras.charset);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new FetchError(`cannot decode the body: ${message}`, { url: current, code: 'charset', permanent: true, cause: error });
      }
      return { url: current, status, headers: flat, bytes, text: decoded.text, charset: decoded.charset };
    }
  } catch (error) {
    throw mapError(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Polite GET: User-Agent and Accept headers, SSRF guard re-checked on every redirect hop (at most
 * 5) and on every resolved address, deadline (`timeoutMs`), size cap while streaming (`maxBytes`),
 * body decoded by {@link decodeBody}. Non-2xx answers throw {@link FetchError}: 4xx except 408/429
 * are permanent, 5xx, 408, 429, timeouts and network errors are transient.
 */
export function httpGet(url: string, options: FetchOptions): Promise<HttpResponse> {
  return fetchUrl(url, options);
}
