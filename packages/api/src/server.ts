import { createHash, timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { loadAgencyRegistry, loadGazetteer } from '@lagebild/gazetteer';
import { reportRowsOf, type QueryFilter, type Store } from '@lagebild/store';
import { documentsCsv, impactsCsv, reportsCsv, statusCsv, CSV_CONTENT_TYPE } from './exports/csv.js';
import { statusGeoJson, GEOJSON_CONTENT_TYPE } from './exports/geojson.js';
import { toNdjson, NDJSON_CONTENT_TYPE } from './exports/ndjson.js';
import { createMetrics, type Metrics, type QueueCountsFn } from './metrics.js';
import { buildOpenApi, type RouteDoc } from './openapi.js';
import {
  AgencyPath, AgencyQuery, BasemapQuery, DistrictPath, DocumentPath, DocumentsQuery, EmptyQuery, ImpactsQuery,
  IncidentPath, IncidentsQuery, MunicipalityPath, MunicipalityShapesQuery, PlaceQuery, ReportsQuery, StatusQuery,
} from './params.js';
import { gazetteerPlaces, statePrefixOf, type PlaceLookup } from './places.js';
import { ProblemError, invalidParameters, problem, sendProblem } from './problem.js';
import { loadIncidents, loadStatus, todayInBerlin } from './queries.js';
import { districtShapesBody, matchesEtag, municipalityShapesBody, type CachedBody } from './shapes.js';
import { sourceKinds, type SourceKindOf } from './sources.js';
import type { Incident } from './incidents.js';

/** Options of {@link createServer}. */
export interface ServerOptions {
  store: Store;
  /** When set, every route except the dashboard's static files needs `Authorization: Bearer <token>`. */
  token?: string;
  /** Origins allowed to read the API cross-origin; CORS stays off without them. */
  corsOrigins?: readonly string[];
  /** Kinds of sources for incident timelines (default: guessed from the source id). */
  sourceKind?: SourceKindOf;
  places?: PlaceLookup;
  /** Distributed mode: queue depths for /metrics. */
  queueCounts?: QueueCountsFn;
  /** Metrics registry to use (default: a new one). */
  metrics?: Metrics;
  /** The clock for default as-of dates. */
  now?: () => Date;
  /** Fastify's logger option (default off). */
  logger?: boolean;
}

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
const DASHBOARD_DIR = fileURLToPath(new URL('../dashboard/', import.meta.url));
const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};
const DASHBOARD_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
  + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The dashboard's files, read once: only these names are ever served, so no path reaches the disk. */
function loadDashboard(): Map<string, { body: Buffer; type: string }> {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(DASHBOARD_DIR)) {
    const type = MEDIA_TYPES[extname(name)];
    if (type && /^[\w.-]+$/.test(name)) files.set(name, { body: readFileSync(join(DASHBOARD_DIR, name)), type });
  }
  return files;
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Parses with zod or throws a 400 problem. */
function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'path'): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw new ProblemError(invalidParameters(result.error, where));
  return result.data;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

interface Route extends RouteDoc {
  handler: Handler;
}

/** Summary of an incident for lists: everything but the timeline. */
function summary(incident: Incident): Omit<Incident, 'timeline'> {
  const { timeline: _timeline, ...rest } = incident;
  return rest;
}

/**
 * The read-only HTTP API and dashboard on fastify. Every parameter is validated with zod (unknown
 * ones are refused), every error is an RFC 9457 problem, every store access uses bound parameters.
 * Call `listen` on the result to serve; `inject` works without listening.
 */
