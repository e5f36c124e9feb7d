import { z } from 'zod';
import {
  AgencyResponseSchema, BasemapResponseSchema, DistrictResponseSchema, DistrictShapesSchema, DocumentsPageSchema, GeoJsonSchema, ImpactRowSchema,
  ImpactsPageSchema, IncidentSchema, IncidentSummarySchema, IncidentsPageSchema, MunicipalityResponseSchema, MunicipalityShapesSchema,
  PlaceInfoSchema, ProblemSchema, QueryHitSchema, RecordResponseSchema, StatusEntrySchema, StatusResponseSchema, TimelineEntrySchema,
  DocumentReportsSchema, ReportRowSchema, ReportsPageSchema,
} from './schemas.js';

/** Names of the component schemas, by schema. */
const COMPONENTS: readonly [string, z.ZodType][] = [
  ['Problem', ProblemSchema], ['DocumentHit', QueryHitSchema], ['DocumentsPage', DocumentsPageSchema],
  ['Record', RecordResponseSchema], ['Impact', ImpactRowSchema], ['ImpactsPage', ImpactsPageSchema],
  ['Place', PlaceInfoSchema], ['StatusEntry', StatusEntrySchema], ['StatusResponse', StatusResponseSchema],
  ['StatusFeatureCollection', GeoJsonSchema], ['TimelineEntry', TimelineEntrySchema],
  ['IncidentSummary', IncidentSummarySchema], ['Incident', IncidentSchema], ['IncidentsPage', IncidentsPageSchema],
  ['Municipality', MunicipalityResponseSchema], ['District', DistrictResponseSchema], ['Agency', AgencyResponseSchema],
  ['Basemap', BasemapResponseSchema], ['DistrictShapes', DistrictShapesSchema], ['MunicipalityShapes', MunicipalityShapesSchema],
  ['Report', ReportRowSchema], ['ReportsPage', ReportsPageSchema], ['DocumentReports', DocumentReportsSchema],
];

/** What the OpenAPI document needs to know about one route. */
export interface RouteDoc {
  path: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Component name of the JSON response, or a literal media type → description map for other formats. */
  response?: string;
  /** Media type of a component `response` other than application/json, e.g. application/geo+json. */
  responseType?: string;
  /** Answers 304 to an If-None-Match naming its ETag. */
  notModified?: boolean;
  /** Other media types the route can answer with (chosen by `format`). */
  alternatives?: Record<string, string>;
  /** Public even when a token is configured. */
  public?: boolean;
  /** Answers 404 when the resource does not exist. */
  notFound?: boolean;
}

type JsonSchema = Record<string, unknown>;

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path', registry: z.core.$ZodRegistry<{ id?: string }>): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: registry }) as JsonSchema;
  const properties = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name, in: where, required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const problemResponse = (description: string) => ({
  description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The OpenAPI 3.1 document of the routes. */
export function buildOpenApi(routes: readonly RouteDoc[], info: { version: string; tokenRequired: boolean }): JsonSchema {
  const registry = z.registry<{ id?: string }>();
  for (const [id, schema] of COMPONENTS) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }) as { schemas: Record<string, JsonSchema> };
  const schemas = Object.fromEntries(Object.entries(generated.schemas).map(([id, s]) => [id, strip(s)]));

  const paths: Record<string, JsonSchema> = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const content: Record<string, JsonSchema> = {};
    if (route.response) {
      content[route.response.includes('/') ? route.response : route.responseType ?? 'application/json'] = route.response.includes('/')
        ? {} : { schema: { $ref: `#/components/schemas/${route.response}` } };
    }
    for (const [type, description] of Object.entries(route.alternatives ?? {})) {
      content[type] = { schema: { type: 'string', description } };
    }
    const responses: Record<string, JsonSchema> = {
      200: { description: 'OK', ...(Object.keys(content).length ? { content } : {}) },
    };
    if (route.notModified) responses['304'] = { description: 'Not Modified: If-None-Match named the current ETag' };
    if (route.query || route.params) responses['400'] = problemResponse('invalid parameters');
    if (!route.public && info.tokenRequired) responses['401'] = problemResponse('missing or wrong bearer token');
    if (route.notFound) responses['404'] = problemResponse('not found');
    paths[openApiPath] = {
      get: {
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        operationId: `get${openApiPath.replace(/[{}]/g, '').split(/[/.-]/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('') || 'Root'}`,
        parameters: [...parameters(route.params, 'path', registry), ...parameters(route.query, 'query', registry)],
        responses,
        ...(route.public ? { security: [] } : {}),
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'lagebild API',
      version: info.version,
      description: 'Read-only situation picture from German public-sector press releases: documents, service impacts, '
        + 'status as of a date, incidents. Errors are RFC 9457 problem details.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    ...(info.tokenRequired ? { security: [{ bearer: [] }] } : {}),
  };
}
