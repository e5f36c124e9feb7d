/**
 * The press-release handlers over a loopback server started here, storing into SQLite: conditional
 * GET backed by the store, "unchanged" articles skipped, changed ones re-extracted, charsets stored
 * exactly, and source health with error codes and zero-yield streaks.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentId } from '@lagebild/fetch';
import { SourcesConfigSchema, type SourcesConfig } from '@lagebild/schema';
import { createSqliteStore, type Store } from '@lagebild/store';
import { ingestEmbedded } from './ingest.js';

interface Resource { type: string; body: Uint8Array }
interface Seen { path: string; ifNoneMatch?: string; status: number; bodyBytes: number }

/** Serves `resources` with an ETag per content; honours If-None-Match; 404 for the rest (robots.txt too). */
async function startSite(): Promise<{ origin: string; resources: Map<string, Resource>; seen: Seen[]; close: () => Promise<void> }> {
  const resources = new Map<string, Resource>();
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const entry: Seen = { path, status: 0, bodyBytes: 0 };
    if (typeof req.headers['if-none-match'] === 'string') entry.ifNoneMatch = req.headers['if-none-match'];
    seen.push(entry);
    const r = resources.get(path);
    if (!r) {
      entry.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('fehlt');
      return;
    }
    const etag = `"${createHash('sha1').update(r.body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      entry.status = 304;
      res.writeHead(304, { etag }).end();
      return;
    }
    entry.status = 200;
    entry.bodyBytes = r.body.length;
    res.writeHead(200, { 'content-type': r.type, etag, 'content-length': String(r.body.length) }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin, resources, seen,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const PHRASE = 'Lünen: Straße gesperrt, „Störung“ – Schaden 5 €';
const MUST = ['Lünen', 'Straße', '„Störung“', '–', '€'];
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const cp1252 = (s: string) => new Uint8Array(iconv.encode(s, 'windows-1252'));
const page = (title: string, body: string, head = '') =>
  `<!DOCTYPE html><html lang="de"><head>${head}<title>${title}</title></head><body><nav>Startseite</nav>
  <article><h1>${title}</h1><p>${body}</p></article><aside><h2>Weitere Meldungen</h2><ul><li><a href="/x">Andere Meldung</a></li></ul></aside></body></html>`;
const feed = (origin: string, paths: string[]) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Polizei</title>
  <link>${origin}/</link><description>d</description>${paths.map((p, i) => `<item><title>Meldung ${i + 1}</title><link>${origin}${p}</link><pubDate>Mon, 06 Nov 2023 10:1${i} +0100</pubDate></item>`).join('')}
  </channel></rss>`;

let site: Awaited<ReturnType<typeof startSite>>;
let store: Store;

beforeEach(async () => {
  site = await startSite();
  store = createSqliteStore(':memory:');
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  await site.close();
});

function config(sources: { id: string; path: string }[]): SourcesConfig {
  return SourcesConfigSchema.parse({
    userAgent: 'lagebild-test/0.1 (+http://127.0.0.1/kontakt)', allowHosts: ['127.0.0.1'],
    sources: sources.map((s) => ({ id: s.id, kind: 'police', name: s.id, feed: { type: 'rss', url: `${site.origin}${s.path}` } })),
  });
}

// Runs are keyed by (source, startedAt) at one-second resolution: each run gets its own minute.
let clock = Date.parse('2023-11-06T09:00:00Z');
const ingest = (c: SourcesConfig) => {
  clock += 60_000;
  let tick = clock;
  return ingestEmbedded({ config: c, store, fetch: { timeoutMs: 5000 } }, { now: () => new Date(tick += 1000) });
};
const seenSince = (from: number, path: string) => site.seen.slice(from).filter((s) => s.path === path);

describe('conditional GET through the store', () => {
  it('a feed polled twice unchanged: the second poll is a 304 without body and stores nothing new', async () => {
    const articles = ['/pm/1', '/pm/2'];
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, articles)) });
    articles.forEach((p, i) => site.resources.set(p, { type: 'text/html; charset=utf-8', body: utf8(page(`Meldung ${i + 1} aus Werne`, `Das Standesamt in Werne ist geschlossen (${i}).`)) }));
    const c = config([{ id: 'polizei', path: '/rss.xml' }]);

    const first = await ingest(c);
    expect(first).toMatchObject({ inserted: 2, updated: 0, quarantined: 0 });
    expect(await store.getHttpValidators(`${site.origin}/rss.xml`)).toMatchObject({ etag: expect.any(String) });
    const statsBefore = await store.stats();

    const mark = site.seen.length;
    const second = await ingest(c);
    expect(second).toMatchObject({ items: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0, failedSources: 0 });
    const feedPoll = seenSince(mark, '/rss.xml');
    expect(feedPoll).toHaveLength(1);
    expect(feedPoll[0]).toMatchObject({ status: 304, bodyBytes: 0 });
    expect(feedPoll[0]?.ifNoneMatch).toBeDefined();
    expect(site.seen.slice(mark).filter((s) => s.path.startsWith('/pm/'))).toEqual([]);
    expect(await store.stats()).toEqual(statsBefore);

    const [health] = await store.sourceHealth();
    expect(health).toMatchObject({ sourceId: 'polizei', runs: 2, notModifiedLastPoll: true, consecutiveZeroYield: 0, itemsLastPoll: 0 });
  });

  it('a changed feed with unchanged articles: each article answers 304 and is skipped; a changed article is re-extracted (updated)', async () => {
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, ['/pm/1', '/pm/2'])) });
    site.resources.set('/pm/1', { type: 'text/html; charset=utf-8', body: utf8(page('Rathaus Werne', 'Das Rathaus ist nicht erreichbar.')) });
    site.resources.set('/pm/2', { type: 'text/html; charset=utf-8', body: utf8(page('Bürgerbüro Lünen', 'Das Bürgerbüro ist geschlossen.')) });
    const c = config([{ id: 'polizei', path: '/rss.xml' }]);
    expect(await ingest(c)).toMatchObject({ inserted: 2 });

    // The feed changes (a third item), article 1 is unchanged, article 2 was corrected.
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, ['/pm/1', '/pm/2', '/pm/3'])) });
    site.resources.set('/pm/2', { type: 'text/html; charset=utf-8', body: utf8(page('Bürgerbüro Lünen', 'Das Bürgerbüro ist wieder geöffnet.')) });
    site.resources.set('/pm/3', { type: 'text/html; charset=utf-8', body: utf8(page('Website Lünen', 'Die Website ist gestört.')) });
    const mark = site.seen.length;
    const run = await ingest(c);
    expect(run).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, quarantined: 0 });
    expect(seenSince(mark, '/pm/1')).toEqual([expect.objectContaining({ status: 304, bodyBytes: 0, ifNoneMatch: expect.any(String) })]);
    expect(seenSince(mark, '/pm/2')[0]).toMatchObject({ status: 200, ifNoneMatch: expect.any(String) });
    expect(seenSince(mark, '/pm/3')[0]?.ifNoneMatch).toBeUndefined();
    const updated = await store.getRecord(documentId('polizei', `${site.origin}/pm/2`));
    expect(updated?.document.text).toBe('Bürgerbüro Lünen\n\nDas Bürgerbüro ist wieder geöffnet.');
  });

  it('an article that failed is fetched again on the next poll although the feed is unchanged (304)', async () => {
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, ['/pm/1', '/pm/2'])) });
    site.resources.set('/pm/1', { type: 'text/html; charset=utf-8', body: utf8(page('Rathaus Werne', 'Das Rathaus ist nicht erreichbar.')) });
    const c = config([{ id: 'polizei', path: '/rss.xml' }]);
    // The runner's clock is the real one here: the retry window is measured from now.
    const first = await ingestEmbedded({ config: c, store, fetch: { timeoutMs: 5000 } });
    expect(first).toMatchObject({ inserted: 1, quarantined: 1 });
    site.resources.set('/pm/2', { type: 'text/html; charset=utf-8', body: utf8(page('Bürgerbüro Lünen', 'Das Bürgerbüro ist geschlossen.')) });
    const mark = site.seen.length;
    const second = await ingestEmbedded({ config: c, store, fetch: { timeoutMs: 5000 } });
    expect(seenSince(mark, '/rss.xml')[0]).toMatchObject({ status: 200 });
    expect(second).toMatchObject({ inserted: 1, unchanged: 1, quarantined: 0 });
    expect(await store.hasDocument(documentId('polizei', `${site.origin}/pm/2`))).toBe(true);
    // Nothing is missing any more: the next poll is conditional again.
    const mark2 = site.seen.length;
    await ingestEmbedded({ config: c, store, fetch: { timeoutMs: 5000 } });
    expect(seenSince(mark2, '/rss.xml')[0]).toMatchObject({ status: 304 });
  });

  it('sends no validators for an article whose stored document does not match them (so nothing is lost)', async () => {
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, ['/pm/1'])) });
    site.resources.set('/pm/1', { type: 'text/html; charset=utf-8', body: utf8(page('Kreis Unna', 'Die Kfz-Zulassung ist geschlossen.')) });
    // Validators from an earlier fetch whose document never reached the store.
    const etag = `"${createHash('sha1').update(site.resources.get('/pm/1')!.body).digest('hex').slice(0, 16)}"`;
    await store.setHttpValidators(`${site.origin}/pm/1`, { etag, contentHash: 'nie-gespeichert' });
    const run = await ingest(config([{ id: 'kreis', path: '/rss.xml' }]));
    expect(run).toMatchObject({ inserted: 1 });
    expect(site.seen.find((s) => s.path === '/pm/1')?.ifNoneMatch).toBeUndefined();
  });
});

