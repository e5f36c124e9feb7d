import { describe, expect, it } from 'vitest';
import type { Entities, LagebildRecord, Municipality, Report } from '@lagebild/schema';
import { makeRecord, policeRecord, spanOf, werneRecord } from './conformance-records.js';
import type { Store } from './store.js';

/**
 * Conformance cases for reports (issue 17, one report per incident): kept under their release, replaced
 * when the release is stored again, listed one per report with the mentions inside each, a release
 * without reports listed as one report. Called from {@link runStoreConformance} with a getter for the
 * store of the current test. Texts invented for this project.
 */

const UNNA = { ags: '05978', name: 'Unna' };
const place = (t: string, name: string, ags: string, nth = 0): Municipality => ({
  span: spanOf(t, name, nth), ags, name, district: UNNA, state: 'NW', lat: 51.6, lon: 7.6, confidence: 0.9,
});

/** Entities of `all` inside [start, end]. */
function inside(all: Entities, start: number, end: number): Entities {
  const pick = <T extends { span: { start: number; end: number } }>(xs: readonly T[]) => xs.filter((x) => x.span.start >= start && x.span.end <= end);
  return {
    dates: pick(all.dates), municipalities: pick(all.municipalities), districts: pick(all.districts), agencies: pick(all.agencies),
    serviceImpacts: pick(all.serviceImpacts), contacts: pick(all.contacts),
  };
}

/** A bundled police release: two incidents under numbered headings, in Werne and in Kamen. */
export function bundledRecord(id = 'pi-bundle-2023-11-02', hash?: string, secondTitle = '2. Diebstahl in Kamen'): LagebildRecord {
  const record = makeRecord({
    id, sourceId: 'polizei-unna', publishedAt: '2023-11-02T10:00:00+01:00', title: 'Pressebericht der Polizei vom 02.11.2023',
    hash: hash ?? `hash-${id}`, version: '0.4.0',
    body: `1. Sachbeschädigung in Werne\nAm 1. November zerkratzten Unbekannte in Werne ein Auto. Die Polizei sucht Zeugen für die Tat am Abend.\n`
      + `${secondTitle}\nAm 30. Oktober wurde in Kamen ein Fahrrad gestohlen. Das Rad war am Bahnhof angeschlossen.\n\nRückfragen bitte an die Pressestelle.`,
    municipalities: (t) => [place(t, 'Werne', '05978040', 0), place(t, 'Werne', '05978040', 1), place(t, 'Kamen', '05978016', 0), place(t, 'Kamen', '05978016', 1)],
    dates: (t) => [
      { span: spanOf(t, '1. November'), value: '2023-11-01', precision: 'day', implied: ['year'] },
      { span: spanOf(t, '30. Oktober'), value: '2023-10-30', precision: 'day', implied: ['year'] },
    ],
  });
  const t = record.document.text;
  const first = t.indexOf('1. Sach');
  const second = t.indexOf(secondTitle);
  const firstEnd = t.lastIndexOf('.', second) + 1;
  const secondEnd = t.indexOf('angeschlossen.') + 'angeschlossen.'.length;
  const reports: Report[] = [
    { index: 0, span: { start: first, end: firstEnd, text: t.slice(first, firstEnd) }, title: '1. Sachbeschädigung in Werne', entities: inside(record.entities, first, firstEnd) },
    { index: 1, span: { start: second, end: secondEnd, text: t.slice(second, secondEnd) }, title: secondTitle, entities: inside(record.entities, second, secondEnd) },
  ];
  return { ...record, reports };
}

