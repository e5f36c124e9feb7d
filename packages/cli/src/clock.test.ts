import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LagebildRecord } from '@lagebild/schema';
import { openStore } from '@lagebild/store';

/**
 * Issue 14: "No date anywhere depends on the clock: a test runs the same undated input at two different
 * machine dates and gets identical records." The `lagebild` command runs as a child process under a
 * fake clock (a preload that shifts Date, in every thread, by the difference to a given instant; time
 * still passes) and a different time zone; only `fetchedAt`, when the machine read the input, may differ.
 */

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/lagebild.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lagebild-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Date as if the machine's clock said LAGEBILD_FAKE_NOW when the process started. */
const FAKE_CLOCK = `
const RealDate = globalThis.Date;
const shift = RealDate.parse(process.env.LAGEBILD_FAKE_NOW) - RealDate.now();
if (Number.isNaN(shift)) throw new Error('LAGEBILD_FAKE_NOW is not a date');
function FakeDate(...args) {
  if (!new.target) return new RealDate(RealDate.now() + shift).toString();
  return Reflect.construct(RealDate, args.length === 0 ? [RealDate.now() + shift] : args, new.target);
}
FakeDate.prototype = RealDate.prototype;
Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, writable: true, configurable: true });
FakeDate.now = () => RealDate.now() + shift;
FakeDate.parse = RealDate.parse;
FakeDate.UTC = RealDate.UTC;
globalThis.Date = FakeDate;
`;
const preload = join(dir, 'fake-clock.mjs');
writeFileSync(preload, FAKE_CLOCK);

/** Two machines that disagree about the date, and about the time zone. */
const MACHINES = [
  { now: '2026-03-15T10:00:00Z', tz: 'UTC', year: '2026' },
  { now: '2031-12-31T23:30:00Z', tz: 'Pacific/Kiritimati', year: '2032' },
] as const;