describe('charsets end to end: stored exactly', () => {
  it('stores "Lünen", "Straße", "„Störung“", "–", "€" from every encoding with 0 U+FFFD and 0 C1 controls', async () => {
    const fixtures: [string, Resource][] = [
      ['/pm/cp1252-header', { type: 'text/html; charset=windows-1252', body: cp1252(page(PHRASE, `${PHRASE} (1)`)) }],
      ['/pm/latin1-header', { type: 'text/html; charset=ISO-8859-1', body: cp1252(page(PHRASE, `${PHRASE} (2)`)) }],
      ['/pm/meta', { type: 'text/html', body: cp1252(page(PHRASE, `${PHRASE} (3)`, '<meta charset="iso-8859-1">')) }],
      ['/pm/xml-decl', { type: 'application/xhtml+xml', body: cp1252(`<?xml version="1.0" encoding="ISO-8859-1"?><html xmlns="http://www.w3.org/1999/xhtml"><body><article><h1>${PHRASE}</h1><p>${PHRASE} (4)</p></article></body></html>`) }],
      ['/pm/utf8-bom', { type: 'text/html', body: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page(PHRASE, `${PHRASE} (5)`))]) }],
      ['/pm/utf16-bom', { type: 'text/html', body: new Uint8Array([0xff, 0xfe, ...iconv.encode(page(PHRASE, `${PHRASE} (6)`), 'utf-16le')]) }],
      ['/pm/none', { type: 'text/html', body: cp1252(page(PHRASE, `${PHRASE} (7)`)) }],
    ];
    for (const [path, r] of fixtures) site.resources.set(path, r);
    site.resources.set('/rss.xml', { type: 'application/rss+xml', body: cp1252(`<?xml version="1.0" encoding="ISO-8859-1"?>${feed(site.origin, fixtures.map(([p]) => p)).replace(/^<\?xml[^>]*\?>/, '')}`) });
    const run = await ingest(config([{ id: 'zeichen', path: '/rss.xml' }]));
    expect(run).toMatchObject({ inserted: fixtures.length, quarantined: 0 });
    for (const [path] of fixtures) {
      const record = await store.getRecord(documentId('zeichen', `${site.origin}${path}`));
      const text = record?.document.text ?? '';
      for (const s of MUST) expect(text, path).toContain(s);
      expect(text, path).not.toContain('\uFFFD');
      expect(text, path).not.toMatch(/[\u0080-\u009f]/);
      expect(text, path).not.toMatch(/Weitere Meldungen|Andere Meldung|Startseite/);
    }
  });
});