export function describeReportsConformance(current: () => Store): void {
  describe('reports (one per incident)', () => {
    it('stores a release with its reports and reads it back exactly', async () => {
      const bundled = bundledRecord();
      expect(await current().putRecord(bundled)).toBe('inserted');
      expect(await current().getRecord(bundled.document.id)).toStrictEqual(bundled);
      expect(await current().getRecords([bundled.document.id])).toStrictEqual([bundled]);
    });

    it('lists each report with the mentions inside it, and a release without reports as one report', async () => {
      const bundled = bundledRecord();
      await current().putRecords([bundled, werneRecord]);
      const page = await current().listReports({});
      expect(page.total).toBe(3);
      // Newest publication first: the bundle (2 Nov) before Werne (31 Oct); reports in order.
      expect(page.items.map((r) => [r.documentId, r.index, r.whole, r.title])).toEqual([
        [bundled.document.id, 0, false, '1. Sachbeschädigung in Werne'],
        [bundled.document.id, 1, false, '2. Diebstahl in Kamen'],
        [werneRecord.document.id, 0, true, werneRecord.document.title],
      ]);
      const [first, second, whole] = page.items;
      expect(first!.entities.municipalities.map((m) => m.name)).toEqual(['Werne', 'Werne']);
      expect(second!.entities.dates.map((d) => d.value)).toEqual(['2023-10-30']);
      expect(second!.span).toStrictEqual(bundled.reports![1]!.span);
      expect(second!.publishedAt).toBe('2023-11-02T10:00:00+01:00');
      expect(whole!.span).toStrictEqual({ start: 0, end: werneRecord.document.text.length, text: werneRecord.document.text });
      expect(whole!.entities).toStrictEqual(werneRecord.entities);
    });

    it('filters by place, date and text on the report’s own mentions and text', async () => {
      const bundled = bundledRecord();
      await current().putRecords([bundled, werneRecord, policeRecord]);
      const keys = async (filter: Parameters<Store['listReports']>[0]) =>
        (await current().listReports(filter)).items.map((r) => `${r.documentId}#${r.index}`);
      const b = bundled.document.id;
      // Kamen is mentioned only in the second report.
      expect(await keys({ place: '05978016' })).toEqual([`${b}#1`]);
      expect(await keys({ place: 'kamen' })).toEqual([`${b}#1`]);
      expect(await keys({ place: 'Werne', documentId: b })).toEqual([`${b}#0`]);
      // District AGS: both reports of the bundle (their places lie in Kreis Unna) and Werne's release.
      expect(await keys({ place: '05978', sourceId: 'polizei-unna' })).toEqual([`${b}#0`, `${b}#1`]);
      // Dates: 30 Oct is only in the second report; the publication date (2 Nov) matches both.
      expect(await keys({ from: '2023-10-30', to: '2023-10-30', documentId: b })).toEqual([`${b}#1`]);
      expect(await keys({ from: '2023-11-02', to: '2023-11-02', documentId: b })).toEqual([`${b}#0`, `${b}#1`]);
      // Text inside one report only; a whole release searched in its title and text.
      expect(await keys({ text: 'FAHRRAD' })).toEqual([`${b}#1`]);
      expect(await keys({ text: 'zerkratzten', documentId: b })).toEqual([`${b}#0`]);
      expect(await keys({ text: 'Rückfragen bitte an die Pressestelle', documentId: b })).toEqual([]);
      expect(await keys({ text: 'Standesamt Werne', documentId: werneRecord.document.id })).toEqual([`${werneRecord.document.id}#0`]);
      // Paging.
      expect((await current().listReports({})).total).toBe(4);
      const page = await current().listReports({ documentId: b, limit: 1, offset: 1 });
      expect(page.total).toBe(2);
      expect(page.items.map((r) => `${r.documentId}#${r.index}`)).toEqual([`${b}#1`]);
      await expect(current().listReports({ from: '2.11.2023' })).rejects.toThrow(RangeError);
    });

    it('replaces a release’s reports when it is stored again, never duplicating them', async () => {
      const bundled = bundledRecord();
      await current().putRecord(bundled);
      expect(await current().putRecord(bundled)).toBe('unchanged');
      const changed = bundledRecord(bundled.document.id, 'hash-changed', '2. Einbruch in Kamen');
      expect(await current().putRecords([changed])).toEqual(['updated']);
      const page = await current().listReports({ documentId: bundled.document.id });
      expect(page.items.map((r) => r.title)).toEqual(['1. Sachbeschädigung in Werne', '2. Einbruch in Kamen']);
      // Stored again without reports (a single incident now): one whole-release report.
      const single: LagebildRecord = { ...structuredClone(changed), document: { ...changed.document, contentHash: 'hash-single' }, reports: [] };
      await current().putRecord(single);
      const after = await current().listReports({ documentId: bundled.document.id });
      expect(after.items.map((r) => [r.index, r.whole])).toEqual([[0, true]]);
      expect(await current().getRecord(bundled.document.id)).toStrictEqual(single);
    });

    it('keeps a text with characters beyond the BMP searchable per report', async () => {
      const bundled = bundledRecord('pi-emoji', undefined);
      const text = bundled.document.text;
      // An astral character in the title and before the second report shifts code points against UTF-16 offsets.
      const shifted = makeRecord({ id: 'pi-emoji', sourceId: 'polizei-unna', publishedAt: '2023-11-02T10:00:00+01:00', title: '🚓 Bericht', body: text.slice(text.indexOf('\n\n') + 2).replace('Die Polizei', '🚨 Die Polizei'), version: '0.4.0' });
      const t = shifted.document.text;
      const s = t.indexOf('2. Diebstahl');
      const e = t.indexOf('angeschlossen.') + 'angeschlossen.'.length;
      const record: LagebildRecord = { ...shifted, reports: [
        { index: 0, span: { start: t.indexOf('1. Sach'), end: s - 1, text: t.slice(t.indexOf('1. Sach'), s - 1) }, title: '1. Sachbeschädigung in Werne', entities: inside(shifted.entities, 0, 0) },
        { index: 1, span: { start: s, end: e, text: t.slice(s, e) }, title: '2. Diebstahl in Kamen', entities: inside(shifted.entities, 0, 0) },
      ] };
      await current().putRecord(record);
      const keys = async (q: string) => (await current().listReports({ text: q })).items.map((r) => r.index);
      expect(await keys('2. diebstahl in kamen')).toEqual([1]);
      expect(await keys('angeschlossen.')).toEqual([1]);
      expect(await keys('🚨 die polizei')).toEqual([0]);
    });
  });
}
