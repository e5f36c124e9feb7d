import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourcesConfig } from '@lagebild/schema';
import { CATALOGUE_FILE, checkSources, hasNamedOrigin, loadCatalogue, parseCatalogue, pickSources, recordChecks, type Catalogue } from './catalogue.js';

const agencies = (JSON.parse(readFileSync(new URL('../../../packages/gazetteer/data/agencies.json', import.meta.url), 'utf8')) as {
  agencies: { id: string; name: string; kind: string; jurisdiction?: string[] }[];
}).agencies;

describe('the shipped catalogue', () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    catalogue = await loadCatalogue(CATALOGUE_FILE);
  });

  it('lists all 47 NRW police authorities of the agency registry, with a feed or as a known gap', () => {
    const nrwPolice = agencies.filter((a) => a.kind === 'police' && a.id.startsWith('polizei-') && (a.jurisdiction ?? []).some((j) => j.startsWith('05') && j.length >= 5));
    expect(nrwPolice).toHaveLength(47);
    const listed = new Map([...catalogue.config.sources, ...catalogue.withoutFeed].map((s) => [s.agency ?? s.id, s]));
    for (const authority of nrwPolice) {
      const entry = listed.get(authority.id);
      expect(entry, authority.id).toBeDefined();
      expect(entry?.name).toBe(authority.name);
      expect(entry?.land).toBe('NW');
    }
  });

  it('says where every URL comes from and claims no check it did not make', () => {
    const ids = new Set<string>();
    const urls = new Set<string>();
    for (const source of catalogue.config.sources) {
      expect(ids.has(source.id), source.id).toBe(false);
      ids.add(source.id);
      // Two authorities behind one feed would mean one of the ids is wrong.
      expect(urls.has(source.feed.url), source.feed.url).toBe(false);
      urls.add(source.feed.url);
      expect(source.origin, source.id).not.toBeUndefined();
      expect(source.verified, source.id).toBe(false);
      expect(source.verifiedOn).toBeUndefined();
      // A presseportal newsroom id in the URL is the one the note quotes from the origin.
      const newsroom = /dienststelle_(\d+)\.rss2$/.exec(source.feed.url)?.[1];
      if (newsroom) expect(source.note, source.id).toContain(`presseportal newsroom ${newsroom}`);
    }
    for (const [key, origin] of Object.entries(catalogue.origins)) {
      if (origin.repository !== null) {
        expect(origin.repository, key).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(origin.commit, key).toMatch(/^[0-9a-f]{40}$/);
      }
    }
    const named = catalogue.config.sources.filter((s) => hasNamedOrigin(s, catalogue.origins)).length;
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThan(catalogue.config.sources.length);
  });

  it('picks by Land and kind', () => {
    const nwPolice = pickSources(catalogue.config, { land: 'nw', kind: 'police' });
    expect(nwPolice.sources.length).toBeGreaterThanOrEqual(30);
    expect(nwPolice.sources.every((s) => s.land === 'NW' && s.kind === 'police')).toBe(true);
    expect(nwPolice.userAgent).toBe(catalogue.config.userAgent);
    expect(pickSources(catalogue.config, { kind: 'federal-agency' }).sources.map((s) => s.id)).toContain('bsi-presse');
    expect(pickSources(catalogue.config, { land: 'XX' }).sources).toEqual([]);
    expect(() => pickSources(catalogue.config, { kind: 'polizei' })).toThrow(/unknown source kind "polizei"/);
  });

  it('refuses an entry whose origin is not among the origins', () => {
    const json = JSON.stringify({
      userAgent: 'ua', allowHosts: [], origins: {},
      sources: [{ id: 'a', kind: 'police', name: 'A', feed: { type: 'rss', url: 'https://example.org/a.rss' }, origin: 'nowhere' }],
    });
    expect(() => parseCatalogue(json, 'c.json')).toThrow(/"nowhere" is not a key of origins/);
  });
});

