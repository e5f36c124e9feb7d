import { beforeEach, describe, expect, it } from 'vitest';
import type { LagebildRecord } from '@lagebild/schema';
import {
  FIXTURES, UNDATED, bareRecord, districtRecord, policeRecord, siegenRecord, undatedBareRecord, undatedRecord, werneRecord,
} from './conformance-records.js';
import type { ImpactFilter, QueryFilter, Store } from './store.js';

/**
 * Conformance cases for undated documents (no `publishedAt`) and impacts without `asOf` (issue 14):
 * stored with NULL, read back with the keys absent, ordered after every dated one, and matched by a
 * date range only through what their text dates. The fetch time never stands in for a date. Called from
 * {@link runStoreConformance} with a getter for the store of the current test.
 */
export function describeUndatedConformance(current: () => Store): void {
  const ids = async (filter: QueryFilter) => (await current().query(filter)).map((h) => h.documentId);
  const impactKeys = async (filter: ImpactFilter) =>
    (await current().listImpacts(filter)).items.map((i) => `${i.documentId}#${i.ord}`);
  const [werne, police, district, siegen, bare, undated, undatedBare] = [
    werneRecord, policeRecord, districtRecord, siegenRecord, bareRecord, undatedRecord, undatedBareRecord,
  ].map((r) => r.document.id) as [string, string, string, string, string, string, string];
  const putAll = async (records: readonly LagebildRecord[]) => {
    for (const r of records) await current().putRecord(r);
  };

  describe('undated documents and impacts without asOf', () => {
    it('stores them and reads them back with publishedAt and asOf absent, not null or empty', async () => {
      expect(await current().putRecords(UNDATED)).toEqual(['inserted', 'inserted']);
      expect(await current().putRecord(undatedRecord)).toBe('unchanged');
      const back = await current().getRecord(undated);
      expect(back).toStrictEqual(undatedRecord);
      expect('publishedAt' in back!.document).toBe(false);
      const bareBack = await current().getRecord(undatedBare);
      expect(bareBack).toStrictEqual(undatedBareRecord);
      expect('asOf' in bareBack!.entities.serviceImpacts[0]!).toBe(false);
      expect(await current().getRecords([undatedBare, undated])).toStrictEqual([undatedBareRecord, undatedRecord]);

      const hits = await current().query({});
      for (const hit of hits) expect('publishedAt' in hit).toBe(false);
      expect(hits.find((h) => h.documentId === undatedBare)!.impacts).toStrictEqual([{
        place: { ags: '05978004', name: 'Bergkamen' }, service: 'civil-registry', status: 'outage',
        evidence: undatedBareRecord.entities.serviceImpacts[0]!.span.text,
      }]);
      const [impact] = (await current().listImpacts({ documentId: undatedBare })).items;
      expect(impact).toStrictEqual({
        documentId: undatedBare, ord: 0, sourceId: 'stadt-kamen', url: undatedBareRecord.document.url,
        title: 'Standesamt Bergkamen', place: { kind: 'municipality', ags: '05978004', name: 'Bergkamen' }, districtAgs: '05978',
        service: 'civil-registry', status: 'outage', confidence: 0.7, span: undatedBareRecord.entities.serviceImpacts[0]!.span,
      });
      expect((await current().listImpacts({ documentId: undated })).items[0]).toMatchObject({ asOf: '2023-11-06' });
      expect((await current().listImpacts({ documentId: undated })).items[0]).not.toHaveProperty('publishedAt');
      const stats = await current().stats();
      expect({ documents: stats.documents, serviceImpacts: stats.serviceImpacts, dates: stats.dates })
        .toEqual({ documents: 2, serviceImpacts: 2, dates: 1 });
    });

    it('rejects an empty publishedAt or asOf instead of storing it', async () => {
      const empty = structuredClone(undatedRecord) as unknown as { document: { publishedAt?: string } };
      empty.document.publishedAt = '';
      await expect(current().putRecord(empty as unknown as LagebildRecord)).rejects.toThrow();
      const emptyAsOf = structuredClone(undatedBareRecord) as unknown as { entities: { serviceImpacts: { asOf?: string }[] } };
      emptyAsOf.entities.serviceImpacts[0]!.asOf = '';
      await expect(current().putRecord(emptyAsOf as unknown as LagebildRecord)).rejects.toThrow();
      expect((await current().stats()).documents).toBe(0);
    });

    describe('among dated documents', () => {
      beforeEach(async () => {
        await putAll([...UNDATED, ...FIXTURES]);
      });

      it('sorts undated documents after every dated one, most recently fetched first, in every page', async () => {
        const order = [siegen, district, police, werne, bare, undated, undatedBare];
        expect(await ids({})).toEqual(order);
        const paged: string[] = [];
        for (let offset = 0; offset < order.length; offset += 2) paged.push(...await ids({ limit: 2, offset }));
        expect(paged).toEqual(order);
        expect(await current().countDocuments({})).toBe(7);
        expect(await ids({ sourceId: 'stadt-kamen' })).toEqual([undated, undatedBare]);
      });

      it('lists impacts without asOf after every dated one, newest and oldest first alike', async () => {
        expect(await impactKeys({})).toEqual([
          `${siegen}#0`, `${district}#0`, `${undated}#0`, `${police}#1`, `${police}#0`, `${werne}#0`, `${undatedBare}#0`,
        ]);
        expect(await impactKeys({ order: 'oldest' })).toEqual([
          `${werne}#0`, `${police}#0`, `${police}#1`, `${undated}#0`, `${district}#0`, `${siegen}#0`, `${undatedBare}#0`,
        ]);
        const page = await current().listImpacts({ limit: 2, offset: 6 });
        expect(page.total).toBe(7);
        expect(page.items.map((i) => i.documentId)).toEqual([undatedBare]);
      });

      it('matches undated documents by date range only through their date mentions and impacts, never their fetch time', async () => {
        expect(await ids({ from: '2023-11-06', to: '2023-11-06' })).toEqual([undated]);
        expect(await current().countDocuments({ from: '2023-11-06', to: '2023-11-06' })).toBe(1);
        // Both undated documents were fetched in March 2026.
        expect(await ids({ from: '2026-01-01' })).toEqual([]);
        expect(await ids({ to: '2023-11-06', municipality: 'Bergkamen' })).toEqual([]);
        expect(await ids({ municipality: 'Bergkamen' })).toEqual([undatedBare]);
        expect(await impactKeys({ from: '2023-11-06', to: '2023-11-06' })).toEqual([`${undated}#0`]);
        expect(await impactKeys({ from: '2000-01-01' })).not.toContain(`${undatedBare}#0`);
        expect(await impactKeys({ municipality: '05978004' })).toEqual([`${undatedBare}#0`]);
      });
    });

    it('follows a document that gets a publication date on update, and loses it again', async () => {
      await current().putRecord(undatedRecord);
      const dated = structuredClone(undatedRecord);
      dated.document.publishedAt = '2023-11-05T10:00:00+01:00';
      dated.document.contentHash = 'hash-undated-v2';
      expect(await current().putRecord(dated)).toBe('updated');
      expect(await current().getRecord(undated)).toStrictEqual(dated);
      expect(await ids({ from: '2023-11-05', to: '2023-11-05' })).toEqual([undated]);
      expect((await current().query({}))[0]!.publishedAt).toBe('2023-11-05T10:00:00+01:00');
      const again = structuredClone(undatedRecord);
      again.document.contentHash = 'hash-undated-v3';
      expect(await current().putRecord(again)).toBe('updated');
      expect(await current().getRecord(undated)).toStrictEqual(again);
      expect(await ids({ from: '2023-11-05', to: '2023-11-05' })).toEqual([]);
    });
  });
}
