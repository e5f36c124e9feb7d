import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSqliteStore, type Store } from '@lagebild/store';
import { DistrictShapesSchema, GeoJsonSchema, MunicipalityShapesSchema, ProblemSchema } from './schemas.js';
import { createServer } from './server.js';
import { matchesEtag } from './shapes.js';
import { RECORDS } from './test-support/records.js';

const NOW = () => new Date('2023-11-06T18:00:00+01:00');

describe('GET /shapes and status GeoJSON with shapes', () => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = createSqliteStore(':memory:');
    await store.migrate();
    for (const r of RECORDS) await store.putRecord(r);
    app = createServer({ store, now: NOW });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('serves every district as GeoJSON with ags, name, bez and kind', async () => {
    const response = await get('/shapes/districts');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    const shapes = DistrictShapesSchema.parse(response.json());
    expect(shapes.features).toHaveLength(402);
    const unna = shapes.features.find((f) => f.id === '05978')!;
    expect(unna.properties).toEqual({ ags: '05978', name: 'Unna', bez: 'Kreis', kind: 'district' });
    expect(shapes.features.find((f) => f.id === '05913')?.properties).toEqual({ ags: '05913', name: 'Dortmund', bez: 'Kreisfreie Stadt', kind: 'district' });
    expect(['Polygon', 'MultiPolygon']).toContain(unna.geometry.type);
  });

  it("serves one district's municipalities, Werne and Lünen among Kreis Unna's", async () => {
    const response = await get('/shapes/municipalities?district=05978');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    const shapes = MunicipalityShapesSchema.parse(response.json());
    // Kreis Unna: Bergkamen, Bönen, Fröndenberg/Ruhr, Holzwickede, Kamen, Lünen, Schwerte, Selm, Unna, Werne.
    expect(shapes.features).toHaveLength(10);
    expect(shapes.features.every((f) => f.properties.district === '05978' && f.properties.kind === 'municipality')).toBe(true);
    expect(shapes.features.find((f) => f.id === '05978040')?.properties).toEqual({
      ags: '05978040', name: 'Werne', bez: 'Stadt', district: '05978', kind: 'municipality',
    });
    expect(shapes.features.find((f) => f.id === '05978024')?.properties.name).toBe('Lünen');
    const berlin = MunicipalityShapesSchema.parse((await get('/shapes/municipalities?district=11000')).json());
    expect(berlin.features.map((f) => f.id)).toEqual(['11000000']);
  });

  it('refuses a missing or malformed district (400) and an unknown one (404) as problems', async () => {
    for (const url of ['/shapes/municipalities', '/shapes/municipalities?district=5978', '/shapes/municipalities?district=05978040',
      '/shapes/municipalities?district=Unna', '/shapes/municipalities?district=05978&x=1', '/shapes/districts?district=05978']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(ProblemSchema.parse(response.json()).status).toBe(400);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    expect((await get('/shapes/municipalities')).json()).toMatchObject({ errors: [{ name: 'district' }] });
    const unknown = await get('/shapes/municipalities?district=05999');
    expect(unknown.statusCode).toBe(404);
    expect(ProblemSchema.parse(unknown.json())).toMatchObject({ status: 404, detail: 'no district with this AGS' });
  });

  it('is cacheable: Cache-Control max-age and an ETag that answers 304', async () => {
    for (const url of ['/shapes/districts', '/shapes/municipalities?district=05978']) {
      const first = await get(url);
      expect(first.headers['cache-control']).toBe('public, max-age=86400');
      const etag = String(first.headers['etag']);
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers['etag']).toBe(etag);
      expect((await get(url, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    }
    expect((await get('/shapes/municipalities?district=05978')).headers['etag'])
      .not.toBe((await get('/shapes/municipalities?district=05974')).headers['etag']);
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag('*', '"b"')).toBe(true);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });

  it('lets no shared cache keep them behind a token', async () => {
    const guarded = createServer({ store, token: 'secret', now: NOW });
    try {
      const response = await guarded.inject({ method: 'GET', url: '/shapes/districts', headers: { authorization: 'Bearer secret' } });
      expect(response.headers['cache-control']).toBe('private, max-age=86400');
      expect((await guarded.inject({ method: 'GET', url: '/shapes/districts' })).statusCode).toBe(401);
    } finally {
      await guarded.close();
    }
  });

  it('documents both routes in the OpenAPI document as application/geo+json', async () => {
    const doc = (await get('/openapi.json')).json() as {
      paths: Record<string, { get: { parameters: { name: string; in: string; required: boolean }[]; responses: Record<string, { content?: Record<string, unknown> }> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths['/shapes/districts']!.get.responses['200']!.content!)).toEqual(['application/geo+json']);
    const municipalities = doc.paths['/shapes/municipalities']!.get;
    expect(municipalities.parameters).toMatchObject([{ name: 'district', in: 'query', required: true }]);
    expect(Object.keys(municipalities.responses).sort()).toEqual(['200', '304', '400', '404']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['DistrictShapes', 'MunicipalityShapes']));
  });

  describe('/status?format=geojson&geometry=', () => {
    const status = async (query: string) => {
      const response = await get(`/status?asOf=2023-11-06&format=geojson${query}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
      return GeoJsonSchema.parse(response.json());
    };

    it('keeps points by default and gives Werne its outline with geometry=shape', async () => {
      const points = await status('');
      expect(points.features.find((f) => f.id === '05978040')?.geometry?.type).toBe('Point');
      expect(await status('&geometry=point')).toEqual(points);
      const shapes = await status('&geometry=shape');
      const werne = shapes.features.find((f) => f.id === '05978040')!;
      expect(['Polygon', 'MultiPolygon']).toContain(werne.geometry?.type);
      expect(werne.properties).toEqual(points.features.find((f) => f.id === '05978040')!.properties);
      expect(shapes.features.map((f) => f.id)).toEqual(points.features.map((f) => f.id));
      // The outlines reach beyond the centroids.
      const [w0, s0, e0, n0] = points.bbox! as [number, number, number, number];
      const [w1, s1, e1, n1] = shapes.bbox! as [number, number, number, number];
      expect(w1 <= w0 && s1 <= s0 && e1 >= e0 && n1 >= n0).toBe(true);
    });

    it('refuses other geometries and geometry without format=geojson', async () => {
      for (const url of ['/status?format=geojson&geometry=polygon', '/status?format=geojson&geometry=', '/status?geometry=shape',
        '/status?format=csv&geometry=point']) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(400);
        expect(ProblemSchema.parse(response.json()).errors?.map((e) => e.name)).toEqual(['geometry']);
      }
    });
  });
});
