import { createHash } from 'node:crypto';

/** SHA-256 of the UTF-8 bytes of `text`, lower-case hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The URL as used for identity: parsed and re-serialized (lower-case scheme and host, default port
 * dropped), fragment removed, since fragments never reach the server.
 */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

/**
 * What identifies a release: host name, path and query. Scheme and port do not: a site that moves
 * to https, or a fixture server on another port, still serves the same release.
 */
export function identityOfUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    return `${u.hostname}${u.pathname}${u.search}`;
  } catch {
    return url.trim();
  }
}

/**
 * Stable document id: the source id slug plus 20 hex digits of SHA-256 over {@link identityOfUrl}.
 * Only `[a-z0-9-]`, never purely numeric, so it is safe as a BullMQ job id (which forbids ':').
 */
export function documentId(sourceId: string, url: string): string {
  // Each article's id is asked for several times on its way (validators, fetch, document), and a
  // URL parse plus SHA-256 is not free: remembered, with the cache dropped whole when it is full.
  const key = `${sourceId}\u0000${url}`;
  const known = idCache.get(key);
  if (known !== undefined) return known;
  const slug = sourceId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'doc';
  const id = `${slug}-${createHash('sha256').update(identityOfUrl(url), 'utf8').digest('hex').slice(0, 20)}`;
  if (idCache.size >= ID_CACHE_SIZE) idCache.clear();
  idCache.set(key, id);
  return id;
}

const ID_CACHE_SIZE = 4096;
const idCache = new Map<string, string>();
