import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { LagebildRecord } from '@lagebild/schema';
import type { Store } from '@lagebild/store';
import { groupIncidents } from './incidents.js';
import {
  DocumentsPageSchema, GeoJsonSchema, ImpactsPageSchema, IncidentSchema, IncidentsPageSchema, MunicipalityResponseSchema,
  StatusResponseSchema,
} from './schemas.js';
import { createServer } from './server.js';
import { storeDrivers } from './test-support/stores.js';
import { computeStatus } from './status.js';
import { LUENEN, RECORDS, WERNE, impactRows, luenen, makeRecord, sit, spanOf, werne } from './test-support/records.js';

/**
 * Undated releases (issue 14) through every endpoint and format: shown without a publication date
 * ("undatiert" on the dashboard, an empty CSV cell, no key in JSON), never with the clock's date, and
 * never crashing a response.
 */

/** A record without publishedAt, fetched long after it was written. */
function undated(record: LagebildRecord, fetchedAt: string): LagebildRecord {
  const { publishedAt: _dropped, ...document } = record.document;
  return { ...record, document: { ...document, fetchedAt } };
}

/** Undated; its text dates its impact (8 November 2023) and names the provider. */
const werneUndated = undated(makeRecord({
  id: 'stadt-werne-undatiert', sourceId: 'stadt-werne', publishedAt: '2000-01-01T00:00:00+01:00',
  title: 'Werne: Standesamt nach Cyberangriff geschlossen',
  body: 'Das Standesamt in Werne bleibt am 8. November 2023 nach dem Cyberangriff auf die Südwestfalen-IT geschlossen.',
  municipalities: (t) => [werne(t, 'Werne', 1)],
  agencies: (t) => [sit(t, 'Südwestfalen-IT')],
  dates: (t) => [{ span: spanOf(t, '8. November 2023'), value: '2023-11-08', precision: 'day', implied: [] }],
  impacts: (t) => [{
    span: spanOf(t, 'Das Standesamt in Werne bleibt am 8. November 2023 nach dem Cyberangriff auf die Südwestfalen-IT geschlossen'),
    municipality: WERNE, service: 'civil-registry', status: 'outage', asOf: '2023-11-08', confidence: 0.8,
  }],
}), '2026-05-04T09:00:00+02:00');

/** Undated, and no date in its text: its impact has no asOf. */
const luenenUndated = undated(makeRecord({
  id: 'stadt-luenen-undatiert', sourceId: 'stadt-luenen', publishedAt: '2000-01-01T00:00:00+01:00',
  title: 'Lünen: Bürgerbüro telefonisch nicht erreichbar',
  body: 'Das Bürgerbüro in Lünen ist telefonisch nicht erreichbar.',
  municipalities: (t) => [luenen(t, 'Lünen', 1)],
  impacts: (t) => {
    const { asOf: _none, ...impact } = {
      span: spanOf(t, 'Das Bürgerbüro in Lünen ist telefonisch nicht erreichbar'), municipality: LUENEN,
      service: 'citizens-office' as const, status: 'outage' as const, asOf: '', confidence: 0.7,
    };
    return [impact];
  },
}), '2026-05-03T09:00:00+02:00');

const UNDATED = [werneUndated, luenenUndated];
const NOW = () => new Date('2026-05-05T12:00:00+02:00');

describe('analysis of undated releases (pure)', () => {
  it('leaves impacts without asOf out of the status picture and lets a dated statement of the same day win', () => {
    const rows = impactRows([...RECORDS, ...UNDATED]);
    const entries = computeStatus(rows, { asOf: '2026-05-05' });
    expect(entries.find((e) => e.place.ags === LUENEN.ags && e.service === 'citizens-office')).toBeUndefined();
    const werneRegistry = computeStatus(rows, { asOf: '2023-11-10' }).find((e) => e.place.ags === WERNE.ags && e.service === 'civil-registry')!;
    expect(werneRegistry).toMatchObject({ status: 'outage', asOf: '2023-11-08', evidence: { documentId: werneUndated.document.id } });
    expect(werneRegistry.evidence).not.toHaveProperty('publishedAt');
  });

  it('places an undated release in an incident by the latest day its text names, and one without any date in none', () => {
    const incidents = groupIncidents([...RECORDS, ...UNDATED]);
    const withWerne = incidents.find((i) => i.timeline.some((t) => t.documentId === werneUndated.document.id))!;
    const entry = withWerne.timeline.find((t) => t.documentId === werneUndated.document.id)!;
    expect(entry.date).toBe('2023-11-08');
    expect(entry).not.toHaveProperty('publishedAt');
    expect(withWerne.lastSeen < '2026-01-01').toBe(true);
    expect(incidents.some((i) => i.timeline.some((t) => t.documentId === luenenUndated.document.id))).toBe(false);
    // The same incidents, ids included, whatever the order of the input.
    expect(groupIncidents([...UNDATED, ...RECORDS].reverse())).toEqual(incidents);
  });
});

