import { z } from 'zod';
import { AGENCY_KINDS, EntitiesSchema, RecordSchema, SERVICES, SERVICE_STATUSES, SOURCE_KINDS } from '@lagebild/schema';

/**
 * Response shapes of the HTTP API as zod schemas: the OpenAPI document is generated from them and
 * the API tests parse every response with them, so document and behaviour cannot drift apart.
 */

const service = z.enum(SERVICES);
const status = z.enum(SERVICE_STATUSES);
const sourceKind = z.union([z.enum(SOURCE_KINDS), z.literal('unknown')]);
const ref = z.object({ ags: z.string(), name: z.string() }).strict();

/** RFC 9457 problem details. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ name: z.string(), reason: z.string() }).strict()).optional(),
}).strict();

export const QueryHitSchema = z.object({
  documentId: z.string(),
  sourceId: z.string(),
  url: z.string(),
  title: z.string(),
  /** Absent for an undated document (no publication date given anywhere; never filled in). */
  publishedAt: z.string().optional(),
  municipalities: z.array(ref),
  districts: z.array(ref),
  agencies: z.array(z.object({ id: z.string(), name: z.string() }).strict()),
  impacts: z.array(z.object({
    place: ref.optional(), service: z.string(), status: z.string(), asOf: z.string().optional(), evidence: z.string(),
  }).strict()),
  dates: z.array(z.string()),
}).strict();

export const ImpactRowSchema = z.object({
  documentId: z.string(),
  ord: z.number().int(),
  sourceId: z.string(),
  url: z.string(),
  title: z.string(),
  publishedAt: z.string().optional(),
  place: z.object({ kind: z.enum(['municipality', 'district']), ags: z.string(), name: z.string() }).strict().optional(),
  districtAgs: z.string().optional(),
  service,
  status,
  /** Absent when neither the text nor a publication date gives the day. */
  asOf: z.string().optional(),
  since: z.string().optional(),
  until: z.string().optional(),
  confidence: z.number(),
  span: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).strict(),
}).strict();

/** One report (incident) of a release (issue 17); a release that was not split is one report (`whole`). */
export const ReportRowSchema = z.object({
  documentId: z.string(),
  index: z.number().int(),
  whole: z.boolean(),
  sourceId: z.string(),
  url: z.string(),
  documentTitle: z.string(),
  publishedAt: z.string().optional(),
  title: z.string(),
  span: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).strict(),
  entities: EntitiesSchema,
}).strict();

export const PlaceInfoSchema = z.object({
  kind: z.enum(['municipality', 'district']),
  ags: z.string(),
  name: z.string(),
  district: ref.optional(),
  state: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
}).strict();

export const StatusEntrySchema = z.object({
  place: PlaceInfoSchema,
  service,
  status,
  since: z.string(),
  asOf: z.string(),
  until: z.string().optional(),
  statements: z.number().int(),
  evidence: z.object({
    documentId: z.string(), sourceId: z.string(), url: z.string(), title: z.string(), publishedAt: z.string().optional(),
    text: z.string(), span: z.object({ start: z.number().int(), end: z.number().int() }).strict(),
  }).strict(),
}).strict();

const agencyRef = z.object({ id: z.string(), name: z.string(), kind: z.string() }).strict();

export const TimelineEntrySchema = z.object({
  documentId: z.string(),
  sourceId: z.string(),
  sourceKind,
  url: z.string(),
  title: z.string(),
  publishedAt: z.string().optional(),
  /** Publication date (Berlin); for an undated release the latest day its text names. */
  date: z.string(),
  municipalities: z.array(ref),
  districts: z.array(ref),
  agencies: z.array(agencyRef),
  impacts: z.array(z.object({
    place: ref.optional(), service, status, asOf: z.string().optional(), evidence: z.string(),
  }).strict()),
  keywords: z.array(z.string()),
}).strict();

const incidentFields = {
  id: z.string(),
  title: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  providers: z.array(agencyRef),
  municipalities: z.array(ref),
  districts: z.array(ref),
  agencies: z.array(agencyRef),
  sourceKinds: z.array(sourceKind),
  documentCount: z.number().int(),
  impactCounts: z.object({ outage: z.number(), degraded: z.number(), restored: z.number(), operational: z.number() }).strict(),
};

