import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Entities, LagebildRecord } from '@lagebild/schema';
import type { Store } from '@lagebild/store';
import { DocumentReportsSchema, ProblemSchema, ReportRowSchema, ReportsPageSchema } from './schemas.js';
import { createServer } from './server.js';
import { storeDrivers } from './test-support/stores.js';
import { luenen, makeRecord, spanOf, werne, werneNov02 } from './test-support/records.js';
import { parseCsvRecords } from './test-support/csv.js';

// Reports (issue 17) through the HTTP API: GET /reports, GET /documents/:id/reports, /documents?unit=report.
// Texts invented for this test.

const DRIVERS = storeDrivers('lagebild_api_reports');


function inside(all: Entities, start: number, end: number): Entities {
  const pick = <T extends { span: { start: number; end: number } }>(xs: readonly T[]) => xs.filter((x) => x.span.start >= start && x.span.end <= end);
  return { dates: pick(all.dates), municipalities: pick(all.municipalities), districts: pick(all.districts), agencies: pick(all.agencies), serviceImpacts: pick(all.serviceImpacts), contacts: pick(all.contacts) };
}

/** A police release with two incidents: a burglary in Werne (1 Nov) and a theft in Lünen (31 Oct). */
const bundled: LagebildRecord = (() => {
  const record = makeRecord({
    id: 'polizei-bericht-2023-11-03', sourceId: 'polizei-unna', publishedAt: '2023-11-03T09:00:00+01:00',
    title: 'Pressebericht der Polizei vom 03.11.2023',
    body: '1. Einbruch in Werne\nAm 1. November brachen Unbekannte in Werne in einen Kiosk ein und stahlen Zigaretten.\n'
      + '2. Diebstahl in Lünen\nAm 31. Oktober wurde in Lünen ein Pedelec vom Bahnhof gestohlen.\n\nRückfragen bitte an die Pressestelle.',
    municipalities: (t) => [werne(t, 'Werne', 0), werne(t, 'Werne', 1), luenen(t, 'Lünen', 0), luenen(t, 'Lünen', 1)],
    dates: (t) => [
      { span: spanOf(t, '1. November'), value: '2023-11-01', precision: 'day', implied: ['year'] },
      { span: spanOf(t, '31. Oktober'), value: '2023-10-31', precision: 'day', implied: ['year'] },
    ],
  });
  const t = record.document.text;
  const a = t.indexOf('1. Einbruch');
  const b = t.indexOf('2. Diebstahl');
  const aEnd = b - 1;
  const bEnd = t.indexOf('gestohlen.') + 'gestohlen.'.length;
  return {
    ...record,
    reports: [
      { index: 0, span: { start: a, end: aEnd, text: t.slice(a, aEnd) }, title: '1. Einbruch in Werne', entities: inside(record.entities, a, aEnd) },
      { index: 1, span: { start: b, end: bEnd, text: t.slice(b, bEnd) }, title: '2. Diebstahl in Lünen', entities: inside(record.entities, b, bEnd) },
    ],
  };
})();

