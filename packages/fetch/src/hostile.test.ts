/**
 * "Fetching that is polite, safe and loses nothing": every must-show case against hostile servers
 * started here, on loopback, over real sockets. Nothing in this file connects anywhere else: the
 * guard's refusals of private addresses are unit cases run with a connector that refuses any
 * non-loopback address, so not even a broken guard could send a packet off this machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import iconv from 'iconv-lite';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedItem, Source } from '@lagebild/schema';
import { SourceSchema, SourcesConfigSchema } from '@lagebild/schema';
import type { ConnectTarget, Connector } from './connect.js';
import { defaultConnector } from './connect.js';
import { fetchDocument, fetchDocumentIfModified } from './document.js';
import { FetchError } from './errors.js';
import { readFeed } from './feed.js';
import { checkAddressAllowed, checkRedirectHop } from './guard.js';
import type { FetchOptions } from './http.js';
import { httpGet } from './http.js';
import { HostPacer } from './politeness/pacer.js';
import { parseRetryAfter } from './politeness/retry-after.js';
import { parsePublished } from './dates.js';
import { RobotsCache, productToken } from './politeness/robots.js';
import type { RobotsPolicy } from './politeness/robots.js';
import { answer, generated, startHostileServer, startSentinel, trickle } from './test-support/hostile-server.js';
import type { HostileServer } from './test-support/hostile-server.js';
import { TEST_CERT } from './test-support/tls.js';
import { MemoryValidatorCache } from './validators.js';

const UA = 'lagebild-test/0.1 (+http://127.0.0.1/kontakt)';
const MiB = 1024 * 1024;
const fixedNow = () => new Date('2023-11-06T12:00:00Z');

/** Fresh pacer and robots cache per call, so no test inherits another's host state. */
function options(extra: Partial<FetchOptions> = {}): FetchOptions {
  return { userAgent: UA, allowHosts: ['127.0.0.1'], timeoutMs: 5000, now: fixedNow, pacer: new HostPacer(), robots: new RobotsCache(), ...extra };
}

function rssSource(id: string, url: string, extra: Partial<Source> = {}): Source {
  return SourceSchema.parse({ id, kind: 'police', name: id, feed: { type: 'rss', url }, ...extra });
}

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected a FetchError');
}

const isLoopback = (address: string): boolean => address.startsWith('127.') || address === '::1';

/** The connector of the SSRF tests: records every socket asked for and refuses anything off loopback. */
function loopbackOnly(calls: ConnectTarget[] = []): Connector {
  return (target) => {
    calls.push(target);
    if (!isLoopback(target.address)) throw new Error(`test connector: refusing to open a socket to ${target.address}`);
    return defaultConnector(target);
  };
}