export const IncidentSummarySchema = z.object(incidentFields).strict();
export const IncidentSchema = z.object({ ...incidentFields, timeline: z.array(TimelineEntrySchema) }).strict();

const page = <T extends z.ZodType>(item: T) => z.object({
  total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(item),
}).strict();

export const DocumentsPageSchema = page(QueryHitSchema);
export const ImpactsPageSchema = page(ImpactRowSchema);
export const IncidentsPageSchema = page(IncidentSummarySchema);
export const ReportsPageSchema = page(ReportRowSchema);
/** The reports of one release. */
export const DocumentReportsSchema = z.object({ documentId: z.string(), total: z.number().int(), items: z.array(ReportRowSchema) }).strict();
export const StatusResponseSchema = z.object({
  asOf: z.string(), total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(StatusEntrySchema),
}).strict();

const position = z.tuple([z.number(), z.number()]);
/** A closed ring: first and last position equal, so at least four. */
const ring = z.array(position).min(4);
const shapeGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }).strict(),
]);
const shapeCollection = <P extends z.ZodObject>(properties: P) => z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    /** The place's AGS. */
    id: z.string(),
    geometry: shapeGeometry,
    properties,
  }).strict()),
}).strict();

export const GeoJsonSchema = z.object({
  type: z.literal('FeatureCollection'),
  bbox: z.array(z.number()).length(4).optional(),
  features: z.array(z.object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: z.union([
      z.object({ type: z.literal('Point'), coordinates: z.array(z.number()).length(2) }).strict(),
      shapeGeometry,
    ]).nullable(),
    properties: z.record(z.string(), z.unknown()),
  }).strict()),
}).strict();

/** GET /shapes/districts: every district's simplified outline (BKG VG250), lon/lat. */
export const DistrictShapesSchema = shapeCollection(z.object({
  ags: z.string().describe('district AGS (5 digits)'),
  name: z.string().describe('official name (VG250 GEN), e.g. "Unna"'),
  bez: z.string().describe('designation (VG250 BEZ): Kreis, Landkreis, Kreisfreie Stadt, ...'),
  kind: z.literal('district'),
}).strict());

/** GET /shapes/municipalities?district=: the outlines of one district's municipalities. */
export const MunicipalityShapesSchema = shapeCollection(z.object({
  ags: z.string().describe('municipality AGS (8 digits)'),
  name: z.string().describe('official name (VG250 GEN)'),
  bez: z.string().describe('designation (VG250 BEZ): Stadt, Gemeinde, Markt, ...'),
  district: z.string().describe('AGS of its district (5 digits)'),
  kind: z.literal('municipality'),
}).strict());

const placeDetail = {
  asOf: z.string(),
  status: z.array(StatusEntrySchema),
  impacts: z.object({ total: z.number().int(), items: z.array(ImpactRowSchema) }).strict(),
  documents: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(QueryHitSchema) }).strict(),
};

export const MunicipalityResponseSchema = z.object({
  ags: z.string(), name: z.string(), type: z.string(), district: ref, state: z.string(), lat: z.number(), lon: z.number(),
  ...placeDetail,
}).strict();

export const DistrictResponseSchema = z.object({
  ags: z.string(), name: z.string(), type: z.string(), state: z.string(), lat: z.number(), lon: z.number(),
  ...placeDetail,
}).strict();

export const AgencyResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS).optional(),
  aliases: z.array(z.string()),
  abbreviations: z.array(z.string()),
  jurisdiction: z.array(z.string()),
  parent: z.string().optional(),
  verified: z.boolean().optional(),
  inRegistry: z.boolean(),
  documents: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(QueryHitSchema) }).strict(),
}).strict();

export const BasemapResponseSchema = z.object({
  states: z.array(z.string()),
  /** [ags, name, lon, lat] */
  municipalities: z.array(z.tuple([z.string(), z.string(), z.number(), z.number()])),
  districts: z.array(z.tuple([z.string(), z.string(), z.number(), z.number()])),
}).strict();

export const RecordResponseSchema = RecordSchema;
