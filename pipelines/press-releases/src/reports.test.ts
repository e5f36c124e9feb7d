import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractJobSchema, StoreBatchJobSchema, StoreJobSchema, type Document } from '@lagebild/schema';
import { createSqliteStore, createThreadedSqliteStore, type Store } from '@lagebild/store';
import { createPressReleaseHandlers } from './handlers.js';

// One report per incident (issue 17) through the stage functions both runners use: extract → (queue
// payload validation) → store, and a second ingest of the same release that must not duplicate reports.
// SQLite here, as the embedded runner stores (also in its thread); the same store calls on PostgreSQL are
// covered by the store's conformance suite and the API tests. The release is written for this test.

const dir = mkdtempSync(join(tmpdir(), 'lagebild-pipeline-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DRIVERS: [string, () => Store][] = [
  ['sqlite', () => createSqliteStore(':memory:')],
  ['sqlite in a thread', () => createThreadedSqliteStore(join(dir, 'thread.db'))],
];

const title = 'Pressebericht der Polizeiinspektion vom 14.03.2024';
const body = 'Pressebericht der Polizeiinspektion vom 14.03.2024:\n'
  + '1. Sachbeschädigung in Werne\nAm Dienstag zerkratzten Unbekannte in Werne einen geparkten Wagen. Die Beamten nahmen eine Anzeige auf und sicherten Spuren. Der Schaden wird auf etwa tausend Euro geschätzt.\n'
  + '2. Diebstahl in Kamen\nAm Mittwoch wurde in Kamen ein Pedelec am Bahnhof gestohlen. Das Rad war mit einem Bügelschloss gesichert. Hinweise nimmt die Polizei entgegen.\n\n'
  + 'Rückfragen bitte an die Pressestelle.';
const document: Document = {
  id: 'pi-test-2024-03-14', sourceId: 'pi-test', url: 'https://pi.example/2024-03-14', title, publishedAt: '2024-03-14T10:00:00+01:00',
  fetchedAt: '2024-03-14T10:05:00+01:00', text: `${title}\n\n${body}`, contentHash: 'hash-pi-test',
};

describe.each(DRIVERS)('reports through the pipeline stages on %s', (_driver, makeStore) => {
  it('extracts the reports, keeps them through the queue payloads, stores them once', async () => {
    const store = makeStore();
    await store.migrate();
    try {
      const handlers = createPressReleaseHandlers({ config: { userAgent: 'lagebild-test', allowHosts: [], sources: [] }, store });
      const job = await handlers.extract(ExtractJobSchema.parse({ document }));
      const reports = job.record.reports ?? [];
      expect(reports.map((r) => r.title)).toEqual(['1. Sachbeschädigung in Werne', '2. Diebstahl in Kamen']);
      expect(reports.map((r) => r.entities.municipalities.map((m) => m.name))).toEqual([['Werne', 'Werne'], ['Kamen', 'Kamen']]);
      // What a BullMQ worker receives after validating the payloads.
      expect(StoreJobSchema.parse(JSON.parse(JSON.stringify(job))).record.reports).toStrictEqual(reports);
      expect(StoreBatchJobSchema.parse({ records: [job.record] }).records[0]!.reports).toStrictEqual(reports);

      await handlers.store(job);
      await handlers.store(job);
      await handlers.storeBatch!([job, job]);
      const page = await store.listReports({ documentId: document.id });
      expect(page.total).toBe(2);
      expect(page.items.map((r) => r.title)).toEqual(['1. Sachbeschädigung in Werne', '2. Diebstahl in Kamen']);
      expect((await store.listReports({ place: 'Kamen' })).items.map((r) => r.index)).toEqual([1]);
      expect((await store.getRecord(document.id))?.reports).toStrictEqual(reports);
    } finally {
      await store.close();
    }
  });
});