describe.each(DRIVERS)('reports through the HTTP API on %s', (_driver, makeStore) => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = makeStore();
    await store.migrate();
    await store.putRecords([bundled, werneNov02]);
    app = createServer({ store, now: () => new Date('2023-11-06T18:00:00+01:00') });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  const get = (url: string) => app.inject({ method: 'GET', url });
  const page = async (query: string) => {
    const response = await get(`/reports?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return ReportsPageSchema.parse(response.json());
  };
  const keys = async (query: string) => (await page(query)).items.map((r) => `${r.documentId}#${r.index}`);
  const b = bundled.document.id;
  const w = werneNov02.document.id;

  it('lists one report per incident, a release that was not split as one, newest first', async () => {
    const result = await page('');
    expect(result.total).toBe(3);
    expect(result.items.map((r) => [r.documentId, r.index, r.whole, r.title])).toEqual([
      [b, 0, false, '1. Einbruch in Werne'], [b, 1, false, '2. Diebstahl in Lünen'], [w, 0, true, werneNov02.document.title],
    ]);
    expect(result.items[1]!.entities.municipalities.map((m) => m.name)).toEqual(['Lünen', 'Lünen']);
    expect(result.items[1]!.span).toStrictEqual(bundled.reports![1]!.span);
  });

  it('filters by place, dates and text of the report itself, and pages', async () => {
    expect(await keys('place=L%C3%BCnen')).toEqual([`${b}#1`]);
    expect(await keys('place=05978024')).toEqual([`${b}#1`]);
    expect(await keys(`place=Werne&document=${b}`)).toEqual([`${b}#0`]);
    expect(await keys(`from=2023-10-31&to=2023-10-31&document=${b}`)).toEqual([`${b}#1`]);
    expect(await keys('q=KIOSK')).toEqual([`${b}#0`]);
    expect(await keys('q=Pressestelle')).toEqual([]);
    expect(await keys('source=polizei-unna&limit=1&offset=1')).toEqual([`${b}#1`]);
    expect((await get('/reports?limit=1')).headers['x-total-count']).toBe('3');
  });

  it('answers a bad parameter with a problem', async () => {
    for (const url of ['/reports?from=03.11.2023', '/reports?unknown=1', '/reports?format=xml', '/reports?limit=-1', '/documents?unit=report', '/documents?unit=incident&format=csv']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      ProblemSchema.parse(response.json());
    }
  });

  it('gives the reports of one release, 404 for an unknown one', async () => {
    const response = await get(`/documents/${b}/reports`);
    expect(response.statusCode).toBe(200);
    const body = DocumentReportsSchema.parse(response.json());
    expect(body.total).toBe(2);
    expect(body.items.map((r) => r.title)).toEqual(['1. Einbruch in Werne', '2. Diebstahl in Lünen']);
    const single = DocumentReportsSchema.parse((await get(`/documents/${w}/reports`)).json());
    expect(single.items.map((r) => [r.index, r.whole, r.span.start, r.span.end])).toEqual([[0, true, 0, werneNov02.document.text.length]]);
    expect((await get('/documents/no-such-document/reports')).statusCode).toBe(404);
  });

  it('exports one line or row per report: /reports and /documents?unit=report as NDJSON and CSV', async () => {
    const nd = await get('/reports?format=ndjson');
    expect(nd.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = nd.body.trimEnd().split('\n').map((l) => ReportRowSchema.parse(JSON.parse(l)));
    expect(lines.map((r) => `${r.documentId}#${r.index}`)).toEqual([`${b}#0`, `${b}#1`, `${w}#0`]);

    const docs = await get('/documents?unit=report&format=ndjson');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['x-total-count']).toBe('2');
    expect(docs.body.trimEnd().split('\n').map((l) => ReportRowSchema.parse(JSON.parse(l))).map((r) => `${r.documentId}#${r.index}`))
      .toEqual([`${b}#0`, `${b}#1`, `${w}#0`]);

    for (const url of ['/reports?format=csv', '/documents?unit=report&format=csv']) {
      const csv = await get(url);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parseCsvRecords(csv.body);
      expect(rows.map((r) => [r['document_id'], r['report_index'], r['whole'], r['report_title'], r['municipalities'], r['dates']])).toEqual([
        [b, '0', 'false', '1. Einbruch in Werne', 'Werne (05978040)', '2023-11-01'],
        [b, '1', 'false', '2. Diebstahl in Lünen', 'Lünen (05978024)', '2023-10-31'],
        [w, '0', 'true', werneNov02.document.title, expect.any(String), expect.any(String)],
      ]);
    }
    // Without unit, /documents exports stay one per release.
    expect((await get('/documents?format=ndjson')).body.trimEnd().split('\n')).toHaveLength(2);
  });

  it('documents the routes and the report shapes in /openapi.json', async () => {
    const doc = (await get('/openapi.json')).json() as { paths: Record<string, { get: { parameters: { name: string; in: string }[] } }>; components: { schemas: Record<string, unknown> } };
    expect(doc.paths['/reports']).toBeDefined();
    expect(doc.paths['/documents/{id}/reports']).toBeDefined();
    expect(doc.paths['/reports']!.get.parameters.filter((p) => p.in === 'query').map((p) => p.name).sort())
      .toEqual(['document', 'format', 'from', 'limit', 'offset', 'place', 'q', 'source', 'to']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Report', 'ReportsPage', 'DocumentReports']));
  });
});