const rss = (items: string, head = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${head}<rss version="2.0"><channel><title>Testfeed</title><link>http://127.0.0.1/</link><description>d</description>${items}</channel></rss>`;
const item = (title: string, link: string, extra = '') => `<item><title>${title}</title><link>${link}</link>${extra}</item>`;

// ───────────────────────────────────────────────────────────────────────────────────────────────
describe('charsets: every fixture stores the same German text exactly', () => {
  const PHRASE = 'Lünen: Straße gesperrt, „Störung“ – Schaden 5 €';
  const MUST = ['Lünen', 'Straße', '„Störung“', '–', '€'];
  let server: HostileServer;

  const page = (head: string) => `<!DOCTYPE html><html lang="de"><head>${head}<title>Meldung</title></head><body>
    <article><h1>${PHRASE}</h1><p>${PHRASE} im Bürgerbüro.</p></article></body></html>`;
  const xhtml = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Meldung</title></head><body><article><h1>${PHRASE}</h1><p>${PHRASE} im Bürgerbüro.</p></article></body></html>`;
  const feed = (decl: string) => rss(item(PHRASE, 'http://127.0.0.1/pm/1'), decl);
  const cp1252 = (s: string) => new Uint8Array(iconv.encode(s, 'windows-1252'));
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  const bom = (prefix: number[], body: Uint8Array) => new Uint8Array([...prefix, ...body]);

  /** [name, kind, bytes, content-type or undefined (no header)] */
  const fixtures: [string, 'article' | 'feed', Uint8Array, string | undefined][] = [
    ['windows-1252 declared in the header', 'article', cp1252(page('')), 'text/html; charset=windows-1252'],
    ['windows-1252 declared in the header', 'feed', cp1252(feed('<?xml version="1.0"?>')), 'application/rss+xml; charset=windows-1252'],
    ['ISO-8859-1 header carrying 0x80–0x9F bytes', 'article', cp1252(page('')), 'text/html; charset=ISO-8859-1'],
    ['ISO-8859-1 header carrying 0x80–0x9F bytes', 'feed', cp1252(feed('<?xml version="1.0"?>')), 'text/xml; charset=iso-8859-1'],
    ['charset only in the XML declaration', 'feed', cp1252(feed('<?xml version="1.0" encoding="ISO-8859-1"?>')), 'application/rss+xml'],
    ['charset only in the XML declaration', 'article', cp1252(xhtml('windows-1252')), 'application/xhtml+xml'],
    ['charset only in <meta charset>', 'article', cp1252(page('<meta charset="iso-8859-1">')), 'text/html'],
    ['charset only in <meta http-equiv>', 'article', cp1252(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')), 'text/html'],
    ['UTF-8 BOM', 'article', bom([0xef, 0xbb, 0xbf], utf8(page(''))), 'text/html'],
    ['UTF-8 BOM', 'feed', bom([0xef, 0xbb, 0xbf], utf8(feed('<?xml version="1.0" encoding="UTF-8"?>'))), 'application/rss+xml'],
    ['UTF-16LE BOM', 'article', bom([0xff, 0xfe], new Uint8Array(iconv.encode(page(''), 'utf-16le'))), 'text/html'],
    ['UTF-16LE BOM', 'feed', bom([0xff, 0xfe], new Uint8Array(iconv.encode(feed('<?xml version="1.0" encoding="UTF-16"?>'), 'utf-16le'))), 'application/rss+xml'],
    ['UTF-16BE BOM', 'article', bom([0xfe, 0xff], new Uint8Array(iconv.encode(page(''), 'utf-16be'))), 'text/html'],
    ['UTF-16BE BOM', 'feed', bom([0xfe, 0xff], new Uint8Array(iconv.encode(feed('<?xml version="1.0" encoding="UTF-16"?>'), 'utf-16be'))), undefined],
    ['no charset at all (UTF-8 bytes)', 'article', utf8(page('')), 'text/html'],
    ['no charset at all (UTF-8 bytes)', 'feed', utf8(feed('<?xml version="1.0"?>')), 'application/rss+xml'],
    ['no charset and no Content-Type (windows-1252 bytes)', 'article', cp1252(page('')), undefined],
    ['no charset at all (windows-1252 bytes)', 'feed', cp1252(feed('<?xml version="1.0"?>')), 'text/xml'],
  ];

  beforeAll(async () => {
    server = await startHostileServer();
    fixtures.forEach(([, , bytes, type], i) => server.route(`/charset/${i}`, answer(200, type ? { 'content-type': type } : {}, bytes)));
  });
  afterAll(() => server.close());

  it('the ISO-8859-1 fixture really carries bytes in 0x80–0x9F', () => {
    const bytes = fixtures[2]![2];
    expect([...bytes].filter((b) => b >= 0x80 && b <= 0x9f).length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures.map((f, i) => [f[0], f[1], i] as const))('%s (%s): "Lünen", "Straße", "„Störung“", "–", "€" exact; 0 U+FFFD; 0 C1 controls', async (_name, kind, i) => {
    const url = `${server.origin}/charset/${i}`;
    let text: string;
    if (kind === 'feed') {
      const { items, quarantined } = await readFeed(rssSource('charset', url), options());
      expect(quarantined).toEqual([]);
      text = items[0]?.title ?? '';
      expect(text).toBe(PHRASE);
    } else {
      const doc = await fetchDocument({ sourceId: 'charset', url }, rssSource('charset', url), options());
      text = doc.text;
      expect(doc.title).toBe(PHRASE);
      expect(doc.text).toContain(`${PHRASE} im Bürgerbüro.`);
    }
    for (const s of MUST) expect(text).toContain(s);
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toMatch(/[\u0080-\u009f]/);
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────────
describe('conditional GET: an unchanged feed costs a 304 and no body', () => {
  let server: HostileServer;
  let version = 1;
  const lastModified = 'Mon, 06 Nov 2023 09:15:00 GMT';
  const feedBody = () => rss(item(`Meldung ${version}`, `http://127.0.0.1/pm/${version}`) + item('Ältere Meldung', 'http://127.0.0.1/pm/0'));
  const article = () => `<html><body><article><h1>Artikel v${version}</h1><p>Text in Fassung ${version}.</p></article></body></html>`;

  beforeAll(async () => {
    server = await startHostileServer();
    const conditional = (body: () => string, type: string, withEtag: boolean) => (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, seen: { bodyBytes: number }) => {
      const etag = `"v${version}"`;
      const fresh = withEtag ? req.headers['if-none-match'] === etag : req.headers['if-modified-since'] === `${lastModified}-${version}`;
      const validators: Record<string, string> = withEtag ? { etag } : { 'last-modified': `${lastModified}-${version}` };
      if (fresh) {
        res.writeHead(304, validators).end();
        return;
      }
      const bytes = Buffer.from(body(), 'utf8');
      seen.bodyBytes += bytes.length;
      res.writeHead(200, { 'content-type': type, 'content-length': String(bytes.length), ...validators }).end(bytes);
    };
    server.route('/feed.xml', conditional(feedBody, 'application/rss+xml; charset=utf-8', true));
    server.route('/feed-lm.xml', conditional(feedBody, 'application/rss+xml; charset=utf-8', false));
    server.route('/pm/a', conditional(article, 'text/html; charset=utf-8', true));
    server.route('/broken.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"b"' }).end('<rss version="2.0"><channel'));
  });
  afterAll(() => server.close());

  it('polled twice unchanged: the second poll sends If-None-Match, gets 304, downloads no body, lists nothing', async () => {
    version = 1;
    const cache = new MemoryValidatorCache();
    const source = rssSource('cond', `${server.origin}/feed.xml`);
    const first = await readFeed(source, options({ validators: cache }));
    expect(first.notModified).toBe(false);
    expect(first.items.map((i) => i.title)).toEqual(['Meldung 1', 'Ältere Meldung']);
    expect(cache.get(`${server.origin}/feed.xml`)).toEqual({ etag: '"v1"' });

    const second = await readFeed(source, options({ validators: cache }));
    expect(second).toEqual({ items: [], quarantined: [], notModified: true });
    const [a, b] = server.seen('/feed.xml');
    expect(a?.headers['if-none-match']).toBeUndefined();
    expect(b?.headers['if-none-match']).toBe('"v1"');
    expect(b?.status).toBe(304);
    expect(b?.bodyBytes).toBe(0);

    version = 2;
    const third = await readFeed(source, options({ validators: cache }));
    expect(third.notModified).toBe(false);
    expect(third.items[0]?.title).toBe('Meldung 2');
  });

  it('uses Last-Modified / If-Modified-Since when there is no ETag', async () => {
    version = 1;
    const cache = new MemoryValidatorCache();
    const source = rssSource('cond-lm', `${server.origin}/feed-lm.xml`);
    expect((await readFeed(source, options({ validators: cache }))).notModified).toBe(false);
    expect((await readFeed(source, options({ validators: cache }))).notModified).toBe(true);
    expect(server.seen('/feed-lm.xml')[1]?.headers['if-modified-since']).toBe(`${lastModified}-1`);
  });

  it('keeps no validators for a feed it could not parse, so the next poll downloads it again', async () => {
    const cache = new MemoryValidatorCache();
    await failure(readFeed(rssSource('broken', `${server.origin}/broken.xml`), options({ validators: cache })));
    expect(cache.get(`${server.origin}/broken.xml`)).toBeUndefined();
  });

  it('articles: validators are kept with the content hash; a 304 returns null; a changed page is fetched in full', async () => {
    version = 1;
    const cache = new MemoryValidatorCache();
    const item: FeedItem = { sourceId: 'cond', url: `${server.origin}/pm/a` };
    const source = rssSource('cond', `${server.origin}/feed.xml`);
    const doc = await fetchDocument(item, source, options({ validators: cache }));
    expect(cache.get(item.url)).toEqual({ etag: '"v1"', contentHash: doc.contentHash });
    expect(await fetchDocumentIfModified(item, source, options({ validators: cache }))).toBeNull();
    version = 2;
    const changed = await fetchDocumentIfModified(item, source, options({ validators: cache }));
    expect(changed?.text).toBe('Artikel v2\n\nText in Fassung 2.');
    expect(cache.get(item.url)).toEqual({ etag: '"v2"', contentHash: changed?.contentHash });
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────────
describe('limits: size caps after decompression, one deadline for the whole request, bounded memory', () => {
  let server: HostileServer;
  const CAP = 5 * MiB;

  beforeAll(async () => {
    server = await startHostileServer();
    server.route('/600mb', generated(600 * MiB));
    server.route('/600mb-declared', generated(600 * MiB, { contentLength: true }));
    server.route('/bomb', generated(200 * MiB, { gzip: true }));
    server.route('/bomb.xml', generated(200 * MiB, { gzip: true, contentType: 'application/rss+xml' }));
    server.route('/trickle', trickle(100_000, 500));
    server.route('/trickle.xml', trickle(100_000, 500));
    server.route('/good.xml', answer(200, { 'content-type': 'application/rss+xml; charset=utf-8' }, rss(item('Gute Meldung aus Lünen', 'http://127.0.0.1/pm/gut'))));
  });
  afterAll(() => server.close());

  it('a 600 MB body without Content-Length is stopped at the cap while streaming, memory bounded', async () => {
    const before = process.memoryUsage().rss;
    const e = await failure(httpGet(`${server.origin}/600mb`, options({ maxBytes: CAP })));
    expect(e).toMatchObject({ code: 'too-large', permanent: true });
    expect(e.reason).toContain(`${CAP} bytes`);
    // The server streams on demand: it never got near 600 MB before the client hung up.
    expect(server.seen('/600mb')[0]!.bodyBytes).toBeLessThan(64 * MiB);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * MiB);
  });

  it('a 600 MB body declared in Content-Length is refused before reading it', async () => {
    const e = await failure(httpGet(`${server.origin}/600mb-declared`, options({ maxBytes: CAP })));
    expect(e.code).toBe('too-large');
    expect(server.seen('/600mb-declared')[0]!.bodyBytes).toBeLessThan(64 * MiB);
  });

  it('a gzip bomb (200 KB that inflates to 200 MB) is stopped once the inflated bytes pass the cap', async () => {
    const before = process.memoryUsage().rss;
    const e = await failure(httpGet(`${server.origin}/bomb`, options({ maxBytes: CAP })));
    expect(e).toMatchObject({ code: 'too-large', permanent: true });
    expect(e.reason).toMatch(/after decompression/);
    // What crossed the wire is a few hundred KB at most; the cap counted what it inflated to.
    expect(server.seen('/bomb')[0]!.bodyBytes).toBeLessThan(CAP);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * MiB);
  });

  it('a server trickling one byte every 500 ms hits the total deadline (not a gap timeout) while sending the body', async () => {
    const e = await failure(httpGet(`${server.origin}/trickle`, options({ timeoutMs: 1600 })));
    expect(e).toMatchObject({ code: 'timeout', permanent: false });
    expect(e.reason).toBe('timed out after 1600 ms');
    // The body had started: a per-chunk idle timeout (500 ms gaps < 1600 ms) would never fire.
    expect(server.seen('/trickle')[0]!.bodyBytes).toBeGreaterThanOrEqual(1);
  });

  it('the rest of the run goes on: a good feed on the same host is read after the bomb, the giant and the trickle', async () => {
    const shared = options({ maxBytes: CAP, timeoutMs: 1600 });
    const outcomes = await Promise.allSettled([
      readFeed(rssSource('riesig', `${server.origin}/600mb`), shared),
      readFeed(rssSource('bombe', `${server.origin}/bomb.xml`), shared),
      readFeed(rssSource('tropf', `${server.origin}/trickle.xml`), shared),
      readFeed(rssSource('gut', `${server.origin}/good.xml`), shared),
    ]);
    const codes = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as FetchError).code : 'ok'));
    expect(codes).toEqual(['too-large', 'too-large', 'timeout', 'ok']);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(FetchError);
    const good = outcomes[3];
    expect(good?.status === 'fulfilled' && good.value.items[0]?.title).toBe('Gute Meldung aus Lünen');
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────────
describe('redirects: at most 5, every hop re-validated, no https → http downgrade', () => {
  let plain: HostileServer;
  let secure: HostileServer;
  /** Trusts the test certificate for loopback TLS; refuses anything off loopback. */
  const tlsConnector: Connector = (t) => {
    if (!isLoopback(t.address)) throw new Error(`test connector: refusing ${t.address}`);
    return t.tls
      ? tls.connect({ host: t.address, port: t.port, ca: TEST_CERT, ...(t.servername ? { servername: t.servername } : {}) })
      : net.connect({ host: t.address, port: t.port });
  };

  beforeAll(async () => {
    plain = await startHostileServer();
    secure = await startHostileServer({ tls: true });
    plain.route('/plain', answer(200, { 'content-type': 'text/plain; charset=utf-8' }, 'unverschlüsselt'));
    secure.route('/down', (_req, res) => res.writeHead(302, { location: `${plain.origin}/plain` }).end());
    secure.route('/stay', (_req, res) => res.writeHead(301, { location: '/ok' }).end());
    secure.route('/ok', answer(200, { 'content-type': 'text/plain; charset=utf-8' }, 'verschlüsselt'));
    for (let i = 0; i < 6; i++) plain.route(`/hop/${i}`, (_req, res) => res.writeHead(302, { location: `/hop/${i + 1}` }).end());
    plain.route('/hop/6', answer(200, { 'content-type': 'text/plain' }, 'ende'));
  });
  afterAll(async () => {
    await plain.close();
    await secure.close();
  });

  it('follows https → https and refuses an https → http redirect without contacting the http server', async () => {
    expect((await httpGet(`${secure.origin}/stay`, options({ connect: tlsConnector }))).text).toBe('verschlüsselt');
    const e = await failure(httpGet(`${secure.origin}/down`, options({ connect: tlsConnector })));
    expect(e).toMatchObject({ code: 'insecure-redirect', permanent: true, status: 302 });
    expect(e.reason).toMatch(/https to http/);
    expect(plain.seen('/plain')).toHaveLength(0);
  });

  it('checkRedirectHop: downgrade and disallowed targets are typed refusals', () => {
    expect(checkRedirectHop('https://a.example/x', 'http://a.example/y', [])).toMatchObject({ allowed: false, downgrade: true });
    expect(checkRedirectHop('http://a.example/x', 'https://a.example/y', [])).toEqual({ allowed: true });
    expect(checkRedirectHop('https://a.example/x', 'http://127.0.0.2/', [])).toMatchObject({ allowed: false });
  });

  it('follows 5 redirects and refuses the 6th', async () => {
    expect((await httpGet(`${plain.origin}/hop/1`, options())).text).toBe('ende');
    expect(await failure(httpGet(`${plain.origin}/hop/0`, options()))).toMatchObject({ code: 'too-many-redirects' });
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────────
describe('SSRF guard', () => {
  describe('address check (unit cases, no socket opened even if the check were broken)', () => {
    const addresses = ['10.0.0.1', '172.16.0.1', '192.168.1.1', '169.254.169.254', 'fc00::1', 'fe80::1'];

    it.each(addresses)('checkAddressAllowed refuses %s', (address) => {
      expect(checkAddressAllowed(address).allowed).toBe(false);
    });

    it.each(addresses)('httpGet refuses a URL on %s with a typed error and asks the connector for no socket', async (address) => {
      const calls: ConnectTarget[] = [];
      const host = address.includes(':') ? `[${address}]` : address;
      const e = await failure(httpGet(`http://${host}/latest/meta-data/`, options({ connect: loopbackOnly(calls) })));
      expect(e).toMatchObject({ code: 'blocked', permanent: true });
      expect(calls).toEqual([]);
    });

    it.each(addresses)('a host name resolving to %s is refused at connect time, before any socket', async (address) => {
      const calls: ConnectTarget[] = [];
      const resolve = async () => [{ address, family: address.includes(':') ? 6 : 4 }];
      const e = await failure(httpGet('http://presse.example.test/rss.xml', options({ resolve, connect: loopbackOnly(calls) })));
      expect(e).toMatchObject({ code: 'blocked', permanent: true });
      expect(e.reason).toContain(address);
      expect(calls).toEqual([]);
    });
  });

  describe('over real sockets: a sentinel on 127.0.0.2 receives 0 connections', () => {
    let sentinel: Awaited<ReturnType<typeof startSentinel>>;
    let fixture: HostileServer;
    const calls: ConnectTarget[] = [];

    beforeAll(async () => {
      sentinel = await startSentinel('127.0.0.2');
      fixture = await startHostileServer();
      const p = sentinel.port;
      fixture.route('/to-sentinel', (_req, res) => res.writeHead(302, { location: `http://127.0.0.2:${p}/feed.xml` }).end());
      fixture.route('/to-sentinel-decimal', (_req, res) => res.writeHead(301, { location: `http://2130706434:${p}/feed.xml` }).end());
      fixture.route('/to-sentinel-mapped', (_req, res) => res.writeHead(307, { location: `http://[::ffff:127.0.0.2]:${p}/feed.xml` }).end());
      fixture.route('/to-sentinel-name', (_req, res) => res.writeHead(308, { location: `http://rebind.example.test:${p}/feed.xml` }).end());
      fixture.route('/hop-then-sentinel', (_req, res) => res.writeHead(302, { location: '/to-sentinel' }).end());
    });
    afterAll(async () => {
      expect(sentinel.connections()).toBe(0);
      await sentinel.close();
      await fixture.close();
    });

    const spellings = (p: number): [string, string][] => [
      ['dotted', `http://127.0.0.2:${p}/feed.xml`],
      ['decimal', `http://2130706434:${p}/feed.xml`],
      ['octal', `http://0177.0.0.02:${p}/feed.xml`],
      ['hex', `http://0x7f000002:${p}/feed.xml`],
      ['hex dotted', `http://0x7f.0x0.0x0.0x2:${p}/feed.xml`],
      ['IPv6-mapped', `http://[::ffff:127.0.0.2]:${p}/feed.xml`],
      ['IPv6-mapped hex', `http://[::ffff:7f00:2]:${p}/feed.xml`],
    ];

    it('refuses every spelling of 127.0.0.2 named in a loaded config (allowHosts: the fixture host only)', async () => {
      for (const [name, url] of spellings(sentinel.port)) {
        const config = SourcesConfigSchema.parse({ userAgent: UA, allowHosts: ['127.0.0.1'], sources: [{ id: 'sentinel', kind: 'police', name, feed: { type: 'rss', url } }] });
        const source = config.sources[0]!;
        const e = await failure(readFeed(source, options({ allowHosts: config.allowHosts, connect: loopbackOnly(calls) })));
        expect(e.code, name).toBe('blocked');
        expect(e.permanent).toBe(true);
      }
      expect(sentinel.connections()).toBe(0);
      expect(calls.filter((c) => c.address === '127.0.0.2')).toEqual([]);
    });

    it.each(['/to-sentinel', '/to-sentinel-decimal', '/to-sentinel-mapped', '/hop-then-sentinel'])('refuses the redirect %s from the allowed fixture host', async (path) => {
      const e = await failure(readFeed(rssSource('redirect', `${fixture.origin}${path}`), options({ connect: loopbackOnly(calls) })));
      expect(e).toMatchObject({ code: 'blocked', permanent: true });
      expect(sentinel.connections()).toBe(0);
    });

    it('refuses a redirect to a host name that resolves to 127.0.0.2 (checked on the resolved IP at connect time)', async () => {
      const resolve = async () => [{ address: '127.0.0.2', family: 4 }];
      const e = await failure(readFeed(rssSource('rebind', `${fixture.origin}/to-sentinel-name`), options({ resolve, connect: loopbackOnly(calls) })));
      expect(e).toMatchObject({ code: 'blocked' });
      expect(e.reason).toMatch(/rebind\.example\.test.*127\.0\.0\.2/);
      expect(sentinel.connections()).toBe(0);
    });

    it('DNS rebinding: a name that first looked public and then resolves to 127.0.0.2 is refused on the answer actually used', async () => {
      let n = 0;
      const resolve = async () => [{ address: n++ === 0 ? '93.184.216.34' : '127.0.0.2', family: 4 }];
      // First answer public: the connector (loopback only) refuses, so nothing leaves the machine.
      await failure(httpGet(`http://rebind.example.test:${sentinel.port}/robots.txt`, options({ resolve, connect: loopbackOnly(calls), robots: allowAll })));
      const e = await failure(httpGet(`http://rebind.example.test:${sentinel.port}/feed.xml`, options({ resolve, connect: loopbackOnly(calls), robots: allowAll })));
      expect(e.code).toBe('blocked');
      expect(sentinel.connections()).toBe(0);
    });
  });

  describe('schemes other than http(s) are refused at config load', () => {
    it.each(['file:///etc/passwd', 'gopher://127.0.0.1:70/_HELO', 'data:application/rss+xml,<rss/>'])('%s', async (url) => {
      const parsed = SourcesConfigSchema.safeParse({ userAgent: UA, sources: [{ id: 'x', kind: 'police', name: 'X', feed: { type: 'rss', url } }] });
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error.issues[0]).toMatchObject({ path: ['sources', 0, 'feed', 'url'], message: 'feed URLs must use http or https' });
      // And were one to reach the fetcher anyway, it is a typed refusal there too.
      const calls: ConnectTarget[] = [];
      expect(await failure(httpGet(url, options({ connect: loopbackOnly(calls) })))).toMatchObject({ code: 'blocked', permanent: true });
      expect(calls).toEqual([]);
    });
  });
});

const allowAll: RobotsPolicy = { check: async () => ({ allowed: true }) };

// ───────────────────────────────────────────────────────────────────────────────────────────────
describe('hostile XML: no entity expansion, no DTD processing, no file read', () => {
  let server: HostileServer;
  let sentinel: Awaited<ReturnType<typeof startSentinel>>;
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-xxe-'));
  const secretFile = join(dir, 'geheim.txt');
  const SECRET = 'GEHEIM-7f3a9c';

  const laughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><link>http://127.0.0.1/</link><description>d</description>
<item><title>&lol9;</title><link>http://127.0.0.1/pm/1</link></item></channel></rss>`;
  const xxeFile = () => `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://${secretFile}"> ]>
<rss version="2.0"><channel><title>t</title><link>http://127.0.0.1/</link><description>d</description>
<item><title>&xxe;</title><link>http://127.0.0.1/pm/1</link></item></channel></rss>`;
  const xxeHttp = () => `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY % remote SYSTEM "http://127.0.0.2:${sentinel.port}/evil.dtd"> %remote; <!ENTITY xxe SYSTEM "http://127.0.0.2:${sentinel.port}/x"> ]>
<rss version="2.0"><channel><title>t</title><link>http://127.0.0.1/</link><description>d</description>
<item><title>&xxe;</title><link>http://127.0.0.1/pm/1</link></item></channel></rss>`;
  const externalDoctype = () => `<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.2:${sentinel.port}/rss-0.91.dtd">
<rss version="0.91"><channel><title>t</title><link>http://127.0.0.1/</link><description>d</description><language>de</language>
<item><title>Alte Meldung aus Werne</title><link>http://127.0.0.1/pm/091</link></item></channel></rss>`;
  const harmlessSubset = rss(item('Mit ATTLIST', 'http://127.0.0.1/pm/attlist'), '<?xml version="1.0"?><!DOCTYPE rss [ <!ATTLIST rss version CDATA #REQUIRED> ]>');
  const entityInCdata = rss(item('BSI warnt vor XXE', 'http://127.0.0.1/pm/bsi', '<description><![CDATA[Beispiel: <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>]]></description>'));

  beforeAll(async () => {
    writeFileSync(secretFile, SECRET);
    sentinel = await startSentinel('127.0.0.2');
    server = await startHostileServer();
    const xml = (body: () => string) => (_req: unknown, res: import('node:http').ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body());
    };
    server.route('/laughs.xml', xml(() => laughs));
    server.route('/xxe-file.xml', xml(xxeFile));
    server.route('/xxe-http.xml', xml(xxeHttp));
    server.route('/external-doctype.xml', xml(externalDoctype));
    server.route('/attlist.xml', xml(() => harmlessSubset));
    server.route('/cdata.xml', xml(() => entityInCdata));
  });
  afterAll(async () => {
    await server.close();
    await sentinel.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rss-parser (xml2js/sax) itself never expands DTD entities: it fails on the first reference', async () => {
    // What the library does on its own, so the guard below is defence in depth, not the only wall.
    await expect(new Parser().parseString(laughs)).rejects.toThrow(/Invalid character entity/);
    await expect(new Parser().parseString(xxeFile())).rejects.toThrow(/Invalid character entity/);
  });

  it('billion laughs: rejected as hostile-xml with a reason, nothing expanded', async () => {
    const e = await failure(readFeed(rssSource('laughs', `${server.origin}/laughs.xml`), options()));
    expect(e).toMatchObject({ code: 'hostile-xml', permanent: true });
    expect(e.reason).toMatch(/declares DTD entities/);
    expect(e.message).not.toContain('lollol');
  });

  it('XXE with a file entity: rejected, the file is never read into anything', async () => {
    const e = await failure(readFeed(rssSource('xxe', `${server.origin}/xxe-file.xml`), options()));
    expect(e.code).toBe('hostile-xml');
    expect(JSON.stringify({ message: e.message, reason: e.reason, cause: String(e.cause ?? '') })).not.toContain(SECRET);
  });

  it('XXE with external http and parameter entities: rejected, the sentinel receives 0 connections', async () => {
    const e = await failure(readFeed(rssSource('xxe-http', `${server.origin}/xxe-http.xml`), options()));
    expect(e.code).toBe('hostile-xml');
    expect(sentinel.connections()).toBe(0);
  });

  it('an external DOCTYPE (RSS 0.91) is dropped unread: the feed parses and the DTD URL is never fetched', async () => {
    const { items } = await readFeed(rssSource('rss091', `${server.origin}/external-doctype.xml`), options());
    expect(items.map((i) => i.title)).toEqual(['Alte Meldung aus Werne']);
    expect(sentinel.connections()).toBe(0);
  });

  it('an internal subset without entities is dropped and the feed parsed; "<!ENTITY" inside CDATA is just text', async () => {
    expect((await readFeed(rssSource('attlist', `${server.origin}/attlist.xml`), options())).items[0]?.title).toBe('Mit ATTLIST');
    const { items } = await readFeed(rssSource('cdata', `${server.origin}/cdata.xml`), options());
    expect(items[0]?.title).toBe('BSI warnt vor XXE');
    // The CDATA is HTML to us: its markup is dropped as markup, the feed is not refused.
    expect(items[0]?.summary).toMatch(/^Beispiel:/);
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────────
describe('malformed input: a typed outcome for each, good items of the same feed kept', () => {
  let server: HostileServer;
  const o = 'http://127.0.0.1';
  const feeds: Record<string, string> = {
    'bare-amp': rss(item('Polizei & Feuerwehr im Einsatz', `${o}/pm/amp?a=1&b=2`) + item('Rathaus & Bürgerbüro', `${o}/pm/amp2`)),
    truncated: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>${o}/</link><description>d</description>${
      item('Erste vollständige Meldung', `${o}/pm/t1`)}${item('Zweite vollständige Meldung', `${o}/pm/t2`)}<item><title>Abgeschnit`,
    'undefined-entity': rss(item('Gut vorher', `${o}/pm/u1`) + item('Kaputt &unbekannt; hier', `${o}/pm/u2`) + item('Gut nachher', `${o}/pm/u3`)),
    'no-link': rss(item('Mit Link', `${o}/pm/l1`) + '<item><title>Weder link noch guid</title><description>x</description></item>' + '<item><title>Nur guid, keine URL</title><guid isPermaLink="false">urn:pm:42</guid></item>'),
    'duplicate-guids': rss([
      '<item><title>Erstfassung</title><link>http://127.0.0.1/pm/d1</link><guid>pm-d1</guid></item>',
      '<item><title>Doppelt gesendet</title><link>http://127.0.0.1/pm/d1</link><guid>pm-d1</guid></item>',
      '<item><title>Gleiche guid, andere Seite</title><link>http://127.0.0.1/pm/d2</link><guid>pm-d1</guid></item>',
      '<item><title>Nur guid als Link</title><guid>http://127.0.0.1/pm/d3</guid></item>',
      '<item><title>Nur guid als Link, doppelt</title><guid>http://127.0.0.1/pm/d3</guid></item>',
    ].join('')),
    'german-dates': rss([
      item('Deutsches Datum', `${o}/pm/g1`, '<pubDate>Montag, 6. November 2023, 10:15 Uhr</pubDate>'),
      item('Numerisches Datum', `${o}/pm/g2`, '<pubDate>06.11.2023 - 09:30</pubDate>'),
      item('Kein Datum', `${o}/pm/g3`, '<pubDate>demnächst</pubDate>'),
    ].join('')),
    'atom-german-date': `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id><updated>2023-11-06T10:00:00+01:00</updated>
      <entry><title>Atom mit deutschem Datum</title><link href="${o}/pm/a1"/><id>urn:a1</id><published>6. November 2023, 10:15 Uhr</published></entry>
      <entry><title>Atom korrekt</title><link href="${o}/pm/a2"/><id>urn:a2</id><published>2023-11-06T11:00:00+01:00</published></entry></feed>`,
  };

  beforeAll(async () => {
    server = await startHostileServer();
    for (const [name, body] of Object.entries(feeds)) server.route(`/${name}.xml`, answer(200, { 'content-type': 'application/rss+xml; charset=utf-8' }, body));
    server.route('/html-instead.xml', answer(200, { 'content-type': 'text/html; charset=utf-8' }, '<!DOCTYPE html><html><head><title>Startseite</title></head><body><h1>Relaunch!</h1></body></html>'));
    server.route('/empty.xml', answer(200, { 'content-type': 'application/rss+xml' }, ''));
    server.route('/blank.xml', answer(200, { 'content-type': 'application/rss+xml' }, ' \n\t '));
    server.route('/pm/404', answer(404, { 'content-type': 'text/html' }, '<h1>Nicht gefunden</h1>'));
    server.route('/pm/500', answer(500, { 'content-type': 'text/html' }, '<h1>Interner Fehler</h1>'));
    server.route('/pm/png', answer(200, { 'content-type': 'text/html; charset=utf-8' }, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 2000 }, (_, i) => (i * 131) % 256)])));
    server.route('/pm/junk', answer(200, { 'content-type': 'text/html' }, new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 37 + 11) % 256))));
  });
  afterAll(() => server.close());

  const read = (name: string) => readFeed(rssSource(name, `${server.origin}/${name}.xml`), options());

  it('bare "&" in text and links: parsed, both items kept with the literal ampersand', async () => {
    const { items, quarantined } = await read('bare-amp');
    expect(quarantined).toEqual([]);
    expect(items.map((i) => [i.title, i.url])).toEqual([
      ['Polizei & Feuerwehr im Einsatz', `${o}/pm/amp?a=1&b=2`], ['Rathaus & Bürgerbüro', `${o}/pm/amp2`],
    ]);
  });

  it('truncated XML: the complete items are kept, the cut-off one and the feed are quarantined with reasons', async () => {
    const { items, quarantined } = await read('truncated');
    expect(items.map((i) => i.title)).toEqual(['Erste vollständige Meldung', 'Zweite vollständige Meldung']);
    expect(quarantined.map((q) => q.reason)).toEqual([
      expect.stringMatching(/^feed is not well-formed XML \(.+\); kept 2 entries, 1 broken$/),
      'feed entry is truncated (the feed ends or breaks inside it)',
    ]);
    expect(quarantined[0]?.url).toBe(`${server.origin}/truncated.xml`);
  });

  it('an undefined entity sinks only its own item', async () => {
    const { items, quarantined } = await read('undefined-entity');
    expect(items.map((i) => i.title)).toEqual(['Gut vorher', 'Gut nachher']);
    expect(quarantined).toHaveLength(2);
    expect(quarantined[1]).toMatchObject({ url: `${o}/pm/u2` });
    expect(quarantined[1]?.reason).toMatch(/not well-formed XML/);
  });

  it('an HTML page served instead of a feed: rejected as feed-parse, saying so', async () => {
    const e = await failure(read('html-instead'));
    expect(e).toMatchObject({ code: 'feed-parse', permanent: true });
    expect(e.reason).toMatch(/^cannot parse rss \(an HTML page was served instead of a feed/);
  });

  it.each(['empty', 'blank'])('an %s body: rejected as empty-body', async (name) => {
    expect(await failure(read(name))).toMatchObject({ code: 'empty-body', reason: 'empty feed body' });
  });

  it('items without link or URL guid are quarantined; the item with a link is kept', async () => {
    const { items, quarantined } = await read('no-link');
    expect(items.map((i) => i.title)).toEqual(['Mit Link']);
    expect(quarantined.map((q) => q.reason)).toEqual(['feed entry has no link', 'feed entry has no link']);
    expect(quarantined[1]?.excerpt).toContain('urn:pm:42');
  });

  it('duplicate guids: the same page once; a different page under a reused guid is kept', async () => {
    const { items, quarantined } = await read('duplicate-guids');
    expect(quarantined).toEqual([]);
    expect(items.map((i) => [i.title, i.url])).toEqual([
      ['Erstfassung', `${o}/pm/d1`], ['Gleiche guid, andere Seite', `${o}/pm/d2`], ['Nur guid als Link', `${o}/pm/d3`],
    ]);
  });

  it('German date strings in pubDate and Atom published are kept as written; unreadable ones do not sink the item', async () => {
    const rssItems = (await read('german-dates')).items;
    expect(rssItems.map((i) => i.published)).toEqual(['Montag, 6. November 2023, 10:15 Uhr', '06.11.2023 - 09:30', 'demnächst']);
    const atomItems = (await read('atom-german-date')).items;
    expect(atomItems.map((i) => [i.title, i.published] as const)).toEqual([
      ['Atom mit deutschem Datum', '6. November 2023, 10:15 Uhr'], ['Atom korrekt', '2023-11-06T11:00:00+01:00'],
    ]);
    // The article stage reads them as Berlin time when the page itself has no date.
    expect(parsePublished(rssItems[0]!.published!)).toBe('2023-11-06T10:15:00+01:00');
    expect(parsePublished(rssItems[1]!.published!)).toBe('2023-11-06T09:30:00+01:00');
    expect(parsePublished(atomItems[0]!.published!)).toBe('2023-11-06T10:15:00+01:00');
    expect(parsePublished('demnächst')).toBeUndefined();
  });

  it('404 and 500 on article pages: typed FetchErrors (404 permanent, 500 transient)', async () => {
    const src = rssSource('pm', `${server.origin}/x.xml`);
    expect(await failure(fetchDocument({ sourceId: 'pm', url: `${server.origin}/pm/404` }, src, options()))).toMatchObject({ code: 'http-status', status: 404, permanent: true });
    expect(await failure(fetchDocument({ sourceId: 'pm', url: `${server.origin}/pm/500` }, src, options()))).toMatchObject({ code: 'http-status', status: 500, permanent: false });
  });

  it('binary junk served as text/html: a typed not-html refusal instead of a document full of U+FFFD', async () => {
    const src = rssSource('pm', `${server.origin}/x.xml`);
    const png = await failure(fetchDocument({ sourceId: 'pm', url: `${server.origin}/pm/png`, summary: 'Tagesordnung im Anhang.' }, src, options()));
    expect(png).toMatchObject({ code: 'not-html', permanent: true });
    expect(png.reason).toMatch(/PNG image served as "text\/html; charset=utf-8"/);
    expect(await failure(fetchDocument({ sourceId: 'pm', url: `${server.origin}/pm/junk` }, src, options()))).toMatchObject({ code: 'not-html' });
  });

  it('nothing crashes the run: every malformed feed settles as a result or a FetchError', async () => {
    const names = [...Object.keys(feeds), 'html-instead', 'empty', 'blank'];
    const outcomes = await Promise.allSettled(names.map((n) => read(n)));
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status === 'rejected') expect(outcome.reason, names[i]).toBeInstanceOf(FetchError);
    }
    expect(outcomes.filter((x) => x.status === 'fulfilled')).toHaveLength(Object.keys(feeds).length);
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────────
describe('politeness: robots.txt, Crawl-delay, one request at a time, Retry-After, User-Agent', () => {
  let server: HostileServer;
  const ok = answer(200, { 'content-type': 'text/html; charset=utf-8' }, '<article><h1>T</h1><p>Text.</p></article>');

  beforeAll(async () => {
    server = await startHostileServer();
    server.route('/robots.txt', answer(200, { 'content-type': 'text/plain' }, [
      'User-agent: *', 'Disallow: /', '',
      'User-agent: lagebild-test', 'Disallow: /intern/', 'Allow: /', 'Crawl-delay: 0.25', '',
    ].join('\n')));
    server.route('/presse/1', ok);
    server.route('/presse/2', ok);
    server.route('/presse/3', ok);
    server.route('/intern/akte', ok);
    server.route('/429', answer(429, { 'retry-after': '120', 'content-type': 'text/plain' }, 'zu viele'));
    server.route('/503', answer(503, { 'retry-after': '1', 'content-type': 'text/plain' }, 'Wartung'));
  });
  afterAll(() => server.close());

  it('robots.txt Disallow for our user agent is honoured without requesting the page; robots.txt is fetched once', async () => {
    const shared = options();
    expect((await httpGet(`${server.origin}/presse/1`, shared)).status).toBe(200);
    const e = await failure(httpGet(`${server.origin}/intern/akte`, shared));
    expect(e).toMatchObject({ code: 'robots-disallowed', permanent: true });
    expect(e.reason).toContain('"lagebild-test"');
    expect(server.seen('/intern/akte')).toHaveLength(0);
    expect(server.seen('/robots.txt')).toHaveLength(1);
    expect(server.seen('/robots.txt')[0]?.headers['user-agent']).toBe(UA);
  });

  it('the * group applies to other user agents', async () => {
    const e = await failure(httpGet(`${server.origin}/presse/1`, options({ userAgent: 'anderer-bot/1.0' })));
    expect(e.code).toBe('robots-disallowed');
    expect(productToken(UA)).toBe('lagebild-test');
  });

  it('Crawl-delay: the pacer schedules a gap of at least the delay before every further request (injected clock)', async () => {
    let now = 1_000_000;
    const sleeps: number[] = [];
    const starts: number[] = [];
    const pacer = new HostPacer({ now: () => now, sleep: async (ms) => { sleeps.push(ms); now += ms; } });
    const robots = new RobotsCache({ now: () => now });
    const shared = options({ pacer, robots });
    for (const path of ['/presse/1', '/presse/2', '/presse/3']) {
      await httpGet(`${server.origin}${path}`, shared);
      starts.push(now);
    }
    // Allow-listed host: without Crawl-delay there would be no gap at all.
    expect(sleeps.filter((ms) => ms > 0).length).toBeGreaterThanOrEqual(3);
    for (const ms of sleeps.filter((x) => x > 0)) expect(ms).toBeGreaterThanOrEqual(250);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(250);
  });

  it('Crawl-delay over real sockets: the server sees gaps of at least the delay between requests', async () => {
    const shared = options();
    const before = server.requests.length;
    await Promise.all(['/presse/1', '/presse/2', '/presse/3'].map((p) => httpGet(`${server.origin}${p}`, shared)));
    const arrivals = server.requests.slice(before).filter((r) => r.path.startsWith('/presse/')).map((r) => r.at);
    expect(arrivals).toHaveLength(3);
    // A lower bound only (2 ms tolerance for timer granularity); how long it took is not asserted.
    for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 1]!).toBeGreaterThanOrEqual(248);
  });

  it('one request at a time per host, even when the caller asks for many at once', async () => {
    const local = await startHostileServer();
    try {
      local.route('/slow', (_req, res) => { setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'), 30); });
      // Loopback is allow-listed (the only host tests may connect to); with allowListedConcurrency 1
      // it is paced exactly like any other server.
      const shared = options({ robots: allowAll, pacer: new HostPacer({ allowListedConcurrency: 1 }) });
      await Promise.all(Array.from({ length: 6 }, () => httpGet(`${local.origin}/slow`, shared)));
      expect(local.seen('/slow')).toHaveLength(6);
      expect(local.maxInFlight).toBe(1);
    } finally {
      await local.close();
    }
  });

  it('real hosts get 1 s between requests by default, allow-listed hosts 0; both configurable', () => {
    const pacer = new HostPacer();
    expect(pacer.intervalFor({ allowListed: false })).toBe(1000);
    expect(pacer.intervalFor({ allowListed: true })).toBe(0);
    expect(pacer.intervalFor({ allowListed: true, crawlDelayMs: 3000 })).toBe(3000);
    expect(new HostPacer({ minIntervalMs: 5000, allowListedIntervalMs: 10 }).intervalFor({ allowListed: true })).toBe(10);
  });

  it('429 with Retry-After: a transient error carrying retryAfterMs; the host is then left alone instead of asked again', async () => {
    const shared = options({ robots: allowAll, pacer: new HostPacer({ maxWaitMs: 60_000 }) });
    const e = await failure(httpGet(`${server.origin}/429`, shared));
    expect(e).toMatchObject({ code: 'http-status', status: 429, permanent: false, retryAfterMs: 120_000 });
    const hits = server.requests.length;
    const next = await failure(httpGet(`${server.origin}/presse/2`, shared));
    expect(next).toMatchObject({ code: 'rate-limited', permanent: false });
    expect(next.retryAfterMs).toBeGreaterThan(60_000);
    expect(server.requests.length).toBe(hits);
  });

  it('503 with Retry-After: the next request to the host waits at least that long (injected clock)', async () => {
    let now = 5_000_000;
    const sleeps: number[] = [];
    const pacer = new HostPacer({ now: () => now, sleep: async (ms) => { sleeps.push(ms); now += ms; } });
    const shared = options({ pacer, robots: allowAll });
    expect(await failure(httpGet(`${server.origin}/503`, shared))).toMatchObject({ status: 503, permanent: false, retryAfterMs: 1000 });
    await httpGet(`${server.origin}/presse/3`, shared);
    expect(Math.max(...sleeps)).toBeGreaterThanOrEqual(1000);
  });

  it('parses Retry-After as seconds or HTTP-date', () => {
    const now = Date.parse('2023-11-06T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 06 Nov 2023 12:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Mon, 06 Nov 2023 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('bald', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('robots.txt answering 5xx blocks the host for now (transient); 404 allows everything', async () => {
    const local = await startHostileServer();
    try {
      local.route('/robots.txt', answer(503, {}, 'kaputt'));
      local.route('/a', ok);
      const e = await failure(httpGet(`${local.origin}/a`, options()));
      expect(e).toMatchObject({ code: 'robots-unavailable', permanent: false });
      expect(local.seen('/a')).toHaveLength(0);
    } finally {
      await local.close();
    }
    const open = await startHostileServer();
    try {
      open.route('/a', ok);
      expect((await httpGet(`${open.origin}/a`, options())).status).toBe(200);
      expect(open.seen('/robots.txt')).toHaveLength(1);
    } finally {
      await open.close();
    }
  });

  it('sends the configured User-Agent with its contact URL on every request', async () => {
    const shared = options();
    await httpGet(`${server.origin}/presse/1`, shared);
    for (const r of server.requests) expect(r.headers['user-agent'], r.path).toMatch(/^(lagebild-test\/0\.1 \(\+http:\/\/127\.0\.0\.1\/kontakt\)|anderer-bot\/1\.0)$/);
  });
});
