import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBerlinDate } from '@lagebild/schema';
import { runCli, tempDir } from './helpers.js';

/**
 * `lagebild sources check` and `lagebild ingest --catalogue` through the real CLI, against feeds this
 * file serves on loopback (a catalogue that names them, with 127.0.0.1 in allowHosts). Nothing else
 * is contacted.
 */

const feed = (base: string, prefix: string, n: number) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${prefix}</title>${
  Array.from({ length: n }, (_, i) => `<item><title>${prefix}: Meldung ${i + 1}</title><link>${base}/${prefix}/pm/${i + 1}</link><pubDate>Mon, 06 Nov 2023 1${i}:15:00 +0100</pubDate></item>`).join('')
}</channel></rss>`;

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><nav>Startseite</nav><main><article><h1>${title}</h1>
<p>Unna (ots) - Am Montag, 6. November 2023, meldete die Polizei einen Einbruch in Werne.</p></article></main></body></html>`;

describe('the catalogue through the CLI', () => {
  let server: http.Server;
  let base = '';
  const hits: string[] = [];
  let dir = '';
  let file = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '/';
      hits.push(url);
      if (url === '/nw/feed.rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(base, 'nw', 2));
      if (url === '/by/feed.rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(base, 'by', 1));
      const article = /^\/(nw|by)\/pm\/(\d+)$/.exec(url);
      if (article) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(`${article[1]}: Meldung ${article[2]}`));
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = tempDir('catalogue');
    file = join(dir, 'catalogue.json');
    writeFileSync(file, `${JSON.stringify({
      userAgent: 'lagebild-e2e/0.1', allowHosts: ['127.0.0.1'],
      origins: { test: { repository: 'lagebild/test', path: 'test/e2e/catalogue.test.ts', commit: null, what: 'made up by this test' } },
      sources: [
        { id: 'nw-police', kind: 'police', land: 'NW', name: 'Polizei NW (Test)', feed: { type: 'rss', url: `${base}/nw/feed.rss` }, origin: 'test', verified: false },
        { id: 'nw-city', kind: 'city', land: 'NW', name: 'Stadt NW (Test)', feed: { type: 'rss', url: `${base}/nw/gone.rss` }, origin: null, verified: false },
        { id: 'by-police', kind: 'police', land: 'BY', name: 'Polizei BY (Test)', feed: { type: 'rss', url: `${base}/by/feed.rss` }, origin: 'test', verified: false },
      ],
      withoutFeed: [],
    }, null, 2)}\n`);
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  it('sources check writes verified with the date for feeds that answer with items, and the reason for the others', async () => {
    const run = await runCli(['sources', 'check', '--sources', file, '--json']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { checked: number; ok: number; checks: { id: string; ok: boolean; items: number; reason?: string }[] };
    expect(report.checked).toBe(3);
    expect(report.ok).toBe(2);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { origins: unknown; sources: Record<string, unknown>[] };
    const [nw, city, by] = written.sources;
    const today = toBerlinDate(new Date());
    expect(nw).toMatchObject({ id: 'nw-police', verified: true, verifiedOn: today, origin: 'test', lastCheck: { ok: true, items: 2 } });
    expect(by).toMatchObject({ id: 'by-police', verified: true, verifiedOn: today, lastCheck: { ok: true, items: 1 } });
    expect(city).toMatchObject({ id: 'nw-city', verified: false, lastCheck: { ok: false, items: 0 } });
    expect((city?.['lastCheck'] as { reason: string }).reason).toMatch(/404/);
    expect(city?.['verifiedOn']).toBeUndefined();
    expect(written.origins).toEqual({ test: { repository: 'lagebild/test', path: 'test/e2e/catalogue.test.ts', commit: null, what: 'made up by this test' } });

    const only = await runCli(['sources', 'check', '--sources', file, '--only', 'nw-police']);
    expect(only.code, only.stderr).toBe(0);
    expect(only.stdout).toMatch(/1 of 1 sources answer with items/);
  });

  it('ingest --catalogue --land NW --kind police fetches only what it picked', async () => {
    const db = join(dir, 'lagebild.db');
    const before = hits.length;
    const run = await runCli(['ingest', '--catalogue', file, '--land', 'NW', '--kind', 'police', '--db', db, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const asked = hits.slice(before);
    expect(asked).toContain('/nw/feed.rss');
    expect(asked).toContain('/nw/pm/1');
    expect(asked.some((path) => path.startsWith('/by/'))).toBe(false);
    expect(asked).not.toContain('/nw/gone.rss');
    const stats = await runCli(['stats', '--json', '--db', db]);
    const figures = JSON.parse(stats.stdout) as { documents: number; perSource: Record<string, { documents: number }> };
    expect(figures.documents).toBe(2);
    expect(Object.keys(figures.perSource)).toEqual(['nw-police']);

    const none = await runCli(['ingest', '--catalogue', file, '--land', 'HB', '--db', db]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no source matches --land HB/);
    const both = await runCli(['ingest', '--catalogue', file, '--sources', file, '--db', db]);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/either --sources FILE or --catalogue/);
  });
});