describe('source health from the handlers', () => {
  it('records the error code of a failed poll and counts zero-yield polls; one good poll resets the count', async () => {
    site.resources.set('/rss.xml', { type: 'text/html; charset=utf-8', body: utf8('<!DOCTYPE html><html><body><h1>Neues Portal</h1></body></html>') });
    const c = config([{ id: 'umgezogen', path: '/rss.xml' }]);
    await ingest(c);
    await ingest(c);
    let [health] = await store.sourceHealth();
    expect(health).toMatchObject({ sourceId: 'umgezogen', lastErrorCode: 'feed-parse', consecutiveZeroYield: 2, notModifiedLastPoll: false });
    expect(health?.lastError).toMatch(/HTML page was served instead of a feed/);

    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, ['/pm/1'])) });
    site.resources.set('/pm/1', { type: 'text/html; charset=utf-8', body: utf8(page('Werne', 'Das Standesamt ist geschlossen.')) });
    await ingest(c);
    [health] = await store.sourceHealth();
    expect(health).toMatchObject({ consecutiveZeroYield: 0, lastErrorCode: 'feed-parse', itemsLastPoll: 1 });
  });

  it('a feed listing nothing counts as zero yield without an error', async () => {
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, [])) });
    await ingest(config([{ id: 'leer', path: '/rss.xml' }]));
    const [health] = await store.sourceHealth();
    expect(health).toMatchObject({ consecutiveZeroYield: 1, itemsLastPoll: 0 });
    expect(health?.lastErrorCode).toBeUndefined();
  });
});

