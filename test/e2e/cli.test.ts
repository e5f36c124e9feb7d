import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, startFixtureServer } from '@lagebild/fixtures';
import { RecordSchema, spansInBounds, type LagebildRecord } from '@lagebild/schema';
import { openStore } from '@lagebild/store';
import { repoRoot, runCli, tempDir } from './helpers.js';
import { freePort } from './services.js';

describe('lagebild demo (embedded, SQLite, fixture server on loopback)', () => {
  it('ingests the fixture sources, prints a table, and a second run stores nothing new', async () => {
    const dir = tempDir('demo');
    const db = join(dir, 'demo.db');
    // Like the default demo port, one port for both runs: the same URLs, as a real site keeps them.
    const port = String(await freePort());
    const first = await runCli(['demo', '--db', db, '--port', port]);
    expect(first.stderr).not.toMatch(/Error:/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/fixture server at http:\/\/127\.0\.0\.1:\d+/);
    expect(first.stdout).toMatch(/documents/);
    expect(first.stdout).toMatch(/Werne/);
    const stats1 = JSON.parse((await runCli(['stats', '--json', '--db', db])).stdout) as { documents: number; municipalities: number; agencies: number; serviceImpacts: number; quarantined: number };
    expect(stats1.documents).toBeGreaterThanOrEqual(20);
    expect(stats1.municipalities).toBeGreaterThan(0);
    expect(stats1.agencies).toBeGreaterThan(0);
    expect(stats1.serviceImpacts).toBeGreaterThan(0);
    expect(stats1.quarantined).toBeGreaterThanOrEqual(3);

    const second = await runCli(['demo', '--db', db, '--port', port]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/This run: 0 inserted, 0 updated/);
    const stats2 = JSON.parse((await runCli(['stats', '--json', '--db', db])).stdout) as unknown;
    expect(stats2).toEqual(stats1);

    const werne = JSON.parse((await runCli(['query', '--db', db, '--municipality', '05978040', '--service', 'civil-registry', '--json'])).stdout) as { impacts: { place?: { ags: string }; service: string; status: string }[] }[];
    expect(werne.length).toBeGreaterThan(0);
    expect(werne.some((hit) => hit.impacts.some((i) => i.place?.ags === '05978040' && i.service === 'civil-registry' && i.status === 'outage'))).toBe(true);

    // The fixture written after the founding article, through fetch → extract → store.
    const store = await openStore(db);
    try {
      const [founding] = await store.query({ text: 'Notfall-Website zurück' });
      expect(founding).toBeDefined();
      const record = (await store.getRecord(founding!.documentId))!;
      const { entities } = record;
      expect(entities.municipalities.map((m) => m.ags)).toEqual(expect.arrayContaining(['05978040', '05978024']));
      expect(entities.agencies.map((a) => a.id)).toEqual(expect.arrayContaining(['polizei-dortmund', 'sta-koeln', 'zac-nrw', 'bsi', 'suedwestfalen-it']));
      expect(entities.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2023-10-30', '2023-11-02', '2023-11-06']));
      const impacts = entities.serviceImpacts.map((i) => `${i.municipality?.ags}:${i.service}:${i.status}`);
      expect(impacts).toEqual(expect.arrayContaining(['05978040:civil-registry:outage', '05978024:website:outage']));
      const phones = entities.contacts.filter((c) => c.kind === 'phone');
      expect(phones.map((c) => c.value)).toContain('+4923061042030');
      for (const phone of phones) {
        expect(entities.dates.some((d) => d.span.start < phone.span.end && phone.span.start < d.span.end)).toBe(false);
      }
      expect(spansInBounds(record)).toEqual([]);
    } finally {
      await store.close();
    }

    const sources = JSON.parse((await runCli(['sources', '--json', '--db', db])).stdout) as { sourceId: string; runs: number; lastSuccessAt?: string }[];
    expect(sources.length).toBeGreaterThanOrEqual(4);
    expect(sources.every((s) => s.runs === 2)).toBe(true);

    const quarantine = JSON.parse((await runCli(['quarantine', '--json', '--db', db])).stdout) as { sourceId: string; stage: string; reason: string }[];
    expect(quarantine.every((q) => q.sourceId && q.reason)).toBe(true);
    expect(new Set(quarantine.map((q) => q.stage))).toContain('article');
  });
});

describe('lagebild ingest --sources against a fixture server started here', () => {
  it('reports a source whose feed is down, and stores everything else', async () => {
    const server = await startFixtureServer();
    try {
      const dir = tempDir('ingest');
      const template = readFileSync(join(repoRoot, 'pipelines/press-releases/config/sources.fixtures.json'), 'utf8');
      const config = JSON.parse(template.replaceAll('{{BASE_URL}}', server.baseUrl)) as { sources: { id: string; feed: { url: string } }[] };
      const broken = structuredClone(config.sources[0]!);
      broken.id = 'feed-that-is-gone';
      broken.feed.url = `${server.baseUrl}/does-not-exist/rss.xml`;
      config.sources.push(broken);
      const file = join(dir, 'sources.json');
      writeFileSync(file, JSON.stringify(config));
      const db = join(dir, 'ingest.db');
      const run = await runCli(['ingest', '--sources', file, '--db', db, '--json']);
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.stdout) as { inserted: number; failedSources: number; perSource: Record<string, { ok: boolean; error?: string }> };
      expect(summary.failedSources).toBe(1);
      expect(summary.perSource['feed-that-is-gone']?.error).toMatch(/404/);
      expect(summary.inserted).toBeGreaterThanOrEqual(20);
      const health = JSON.parse((await runCli(['sources', '--json', '--db', db])).stdout) as { sourceId: string; lastError?: string }[];
      expect(health.find((h) => h.sourceId === 'feed-that-is-gone')?.lastError).toMatch(/404/);
    } finally {
      await server.close();
    }
  });

  it('rejects an invalid sources config with the file and the field', async () => {
    const dir = tempDir('badcfg');
    const file = join(dir, 'sources.json');
    writeFileSync(file, JSON.stringify({ userAgent: 'x', sources: [{ id: 'x', kind: 'church', name: 'X', feed: { type: 'rss', url: 'http://127.0.0.1/' } }] }));
    const run = await runCli(['ingest', '--sources', file, '--db', join(dir, 'x.db')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(/sources\.0\.kind/);
  });
});

describe('lagebild extract (batch contract)', () => {
  it('keeps ids and order, and every span is in bounds', async () => {
    const dir = tempDir('extract');
    const gold = loadGold();
    const lines = gold.map((g) => ({ id: g.id, url: g.url, text: g.text, published: g.publishedAt }));
    lines.splice(3, 0, { id: 'no-text-here', url: '', text: 'Kurzmeldung ohne Ort und Datum.', published: '2024-01-01' });
    const input = join(dir, 'x.ndjson');
    const output = join(dir, 'y.ndjson');
    writeFileSync(input, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{"id": "broken"\n`);
    const run = await runCli(['extract', '--in', input, '--out', output]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/:\d+ .*quarantined: not valid JSON/);
    const records = readFileSync(output, 'utf8').trim().split('\n').map((l) => RecordSchema.parse(JSON.parse(l)) as LagebildRecord);
    expect(records.map((r) => r.document.id)).toEqual(lines.map((l) => l.id));
    for (const record of records) expect(spansInBounds(record)).toEqual([]);
  });
});