export function createServer(options: ServerOptions): FastifyInstance {
  const { store } = options;
  const places = options.places ?? gazetteerPlaces();
  const kindOf = options.sourceKind ?? sourceKinds();
  const now = options.now ?? (() => new Date());
  const metrics = options.metrics ?? createMetrics({ store, ...(options.queueCounts ? { queueCounts: options.queueCounts } : {}) });
  const tokenDigest = options.token ? sha256(options.token) : undefined;
  const dashboard = loadDashboard();

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    // Malformed URLs (bad percent-encoding) answer as problems like everything else.
    frameworkErrors: (_error, _request, reply) => {
      void sendProblem(reply, problem(400, 'malformed URL'));
    },
  });

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    const allowed = new Set(options.corsOrigins);
    void app.register(cors, {
      origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
      methods: ['GET', 'HEAD'],
      allowedHeaders: ['Authorization'],
      exposedHeaders: ['X-Total-Count'],
      maxAge: 600,
    });
  }

  app.addHook('onRequest', async (request, reply) => {
    if (!tokenDigest || request.method === 'OPTIONS') return;
    const url = request.routeOptions.url;
    if (url === '/' || url === '/dashboard/:file') return;
    const match = /^Bearer +(\S(?:.*\S)?)\s*$/i.exec(request.headers.authorization ?? '');
    // Digests have equal length, so the comparison takes the same time for every wrong token.
    if (match && timingSafeEqual(sha256(match[1]!), tokenDigest)) return;
    reply.header('WWW-Authenticate', 'Bearer realm="lagebild"');
    return sendProblem(reply, problem(401, match ? 'wrong bearer token' : 'a bearer token is required'));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    const url = request.routeOptions.url;
    const isDashboard = url === '/' || url === '/dashboard/:file';
    reply.header('Content-Security-Policy', isDashboard ? DASHBOARD_CSP : API_CSP);
    // Routes that allow caching (the shapes) say so themselves; everything else changes with the store.
    if (!isDashboard && !reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(request.routeOptions.url ?? 'unmatched', request.method, reply.statusCode);
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, error.problem);
    if (error instanceof RangeError) return sendProblem(reply, problem(400, error.message));
    const status = typeof (error as { statusCode?: unknown }).statusCode === 'number' ? (error as { statusCode: number }).statusCode : 500;
    if (status >= 400 && status < 500) return sendProblem(reply, problem(status, (error as Error).message));
    request.log.error(error);
    return sendProblem(reply, problem(500, 'the request could not be answered'));
  });

  app.setNotFoundHandler((request, reply) => {
    if (!['GET', 'HEAD'].includes(request.method)) {
      reply.header('Allow', 'GET, HEAD');
      return sendProblem(reply, problem(405, 'this API is read-only'));
    }
    return sendProblem(reply, problem(404, 'no such resource'));
  });

  const page = <T>(items: T[], limit: number, offset: number) => items.slice(offset, offset + limit);

  // Shapes change only with a new gazetteer: a day's max-age, then revalidation by ETag. Behind a
  // token no shared cache may keep them.
  const shapesCacheControl = `${tokenDigest ? 'private' : 'public'}, max-age=86400`;
  const sendCached = (request: FastifyRequest, reply: FastifyReply, cachedBody: CachedBody) => {
    reply.header('ETag', cachedBody.etag).header('Cache-Control', shapesCacheControl);
    if (matchesEtag(request.headers['if-none-match'], cachedBody.etag)) return reply.code(304).send();
    return reply.type(GEOJSON_CONTENT_TYPE).send(cachedBody.body);
  };

  const routes: Route[] = [
    {
      path: '/documents', summary: 'Search documents', query: DocumentsQuery, response: 'DocumentsPage',
      description: 'Full-text search (SQLite FTS5 / PostgreSQL german text search) with filters, newest first.',
      alternatives: {
        'application/x-ndjson': 'format=ndjson: full records, one per line (unit=report: one report per line)',
        'text/csv': 'format=csv (unit=report: one row per report)',
      },
      handler: async (request, reply) => {
        const q = parse(DocumentsQuery, request.query, 'query');
        const filter: QueryFilter = {
          ...(q.q !== undefined ? { search: q.q } : {}),
          ...(q.municipality !== undefined ? { municipality: q.municipality } : {}),
          ...(q.district !== undefined ? { district: q.district } : {}),
          ...(q.agency !== undefined ? { agency: q.agency } : {}),
          ...(q.agencyKind !== undefined ? { agencyKind: q.agencyKind } : {}),
          ...(q.service !== undefined ? { service: q.service } : {}),
          ...(q.status !== undefined ? { status: q.status } : {}),
          ...(q.from !== undefined ? { from: q.from } : {}),
          ...(q.to !== undefined ? { to: q.to } : {}),
          ...(q.source !== undefined ? { sourceId: q.source } : {}),
        };
        const limit = q.limit ?? 50;
        const offset = q.offset ?? 0;
        const [total, items] = await Promise.all([store.countDocuments(filter), store.query({ ...filter, limit, offset })]);
        reply.header('X-Total-Count', String(total));
        if (q.unit === 'report') {
          // One item per report (incident) of the page's releases; X-Total-Count still counts releases.
          const reports = (await store.getRecords(items.map((h) => h.documentId))).flatMap(reportRowsOf);
          if (q.format === 'ndjson') return reply.type(NDJSON_CONTENT_TYPE).send(toNdjson(reports));
          return reply.type(CSV_CONTENT_TYPE).send(reportsCsv(reports));
        }
        if (q.format === 'ndjson') {
          return reply.type(NDJSON_CONTENT_TYPE).send(toNdjson(await store.getRecords(items.map((h) => h.documentId))));
        }
        if (q.format === 'csv') return reply.type(CSV_CONTENT_TYPE).send(documentsCsv(items));
        return { total, limit, offset, items };
      },
    },
    {
      path: '/documents/:id', summary: 'One stored record', params: DocumentPath, query: EmptyQuery, response: 'Record',
      notFound: true,
      handler: async (request) => {
        const { id } = parse(DocumentPath, request.params, 'path');
        parse(EmptyQuery, request.query, 'query');
        const record = await store.getRecord(id);
        if (!record) throw new ProblemError(problem(404, 'no document with this id'));
        return record;
      },
    },
    {
      path: '/documents/:id/reports', summary: 'The reports (incidents) of one stored release',
      description: 'A release that bundles several incidents lists one report per incident (its span, heading line and the mentions inside it); '
        + 'a release that is a single incident lists itself as one report (whole: true).',
      params: DocumentPath, query: EmptyQuery, response: 'DocumentReports', notFound: true,
      handler: async (request) => {
        const { id } = parse(DocumentPath, request.params, 'path');
        parse(EmptyQuery, request.query, 'query');
        const record = await store.getRecord(id);
        if (!record) throw new ProblemError(problem(404, 'no document with this id'));
        const items = reportRowsOf(record);
        return { documentId: record.document.id, total: items.length, items };
      },
    },
    {
      path: '/reports', summary: 'Reports: one per incident of the stored releases', query: ReportsQuery, response: 'ReportsPage',
      description: 'Each incident of a bundled release, and each release that is a single incident, with its span, heading line and mentions; '
        + 'place, dates and text are matched on the report itself. Newest publication first, then release, then report index.',
      alternatives: { 'application/x-ndjson': 'format=ndjson: one report per line', 'text/csv': 'format=csv: one row per report' },
      handler: async (request, reply) => {
        const q = parse(ReportsQuery, request.query, 'query');
        const limit = q.limit ?? 50;
        const offset = q.offset ?? 0;
        const result = await store.listReports({
          ...(q.place !== undefined ? { place: q.place } : {}),
          ...(q.from !== undefined ? { from: q.from } : {}),
          ...(q.to !== undefined ? { to: q.to } : {}),
          ...(q.q !== undefined ? { text: q.q } : {}),
          ...(q.source !== undefined ? { sourceId: q.source } : {}),
          ...(q.document !== undefined ? { documentId: q.document } : {}),
          limit, offset,
        });
        reply.header('X-Total-Count', String(result.total));
        if (q.format === 'ndjson') return reply.type(NDJSON_CONTENT_TYPE).send(toNdjson(result.items));
        if (q.format === 'csv') return reply.type(CSV_CONTENT_TYPE).send(reportsCsv(result.items));
        return { total: result.total, limit, offset, items: result.items };
      },
    },
    {
      path: '/impacts', summary: 'Service impact statements', query: ImpactsQuery, response: 'ImpactsPage',
      description: 'Every stated impact with its evidence and document, newest asOf first.',
      alternatives: { 'application/x-ndjson': 'format=ndjson', 'text/csv': 'format=csv' },
      handler: async (request, reply) => {
        const q = parse(ImpactsQuery, request.query, 'query');
        const limit = q.limit ?? 50;
        const offset = q.offset ?? 0;
        const result = await store.listImpacts({
          ...(q.municipality !== undefined ? { municipality: q.municipality } : {}),
          ...(q.district !== undefined ? { district: q.district } : {}),
          ...(q.state !== undefined ? { state: q.state } : {}),
          ...(q.place !== undefined ? { place: q.place } : {}),
          ...(q.placeKind !== undefined ? { placeKind: q.placeKind } : {}),
          ...(q.service !== undefined ? { service: q.service } : {}),
          ...(q.status !== undefined ? { status: q.status } : {}),
          ...(q.from !== undefined ? { from: q.from } : {}),
          ...(q.to !== undefined ? { to: q.to } : {}),
          ...(q.source !== undefined ? { sourceId: q.source } : {}),
          ...(q.document !== undefined ? { documentId: q.document } : {}),
          ...(q.order !== undefined ? { order: q.order } : {}),
          limit, offset,
        });
        reply.header('X-Total-Count', String(result.total));
        if (q.format === 'ndjson') return reply.type(NDJSON_CONTENT_TYPE).send(toNdjson(result.items));
        if (q.format === 'csv') return reply.type(CSV_CONTENT_TYPE).send(impactsCsv(result.items));
        return { total: result.total, limit, offset, items: result.items };
      },
    },
    {
      path: '/status', summary: 'Status of every place and service as of a date', query: StatusQuery, response: 'StatusResponse',
      description: 'Latest statement per place and service with asOf on or before the date, since when it holds, and its evidence.',
      alternatives: { 'application/geo+json': 'format=geojson: RFC 7946 features, points at place centroids or (geometry=shape) outlines', 'application/x-ndjson': 'format=ndjson', 'text/csv': 'format=csv' },
      handler: async (request, reply) => {
        const q = parse(StatusQuery, request.query, 'query');
        const asOf = q.asOf ?? todayInBerlin(now());
        const entries = await loadStatus(store, {
          asOf,
          ...(q.municipality !== undefined ? { municipality: q.municipality } : {}),
          ...(q.district !== undefined ? { district: q.district } : {}),
          ...(q.state !== undefined ? { state: q.state } : {}),
          ...(q.service !== undefined ? { service: q.service } : {}),
          ...(q.status !== undefined ? { status: q.status } : {}),
        }, places);
        reply.header('X-Total-Count', String(entries.length));
        if (q.format === 'geojson') {
          return reply.type(GEOJSON_CONTENT_TYPE).send(JSON.stringify(statusGeoJson(entries, asOf, { geometry: q.geometry ?? 'point' })));
        }
        const limit = q.limit ?? 1000;
        const offset = q.offset ?? 0;
        const items = page(entries, limit, offset);
        if (q.format === 'ndjson') return reply.type(NDJSON_CONTENT_TYPE).send(toNdjson(items));
        if (q.format === 'csv') return reply.type(CSV_CONTENT_TYPE).send(statusCsv(items, asOf));
        return { asOf, total: entries.length, limit, offset, items };
      },
    },
    {
      path: '/incidents', summary: 'Incidents: releases about one incident, grouped', query: IncidentsQuery, response: 'IncidentsPage',
      alternatives: { 'application/x-ndjson': 'format=ndjson: full incidents with timelines' },
      handler: async (request, reply) => {
        const q = parse(IncidentsQuery, request.query, 'query');
        const incidents = await loadIncidents(store, {
          sourceKind: kindOf,
          ...(q.from !== undefined ? { from: q.from } : {}),
          ...(q.to !== undefined ? { to: q.to } : {}),
          ...(q.place !== undefined ? { place: q.place } : {}),
        });
        const limit = q.limit ?? 50;
        const offset = q.offset ?? 0;
        reply.header('X-Total-Count', String(incidents.length));
        const items = page(incidents, limit, offset);
        if (q.format === 'ndjson') return reply.type(NDJSON_CONTENT_TYPE).send(toNdjson(items));
        return { total: incidents.length, limit, offset, items: items.map(summary) };
      },
    },
    {
      path: '/incidents/:id', summary: 'One incident with its dated timeline across sources', params: IncidentPath, query: EmptyQuery,
      response: 'Incident', notFound: true,
      handler: async (request) => {
        const { id } = parse(IncidentPath, request.params, 'path');
        parse(EmptyQuery, request.query, 'query');
        const incident = (await loadIncidents(store, { sourceKind: kindOf })).find((i) => i.id === id);
        if (!incident) throw new ProblemError(problem(404, 'no incident with this id'));
        return incident;
      },
    },
    {
      path: '/municipalities/:ags', summary: 'A municipality: status, impacts and documents', params: MunicipalityPath, query: PlaceQuery,
      response: 'Municipality', notFound: true,
      handler: async (request) => {
        const { ags } = parse(MunicipalityPath, request.params, 'path');
        const q = parse(PlaceQuery, request.query, 'query');
        const m = loadGazetteer().municipalityByAgs(ags);
        if (!m) throw new ProblemError(problem(404, 'no municipality with this AGS'));
        const asOf = q.asOf ?? todayInBerlin(now());
        const limit = q.limit ?? 20;
        const offset = q.offset ?? 0;
        const [status, impacts, total, items] = await Promise.all([
          loadStatus(store, { asOf, municipality: ags }, places),
          store.listImpacts({ municipality: ags, limit: 100 }),
          store.countDocuments({ municipality: ags }),
          store.query({ municipality: ags, limit, offset }),
        ]);
        return {
          ags: m.ags, name: m.name, type: m.type, district: { ...m.district }, state: m.state, lat: m.lat, lon: m.lon,
          asOf, status, impacts, documents: { total, limit, offset, items },
        };
      },
    },
    {
      path: '/districts/:ags', summary: 'A district: status of it and its municipalities, impacts and documents',
      params: DistrictPath, query: PlaceQuery, response: 'District', notFound: true,
      handler: async (request) => {
        const { ags } = parse(DistrictPath, request.params, 'path');
        const q = parse(PlaceQuery, request.query, 'query');
        const d = loadGazetteer().districtByAgs(ags);
        if (!d) throw new ProblemError(problem(404, 'no district with this AGS'));
        const asOf = q.asOf ?? todayInBerlin(now());
        const limit = q.limit ?? 20;
        const offset = q.offset ?? 0;
        const [status, impacts, total, items] = await Promise.all([
          loadStatus(store, { asOf, district: ags }, places),
          store.listImpacts({ district: ags, limit: 100 }),
          store.countDocuments({ district: ags }),
          store.query({ district: ags, limit, offset }),
        ]);
        return {
          ags: d.ags, name: d.name, type: d.type, state: d.state, lat: d.lat, lon: d.lon,
          asOf, status, impacts, documents: { total, limit, offset, items },
        };
      },
    },
    {
      path: '/agencies/:id', summary: 'An agency and the documents that name it', params: AgencyPath, query: AgencyQuery,
      response: 'Agency', notFound: true,
      handler: async (request) => {
        const { id } = parse(AgencyPath, request.params, 'path');
        const q = parse(AgencyQuery, request.query, 'query');
        const limit = q.limit ?? 20;
        const offset = q.offset ?? 0;
        const entry = loadAgencyRegistry().byId(id);
        const [total, items] = await Promise.all([
          store.countDocuments({ agency: id }), store.query({ agency: id, limit, offset }),
        ]);
        if (!entry && total === 0) throw new ProblemError(problem(404, 'no agency with this id'));
        const mentioned = items.flatMap((h) => h.agencies).find((a) => a.id === id);
        return {
          id,
          name: entry?.name ?? mentioned?.name ?? id,
          ...(entry ? { kind: entry.kind } : {}),
          aliases: [...(entry?.aliases ?? [])],
          abbreviations: [...(entry?.abbreviations ?? [])],
          jurisdiction: [...(entry?.jurisdiction ?? [])],
          ...(entry?.parent ? { parent: entry.parent } : {}),
          ...(entry ? { verified: entry.verified } : {}),
          inRegistry: entry !== undefined,
          documents: { total, limit, offset, items },
        };
      },
    },
    {
      path: '/basemap', summary: 'Centroids of the municipalities and districts of some Länder, for offline maps',
      query: BasemapQuery, response: 'Basemap',
      handler: async (request) => {
        const q = parse(BasemapQuery, request.query, 'query');
        const prefixes = q.state.map((s) => statePrefixOf(s)!);
        const g = loadGazetteer();
        const inStates = (ags: string) => prefixes.some((p) => ags.startsWith(p));
        return {
          states: q.state,
          municipalities: g.municipalities.filter((m) => inStates(m.ags)).map((m) => [m.ags, m.name, m.lon, m.lat]),
          districts: g.districts.filter((d) => inStates(d.ags)).map((d) => [d.ags, d.name, d.lon, d.lat]),
        };
      },
    },
    {
      path: '/shapes/districts', summary: 'Outlines of all districts, for maps',
      description: 'GeoJSON (RFC 7946, lon/lat) of the 402 districts, simplified from BKG VG250 with shared borders kept; '
        + 'feature id and properties.ags are the 5-digit AGS. Cacheable: ETag and Cache-Control max-age.',
      query: EmptyQuery, response: 'DistrictShapes', responseType: 'application/geo+json', notModified: true,
      handler: async (request, reply) => {
        parse(EmptyQuery, request.query, 'query');
        return sendCached(request, reply, districtShapesBody());
      },
    },
    {
      path: '/shapes/municipalities', summary: "Outlines of one district's municipalities, for maps",
      description: 'GeoJSON (RFC 7946, lon/lat) of the municipalities of the district given by `district` (required), '
        + 'simplified from BKG VG250 with shared borders kept; unincorporated areas (gemeindefreie Gebiete) are not included. '
        + 'Feature id and properties.ags are the 8-digit AGS. Cacheable: ETag and Cache-Control max-age.',
      query: MunicipalityShapesQuery, response: 'MunicipalityShapes', responseType: 'application/geo+json', notFound: true, notModified: true,
      handler: async (request, reply) => {
        const q = parse(MunicipalityShapesQuery, request.query, 'query');
        if (!loadGazetteer().districtByAgs(q.district)) throw new ProblemError(problem(404, 'no district with this AGS'));
        return sendCached(request, reply, municipalityShapesBody(q.district));
      },
    },
    {
      path: '/openapi.json', summary: 'This OpenAPI document', query: EmptyQuery, response: 'application/json',
      handler: async (request) => {
        parse(EmptyQuery, request.query, 'query');
        return openApi;
      },
    },
    {
      path: '/metrics', summary: 'Prometheus metrics', query: EmptyQuery, alternatives: { 'text/plain': 'Prometheus exposition format' },
      handler: async (request, reply) => {
        parse(EmptyQuery, request.query, 'query');
        const text = await metrics.render();
        return reply.type(metrics.contentType).send(text);
      },
    },
    {
      path: '/healthz', summary: 'Liveness and store driver', query: EmptyQuery, response: 'application/json',
      handler: async (request) => {
        parse(EmptyQuery, request.query, 'query');
        return { ok: true, driver: store.driver };
      },
    },
  ];

  const openApi = buildOpenApi(routes, { version, tokenRequired: tokenDigest !== undefined });

  for (const route of routes) app.get(route.path, route.handler);

  const sendFile = (reply: FastifyReply, name: string) => {
    const file = dashboard.get(name);
    if (!file) return sendProblem(reply, problem(404, 'no such file'));
    return reply.type(file.type).send(file.body);
  };
  app.get('/', async (_request, reply) => sendFile(reply, 'index.html'));
  app.get('/dashboard/:file', async (request, reply) => sendFile(reply, (request.params as { file: string }).file));

  return app;
}