describe('pages parsed where they are extracted (the embedded ingest)', () => {
  it('give the records of pages parsed while fetching, keep validators with the content hash, and quarantine a page without body by source and reason', async () => {
    // More articles than the threads' threshold (200), so the pages go to the extraction threads.
    const paths = Array.from({ length: 210 }, (_, i) => `/pm/${i}`);
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, paths)) });
    paths.forEach((p, i) => site.resources.set(p, {
      type: 'text/html; charset=utf-8',
      body: utf8(page(`Meldung ${i} aus Werne`, `Das Standesamt in Werne ist am ${(i % 28) + 1}. November 2023 geschlossen. Rückfragen unter Tel. 02389 ${1000 + i}.`)),
    }));
    site.resources.set('/pm/7', { type: 'text/html; charset=utf-8', body: utf8('<!DOCTYPE html><html><body></body></html>') });
    const c = config([{ id: 'polizei', path: '/rss.xml' }]);
    const fixed = () => new Date('2023-11-06T12:00:00Z');
    const fetch = { timeoutMs: 5000, now: fixed };

    const run = await ingestEmbedded({ config: c, store, fetch }, { now: fixed });
    expect(run).toMatchObject({ items: 210, inserted: 209, quarantined: 1 });
    const [quarantined] = await store.listQuarantine();
    expect(quarantined).toMatchObject({ sourceId: 'polizei', stage: 'article', url: `${site.origin}/pm/7`, reason: 'no body text after extraction' });

    // The reference: the same site through handlers that parse while fetching, extraction in this thread.
    const reference = createSqliteStore(':memory:');
    await reference.migrate();
    const { createPressReleaseHandlers } = await import('./handlers.js');
    const { runEmbedded } = await import('@lagebild/queue');
    expect(await runEmbedded(createPressReleaseHandlers({ config: c, store: reference, fetch }), ['polizei'], { now: fixed }))
      .toMatchObject({ inserted: 209, quarantined: 1 });
    expect((await reference.listQuarantine())[0]).toMatchObject({ stage: 'article', reason: 'no body text after extraction' });
    const ids = paths.map((p) => documentId('polizei', `${site.origin}${p}`));
    const records = await store.getRecords(ids);
    expect(records).toHaveLength(209);
    expect(records).toStrictEqual(await reference.getRecords(ids));
    await reference.close();

    for (const record of records.slice(0, 20)) {
      expect(await store.getHttpValidators(record.document.url)).toStrictEqual({ etag: expect.any(String), contentHash: record.document.contentHash });
    }
    expect(await store.getHttpValidators(`${site.origin}/pm/7`)).toBeUndefined();

    // Next poll of a changed feed: every stored article is a 304, the page without body fails again.
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, paths).replace('<title>Polizei</title>', '<title>Polizei NRW</title>')) });
    const mark = site.seen.length;
    const again = await ingestEmbedded({ config: c, store, fetch }, { now: () => new Date('2023-11-06T12:05:00Z') });
    expect(again).toMatchObject({ items: 210, unchanged: 209, inserted: 0, quarantined: 1 });
    expect(site.seen.slice(mark).filter((s) => s.path.startsWith('/pm/') && s.status === 304)).toHaveLength(209);
  });
});

