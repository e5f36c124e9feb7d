import { describe, expect, it } from 'vitest';
import type { ImpactRow } from '@lagebild/store';
import { gazetteerPlaces } from './places.js';
import { computeStatus, summarizePlaces } from './status.js';
import { RECORDS, founding, impactRows, luenenOct30, werneNov02 } from './test-support/records.js';

const rows = impactRows(RECORDS);
const places = gazetteerPlaces();
const pick = (entries: ReturnType<typeof computeStatus>, ags: string, service: string) =>
  entries.find((e) => e.place.ags === ags && e.service === service);

describe('status as of a date', () => {
  it('shows the founding case as of 2023-11-06', () => {
    const entries = computeStatus(rows, { asOf: '2023-11-06', places });
    const registry = pick(entries, '05978040', 'civil-registry');
    expect(registry).toMatchObject({
      place: { kind: 'municipality', ags: '05978040', name: 'Werne', district: { ags: '05978' }, state: 'NW' },
      status: 'outage', since: '2023-11-02', asOf: '2023-11-06', statements: 2,
      evidence: {
        documentId: founding.document.id, sourceId: 'stadt-luenen', url: founding.document.url,
        text: 'In Werne bleibt das Standesamt ohne Software',
      },
    });
    // The later sentence of the same release wins: the emergency website makes it degraded.
    expect(pick(entries, '05978024', 'website')).toMatchObject({
      status: 'degraded', since: '2023-11-06', statements: 1, evidence: { text: 'heute ging eine Notfall-Website online' },
    });
    expect(pick(entries, '05978024', 'appointments')).toMatchObject({ status: 'operational', since: '2023-10-30', statements: 2 });
    expect(typeof registry?.place.lat).toBe('number');
  });

  it('ignores statements after the date and keeps the run since the first statement', () => {
    const entries = computeStatus(rows, { asOf: '2023-11-05', places });
    expect(pick(entries, '05978024', 'website')).toMatchObject({
      status: 'outage', since: '2023-10-30', asOf: '2023-10-30', evidence: { documentId: luenenOct30.document.id },
    });
    expect(pick(entries, '05978040', 'civil-registry')).toMatchObject({
      status: 'outage', since: '2023-11-02', statements: 1, evidence: { documentId: werneNov02.document.id },
    });
    expect(computeStatus(rows, { asOf: '2023-10-01', places })).toEqual([]);
  });

  it('starts a new run when the status changes, using the statement\'s own since', () => {
    const later = computeStatus(rows, { asOf: '2023-11-20', places });
    expect(pick(later, '05978040', 'civil-registry')).toMatchObject({ status: 'restored', since: '2023-11-15', asOf: '2023-11-16', statements: 1 });
  });

  it('includes district-level places and sorts by place name, then service order', () => {
    const entries = computeStatus(rows, { asOf: '2023-11-10', places });
    expect(pick(entries, '05974', 'vehicle-registration')).toMatchObject({ place: { kind: 'district', name: 'Kreis Soest' }, status: 'outage' });
    expect(entries.map((e) => `${e.place.name}/${e.service}`)).toEqual([
      'Kreis Soest/vehicle-registration', 'Lippstadt/vehicle-registration', 'Lünen/website', 'Lünen/appointments',
      'Werne/civil-registry',
    ]);
  });

  it('orders same-day statements by publication, then by position in the text', () => {
    const base = impactRows([founding]).filter((r) => r.service === 'website');
    const swapped: ImpactRow[] = base.map((r, i) => ({ ...r, span: { ...r.span, start: 100 - i } }));
    expect(pick(computeStatus(swapped, { asOf: '2023-11-06' }), '05978024', 'website')?.status).toBe('outage');
    const dateTime: ImpactRow[] = [
      { ...base[1]!, asOf: '2023-11-06T09:00:00+01:00', publishedAt: '2023-11-06T18:00:00+01:00' },
      { ...base[0]!, asOf: '2023-11-06', publishedAt: '2023-11-06T12:00:00+01:00' },
    ];
    expect(pick(computeStatus(dateTime, { asOf: '2023-11-06' }), '05978024', 'website')?.status).toBe('degraded');
  });

  it('works without a gazetteer, skips impacts without place and rejects bad dates', () => {
    const [first] = impactRows([werneNov02]);
    const unplaced: ImpactRow = { ...first!, place: undefined as never };
    delete (unplaced as Partial<ImpactRow>).place;
    const entries = computeStatus([first!, unplaced], { asOf: '2023-11-02' });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.place).toEqual({ kind: 'municipality', ags: '05978040', name: 'Werne', district: { ags: '05978', name: '05978' } });
    expect(() => computeStatus(rows, { asOf: '6.11.2023' })).toThrow(RangeError);
  });

  it('summarizes places by their worst status', () => {
    const summary = summarizePlaces(computeStatus(rows, { asOf: '2023-11-06', places }));
    const luenen = summary.find((s) => s.place.ags === '05978024');
    expect(luenen).toMatchObject({ worst: 'degraded', counts: { outage: 0, degraded: 1, restored: 0, operational: 1 } });
    expect(summary.find((s) => s.place.ags === '05978040')?.worst).toBe('outage');
  });
});