const DRIVERS = storeDrivers('lagebild_api_undated');

describe.each(DRIVERS)('HTTP API with undated releases on %s', (_driver, makeStore) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = makeStore();
    await store.migrate();
    await store.putRecords([...RECORDS, ...UNDATED]);
    app = createServer({ store, now: NOW });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response;
  };

  it('lists undated documents after the dated ones, without publishedAt, in JSON, CSV and NDJSON', async () => {
    const page = DocumentsPageSchema.parse((await get('/documents?limit=100')).json());
    expect(page.total).toBe(RECORDS.length + 2);
    expect(page.items.slice(-2).map((h) => h.documentId)).toEqual([werneUndated.document.id, luenenUndated.document.id]);
    for (const hit of page.items.slice(-2)) expect(hit).not.toHaveProperty('publishedAt');
    expect(page.items.find((h) => h.documentId === luenenUndated.document.id)!.impacts[0]).not.toHaveProperty('asOf');

    const csv = (await get('/documents?limit=100&format=csv')).body.trim().split('\r\n');
    expect(csv[0]!.split(',')[2]).toBe('published_at');
    const undatedLine = csv.find((l) => l.startsWith(`${luenenUndated.document.id},`))!;
    expect(undatedLine.split(',')[2]).toBe('');

    const ndjson = (await get('/documents?limit=100&format=ndjson')).body.trim().split('\n').map((l) => JSON.parse(l) as LagebildRecord);
    expect(ndjson.slice(-2)).toStrictEqual([werneUndated, luenenUndated]);
    expect((await get(`/documents/${luenenUndated.document.id}`)).json()).toStrictEqual(luenenUndated);
  });

  it('finds an undated document by the date its text names, not by when it was fetched', async () => {
    const ids = async (query: string) => DocumentsPageSchema.parse((await get(`/documents?${query}`)).json()).items.map((h) => h.documentId);
    expect(await ids('from=2023-11-08&to=2023-11-08')).toEqual([werneUndated.document.id]);
    expect(await ids('from=2026-01-01')).toEqual([]);
  });

  it('lists impacts without asOf last, with empty CSV cells', async () => {
    const page = ImpactsPageSchema.parse((await get('/impacts?limit=1000')).json());
    const last = page.items.at(-1)!;
    expect(last.documentId).toBe(luenenUndated.document.id);
    expect(last).not.toHaveProperty('asOf');
    expect(last).not.toHaveProperty('publishedAt');
    expect(page.items.find((i) => i.documentId === werneUndated.document.id)).toMatchObject({ asOf: '2023-11-08' });
    const csv = (await get('/impacts?limit=1000&format=csv')).body.trim().split('\r\n');
    const header = csv[0]!.split(',');
    const row = csv.find((l) => l.includes(luenenUndated.document.id))!.split(',');
    expect(row[header.indexOf('as_of')]).toBe('');
    expect(row[header.indexOf('published_at')]).toBe('');
    expect((await get('/impacts?limit=1000&format=ndjson')).body).toContain(luenenUndated.document.id);
  });

  it('keeps an impact without asOf out of today\'s status, in JSON, CSV and GeoJSON', async () => {
    const status = StatusResponseSchema.parse((await get('/status?limit=1000')).json());
    expect(status.asOf).toBe('2026-05-05');
    expect(status.items.some((e) => e.evidence.documentId === luenenUndated.document.id)).toBe(false);
    const werneEntry = status.items.find((e) => e.evidence.documentId === werneUndated.document.id);
    if (werneEntry) expect(werneEntry.evidence).not.toHaveProperty('publishedAt');
    expect((await get('/status?format=csv&limit=1000')).body).not.toContain(luenenUndated.document.id);
    GeoJsonSchema.parse((await get('/status?format=geojson')).json());
    const place = MunicipalityResponseSchema.parse((await get(`/municipalities/${LUENEN.ags}?limit=100`)).json());
    expect(place.documents.items.at(-1)!.documentId).toBe(luenenUndated.document.id);
    expect(place.status.some((e) => e.service === 'citizens-office')).toBe(false);
  });

  it('shows an undated release in an incident timeline with its text date', async () => {
    const incidents = IncidentsPageSchema.parse((await get('/incidents?limit=100')).json());
    for (const summary of incidents.items) {
      const incident = IncidentSchema.parse((await get(`/incidents/${summary.id}`)).json());
      const entry = incident.timeline.find((t) => t.documentId === werneUndated.document.id);
      if (!entry) continue;
      expect(entry).not.toHaveProperty('publishedAt');
      expect(entry.date).toBe('2023-11-08');
      return;
    }
    throw new Error('the undated Werne release is in no incident');
  });
});
