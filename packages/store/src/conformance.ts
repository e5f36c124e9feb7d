import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LagebildRecord, QuarantineItem, SourceRun } from '@lagebild/schema';
import {
  FIXTURES, bareRecord, districtRecord, makeRecord, policeRecord, siegenRecord, werneRecord,
} from './conformance-records.js';
import type { QueryFilter, Store } from './store.js';
import { describeSearchConformance } from './conformance-search.js';
import { describeUndatedConformance } from './conformance-undated.js';
import { describeReportsConformance } from './conformance-reports.js';

/**
 * The behaviour every Store driver must show. A driver's test file calls
 * `runStoreConformance('sqlite', () => createSqliteStore(':memory:'))`; `makeStore` must return a
 * fresh, empty store for every test (migrated or not: the suite migrates). The suite closes it.
 */
export function runStoreConformance(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });

    const putAll = async (records: readonly LagebildRecord[] = FIXTURES) => {
      for (const r of records) await store.putRecord(r);
    };
    const ids = async (filter: QueryFilter) => (await store.query(filter)).map((h) => h.documentId);

    describe('migrations', () => {
      it('can run twice and keeps data', async () => {
        await store.putRecord(werneRecord);
        await store.migrate();
        await store.migrate();
        expect(await store.getRecord(werneRecord.document.id)).toStrictEqual(werneRecord);
        expect((await store.stats()).documents).toBe(1);
      });

      it('runs concurrently without error', async () => {
        await Promise.all([store.migrate(), store.migrate(), store.migrate()]);
        expect((await store.stats()).documents).toBe(0);
      });
    });

    describe('putRecords (one transaction)', () => {
      it('gives the same outcomes and rows as one putRecord after another, in input order', async () => {
        const changed = structuredClone(werneRecord);
        changed.document.contentHash = `${changed.document.contentHash}-batch`;
        changed.document.text = `${changed.document.text} `;
        const outcomes = await store.putRecords([policeRecord, werneRecord, werneRecord, changed]);
        expect(outcomes).toEqual(['inserted', 'inserted', 'unchanged', 'updated']);
        expect(await store.getRecord(werneRecord.document.id)).toEqual(changed);
        expect((await store.stats()).documents).toBe(2);
        expect(await store.putRecords([])).toEqual([]);
      });
      it('stores nothing of a batch that holds an invalid record', async () => {
        const bad = structuredClone(policeRecord) as unknown as { document: { publishedAt: string } };
        bad.document.publishedAt = 'yesterday';
        await expect(store.putRecords([werneRecord, bad as unknown as typeof werneRecord])).rejects.toThrow();
        expect((await store.stats()).documents).toBe(0);
      });
    });

    describe('putRecord / getRecord / hasDocument', () => {
      it('reports inserted, then unchanged for the same record', async () => {
        expect(await store.putRecord(werneRecord)).toBe('inserted');
        expect(await store.putRecord(werneRecord)).toBe('unchanged');
        expect(await store.putRecord(structuredClone(werneRecord))).toBe('unchanged');
      });

      it('updates when the content hash changes and replaces the mentions', async () => {
        await putAll([werneRecord, policeRecord]);
        const changed = structuredClone(werneRecord);
        changed.document.contentHash = 'hash-werne-v2';
        changed.entities.municipalities = changed.entities.municipalities.slice(0, 1);
        changed.entities.contacts = [];
        expect(await store.putRecord(changed)).toBe('updated');
        expect(await store.getRecord(changed.document.id)).toStrictEqual(changed);
        const stats = await store.stats();
        expect(stats.documents).toBe(2);
        expect(stats.perSource['stadt-werne']).toEqual({
          documents: 1, dates: 1, municipalities: 1, districts: 1, agencies: 0, serviceImpacts: 1, contacts: 0, quarantined: 0,
        });
        expect(stats.municipalities).toBe(2);
        expect(stats.contacts).toBe(1);
        expect(await store.putRecord(changed)).toBe('unchanged');
      });

      it('updates when only the extractor version changes', async () => {
        await store.putRecord(policeRecord);
        const reextracted = structuredClone(policeRecord);
        reextracted.extractor.version = '0.2.0';
        reextracted.entities.agencies.pop();
        expect(await store.putRecord(reextracted)).toBe('updated');
        expect((await store.stats()).agencies).toBe(1);
        expect(await store.getRecord(policeRecord.document.id)).toStrictEqual(reextracted);
      });

      it('round-trips every record exactly', async () => {
        await putAll();
        for (const record of FIXTURES) {
          expect(await store.getRecord(record.document.id)).toStrictEqual(record);
        }
        expect(await store.getRecord('missing')).toBeUndefined();
      });

      it('keeps unicode, long text and float precision', async () => {
        const record = structuredClone(werneRecord);
        record.document.id = 'werne-unicode';
        record.document.title = 'Straße – „Zitat“ 🚒 ÄÖÜ \u0000 \uD83D lone';
        record.document.text = `${record.document.title}\n\n${'x'.repeat(200_000)}`;
        record.entities = { dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] };
        record.entities.municipalities.push({ ...werneRecord.entities.municipalities[0]!,
          span: { start: 0, end: 6, text: 'Straße' }, lat: 51.678412345678901, lon: 7.626312345678901, confidence: 0.123456789 });
        await store.putRecord(record);
        expect(await store.getRecord(record.document.id)).toStrictEqual(record);
      });

      it('refuses a document id it could not keep exactly (U+0000, unpaired surrogate), with the reason (issue 15 #8)', async () => {
        for (const id of ['werne\u0000nul', 'werne-\uD83D-lone', '\uDC00werne']) {
          const record = structuredClone(werneRecord);
          record.document.id = id;
          await expect(store.putRecord(record)).rejects.toThrow(/U\+0000 or an unpaired surrogate/);
          await expect(store.putRecords([record])).rejects.toThrow(/U\+0000 or an unpaired surrogate/);
        }
        expect((await store.stats()).documents).toBe(0);
        // A pair is a character like any other.
        const emoji = structuredClone(werneRecord);
        emoji.document.id = 'werne-🚒';
        await store.putRecord(emoji);
        expect((await store.getRecord('werne-🚒'))?.document.id).toBe('werne-🚒');
      });

      it('round-trips arbitrary text (property)', async () => {
        let i = 0;
        await fc.assert(fc.asyncProperty(
          fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 400 }),
          async (title, body) => {
            const record = makeRecord({
              id: `prop-${i++}`, sourceId: 'prop', publishedAt: '2023-11-02T10:00:00+01:00', title, body,
              contacts: (t) => [{ span: { start: 0, end: t.length, text: t }, kind: 'url', value: t }],
            });
            expect(await store.putRecord(record)).toBe('inserted');
            expect(await store.getRecord(record.document.id)).toStrictEqual(record);
            expect(await store.hasDocument(record.document.id, record.document.contentHash)).toBe(true);
          },
        ), { numRuns: 40 });
        expect((await store.stats()).perSource['prop']?.contacts).toBe(40);
      });

      it('answers hasDocument by id and by content hash', async () => {
        await store.putRecord(werneRecord);
        expect(await store.hasDocument(werneRecord.document.id)).toBe(true);
        expect(await store.hasDocument(werneRecord.document.id, werneRecord.document.contentHash)).toBe(true);
        expect(await store.hasDocument(werneRecord.document.id, 'other-hash')).toBe(false);
        expect(await store.hasDocument('missing')).toBe(false);
        expect(await store.hasDocument('missing', 'x')).toBe(false);
      });

      it('finds stored documents by content hash, whatever their id (issue 15 #9)', async () => {
        await putAll([werneRecord, policeRecord]);
        const found = await store.documentsWithContent([werneRecord.document.contentHash, 'no-such-hash', werneRecord.document.contentHash]);
        expect(found).toEqual([{ id: werneRecord.document.id, sourceId: werneRecord.document.sourceId, contentHash: werneRecord.document.contentHash }]);
        expect(await store.documentsWithContent([])).toEqual([]);
        const many = Array.from({ length: 1200 }, (_, i) => `h${i}`);
        expect(await store.documentsWithContent([...many, policeRecord.document.contentHash])).toEqual([
          { id: policeRecord.document.id, sourceId: policeRecord.document.sourceId, contentHash: policeRecord.document.contentHash },
        ]);
      });

      it('rejects a record that breaks the contract and stores nothing', async () => {
        const bad = structuredClone(werneRecord);
        (bad.entities.municipalities[0] as { ags: string }).ags = '5978040';
        await expect(store.putRecord(bad)).rejects.toThrow(/invalid record/);
        expect(await store.hasDocument(bad.document.id)).toBe(false);
        expect((await store.stats()).documents).toBe(0);
      });
    });

    describe('stats', () => {
      it('is all zero for an empty store', async () => {
        expect(await store.stats()).toEqual({
          documents: 0, dates: 0, municipalities: 0, districts: 0, agencies: 0, serviceImpacts: 0, contacts: 0,
          quarantined: 0, perSource: {},
        });
      });

      it('counts documents, mention rows and quarantined items overall and per source', async () => {
        await putAll();
        await store.quarantine({ sourceId: 'stadt-werne', stage: 'article', url: 'http://127.0.0.1/x', reason: 'timeout', at: '2023-11-01T10:00:00+01:00' });
        await store.quarantine({ sourceId: 'only-broken', stage: 'feed', reason: 'HTTP 500', at: '2023-11-01T10:00:00+01:00' });
        const stats = await store.stats();
        expect(stats).toMatchObject({
          documents: 5, dates: 4, municipalities: 5, districts: 2, agencies: 3, serviceImpacts: 5, contacts: 2, quarantined: 2,
        });
        expect(stats.perSource).toEqual({
          'maerkischer-kreis': { documents: 1, dates: 0, municipalities: 1, districts: 1, agencies: 1, serviceImpacts: 1, contacts: 0, quarantined: 0 },
          'only-broken': { documents: 0, dates: 0, municipalities: 0, districts: 0, agencies: 0, serviceImpacts: 0, contacts: 0, quarantined: 1 },
          'polizei-dortmund': { documents: 1, dates: 1, municipalities: 1, districts: 0, agencies: 2, serviceImpacts: 2, contacts: 1, quarantined: 0 },
          'stadt-siegen': { documents: 1, dates: 2, municipalities: 1, districts: 0, agencies: 0, serviceImpacts: 1, contacts: 0, quarantined: 0 },
          'stadt-werne': { documents: 2, dates: 1, municipalities: 2, districts: 1, agencies: 0, serviceImpacts: 1, contacts: 1, quarantined: 1 },
        });
      });
    });

    describe('quarantine', () => {
      const item: QuarantineItem = {
        sourceId: 'polizei-dortmund', stage: 'article', url: 'http://127.0.0.1/a/1', reason: 'body selector matched nothing',
        at: '2023-11-02T10:00:00+01:00', excerpt: '<html>…',
      };

      it('is idempotent on (sourceId, stage, url, reason)', async () => {
        await store.quarantine(item);
        await store.quarantine(item);
        await store.quarantine({ ...item, at: '2023-11-02T11:00:00+01:00', excerpt: 'later' });
        expect(await store.listQuarantine()).toStrictEqual([item]);
        expect((await store.stats()).quarantined).toBe(1);
      });

      it('keeps two different entries without a URL that fail for the same reason apart by their excerpt (issue 15 #7)', async () => {
        const entry = (excerpt: string): QuarantineItem => ({ sourceId: 'sta-koeln', stage: 'feed', reason: 'feed entry has no link', at: '2023-11-02T09:00:00+01:00', excerpt });
        await store.quarantine(entry('{"title":"Erste Meldung"}'));
        await store.quarantine(entry('{"title":"Zweite Meldung"}'));
        await store.quarantine(entry('{"title":"Zweite Meldung"}'));
        expect((await store.listQuarantine()).map((q) => q.excerpt).sort()).toEqual(['{"title":"Erste Meldung"}', '{"title":"Zweite Meldung"}']);
        expect((await store.stats()).quarantined).toBe(2);
      });

      it('keeps items that differ in stage, url or reason, with and without url', async () => {
        const noUrl: QuarantineItem = { sourceId: 'sta-koeln', stage: 'feed', reason: 'HTTP 503', at: '2023-11-02T09:00:00+01:00' };
        await Promise.all([
          store.quarantine(item),
          store.quarantine({ ...item, stage: 'extract', at: '2023-11-02T10:01:00+01:00' }),
          store.quarantine({ ...item, url: 'http://127.0.0.1/a/2', at: '2023-11-02T10:02:00+01:00' }),
          store.quarantine({ ...item, reason: 'timeout', at: '2023-11-02T10:03:00+01:00' }),
          store.quarantine(noUrl),
          store.quarantine(noUrl),
        ]);
        const all = await store.listQuarantine();
        expect(all).toHaveLength(5);
        expect(all[0]).toStrictEqual(noUrl);
        expect(all.map((q) => q.at)).toEqual([...all.map((q) => q.at)].sort());
        expect(await store.listQuarantine({ sourceId: 'sta-koeln' })).toStrictEqual([noUrl]);
        expect(await store.listQuarantine({ sourceId: 'polizei-dortmund' })).toHaveLength(4);
        expect(await store.listQuarantine({ sourceId: 'nobody' })).toEqual([]);
      });
    });

    describe('sourceHealth', () => {
      const run = (startedAt: string, finishedAt: string, extra: Partial<SourceRun>): SourceRun => ({
        sourceId: 'stadt-werne', startedAt, finishedAt, ok: true, items: 0, stored: 0, quarantined: 0, ...extra,
      });

      it('is empty without runs and documents', async () => {
        expect(await store.sourceHealth()).toEqual([]);
      });

      it('tracks the last run, last success and last error', async () => {
        await putAll([werneRecord, bareRecord, policeRecord]);
        await store.recordSourceRun(run('2023-11-01T10:00:00+01:00', '2023-11-01T10:00:05+01:00', { items: 10, stored: 9, quarantined: 1 }));
        await store.recordSourceRun(run('2023-11-01T10:05:00+01:00', '2023-11-01T10:05:30+01:00', { ok: false, error: 'ECONNRESET' }));
        let health = await store.sourceHealth();
        expect(health.find((h) => h.sourceId === 'stadt-werne')).toStrictEqual({
          sourceId: 'stadt-werne', lastRunAt: '2023-11-01T10:05:30+01:00', lastSuccessAt: '2023-11-01T10:00:05+01:00',
          lastErrorAt: '2023-11-01T10:05:30+01:00', lastError: 'ECONNRESET', itemsLastPoll: 0, storedLastPoll: 0,
          quarantinedLastPoll: 0, runs: 2, documents: 2, consecutiveZeroYield: 1, notModifiedLastPoll: false,
        });

        await store.recordSourceRun(run('2023-11-01T10:10:00+01:00', '2023-11-01T10:10:02+01:00', { items: 4, stored: 3, quarantined: 1 }));
        // A retried report of the same run replaces it instead of counting twice.
        await store.recordSourceRun(run('2023-11-01T10:10:00+01:00', '2023-11-01T10:10:02+01:00', { items: 4, stored: 3, quarantined: 1 }));
        // A run recorded late but finished earlier does not become the last run.
        await store.recordSourceRun(run('2023-11-01T09:00:00+01:00', '2023-11-01T09:00:01+01:00', { items: 99 }));
        await store.recordSourceRun({ ...run('2023-11-01T10:00:00+01:00', '2023-11-01T10:00:01+01:00', { ok: false, error: 'HTTP 500' }), sourceId: 'sta-koeln' });
        health = await store.sourceHealth();
        expect(health.map((h) => h.sourceId)).toEqual(['polizei-dortmund', 'sta-koeln', 'stadt-werne']);
        expect(health[2]).toStrictEqual({
          sourceId: 'stadt-werne', lastRunAt: '2023-11-01T10:10:02+01:00', lastSuccessAt: '2023-11-01T10:10:02+01:00',
          lastErrorAt: '2023-11-01T10:05:30+01:00', lastError: 'ECONNRESET', itemsLastPoll: 4, storedLastPoll: 3,
          quarantinedLastPoll: 1, runs: 4, documents: 2, consecutiveZeroYield: 0, notModifiedLastPoll: false,
        });
        expect(health[1]).toStrictEqual({
          sourceId: 'sta-koeln', lastRunAt: '2023-11-01T10:00:01+01:00', lastErrorAt: '2023-11-01T10:00:01+01:00',
          lastError: 'HTTP 500', itemsLastPoll: 0, storedLastPoll: 0, quarantinedLastPoll: 0, runs: 1, documents: 0,
          consecutiveZeroYield: 1, notModifiedLastPoll: false,
        });
        // A source with documents but no recorded runs.
        expect(health[0]).toStrictEqual({
          sourceId: 'polizei-dortmund', itemsLastPoll: 0, storedLastPoll: 0, quarantinedLastPoll: 0, runs: 0, documents: 1,
          consecutiveZeroYield: 0, notModifiedLastPoll: false,
        });
      });

      it('keeps concurrent runs that started in the same second apart by their run id (issue 15 #7)', async () => {
        const started = '2023-11-01T10:00:00+01:00';
        await Promise.all([
          store.recordSourceRun(run(started, '2023-11-01T10:00:09+01:00', { items: 361, stored: 361, runId: 'a' })),
          store.recordSourceRun(run(started, '2023-11-01T10:00:10+01:00', { items: 361, stored: 0, runId: 'b' })),
          store.recordSourceRun(run(started, '2023-11-01T10:00:08+01:00', { items: 361, stored: 0, runId: 'c' })),
        ]);
        // A retried report of run b replaces it.
        await store.recordSourceRun(run(started, '2023-11-01T10:00:10+01:00', { items: 361, stored: 0, runId: 'b' }));
        const [health] = await store.sourceHealth();
        expect(health).toMatchObject({ runs: 3, lastRunAt: '2023-11-01T10:00:10+01:00', storedLastPoll: 0 });
      });

      it('compares run instants, not strings, across offsets', async () => {
        await store.recordSourceRun(run('2023-10-29T01:00:00+02:00', '2023-10-29T01:30:00+02:00', { items: 1 }));
        // 00:20Z is later than 01:30+02:00 (23:30Z the day before) although it sorts earlier as text.
        await store.recordSourceRun(run('2023-10-29T00:10:00Z', '2023-10-29T00:20:00Z', { items: 2 }));
        const [health] = await store.sourceHealth();
        expect(health?.lastRunAt).toBe('2023-10-29T00:20:00Z');
        expect(health?.itemsLastPoll).toBe(2);
      });

      it('counts consecutive zero-yield polls, skipping 304 polls, and keeps the last error code', async () => {
        const at = (minute: number, second = 0) => `2023-11-01T10:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}+01:00`;
        await store.recordSourceRun(run(at(0), at(0, 5), { items: 3 }));
        await store.recordSourceRun(run(at(5), at(5, 5), { items: 0 }));
        await store.recordSourceRun(run(at(10), at(10, 5), { ok: false, error: 'cannot parse rss (an HTML page was served instead of a feed)', errorCode: 'feed-parse' }));
        await store.recordSourceRun(run(at(15), at(15, 5), { notModified: true }));
        let [health] = await store.sourceHealth();
        expect(health).toMatchObject({
          consecutiveZeroYield: 2, notModifiedLastPoll: true, lastErrorCode: 'feed-parse', itemsLastPoll: 0,
          lastError: 'cannot parse rss (an HTML page was served instead of a feed)', lastSuccessAt: at(15, 5),
        });
        await store.recordSourceRun(run(at(20), at(20, 5), { ok: false, error: 'HTTP 503 Service Unavailable' }));
        [health] = await store.sourceHealth();
        expect(health?.consecutiveZeroYield).toBe(3);
        expect(health?.notModifiedLastPoll).toBe(false);
        // The last failed run had no code: none is reported rather than an older one.
        expect(health?.lastErrorCode).toBeUndefined();
        await store.recordSourceRun(run(at(25), at(25, 5), { items: 1 }));
        [health] = await store.sourceHealth();
        expect(health?.consecutiveZeroYield).toBe(0);
        expect(health?.lastError).toBe('HTTP 503 Service Unavailable');
      });

      it('round-trips errorCode and notModified through a replaced run report', async () => {
        await store.recordSourceRun(run('2023-11-01T10:00:00+01:00', '2023-11-01T10:00:01+01:00', { ok: false, error: 'x', errorCode: 'timeout' }));
        await store.recordSourceRun(run('2023-11-01T10:00:00+01:00', '2023-11-01T10:00:01+01:00', { ok: false, error: 'x', errorCode: 'no-items' }));
        const [health] = await store.sourceHealth();
        expect(health).toMatchObject({ runs: 1, lastErrorCode: 'no-items', consecutiveZeroYield: 1 });
      });
    });

    describe('http validators', () => {
      const url = 'http://127.0.0.1:8080/polizei/rss.xml';

      it('returns undefined for an unknown URL', async () => {
        expect(await store.getHttpValidators(url)).toBeUndefined();
      });

      it('keeps, replaces and deletes validators per URL', async () => {
        await store.setHttpValidators(url, { etag: 'W/"abc-1"', lastModified: 'Mon, 06 Nov 2023 09:15:00 GMT' });
        expect(await store.getHttpValidators(url)).toStrictEqual({ etag: 'W/"abc-1"', lastModified: 'Mon, 06 Nov 2023 09:15:00 GMT' });
        await store.setHttpValidators(`${url}?page=2`, { etag: '"p2"', contentHash: 'h-2' });
        await store.setHttpValidators(url, { etag: '"abc-2"' });
        expect(await store.getHttpValidators(url)).toStrictEqual({ etag: '"abc-2"' });
        expect(await store.getHttpValidators(`${url}?page=2`)).toStrictEqual({ etag: '"p2"', contentHash: 'h-2' });
        await store.setHttpValidators(url, {});
        expect(await store.getHttpValidators(url)).toBeUndefined();
        await store.setHttpValidators(url, { contentHash: 'only-a-hash' });
        expect(await store.getHttpValidators(url)).toBeUndefined();
      });

      it('keeps unicode and survives a migrate', async () => {
        const odd = 'http://127.0.0.1/pressemitteilung-lünen-straße?q=„x“';
        await store.setHttpValidators(odd, { lastModified: 'Tue, 07 Nov 2023 08:00:00 GMT', contentHash: 'h' });
        await store.migrate();
        expect(await store.getHttpValidators(odd)).toStrictEqual({ lastModified: 'Tue, 07 Nov 2023 08:00:00 GMT', contentHash: 'h' });
      });

      it('does not keep URLs longer than 2048 characters', async () => {
        const long = `http://127.0.0.1/${'x'.repeat(3000)}`;
        await store.setHttpValidators(long, { etag: '"e"' });
        expect(await store.getHttpValidators(long)).toBeUndefined();
      });

      it('serves concurrent writers of the same URL without error', async () => {
        await Promise.all(Array.from({ length: 10 }, (_, i) => store.setHttpValidators(url, { etag: `"v${i}"` })));
        expect((await store.getHttpValidators(url))?.etag).toMatch(/^"v\d"$/);
      });

      it('reads the validators of many URLs at once, as getHttpValidators reads each', async () => {
        const urls = Array.from({ length: 1203 }, (_, i) => `http://127.0.0.1/pm/${i}`);
        await store.setHttpValidators(urls[0]!, { etag: '"e0"', contentHash: 'h0' });
        await store.setHttpValidators(urls[600]!, { lastModified: 'Mon, 06 Nov 2023 09:15:00 GMT' });
        await store.setHttpValidators(urls[1202]!, { etag: 'W/"last"', lastModified: 'Tue, 07 Nov 2023 08:00:00 GMT' });
        const long = `http://127.0.0.1/${'x'.repeat(3000)}`;
        const found = await store.getHttpValidatorsMany([...urls, urls[0]!, long]);
        expect([...found.keys()].sort()).toEqual([urls[0]!, urls[1202]!, urls[600]!].sort());
        for (const u of [urls[0]!, urls[600]!, urls[1202]!]) expect(found.get(u)).toStrictEqual(await store.getHttpValidators(u));
        expect((await store.getHttpValidatorsMany([])).size).toBe(0);
      });

      it('writes the validators of many URLs at once, as setHttpValidators writes each', async () => {
        const long = `http://127.0.0.1/${'x'.repeat(3000)}`;
        await store.setHttpValidators(`${url}?gone`, { etag: '"old"' });
        await store.setHttpValidatorsMany([
          [url, { etag: '"a-1"', contentHash: 'h-a' }],
          [`${url}?b`, { lastModified: 'Mon, 06 Nov 2023 09:15:00 GMT', contentHash: 'h-b' }],
          [`${url}?gone`, { contentHash: 'only-a-hash' }],
          [`${url}?never`, {}],
          [long, { etag: '"e"' }],
          [url, { etag: '"a-2"', contentHash: 'h-a2' }],
        ]);
        expect(await store.getHttpValidators(url)).toStrictEqual({ etag: '"a-2"', contentHash: 'h-a2' });
        expect(await store.getHttpValidators(`${url}?b`)).toStrictEqual({ lastModified: 'Mon, 06 Nov 2023 09:15:00 GMT', contentHash: 'h-b' });
        expect(await store.getHttpValidators(`${url}?gone`)).toBeUndefined();
        expect(await store.getHttpValidators(`${url}?never`)).toBeUndefined();
        expect(await store.getHttpValidators(long)).toBeUndefined();
        await store.setHttpValidatorsMany([]);
        await Promise.all([
          store.setHttpValidatorsMany([[url, { etag: '"x"' }], [`${url}?b`, { etag: '"x"' }]]),
          store.setHttpValidatorsMany([[`${url}?b`, { etag: '"y"' }], [url, { etag: '"y"' }]]),
        ]);
        expect((await store.getHttpValidators(url))?.etag).toMatch(/^"[xy]"$/);
      });
    });

    describe('query', () => {
      beforeEach(async () => {
        await putAll();
      });

      it('returns everything newest first by default, limited', async () => {
        const order = [siegenRecord, districtRecord, policeRecord, werneRecord, bareRecord].map((r) => r.document.id);
        expect(await ids({})).toEqual(order);
        expect(await ids({ limit: 2 })).toEqual(order.slice(0, 2));
        expect(await ids({ limit: 0 })).toEqual([]);
        expect(await ids({ limit: 1, sourceId: 'stadt-werne' })).toEqual([werneRecord.document.id]);
      });

      it('applies the default limit of 100', async () => {
        const many = Array.from({ length: 105 }, (_, i) => makeRecord({
          id: `bulk-${String(i).padStart(3, '0')}`, sourceId: 'bulk', publishedAt: '2022-01-01T10:00:00+01:00',
          title: 'Meldung', body: 'Text.',
        }));
        await putAll(many);
        expect(await store.query({ sourceId: 'bulk' })).toHaveLength(100);
        expect(await store.query({ sourceId: 'bulk', limit: 1000 })).toHaveLength(105);
      });

      it('builds hits with distinct mentions, impacts and dates', async () => {
        const [police] = await store.query({ agency: 'zac-nrw' });
        expect(police).toStrictEqual({
          documentId: policeRecord.document.id, sourceId: 'polizei-dortmund', url: policeRecord.document.url,
          title: policeRecord.document.title, publishedAt: '2023-11-02T14:30:00+01:00',
          municipalities: [{ ags: '05978024', name: 'Lünen' }],
          districts: [],
          agencies: [{ id: 'polizei-dortmund', name: 'Polizeipräsidium Dortmund' }, { id: 'zac-nrw', name: 'Zentral- und Ansprechstelle Cybercrime NRW' }],
          impacts: [
            { place: { ags: '05978024', name: 'Lünen' }, service: 'website', status: 'outage', asOf: '2023-11-02T14:30:00+01:00', evidence: 'ist die Internetseite der Stadt nicht erreichbar' },
            { place: { ags: '05978024', name: 'Lünen' }, service: 'appointments', status: 'operational', asOf: '2023-11-02', evidence: 'Terminvergabe funktioniert weiterhin' },
          ],
          dates: ['2023-10-30'],
        });
        const [werne] = await store.query({ municipality: 'Werne' });
        expect(werne?.municipalities).toEqual([{ ags: '05978040', name: 'Werne' }]);
        expect(werne?.districts).toEqual([{ ags: '05978', name: 'Kreis Unna' }]);
        const [mk] = await store.query({ sourceId: 'maerkischer-kreis' });
        expect(mk?.impacts).toEqual([{ place: { ags: '05962', name: 'Märkischer Kreis' }, service: 'vehicle-registration', status: 'restored', asOf: '2023-12-14', evidence: 'arbeitet die Zulassungsstelle wieder' }]);
        const [bare] = await store.query({ sourceId: 'stadt-werne', to: '2023-06-30' });
        expect(bare).toMatchObject({ documentId: bareRecord.document.id, municipalities: [], districts: [], agencies: [], impacts: [], dates: [] });
      });

      it('filters by municipality AGS or name', async () => {
        expect(await ids({ municipality: '05978040' })).toEqual([werneRecord.document.id]);
        expect(await ids({ municipality: 'werne' })).toEqual([werneRecord.document.id]);
        expect(await ids({ municipality: 'LÜNEN' })).toEqual([policeRecord.document.id]);
        expect(await ids({ municipality: ' Iserlohn ' })).toEqual([districtRecord.document.id]);
        expect(await ids({ municipality: 'Unna' })).toEqual([]);
        expect(await ids({ municipality: '05978036' })).toEqual([]);
        expect(await ids({ municipality: 'Wern' })).toEqual([]);
      });

      it('filters by district AGS or name, including municipalities in the district', async () => {
        const unna = [policeRecord.document.id, werneRecord.document.id];
        expect(await ids({ district: '05978' })).toEqual(unna);
        expect(await ids({ district: 'Unna' })).toEqual(unna);
        expect(await ids({ district: 'Kreis Unna' })).toEqual(unna);
        expect(await ids({ district: 'kreis unna' })).toEqual(unna);
        expect(await ids({ district: 'Märkischer Kreis' })).toEqual([districtRecord.document.id]);
        expect(await ids({ district: '05962' })).toEqual([districtRecord.document.id]);
        expect(await ids({ district: 'Siegen-Wittgenstein' })).toEqual([siegenRecord.document.id]);
        expect(await ids({ district: '05970' })).toEqual([siegenRecord.document.id]);
        expect(await ids({ district: '05913' })).toEqual([]);
        expect(await ids({ district: 'Dortmund' })).toEqual([]);
      });

      it('filters by agency id or name', async () => {
        expect(await ids({ agency: 'zac-nrw' })).toEqual([policeRecord.document.id]);
        expect(await ids({ agency: 'bsi' })).toEqual([districtRecord.document.id]);
        expect(await ids({ agency: 'bundesamt für sicherheit in der informationstechnik' })).toEqual([districtRecord.document.id]);
        expect(await ids({ agency: 'POLIZEIPRÄSIDIUM DORTMUND' })).toEqual([policeRecord.document.id]);
        expect(await ids({ agency: 'polizei' })).toEqual([]);
      });

      it('filters by service and status on the same impact', async () => {
        expect(await ids({ service: 'civil-registry', status: 'outage' })).toEqual([werneRecord.document.id]);
        expect(await ids({ service: 'website' })).toEqual([policeRecord.document.id]);
        expect(await ids({ status: 'outage' })).toEqual([policeRecord.document.id, werneRecord.document.id]);
        expect(await ids({ status: 'restored' })).toEqual([districtRecord.document.id]);
        expect(await ids({ service: 'website', status: 'operational' })).toEqual([]);
        expect(await ids({ service: 'appointments', status: 'operational' })).toEqual([policeRecord.document.id]);
      });

      it('filters by date range over publication date, date mentions and impact asOf', async () => {
        // date mention only
        expect(await ids({ from: '2023-11-03', to: '2023-11-03' })).toEqual([werneRecord.document.id]);
        // inside a date range mention
        expect(await ids({ from: '2023-11-01', to: '2023-11-01' })).toEqual([policeRecord.document.id]);
        // impact asOf only
        expect(await ids({ from: '2023-12-14', to: '2023-12-14' })).toEqual([districtRecord.document.id]);
        // publication date in Berlin (23:30 UTC on the 9th is the 10th in Berlin)
        expect(await ids({ from: '2024-01-10', to: '2024-01-10' })).toEqual([siegenRecord.document.id]);
        expect(await ids({ from: '2024-01-09', to: '2024-01-09' })).toEqual([]);
        expect(await ids({ from: '2023-10-31', to: '2023-11-02' })).toEqual([policeRecord.document.id, werneRecord.document.id]);
        // open-ended ranges
        expect(await ids({ from: '2024-01-01' })).toEqual([siegenRecord.document.id]);
        expect(await ids({ to: '2023-06-30' })).toEqual([bareRecord.document.id]);
        await expect(store.query({ from: '1.11.2023' })).rejects.toThrow(/YYYY-MM-DD/);
      });

      it('filters by source and text', async () => {
        expect(await ids({ sourceId: 'stadt-werne' })).toEqual([werneRecord.document.id, bareRecord.document.id]);
        expect(await ids({ sourceId: 'nobody' })).toEqual([]);
        expect(await ids({ text: 'standesamt' })).toEqual([werneRecord.document.id]);
        expect(await ids({ text: 'ZULASSUNGSSTELLE' })).toEqual([districtRecord.document.id]);
        expect(await ids({ text: 'BÜRGERBÜRO' })).toEqual([siegenRecord.document.id]);
        expect(await ids({ text: '% rabatt_auf' })).toEqual([bareRecord.document.id]);
        expect(await ids({ text: 'x%y' })).toEqual([]);
        expect(await ids({ text: 'a_b' })).toEqual([]);
      });

      it('combines filters with AND', async () => {
        expect(await ids({ district: 'Unna', service: 'website' })).toEqual([policeRecord.document.id]);
        expect(await ids({ district: 'Unna', from: '2023-11-03', to: '2023-11-03' })).toEqual([werneRecord.document.id]);
        expect(await ids({ municipality: 'Werne', agency: 'zac-nrw' })).toEqual([]);
        expect(await ids({ sourceId: 'stadt-werne', text: 'sommerfest' })).toEqual([bareRecord.document.id]);
      });

      it('reflects updates: replaced mentions no longer match', async () => {
        const moved = structuredClone(policeRecord);
        moved.document.contentHash = 'hash-police-v2';
        moved.entities.agencies = moved.entities.agencies.filter((a) => a.id !== 'zac-nrw');
        await store.putRecord(moved);
        expect(await ids({ agency: 'zac-nrw' })).toEqual([]);
        expect(await ids({ agency: 'polizei-dortmund' })).toEqual([policeRecord.document.id]);
      });
    });

    describe('concurrency', () => {
      it('stores 50 distinct records written in parallel', async () => {
        const records = Array.from({ length: 50 }, (_, i) => {
          const r = structuredClone(policeRecord);
          r.document.id = `parallel-${i}`;
          r.document.contentHash = `hash-${i}`;
          return r;
        });
        const results = await Promise.all(records.map((r) => store.putRecord(r)));
        expect(results.every((r) => r === 'inserted')).toBe(true);
        const stats = await store.stats();
        expect(stats.documents).toBe(50);
        expect(stats.agencies).toBe(100);
        expect(stats.serviceImpacts).toBe(100);
        for (const r of records.slice(0, 5)) expect(await store.getRecord(r.document.id)).toStrictEqual(r);
      });

      it('leaves exactly one document when the same record is written in parallel', async () => {
        const results = await Promise.all(Array.from({ length: 20 }, () => store.putRecord(werneRecord)));
        expect(results.filter((r) => r === 'inserted')).toHaveLength(1);
        expect(results.filter((r) => r === 'unchanged')).toHaveLength(19);
        const stats = await store.stats();
        expect(stats.documents).toBe(1);
        expect(stats.municipalities).toBe(2);
      });

      it('leaves exactly one document with one set of mentions when versions race', async () => {
        const versions = Array.from({ length: 20 }, (_, i) => {
          const r = structuredClone(policeRecord);
          r.document.contentHash = `race-${i}`;
          r.entities.agencies = r.entities.agencies.slice(0, 1 + (i % 2));
          return r;
        });
        const results = await Promise.all(versions.map((r) => store.putRecord(r)));
        expect(results.filter((r) => r === 'inserted')).toHaveLength(1);
        expect(results.filter((r) => r === 'updated')).toHaveLength(19);
        const stored = await store.getRecord(policeRecord.document.id);
        const winner = versions.find((v) => v.document.contentHash === stored?.document.contentHash);
        expect(stored).toStrictEqual(winner);
        const stats = await store.stats();
        expect(stats.documents).toBe(1);
        expect(stats.agencies).toBe(winner!.entities.agencies.length);
        expect(stats.serviceImpacts).toBe(2);
        expect(stats.dates).toBe(1);
      });
    });

    describeSearchConformance(() => store);
    describeUndatedConformance(() => store);
    describeReportsConformance(() => store);

    describe('close', () => {
      it('is idempotent', async () => {
        await store.close();
        await store.close();
        store = await makeStore();
      });
    });
  });
}