async function lagebild(machine: (typeof MACHINES)[number], args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', pathToFileURL(preload).href, bin, ...args], {
    env: { ...process.env, LAGEBILD_FAKE_NOW: machine.now, TZ: machine.tz, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return stdout;
}

/** A record without what depends on when it was read. */
function withoutFetchedAt(record: LagebildRecord): unknown {
  const { fetchedAt: _fetchedAt, ...document } = record.document;
  return { ...record, document };
}

/** Every date value of a record: mentions, impacts' asOf/since/until, the publication instant. */
function dateValues(record: LagebildRecord): string[] {
  const e = record.entities;
  return [
    ...(record.document.publishedAt ? [record.document.publishedAt] : []),
    ...e.dates.flatMap((d) => [d.value, ...(d.end ? [d.end] : [])]),
    ...e.serviceImpacts.flatMap((i) => [i.asOf, i.since, i.until].filter((v): v is string => v !== undefined)),
  ];
}

/** An undated 2023 notice: weekdays and year-less dates beside one date with its year. */
const NOTICE_2023 = 'Am Montag, 6. November 2023, bleibt das Standesamt der Stadt Werne wegen einer IT-Störung geschlossen. '
  + 'Ab Donnerstag ist das Standesamt wieder geöffnet. Trauungen am Freitag, 10. November, finden statt.';
/** Undated, and no year written anywhere: no date can be resolved, so none is emitted. */
const NOTICE_NO_YEAR = 'Das Bürgerbüro der Stadt Kamen ist seit Montag wegen eines Cyberangriffs geschlossen. '
  + 'Ab dem 4. Dezember sollen die Termine wieder stattfinden.';

describe('no date depends on the clock of the machine', () => {
  it('lagebild extract gives identical records for undated lines at two machine dates', async () => {
    const input = join(dir, 'undated.ndjson');
    writeFileSync(input, [
      { id: 'werne-2023', title: 'Standesamt Werne geschlossen', text: NOTICE_2023 },
      { id: 'kamen-no-year', title: 'Bürgerbüro Kamen', text: NOTICE_NO_YEAR },
      { id: 'dated', title: 'Standesamt Werne geschlossen', text: NOTICE_2023, published: '2023-11-06' },
    ].map((l) => JSON.stringify(l)).join('\n'));
    const outputs: LagebildRecord[][] = [];
    for (const [i, machine] of MACHINES.entries()) {
      const out = join(dir, `records-${i}.ndjson`);
      await lagebild(machine, ['extract', '--in', input, '--out', out]);
      const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LagebildRecord);
      expect(records.map((r) => r.document.id)).toEqual(['werne-2023', 'kamen-no-year', 'dated']);
      // The fake clock was in force: the machine read the lines "in" its own year.
      for (const r of records) expect(r.document.fetchedAt.startsWith(machine.year), r.document.fetchedAt).toBe(true);
      outputs.push(records);
    }
    const [first, second] = outputs as [LagebildRecord[], LagebildRecord[]];
    expect(second.map(withoutFetchedAt)).toStrictEqual(first.map(withoutFetchedAt));

    const [werne, kamen, dated] = first;
    expect(werne!.document).not.toHaveProperty('publishedAt');
    expect(kamen!.document).not.toHaveProperty('publishedAt');
    // The 2023 notice resolves against its own written date.
    // "10. November" has no year: 2023 from the text, where the clock would have made it 2026 or 2031.
    expect(werne!.entities.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2023-11-06', '2023-11-10']));
    // No date the dated copy (published that Monday) does not have.
    expect(dated!.entities.dates.map((d) => d.value)).toEqual(expect.arrayContaining(werne!.entities.dates.map((d) => d.value)));
    expect(werne!.entities.serviceImpacts.length).toBeGreaterThan(0);
    for (const impact of werne!.entities.serviceImpacts) expect(impact.asOf?.startsWith('2023-')).toBe(true);
    // Without a written year there is nothing to resolve against: no dates, impacts without asOf.
    expect(kamen!.entities.dates).toEqual([]);
    for (const impact of kamen!.entities.serviceImpacts) expect(impact).not.toHaveProperty('asOf');
    for (const value of first.flatMap(dateValues)) expect(value.startsWith('2023-'), value).toBe(true);
  }, 120_000);

  describe('lagebild ingest of an RSS item without pubDate', () => {
    let server: Server;
    let origin: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        const page = (title: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>`
          + `<body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;
        if (path === '/feed.xml') {
          // Neither item has a pubDate, and neither page a date.
          res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
          res.end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Stadt</title><link>${origin}/</link>`
            + `<description>Pressemitteilungen</description>`
            + `<item><title>Standesamt Werne geschlossen</title><link>${origin}/pm/werne.html</link></item>`
            + `<item><title>Bürgerbüro Kamen</title><link>${origin}/pm/kamen.html</link></item></channel></rss>`);
        } else if (path === '/pm/werne.html') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page('Standesamt Werne geschlossen', NOTICE_2023));
        } else if (path === '/pm/kamen.html') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page('Bürgerbüro Kamen', NOTICE_NO_YEAR));
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not found');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('stores identical records at two machine dates', async () => {
      const sources = join(dir, 'sources.json');
      writeFileSync(sources, JSON.stringify({
        userAgent: 'lagebild-test/0.1 (+http://127.0.0.1/)', allowHosts: ['127.0.0.1'],
        sources: [{ id: 'stadt-werne', kind: 'city', name: 'Stadt Werne', feed: { type: 'rss', url: `${origin}/feed.xml` } }],
      }));
      const stored: LagebildRecord[][] = [];
      for (const [i, machine] of MACHINES.entries()) {
        const db = join(dir, `ingest-${i}.db`);
        const summary = JSON.parse(await lagebild(machine, ['ingest', '--sources', sources, '--db', db, '--json'])) as { inserted: number };
        expect(summary.inserted).toBe(2);
        const store = await openStore(db);
        try {
          const ids = (await store.query({})).map((h) => h.documentId).sort();
          stored.push(await store.getRecords(ids));
        } finally {
          await store.close();
        }
      }
      const [first, second] = stored as [LagebildRecord[], LagebildRecord[]];
      expect(first).toHaveLength(2);
      for (const [i, machine] of MACHINES.entries()) {
        for (const r of stored[i]!) expect(r.document.fetchedAt.startsWith(machine.year), r.document.fetchedAt).toBe(true);
      }
      expect(second.map(withoutFetchedAt)).toStrictEqual(first.map(withoutFetchedAt));
      for (const r of first) expect(r.document).not.toHaveProperty('publishedAt');
      const werne = first.find((r) => r.document.url.endsWith('/pm/werne.html'))!;
      const kamen = first.find((r) => r.document.url.endsWith('/pm/kamen.html'))!;
      expect(werne.entities.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2023-11-06', '2023-11-10']));
      expect(kamen.entities.dates).toEqual([]);
      for (const value of first.flatMap(dateValues)) expect(value.startsWith('2023-'), value).toBe(true);
      // The query table says so rather than printing a date.
      const table = await lagebild(MACHINES[0], ['query', '--db', join(dir, 'ingest-0.db')]);
      expect(table.match(/undated/g)).toHaveLength(2);
      expect(table).not.toMatch(/20(2[4-9]|3\d)-/);
    }, 120_000);
  });
});
