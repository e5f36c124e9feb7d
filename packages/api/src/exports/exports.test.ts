import { describe, expect, it } from 'vitest';
import { gazetteerPlaces } from '../places.js';
import { computeStatus } from '../status.js';
import { parseCsv } from '../test-support/csv.js';
import { RECORDS, impactRows } from '../test-support/records.js';
import { csvField, impactsCsv, statusCsv, toCsv } from './csv.js';
import { statusGeoJson } from './geojson.js';
import { toNdjson } from './ndjson.js';

const entries = computeStatus(impactRows(RECORDS), { asOf: '2023-11-06', places: gazetteerPlaces() });

describe('CSV', () => {
  it('quotes commas, quotes and line breaks and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('writes impacts and status that parse back with the same fields', () => {
    const rows = impactRows(RECORDS);
    const parsed = parseCsv(impactsCsv(rows));
    expect(parsed[0]).toContain('evidence');
    expect(parsed).toHaveLength(rows.length + 1);
    const evidence = parsed[0]!.indexOf('evidence');
    expect(parsed.slice(1).map((r) => r[evidence])).toEqual(rows.map((r) => r.span.text));
    const status = parseCsv(statusCsv(entries, '2023-11-06'));
    const header = status[0]!;
    const werne = status.find((r) => r[header.indexOf('place_ags')] === '05978040' && r[header.indexOf('service')] === 'civil-registry');
    expect(werne?.[header.indexOf('status')]).toBe('outage');
    expect(werne?.[header.indexOf('since')]).toBe('2023-11-02');
  });
});

describe('NDJSON', () => {
  it('writes one JSON value per line, each line ending in \\n', () => {
    const text = toNdjson([{ a: 1 }, { b: 'line\nbreak \u2028' }]);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.split('\n').slice(0, -1);
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l))).toEqual([{ a: 1 }, { b: 'line\nbreak \u2028' }]);
    expect(toNdjson([])).toBe('');
  });
});

describe('GeoJSON (RFC 7946)', () => {
  it('is a FeatureCollection of points, longitude before latitude, with status properties', () => {
    const geo = statusGeoJson(entries, '2023-11-06');
    expect(geo.type).toBe('FeatureCollection');
    expect(geo).not.toHaveProperty('crs');
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry?.type).toBe('Point');
      const [lon, lat] = f.geometry!.coordinates;
      // Germany: longitude 5.8–15.1 east, latitude 47.2–55.1 north; swapped axes would fail here.
      expect(lon).toBeGreaterThan(5.8);
      expect(lon).toBeLessThan(15.1);
      expect(lat).toBeGreaterThan(47.2);
      expect(lat).toBeLessThan(55.1);
      expect(f.id).toBe(f.properties.ags);
    }
    const werne = geo.features.find((f) => f.id === '05978040')!;
    expect(werne.properties).toMatchObject({ name: 'Werne', kind: 'municipality', status: 'outage', asOf: '2023-11-06', outage: 1 });
    expect(werne.properties.services[0]).toMatchObject({ service: 'civil-registry', status: 'outage', since: '2023-11-02' });
    const [west, south, east, north] = geo.bbox!;
    expect(west).toBeLessThanOrEqual(east);
    expect(south).toBeLessThanOrEqual(north);
    for (const f of geo.features) {
      const [lon, lat] = f.geometry!.coordinates;
      expect(lon >= west && lon <= east && lat >= south && lat <= north).toBe(true);
    }
    const later = statusGeoJson(computeStatus(impactRows(RECORDS), { asOf: '2023-11-10', places: gazetteerPlaces() }), '2023-11-10');
    expect(later.features.find((f) => f.id === '05974')?.properties).toMatchObject({ kind: 'district', name: 'Kreis Soest', status: 'outage' });
  });

  it('gives places their outlines with geometry: shape, and keeps points by default', () => {
    expect(statusGeoJson(entries, '2023-11-06', { geometry: 'point' })).toEqual(statusGeoJson(entries, '2023-11-06'));
    const shapes = statusGeoJson(entries, '2023-11-06', { geometry: 'shape' });
    const werne = shapes.features.find((f) => f.id === '05978040')!;
    expect(werne.geometry?.type).toMatch(/^(Polygon|MultiPolygon)$/);
    const rings = werne.geometry!.type === 'Polygon' ? werne.geometry!.coordinates : werne.geometry!.coordinates.flat();
    expect(rings[0]![0]).toEqual(rings[0]![rings[0]!.length - 1]);
    const [lon, lat] = rings[0]![0]!;
    expect(lon).toBeCloseTo(7.63, 0);
    expect(lat).toBeCloseTo(51.66, 0);
    expect(shapes.features.filter((f) => (f.geometry as { type: string } | null)?.type === 'Point')).toEqual([]);
    const unknown = statusGeoJson(computeStatus(impactRows(RECORDS), { asOf: '2023-11-06' }), '2023-11-06', { geometry: 'shape' });
    expect(unknown.features.every((f) => f.geometry === null)).toBe(true);
  });

  it('gives places without coordinates a null geometry and leaves out an empty bbox', () => {
    const unknown = computeStatus(impactRows(RECORDS), { asOf: '2023-11-06' });
    const geo = statusGeoJson(unknown, '2023-11-06');
    expect(geo.features.every((f) => f.geometry === null)).toBe(true);
    expect(geo).not.toHaveProperty('bbox');
    expect(JSON.parse(JSON.stringify(statusGeoJson([], '2023-11-06')))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