describe('the same release under a changed link (issue 15 #9)', () => {
  it('is found by its content hash and not stored twice; a different release is stored', async () => {
    const release = page('Standesamt Werne geschlossen', 'Das Standesamt der Stadt Werne bleibt wegen einer IT-Störung geschlossen.');
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, ['/pm/1'])) });
    site.resources.set('/pm/1', { type: 'text/html; charset=utf-8', body: utf8(release) });
    const c = config([{ id: 'polizei', path: '/rss.xml' }]);
    expect(await ingest(c)).toMatchObject({ inserted: 1 });

    // The site moved its releases: the same one under a new link, and a new one beside it.
    site.resources.delete('/pm/1');
    site.resources.set('/presse/2023/standesamt-werne', { type: 'text/html; charset=utf-8', body: utf8(release) });
    site.resources.set('/presse/2023/buergerbuero-luenen', { type: 'text/html; charset=utf-8', body: utf8(page('Bürgerbüro Lünen', 'Das Bürgerbüro ist geschlossen.')) });
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, ['/presse/2023/standesamt-werne', '/presse/2023/buergerbuero-luenen'])) });
    expect(await ingest(c)).toMatchObject({ inserted: 1, unchanged: 1 });
    expect((await store.stats()).documents).toBe(2);
    expect(await store.hasDocument(documentId('polizei', `${site.origin}/pm/1`))).toBe(true);
    expect(await store.hasDocument(documentId('polizei', `${site.origin}/presse/2023/standesamt-werne`))).toBe(false);
  });

  it('two links to one text in the same poll store it once', async () => {
    const release = page('Rathaus Kamen', 'Das Rathaus der Stadt Kamen ist telefonisch nicht erreichbar.');
    site.resources.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: utf8(feed(site.origin, ['/a', '/b'])) });
    site.resources.set('/a', { type: 'text/html; charset=utf-8', body: utf8(release) });
    site.resources.set('/b', { type: 'text/html; charset=utf-8', body: utf8(release) });
    const run = await ingest(config([{ id: 'polizei', path: '/rss.xml' }]));
    expect(run).toMatchObject({ inserted: 1, unchanged: 1 });
    expect((await store.stats()).documents).toBe(1);
  });
});
