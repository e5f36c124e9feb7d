import { beforeEach, describe, expect, it } from 'vitest';
import {
  FIXTURES, bareRecord, districtRecord, makeRecord, policeRecord, siegenRecord, werneRecord,
} from './conformance-records.js';
import type { ImpactFilter, QueryFilter, Store } from './store.js';

/**
 * Conformance cases for full-text search, pagination, records by ids and impact listing. Called
 * from {@link runStoreConformance} with a getter for the store of the current test.
 */
export function describeSearchConformance(current: () => Store): void {
  const ids = async (filter: QueryFilter) => (await current().query(filter)).map((h) => h.documentId);
  const impactKeys = async (filter: ImpactFilter) =>
    (await current().listImpacts(filter)).items.map((i) => `${i.documentId}#${i.ord}`);
  const [werne, police, district, siegen, bare] = [werneRecord, policeRecord, districtRecord, siegenRecord, bareRecord]
    .map((r) => r.document.id) as [string, string, string, string, string];

  /** Strings that would change a query if they reached SQL, LIKE, FTS5 or tsquery syntax unescaped. */
  const HOSTILE = [
    "' OR '1'='1", "'; DROP TABLE documents; --", '" OR 1=1 --', ') OR (1=1', '%', '_', '\\', '*', '"', 'NEAR(a b)',
    'zzz:* | werne', "x' UNION SELECT record_json FROM documents --", '\u0000', '!(&|)', "'' || ''",
  ];

  describe('full-text search, pagination, records by ids, impacts', () => {
    beforeEach(async () => {
      for (const r of FIXTURES) await current().putRecord(r);
    });

    it('finds words in title and text, case-insensitively, ANDed', async () => {
      expect(await ids({ search: 'Standesamt' })).toEqual([werne]);
      expect(await ids({ search: 'standesamt WERNE' })).toEqual([werne]);
      expect(await ids({ search: 'LÜNEN' })).toEqual([police]);
      expect(await ids({ search: 'Zulassungsstelle' })).toEqual([district]);
      expect(await ids({ search: 'Sommerfest' })).toEqual([bare]);
      expect(await ids({ search: 'standesamt lünen' })).toEqual([]);
      expect(await ids({ search: 'Feuerwehr' })).toEqual([]);
    });

    it('supports OR, phrases and explicit prefixes', async () => {
      expect(await ids({ search: 'Zulassungsstelle OR Bürgerbüro' })).toEqual([siegen, district]);
      expect(await ids({ search: 'standesamt werne OR terminvergabe' })).toEqual([police, werne]);
      expect(await ids({ search: '"Polizei Dortmund"' })).toEqual([police]);
      expect(await ids({ search: '"Dortmund Polizei"' })).toEqual([]);
      expect(await ids({ search: 'Ermittl*' })).toEqual([police]);
      expect(await ids({ search: 'Zulassungsst*' })).toEqual([district]);
    });

    it('treats every other character as a separator, never as syntax', async () => {
      expect(await ids({ search: '^Standesamt:' })).toEqual([werne]);
      expect(await ids({ search: 'Verwaltungs-IT' })).toEqual([police]);
      for (const hostile of HOSTILE) {
        expect(await ids({ search: hostile }), hostile).toEqual([]);
      }
      expect(await ids({ search: '' })).toEqual([]);
      expect((await current().stats()).documents).toBe(FIXTURES.length);
    });

    it('combines search with the other filters and follows updates', async () => {
      expect(await ids({ search: 'angriff*', district: 'Unna' })).toEqual([police]);
      expect(await ids({ search: 'angriff*', sourceId: 'stadt-werne' })).toEqual([]);
      const changed = structuredClone(werneRecord);
      changed.document.contentHash = 'hash-werne-search';
      changed.document.title = 'Trauzimmer wieder offen';
      changed.document.text = `${changed.document.title}\n\nDas Trauzimmer ist wieder geöffnet.`;
      changed.entities = { dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] };
      await current().putRecord(changed);
      expect(await ids({ search: 'Standesamt' })).toEqual([]);
      expect(await ids({ search: 'Trauzimmer' })).toEqual([werne]);
      const fresh = makeRecord({
        id: 'fts-new', sourceId: 'stadt-werne', publishedAt: '2023-06-02T12:00:00+02:00',
        title: 'Bücherei', body: 'Die Stadtbücherei öffnet länger.',
      });
      await current().putRecord(fresh);
      expect(await ids({ search: 'Stadtbücherei' })).toEqual(['fts-new']);
    });

    it('filters by agency kind', async () => {
      expect(await ids({ agencyKind: 'prosecutor' })).toEqual([police]);
      expect(await ids({ agencyKind: 'federal-agency' })).toEqual([district]);
      expect(await ids({ agencyKind: 'it-provider' })).toEqual([]);
    });

    it('pages with offset and counts without limit or offset', async () => {
      const order = [siegen, district, police, werne, bare];
      expect(await ids({ limit: 2, offset: 0 })).toEqual(order.slice(0, 2));
      expect(await ids({ limit: 2, offset: 2 })).toEqual(order.slice(2, 4));
      expect(await ids({ limit: 2, offset: 4 })).toEqual(order.slice(4));
      expect(await ids({ offset: 10 })).toEqual([]);
      expect(await current().countDocuments({})).toBe(5);
      expect(await current().countDocuments({ limit: 1, offset: 3 })).toBe(5);
      expect(await current().countDocuments({ district: 'Unna' })).toBe(2);
      expect(await current().countDocuments({ search: 'standesamt' })).toBe(1);
      expect(await current().countDocuments({ search: "'; --" })).toBe(0);
      await expect(current().query({ offset: Number.NaN })).rejects.toThrow(/offset/);
    });

    it('returns records by ids in the order asked, leaving unknown ids out', async () => {
      expect(await current().getRecords([district, 'missing', werne])).toStrictEqual([districtRecord, werneRecord]);
      expect(await current().getRecords([])).toStrictEqual([]);
      expect(await current().getRecords(["' OR 1=1 --"])).toStrictEqual([]);
      const many = await current().getRecords([...FIXTURES.map((r) => r.document.id), werne]);
      expect(many.map((r) => r.document.id)).toEqual([...FIXTURES.map((r) => r.document.id), werne]);
    });

    it('lists impacts with their documents, newest first, paged, with a total', async () => {
      const page = await current().listImpacts();
      expect(page.total).toBe(5);
      expect(page.items.map((i) => `${i.documentId}#${i.ord}`)).toEqual([
        `${siegen}#0`, `${district}#0`, `${police}#1`, `${police}#0`, `${werne}#0`,
      ]);
      expect(page.items.find((i) => i.documentId === police && i.ord === 0)).toStrictEqual({
        documentId: police, ord: 0, sourceId: 'polizei-dortmund', url: policeRecord.document.url,
        title: policeRecord.document.title, publishedAt: '2023-11-02T14:30:00+01:00',
        place: { kind: 'municipality', ags: '05978024', name: 'Lünen' }, districtAgs: '05978',
        service: 'website', status: 'outage', asOf: '2023-11-02T14:30:00+01:00', since: '2023-10-30', confidence: 0.8,
        span: policeRecord.entities.serviceImpacts[0]!.span,
      });
      expect(page.items[0]).toMatchObject({ since: '2024-01-11', until: '2024-01-21' });
      expect(page.items[1]).toMatchObject({ place: { kind: 'district', ags: '05962', name: 'Märkischer Kreis' }, districtAgs: '05962' });
      expect(await impactKeys({ order: 'oldest' })).toEqual([
        `${werne}#0`, `${police}#0`, `${police}#1`, `${district}#0`, `${siegen}#0`,
      ]);
      const second = await current().listImpacts({ limit: 2, offset: 2 });
      expect(second.total).toBe(5);
      expect(second.items.map((i) => `${i.documentId}#${i.ord}`)).toEqual([`${police}#1`, `${police}#0`]);
      expect((await current().listImpacts({ limit: 0 })).items).toEqual([]);
    });

    it('filters impacts by place, district, state, service, status, dates, source and document', async () => {
      expect(await impactKeys({ municipality: '05978024' })).toEqual([`${police}#1`, `${police}#0`]);
      expect(await impactKeys({ district: '05978' })).toEqual([`${police}#1`, `${police}#0`, `${werne}#0`]);
      expect(await impactKeys({ district: '05962' })).toEqual([`${district}#0`]);
      expect(await impactKeys({ place: '05962' })).toEqual([`${district}#0`]);
      expect(await impactKeys({ place: '05962', placeKind: 'municipality' })).toEqual([]);
      expect(await impactKeys({ placeKind: 'district' })).toEqual([`${district}#0`]);
      expect((await current().listImpacts({ state: 'NW' })).total).toBe(5);
      expect((await current().listImpacts({ state: '05' })).total).toBe(5);
      expect((await current().listImpacts({ state: 'BY' })).total).toBe(0);
      expect((await current().listImpacts({ state: 'XX' })).total).toBe(0);
      expect(await impactKeys({ service: 'website' })).toEqual([`${police}#0`]);
      expect(await impactKeys({ service: ['website', 'civil-registry'] })).toEqual([`${police}#0`, `${werne}#0`]);
      expect(await impactKeys({ status: 'outage' })).toEqual([`${police}#0`, `${werne}#0`]);
      expect(await impactKeys({ status: ['restored', 'degraded'] })).toEqual([`${siegen}#0`, `${district}#0`]);
      expect(await impactKeys({ status: [] })).toEqual([]);
      expect(await impactKeys({ from: '2023-11-02', to: '2023-12-14' })).toEqual([`${district}#0`, `${police}#1`, `${police}#0`]);
      expect(await impactKeys({ to: '2023-10-31' })).toEqual([`${werne}#0`]);
      expect(await impactKeys({ sourceId: 'stadt-siegen' })).toEqual([`${siegen}#0`]);
      expect(await impactKeys({ documentId: werne })).toEqual([`${werne}#0`]);
      await expect(current().listImpacts({ from: '31.10.2023' })).rejects.toThrow(/YYYY-MM-DD/);
    });

    it('treats hostile strings in every impact filter as plain values', async () => {
      for (const hostile of HOSTILE) {
        for (const key of ['municipality', 'district', 'state', 'place', 'sourceId', 'documentId'] as const) {
          const page = await current().listImpacts({ [key]: hostile });
          expect(page, `${key}=${hostile}`).toEqual({ total: 0, items: [] });
        }
        expect(await ids({ municipality: hostile })).toEqual([]);
        expect(await ids({ district: hostile })).toEqual([]);
        expect(await ids({ agency: hostile })).toEqual([]);
        expect(await ids({ sourceId: hostile })).toEqual([]);
      }
      expect((await current().stats()).serviceImpacts).toBe(5);
    });
  });
}