const rss = (items: number) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>${
  Array.from({ length: items }, (_, i) => `<item><title>Meldung ${i}</title><link>https://example.org/pm/${i}</link><pubDate>Mon, 06 Nov 2023 10:1${i}:00 +0100</pubDate></item>`).join('')}</channel></rss>`;

describe('checkSources against loopback servers', () => {
  let server: http.Server;
  let base = '';
  const hits: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      const routes: Record<string, [number, string, string]> = {
        '/good.rss': [200, 'application/rss+xml', rss(3)],
        '/empty.rss': [200, 'application/rss+xml', rss(0)],
        '/page.html': [200, 'text/html; charset=utf-8', '<!doctype html><html><body><ul><li class="pm"><a href="/pm/1">Eins</a></li><li class="pm"><a href="/pm/2">Zwei</a></li></ul></body></html>'],
        '/not-a-feed': [200, 'text/html', '<!doctype html><html><body><p>Wartungsarbeiten</p></body></html>'],
      };
      const route = routes[req.url ?? ''];
      if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(route[0], { 'content-type': route[1] }).end(route[2]);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  const config = (allowHosts: string[]): SourcesConfig => ({
    userAgent: 'lagebild-test/0.1', allowHosts,
    sources: [
      { id: 'good', kind: 'police', name: 'Gut', feed: { type: 'rss', url: `${base}/good.rss` } },
      { id: 'empty', kind: 'police', name: 'Leer', feed: { type: 'rss', url: `${base}/empty.rss` } },
      { id: 'gone', kind: 'police', name: 'Weg', feed: { type: 'rss', url: `${base}/gone.rss` } },
      { id: 'html', kind: 'city', name: 'Seite', feed: { type: 'rss', url: `${base}/not-a-feed` } },
      { id: 'list', kind: 'city', name: 'Liste', feed: { type: 'html-list', url: `${base}/page.html`, item: 'li.pm', link: 'a' } },
    ],
  });

  it('finds which feeds answer, parse and yield items, with the reason for the others', async () => {
    const seen: string[] = [];
    const checks = await checkSources(config(['127.0.0.1']), {
      fetch: { timeoutMs: 5000, now: () => new Date('2026-12-06T10:00:00Z') }, onResult: (c) => seen.push(c.id),
    });
    expect(seen.sort()).toEqual(['empty', 'gone', 'good', 'html', 'list']);
    const byId = Object.fromEntries(checks.map((c) => [c.id, c]));
    expect(byId['good']).toEqual({ id: 'good', ok: true, items: 3, at: '2026-12-06T11:00:00+01:00' });
    expect(byId['list']).toMatchObject({ ok: true, items: 2 });
    expect(byId['empty']).toMatchObject({ ok: false, items: 0, reason: 'the feed answered but yields no items' });
    expect(byId['gone']?.ok).toBe(false);
    expect(byId['gone']?.reason).toMatch(/404/);
    expect(byId['html']?.ok).toBe(false);
    expect(byId['html']?.reason).toMatch(/feed|rss|html/i);
  });

  it('keeps the address guard: without allowHosts a loopback feed is refused, not fetched', async () => {
    const before = hits.length;
    const checks = await checkSources({ ...config([]), sources: config([]).sources.slice(0, 1) }, { fetch: { timeoutMs: 5000 } });
    expect(checks[0]?.ok).toBe(false);
    expect(checks[0]?.reason).toMatch(/address|loopback|private|not allowed|refused/i);
    expect(hits.length).toBe(before);
  });
});

describe('recordChecks', () => {
  it('writes verified with the day into the file, keeps everything else and the last good day on failure', () => {
    const json = `${JSON.stringify({
      userAgent: 'ua', allowHosts: [], origins: { o: { repository: 'a/b', path: 'p', commit: null, what: 'w' } },
      sources: [
        { id: 'a', kind: 'police', name: 'A', feed: { type: 'rss', url: 'https://example.org/a' }, origin: 'o', verified: false, note: 'n' },
        { id: 'b', kind: 'police', name: 'B', feed: { type: 'rss', url: 'https://example.org/b' }, verified: true, verifiedOn: '2026-01-02' },
        { id: 'c', kind: 'police', name: 'C', feed: { type: 'rss', url: 'https://example.org/c' }, verified: false },
      ],
    }, null, 2)}\n`;
    const out = recordChecks(json, [
      { id: 'a', ok: true, items: 12, at: '2026-12-06T00:30:00+01:00' },
      { id: 'b', ok: false, items: 0, reason: 'http-status: HTTP 404', at: '2026-12-06T00:30:01+01:00' },
    ]);
    const parsed = JSON.parse(out) as { origins: unknown; sources: Record<string, unknown>[] };
    expect(parsed.origins).toEqual({ o: { repository: 'a/b', path: 'p', commit: null, what: 'w' } });
    expect(parsed.sources[0]).toEqual({
      id: 'a', kind: 'police', name: 'A', feed: { type: 'rss', url: 'https://example.org/a' }, origin: 'o', verified: true, note: 'n',
      verifiedOn: '2026-12-06', lastCheck: { at: '2026-12-06T00:30:00+01:00', ok: true, items: 12 },
    });
    expect(parsed.sources[1]).toMatchObject({ verified: false, verifiedOn: '2026-01-02', lastCheck: { ok: false, items: 0, reason: 'http-status: HTTP 404' } });
    expect(parsed.sources[2]).toEqual({ id: 'c', kind: 'police', name: 'C', feed: { type: 'rss', url: 'https://example.org/c' }, verified: false });
    // Still a valid catalogue.
    expect(parseCatalogue(out, 'c.json').config.sources).toHaveLength(3);
  });
});
