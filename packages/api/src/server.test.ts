import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { RecordSchema } from '@lagebild/schema';
import { createSqliteStore, type Store } from '@lagebild/store';
import { incidentId } from './incidents.js';
import {
  AgencyResponseSchema, BasemapResponseSchema, DistrictResponseSchema, DocumentsPageSchema, GeoJsonSchema, ImpactsPageSchema,
  IncidentSchema, IncidentsPageSchema, MunicipalityResponseSchema, ProblemSchema, StatusResponseSchema,
} from './schemas.js';
import { createServer } from './server.js';
import { storeDrivers } from './test-support/stores.js';
import { RECORDS, founding, luenenOct30, werneNov02, werneNov16 } from './test-support/records.js';

const DRIVERS = storeDrivers('lagebild_api');

/**
 * Strings that would change a query if they reached SQL, LIKE, FTS5 or tsquery syntax. None holds a
 * word of the test data, so a value that is taken literally finds nothing.
 */
const HOSTILE = [
  "' OR '1'='1", "' OR 1=1 --", '1; DROP TABLE documents; --', "admin'--", '") OR ("a"="a', "%' OR 1=1 --",
  "' UNION SELECT record_json FROM documents --", '%', '_', '*', '\\', '"', "'", 'zzz:* | a', '!(&|)', 'NEAR(a b)',
  '1) OR (1=1', '\u0000', '$1', "';SELECT pg_sleep(1);--", '0x27', '%00', '../../etc/passwd',
];

/** Query parameters of each list endpoint, with a valid companion so the rest of the query is sane. */
const PARAMS: Record<string, string[]> = {
  '/documents': ['q', 'municipality', 'district', 'agency', 'agencyKind', 'service', 'status', 'from', 'to', 'source', 'limit', 'offset', 'format', 'unit'],
  '/reports': ['place', 'from', 'to', 'q', 'source', 'document', 'limit', 'offset', 'format'],
  '/impacts': ['municipality', 'district', 'state', 'place', 'placeKind', 'service', 'status', 'from', 'to', 'source', 'document', 'order', 'limit', 'offset', 'format'],
  '/status': ['asOf', 'municipality', 'district', 'state', 'service', 'status', 'limit', 'offset', 'format', 'geometry'],
  '/incidents': ['from', 'to', 'place', 'limit', 'offset', 'format'],
  '/municipalities/05978040': ['asOf', 'limit', 'offset'],
  '/districts/05978': ['asOf', 'limit', 'offset'],
  '/agencies/suedwestfalen-it': ['limit', 'offset'],
  '/basemap': ['state'],
  '/shapes/districts': [],
  '/shapes/municipalities': ['district'],
  '/openapi.json': [],
  '/metrics': [],
  '/healthz': [],
};
const PATH_TEMPLATES = ['/documents/', '/incidents/', '/municipalities/', '/districts/', '/agencies/'];

/** Whether a 200 answer holds nothing. */
function isEmpty(body: string, contentType: string): boolean {
  if (contentType.startsWith('text/csv')) return body.trim().split('\r\n').length === 1;
  if (contentType.startsWith('application/x-ndjson')) return body === '';
  const json = JSON.parse(body) as { total?: number; items?: unknown[]; features?: unknown[]; documents?: { total: number } };
  if (Array.isArray(json.features)) return json.features.length === 0;
  if (json.documents) return json.documents.total === 0;
  return json.total === 0 && (json.items ?? []).length === 0;
}

const NOW = () => new Date('2023-11-06T18:00:00+01:00');

describe.each(DRIVERS)('HTTP API on %s', (_driver, makeStore) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = makeStore();
    await store.migrate();
    for (const r of RECORDS) await store.putRecord(r);
    await store.quarantine({ sourceId: 'stadt-werne', stage: 'article', url: 'https://stadt-werne.example/x', reason: 'HTTP 500', at: '2023-11-06T10:00:00+01:00' });
    await store.quarantine({ sourceId: 'stadt-werne', stage: 'extract', url: 'https://stadt-werne.example/y', reason: 'too long', at: '2023-11-06T10:00:00+01:00' });
    app = createServer({ store, now: NOW });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  const json = async <S extends z.ZodType>(url: string, schema: S): Promise<z.output<S>> => {
    const response = await get(url);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    return schema.parse(response.json());
  };
  const docIds = async (query: string) => (await json(`/documents?${query}`, DocumentsPageSchema)).items.map((h) => h.documentId);
  const impactKeys = async (query: string) => (await json(`/impacts?${query}`, ImpactsPageSchema)).items.map((i) => `${i.documentId}#${i.ord}`);

  it('answers /healthz with the driver', async () => {
    expect((await get('/healthz')).json()).toEqual({ ok: true, driver: store.driver });
  });

  describe('/documents', () => {
    it('pages newest first with a total', async () => {
      const page = await json('/documents', DocumentsPageSchema);
      expect(page).toMatchObject({ total: RECORDS.length, limit: 50, offset: 0 });
      expect(page.items[0]!.documentId).toBe('stadt-werne-2024-10-17');
      const second = await json('/documents?limit=3&offset=3', DocumentsPageSchema);
      expect(second.items.map((h) => h.documentId)).toEqual(page.items.slice(3, 6).map((h) => h.documentId));
      expect(second.total).toBe(RECORDS.length);
      expect((await get('/documents?limit=2')).headers['x-total-count']).toBe(String(RECORDS.length));
    });

    it('searches full text with words, OR, phrases and prefixes', async () => {
      expect(await docIds('q=Standesamt')).toEqual([werneNov16.document.id, founding.document.id, werneNov02.document.id]);
      expect(await docIds('q=Standesamt%20arbeitet')).toEqual([werneNov16.document.id]);
      expect(await docIds(`q=${encodeURIComponent('Kirmes OR Einbruch')}`)).toEqual(['stadt-werne-2024-10-17', 'polizei-do-2023-11-04']);
      expect(await docIds(`q=${encodeURIComponent('"Notfall-Website online"')}`)).toEqual([founding.document.id]);
      expect(await docIds('q=Zulassungsst*')).toEqual(['kreis-soest-2023-11-07', 'kreis-soest-2023-10-31']);
      expect(await docIds('q=Feuerwehr')).toEqual([]);
    });

    it('filters by place, agency, service, status, dates and source', async () => {
      expect(await docIds('municipality=05978040')).toEqual(['stadt-werne-2024-10-17', werneNov16.document.id, founding.document.id, werneNov02.document.id]);
      expect(await docIds('municipality=werne')).toEqual(await docIds('municipality=05978040'));
      expect(await docIds('district=05974')).toEqual(['kreis-soest-2023-11-07', 'kreis-soest-2023-10-31']);
      expect(await docIds('agency=zac-nrw')).toEqual(['sta-koeln-2023-11-06', 'polizei-do-2023-11-03']);
      expect(await docIds('agencyKind=it-provider&to=2023-11-01')).toEqual(['kreis-soest-2023-10-31', luenenOct30.document.id]);
      expect(await docIds('service=civil-registry&status=restored')).toEqual([werneNov16.document.id]);
      expect(await docIds('from=2023-11-06&to=2023-11-06')).toEqual([founding.document.id, 'sta-koeln-2023-11-06']);
      expect(await docIds('source=kreis-soest&q=Lippstadt')).toEqual(['kreis-soest-2023-11-07', 'kreis-soest-2023-10-31']);
    });

    it('exports full records as NDJSON and hits as CSV', async () => {
      const ndjson = await get('/documents?municipality=05978040&format=ndjson');
      expect(ndjson.headers['content-type']).toMatch(/^application\/x-ndjson/);
      const lines = ndjson.body.trimEnd().split('\n').map((l) => RecordSchema.parse(JSON.parse(l)));
      expect(lines.map((r) => r.document.id)).toEqual(await docIds('municipality=05978040'));
      expect(lines.find((r) => r.document.id === founding.document.id)).toStrictEqual(founding);
      const csv = await get('/documents?district=05974&format=csv');
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.body.split('\r\n')[0]).toBe('document_id,source_id,published_at,title,url,municipalities,districts,agencies,impacts,dates');
      expect(csv.body.trimEnd().split('\r\n')).toHaveLength(3);
    });

    it('returns one record by id, or 404', async () => {
      expect((await get(`/documents/${founding.document.id}`)).json()).toStrictEqual(founding);
      const missing = await get('/documents/nope');
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(ProblemSchema.parse(missing.json())).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
    });
  });

  describe('/impacts', () => {
    it('lists every filter combination the store offers', async () => {
      const all = await json('/impacts?limit=100', ImpactsPageSchema);
      expect(all.total).toBe(RECORDS.reduce((n, r) => n + r.entities.serviceImpacts.length, 0));
      expect(all.items[0]).toMatchObject({ documentId: 'stadt-werne-2024-10-17', service: 'administration', status: 'outage' });
      expect(await impactKeys('municipality=05978040&to=2023-11-30')).toEqual([
        `${werneNov16.document.id}#0`, `${founding.document.id}#0`, `${werneNov02.document.id}#0`,
      ]);
      expect((await json('/impacts?district=05974', ImpactsPageSchema)).total).toBe(2);
      expect((await json('/impacts?state=NW', ImpactsPageSchema)).total).toBe(all.total);
      expect((await json('/impacts?state=BY', ImpactsPageSchema)).total).toBe(0);
      expect(await impactKeys('place=05974')).toEqual(['kreis-soest-2023-11-07#0']);
      expect(await impactKeys('placeKind=district')).toEqual(['kreis-soest-2023-11-07#0']);
      expect(await impactKeys('service=website,appointments&status=degraded')).toEqual([`${founding.document.id}#2`]);
      expect(await impactKeys('status=restored')).toEqual([`${werneNov16.document.id}#0`]);
      expect(await impactKeys('from=2023-10-30&to=2023-10-31')).toEqual(['kreis-soest-2023-10-31#0', `${luenenOct30.document.id}#1`, `${luenenOct30.document.id}#0`]);
      expect(await impactKeys('source=stadt-luenen&order=oldest&limit=2')).toEqual([`${luenenOct30.document.id}#0`, `${luenenOct30.document.id}#1`]);
      expect(await impactKeys(`document=${werneNov02.document.id}`)).toEqual([`${werneNov02.document.id}#0`]);
      const paged = await json('/impacts?limit=2&offset=2', ImpactsPageSchema);
      expect(paged.items.map((i) => `${i.documentId}#${i.ord}`)).toEqual(all.items.slice(2, 4).map((i) => `${i.documentId}#${i.ord}`));
    });

    it('exports CSV and NDJSON', async () => {
      const csv = await get('/impacts?municipality=05978040&format=csv');
      expect(csv.body.split('\r\n')[0]).toMatch(/^as_of,since,until,place_kind,place_ags/);
      const ndjson = await get('/impacts?municipality=05978040&format=ndjson');
      expect(ndjson.body.trimEnd().split('\n').map((l) => (JSON.parse(l) as { service: string }).service))
        .toEqual(['administration', 'civil-registry', 'civil-registry', 'civil-registry']);
    });
  });

  describe('/status', () => {
    it('shows Werne out, Lünen partly back, appointments up, as of 2023-11-06', async () => {
      const status = await json('/status?asOf=2023-11-06', StatusResponseSchema);
      const find = (ags: string, service: string) => status.items.find((e) => e.place.ags === ags && e.service === service);
      expect(find('05978040', 'civil-registry')).toMatchObject({ status: 'outage', since: '2023-11-02', evidence: { sourceId: 'stadt-luenen', url: founding.document.url } });
      expect(find('05978024', 'website')).toMatchObject({ status: 'degraded', since: '2023-11-06', evidence: { text: 'heute ging eine Notfall-Website online' } });
      expect(find('05978024', 'appointments')).toMatchObject({ status: 'operational' });
      expect(status).toMatchObject({ asOf: '2023-11-06', total: status.items.length, offset: 0 });
    });

    it('defaults to today, filters by area, service and status, and pages', async () => {
      expect((await json('/status', StatusResponseSchema)).asOf).toBe('2023-11-06');
      const district = await json('/status?asOf=2023-11-10&district=05974', StatusResponseSchema);
      expect(district.items.map((e) => e.place.ags).sort()).toEqual(['05974', '05974028']);
      expect((await json('/status?asOf=2023-11-10&municipality=05978024', StatusResponseSchema)).items.map((e) => e.service)).toEqual(['website', 'appointments']);
      expect((await json('/status?asOf=2023-11-10&state=NW', StatusResponseSchema)).total).toBe(5);
      expect((await json('/status?asOf=2023-11-10&state=HE', StatusResponseSchema)).total).toBe(0);
      expect((await json('/status?asOf=2023-11-10&status=outage', StatusResponseSchema)).items.map((e) => e.place.name)).toEqual(['Kreis Soest', 'Lippstadt', 'Werne']);
      expect((await json('/status?asOf=2023-11-10&service=website', StatusResponseSchema)).total).toBe(1);
      const page = await json('/status?asOf=2023-11-10&limit=2&offset=1', StatusResponseSchema);
      expect(page).toMatchObject({ total: 5, limit: 2, offset: 1 });
      expect(page.items).toHaveLength(2);
    });

    it('exports RFC 7946 GeoJSON with longitude before latitude', async () => {
      const response = await get('/status?asOf=2023-11-10&format=geojson');
      expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
      const geo = GeoJsonSchema.parse(response.json());
      expect(geo.features.map((f) => f.id).sort()).toEqual(['05974', '05974028', '05978024', '05978040']);
      for (const f of geo.features) {
        expect(f.geometry?.type).toBe('Point');
        const [lon, lat] = f.geometry!.coordinates as [number, number];
        expect(lon).toBeGreaterThan(5.8);
        expect(lon).toBeLessThan(15.1);
        expect(lat).toBeGreaterThan(47.2);
        expect(lat).toBeLessThan(55.1);
      }
      const werne = geo.features.find((f) => f.id === '05978040')!;
      expect(werne.properties).toMatchObject({ name: 'Werne', status: 'outage', kind: 'municipality' });
      // Werne lies east of Lünen and north of Lippstadt's latitude band only slightly: check axes by longitude order.
      const lonOf = (id: string) => (geo.features.find((f) => f.id === id)!.geometry!.coordinates as number[])[0]!;
      expect(lonOf('05978024')).toBeLessThan(lonOf('05978040'));
      expect(lonOf('05978040')).toBeLessThan(lonOf('05974028'));
      expect(geo.bbox).toHaveLength(4);
    });

    it('exports CSV and NDJSON', async () => {
      const csv = await get('/status?asOf=2023-11-06&format=csv');
      expect(csv.body.split('\r\n')[0]!.split(',')).toContain('evidence');
      expect(csv.body).toContain('05978040,Werne,05978,NW');
      const ndjson = await get('/status?asOf=2023-11-06&format=ndjson');
      expect(ndjson.body.trimEnd().split('\n')).toHaveLength((await json('/status?asOf=2023-11-06', StatusResponseSchema)).total);
    });
  });

  describe('/incidents', () => {
    const id = incidentId(luenenOct30.document.id);

    it('lists incidents without timelines and filters them', async () => {
      const page = await json('/incidents', IncidentsPageSchema);
      expect(page).toMatchObject({ total: 1, items: [{ id, documentCount: 8, firstSeen: '2023-10-30', lastSeen: '2023-11-16' }] });
      expect(page.items[0]).not.toHaveProperty('timeline');
      expect((await json('/incidents?place=05974028', IncidentsPageSchema)).total).toBe(1);
      expect((await json('/incidents?place=05978', IncidentsPageSchema)).total).toBe(1);
      expect((await json('/incidents?place=05913000', IncidentsPageSchema)).total).toBe(0);
      expect((await json('/incidents?from=2023-11-17', IncidentsPageSchema)).total).toBe(0);
      expect((await json('/incidents?to=2023-10-30', IncidentsPageSchema)).total).toBe(1);
      expect((await json('/incidents?offset=1', IncidentsPageSchema)).items).toEqual([]);
      const ndjson = await get('/incidents?format=ndjson');
      expect(IncidentSchema.parse(JSON.parse(ndjson.body.trimEnd())).timeline).toHaveLength(8);
    });

    it('shows one incident with its dated timeline across source kinds', async () => {
      const incident = await json(`/incidents/${id}`, IncidentSchema);
      expect(incident.timeline.map((t) => [t.date, t.sourceKind])).toEqual([
        ['2023-10-30', 'city'], ['2023-10-31', 'district'], ['2023-11-02', 'city'], ['2023-11-03', 'police'],
        ['2023-11-06', 'prosecutor'], ['2023-11-06', 'city'], ['2023-11-07', 'district'], ['2023-11-16', 'city'],
      ]);
      expect((await get('/incidents/inc-000000000000')).statusCode).toBe(404);
      expect((await get('/incidents/42')).statusCode).toBe(400);
    });
  });

  describe('places and agencies', () => {
    it('describes a municipality with status, impacts and documents', async () => {
      const werne = await json('/municipalities/05978040?asOf=2023-11-06&limit=2', MunicipalityResponseSchema);
      expect(werne).toMatchObject({ ags: '05978040', name: 'Werne', district: { ags: '05978' }, state: 'NW', asOf: '2023-11-06' });
      expect(werne.status.map((s) => [s.service, s.status])).toEqual([['civil-registry', 'outage']]);
      expect(werne.impacts.total).toBe(4);
      expect(werne.documents).toMatchObject({ total: 4, limit: 2, offset: 0 });
      expect(werne.documents.items).toHaveLength(2);
      expect((await get('/municipalities/05978999')).statusCode).toBe(404);
      expect((await get('/municipalities/Werne')).statusCode).toBe(400);
    });

    it('describes a district with its municipalities', async () => {
      const unna = await json('/districts/05978?asOf=2023-11-06', DistrictResponseSchema);
      expect(unna).toMatchObject({ ags: '05978', name: 'Kreis Unna', state: 'NW' });
      expect(unna.status.map((s) => s.place.name)).toEqual(['Lünen', 'Lünen', 'Werne']);
      expect((await get('/districts/05999')).statusCode).toBe(404);
    });

    it('describes an agency from the registry with the documents naming it', async () => {
      const sit = await json('/agencies/suedwestfalen-it', AgencyResponseSchema);
      expect(sit).toMatchObject({ id: 'suedwestfalen-it', name: 'Südwestfalen-IT', kind: 'it-provider', inRegistry: true });
      expect(sit.documents.total).toBe(5);
      expect((await json('/agencies/bsi', AgencyResponseSchema)).documents.total).toBe(0);
      expect((await get('/agencies/no-such-agency')).statusCode).toBe(404);
    });

    it('serves a basemap of centroids per Land', async () => {
      const base = await json('/basemap?state=NW', BasemapResponseSchema);
      expect(base.municipalities.length).toBeGreaterThan(350);
      const werne = base.municipalities.find((m) => m[0] === '05978040')!;
      expect(werne[1]).toBe('Werne');
      expect(werne[2]).toBeLessThan(werne[3]);
      expect((await get('/basemap')).statusCode).toBe(400);
    });
  });

  describe('hostile input', () => {
    it('refuses or finds nothing for injection strings in every parameter, and changes nothing', async () => {
      const before = await store.stats();
      for (const [path, params] of Object.entries(PARAMS)) {
        for (const param of params) {
          for (const hostile of HOSTILE) {
            const url = `${path}?${param}=${encodeURIComponent(hostile)}`;
            const response = await get(url);
            const ok = response.statusCode === 400
              || (response.statusCode === 200 && isEmpty(response.body, String(response.headers['content-type'])));
            expect(ok, `${url} → ${response.statusCode} ${response.body.slice(0, 200)}`).toBe(true);
            if (response.statusCode === 400) expect(ProblemSchema.parse(response.json()).status).toBe(400);
          }
        }
        for (const hostile of HOSTILE.slice(0, 6)) {
          const response = await get(`${path}?unknown=${encodeURIComponent(hostile)}`);
          expect(response.statusCode, `${path} with an unknown parameter`).toBe(400);
        }
      }
      for (const template of PATH_TEMPLATES) {
        for (const hostile of HOSTILE) {
          const response = await get(`${template}${encodeURIComponent(hostile)}`);
          expect([400, 404], `${template}${hostile} → ${response.statusCode}`).toContain(response.statusCode);
        }
      }
      expect(await store.stats()).toEqual(before);
      expect((await json('/documents?q=Standesamt', DocumentsPageSchema)).total).toBe(3);
    });

    it('answers with problem JSON for duplicate parameters, bad encodings and unknown routes', async () => {
      expect((await get('/impacts?service=website&service=email')).statusCode).toBe(400);
      const bad = await get('/documents?q=%E0%A4%A');
      expect([200, 400]).toContain(bad.statusCode);
      const unknown = await get('/nowhere');
      expect(unknown.statusCode).toBe(404);
      expect(ProblemSchema.parse(unknown.json())).toMatchObject({ status: 404 });
      const invalid = await get('/documents?limit=5000&from=yesterday');
      expect(ProblemSchema.parse(invalid.json()).errors?.map((e) => e.name).sort()).toEqual(['from', 'limit']);
    });

    it('is read-only', async () => {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        for (const url of ['/documents', '/impacts', '/', `/documents/${founding.document.id}`]) {
          const response = await app.inject({ method, url, payload: { x: 1 } });
          expect(response.statusCode, `${method} ${url}`).toBe(405);
          expect(response.headers['allow']).toBe('GET, HEAD');
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      }
      expect((await app.inject({ method: 'HEAD', url: '/documents' })).statusCode).toBe(200);
      expect((await store.stats()).documents).toBe(RECORDS.length);
    });

    it('sends security headers and no CORS headers unless origins are allow-listed', async () => {
      const response = await get('/documents', { origin: 'https://elsewhere.example' });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.headers['cache-control']).toBe('no-store');
      const preflight = await app.inject({ method: 'OPTIONS', url: '/documents', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' } });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('serves the dashboard', async () => {
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('/dashboard/app.js');
    expect((await get('/dashboard/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await get('/dashboard/..%2Fpackage.json')).statusCode).toBe(404);
    expect((await get('/dashboard/nothing.js')).statusCode).toBe(404);
  });

  it('publishes an OpenAPI 3.1 document generated from the parameter schemas', async () => {
    const doc = (await get('/openapi.json')).json() as {
      openapi: string; paths: Record<string, { get: { parameters: { name: string; in: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/documents', '/documents/{id}', '/impacts', '/status', '/incidents', '/incidents/{id}', '/municipalities/{ags}',
      '/districts/{ags}', '/agencies/{id}', '/basemap', '/shapes/districts', '/shapes/municipalities', '/metrics', '/openapi.json']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    for (const [path, params] of Object.entries(PARAMS)) {
      const template = path.replace(/\/(05978040|05978|suedwestfalen-it)$/, (_m, v: string) => (v === 'suedwestfalen-it' ? '/{id}' : '/{ags}'));
      const documented = doc.paths[template]!.get.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      expect(documented.sort(), template).toEqual([...params].sort());
    }
    expect(doc.paths['/status']!.get.responses['400']).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Problem', 'Record', 'Impact', 'StatusEntry', 'Incident']));
  });

  it('exposes metrics per source from the store', async () => {
    await get('/documents');
    const response = await get('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const text = response.body;
    expect(text).toContain('lagebild_documents_stored{source="stadt-werne"} 3');
    expect(text).toContain('lagebild_documents_extracted{source="stadt-werne"} 3');
    expect(text).toContain('lagebild_documents_fetched{source="stadt-werne"} 4');
    expect(text).toContain('lagebild_documents_failed{source="stadt-werne",stage="article"} 1');
    expect(text).toContain('lagebild_documents_failed{source="stadt-werne",stage="extract"} 1');
    expect(text).toContain('lagebild_documents_stored{source="kreis-soest"} 2');
    expect(text).toMatch(/lagebild_http_requests_total\{route="\/documents",method="GET",status="200"\} \d+/);
  });
});

describe('HTTP API with a bearer token and CORS origins', () => {
  let store: Store;
  let app: FastifyInstance;
  const token = 'correct horse battery staple';

  beforeAll(async () => {
    store = createSqliteStore(':memory:');
    await store.migrate();
    for (const r of RECORDS) await store.putRecord(r);
    app = createServer({ store, token, corsOrigins: ['https://lage.example'], now: NOW });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const API = ['/documents', '/documents/stadt-werne-2023-11-02', '/impacts', '/status?asOf=2023-11-06', '/status?format=geojson', '/incidents',
    `/incidents/${incidentId(luenenOct30.document.id)}`, '/municipalities/05978040', '/districts/05978', '/agencies/zac-nrw',
    '/basemap?state=NW', '/shapes/districts', '/shapes/municipalities?district=05978', '/openapi.json', '/metrics', '/healthz', '/nowhere'];

  it('answers 401 without a token or with a wrong one, 200 with the right one', async () => {
    for (const url of API) {
      for (const authorization of [undefined, 'Bearer wrong', `Bearer ${token}x`, `Basic ${Buffer.from(`x:${token}`).toString('base64')}`, 'Bearer', `bearer  ${token.slice(0, 7)}`]) {
        const response = await app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });
        expect(response.statusCode, `${url} with ${authorization}`).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer realm="lagebild"');
        expect(ProblemSchema.parse(response.json())).toMatchObject({ status: 401, title: 'Unauthorized' });
      }
      const ok = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      expect(ok.statusCode, url).toBe(url === '/nowhere' ? 404 : 200);
    }
  });

  it('keeps the dashboard page public (it sends the token itself) and documents the scheme', async () => {
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/dashboard/app.js' })).statusCode).toBe(200);
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json', headers: { authorization: `Bearer ${token}` } })).json() as {
      security: unknown; components: { securitySchemes: unknown };
    };
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' } });
  });

  it('allows reads from listed origins only', async () => {
    const allowed = await app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://lage.example', authorization: `Bearer ${token}` } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://lage.example');
    const other = await app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://evil.example', authorization: `Bearer ${token}` } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS', url: '/documents',
      headers: { origin: 'https://lage.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://lage.example');
    expect(String(preflight.headers['access-control-allow-methods']).replace(/\s/g, '')).toBe('GET,HEAD');
    const evilPreflight = await app.inject({
      method: 'OPTIONS', url: '/documents', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(evilPreflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
