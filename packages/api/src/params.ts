import { z } from 'zod';
import { AGENCY_KINDS, SERVICES, SERVICE_STATUSES, STATES } from '@lagebild/schema';

/**
 * Query and path parameters of the HTTP API as zod schemas: every parameter is checked here before
 * it reaches the store, unknown parameters are refused, and the OpenAPI document is generated from
 * the same schemas. Values then travel as bound SQL parameters only.
 */

const STATE_CODES = Object.values(STATES) as [string, ...string[]];

const integer = (max: number, description: string) => z.string()
  .regex(/^\d{1,9}$/, 'expected a non-negative integer')
  .transform(Number)
  .pipe(z.number().int().min(0).max(max))
  .describe(description);

export const limitParam = (max = 1000, fallback = 50) => integer(max, `page size, at most ${max} (default ${fallback})`).optional();
export const offsetParam = integer(1_000_000, 'items to skip (default 0)').optional();

export const isoDateParam = (description: string) => z.iso.date().describe(description);
export const municipalityAgsParam = z.string().regex(/^\d{8}$/, 'expected an 8-digit municipality AGS').describe('municipality AGS (8 digits)');
export const districtAgsParam = z.string().regex(/^\d{5}$/, 'expected a 5-digit district AGS').describe('district AGS (5 digits)');
export const placeAgsParam = z.string().regex(/^(\d{5}|\d{8})$/, 'expected a 5- or 8-digit AGS').describe('AGS of a district (5 digits) or municipality (8 digits)');
export const stateParam = z.enum(STATE_CODES).describe('Land as two-letter code, e.g. NW');
export const idParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'expected lowercase words joined by "-"');
export const documentIdParam = z.string().min(1).max(200).regex(/^[\p{L}\p{N}._~:@+-]+$/u, 'unexpected characters in a document id')
  .describe('document id');
export const incidentIdParam = z.string().regex(/^inc-[0-9a-f]{12}$/, 'expected inc- and 12 hex digits').describe('incident id');
/** Names as releases write them: letters, digits, spaces and a few punctuation marks. */
const nameOrCode = (description: string) => z.string().trim().min(1).max(100)
  .regex(/^[\p{L}\p{N} .'’()/-]+$/u, "expected a name or code (letters, digits, spaces, . ' ( ) / -)")
  .describe(description);
/** Full-text search: words, `OR`, `"phrases"` and trailing `*`; no other syntax characters. */
export const searchParam = z.string().trim().min(1).max(200)
  .regex(/^[\p{L}\p{N}\s"'’*.,:/-]+$/u, 'expected words, OR, "phrases" and trailing * only')
  .describe('full-text search: words (ANDed), OR, "phrases", trailing * for prefixes');

/** A comma-separated list of vocabulary values. */
const listOf = <T extends readonly [string, ...string[]]>(values: T, description: string) => z.string().max(1000)
  .transform((s) => s.split(',').map((v) => v.trim()))
  .pipe(z.array(z.enum(values)).min(1))
  .describe(`${description}; one or more of ${values.join(', ')}, comma-separated`);

const service = z.enum(SERVICES).describe('affected service');
const status = z.enum(SERVICE_STATUSES).describe('service status');

export const DocumentsQuery = z.object({
  q: searchParam.optional(),
  municipality: nameOrCode('municipality AGS (8 digits) or name').optional(),
  district: nameOrCode('district AGS (5 digits) or name; includes its municipalities').optional(),
  agency: nameOrCode('agency id (e.g. zac-nrw) or name').optional(),
  agencyKind: z.enum(AGENCY_KINDS).describe('only documents naming an agency of this kind').optional(),
  service: service.optional(),
  status: status.optional(),
  from: isoDateParam('from YYYY-MM-DD (publication, date mentions or impact asOf), inclusive').optional(),
  to: isoDateParam('to YYYY-MM-DD, inclusive').optional(),
  source: idParam.describe('source id').optional(),
  limit: limitParam(),
  offset: offsetParam,
  format: z.enum(['json', 'ndjson', 'csv']).describe('json (a page), ndjson (full records, one per line) or csv').optional(),
  unit: z.enum(['document', 'report'])
    .describe('with format=ndjson or csv: document (default) one line per release; report one line per report (incident) of the page\'s releases, a release without reports as one').optional(),
}).strict().refine((q) => q.unit !== 'report' || q.format === 'ndjson' || q.format === 'csv', {
  path: ['unit'], message: 'unit=report applies to format=ndjson or csv (a page of reports: GET /reports)',
});

/** `GET /reports`: reports (incidents) of the stored releases (issue 17). */
export const ReportsQuery = z.object({
  place: nameOrCode("a place the report mentions: municipality AGS (8 digits), district AGS (5 digits) or a name").optional(),
  from: isoDateParam('from YYYY-MM-DD (publication, or a date or impact asOf in the report), inclusive').optional(),
  to: isoDateParam('to YYYY-MM-DD, inclusive').optional(),
  q: z.string().trim().min(1).max(200).regex(/^[^\p{Cc}\p{Cs}]+$/u, 'expected text without control characters')
    .describe("case-insensitive text in the report's own text").optional(),
  source: idParam.describe('source id').optional(),
  document: documentIdParam.optional(),
  limit: limitParam(),
  offset: offsetParam,
  format: z.enum(['json', 'ndjson', 'csv']).describe('json (a page), ndjson (one report per line) or csv').optional(),
}).strict();

export const ImpactsQuery = z.object({
  municipality: municipalityAgsParam.optional(),
  district: districtAgsParam.describe('district AGS: impacts on the district and its municipalities').optional(),
  state: stateParam.optional(),
  place: placeAgsParam.describe("AGS of the impact's own place").optional(),
  placeKind: z.enum(['municipality', 'district']).optional(),
  service: listOf(SERVICES, 'services').optional(),
  status: listOf(SERVICE_STATUSES, 'statuses').optional(),
  from: isoDateParam('asOf from YYYY-MM-DD, inclusive').optional(),
  to: isoDateParam('asOf to YYYY-MM-DD, inclusive').optional(),
  source: idParam.describe('source id').optional(),
  document: documentIdParam.optional(),
  order: z.enum(['newest', 'oldest']).optional(),
  limit: limitParam(),
  offset: offsetParam,
  format: z.enum(['json', 'ndjson', 'csv']).optional(),
}).strict();

export const StatusQuery = z.object({
  asOf: isoDateParam('status as of this date (YYYY-MM-DD, default today in Berlin)').optional(),
  municipality: municipalityAgsParam.optional(),
  district: districtAgsParam.describe('district AGS: the district and its municipalities').optional(),
  state: stateParam.optional(),
  service: service.optional(),
  status: status.describe('only entries whose current status is this').optional(),
  limit: limitParam(5000, 1000),
  offset: offsetParam,
  format: z.enum(['json', 'ndjson', 'csv', 'geojson']).describe('geojson: one feature per place (not paged)').optional(),
  geometry: z.enum(['point', 'shape'])
    .describe("with format=geojson: point (default) at the place's centroid, or shape: its simplified outline (Polygon/MultiPolygon)")
    .optional(),
}).strict().refine((q) => q.geometry === undefined || q.format === 'geojson', {
  path: ['geometry'], message: 'geometry applies to format=geojson only',
});

export const IncidentsQuery = z.object({
  from: isoDateParam('incidents with releases on or after this date').optional(),
  to: isoDateParam('incidents with releases on or before this date').optional(),
  place: placeAgsParam.describe('incidents touching this municipality or district').optional(),
  limit: limitParam(),
  offset: offsetParam,
  format: z.enum(['json', 'ndjson']).optional(),
}).strict();

export const PlaceQuery = z.object({
  asOf: isoDateParam('status as of this date (default today in Berlin)').optional(),
  limit: limitParam(500, 20),
  offset: offsetParam,
}).strict();

export const AgencyQuery = z.object({ limit: limitParam(500, 20), offset: offsetParam }).strict();

export const BasemapQuery = z.object({
  state: listOf(STATE_CODES, 'Länder'),
}).strict();

export const EmptyQuery = z.object({}).strict();

export const MunicipalityShapesQuery = z.object({
  district: districtAgsParam.describe('district AGS (5 digits): the shapes of its municipalities'),
}).strict();

export const MunicipalityPath = z.object({ ags: municipalityAgsParam }).strict();
export const DistrictPath = z.object({ ags: districtAgsParam }).strict();
export const AgencyPath = z.object({ id: idParam.describe('agency registry id') }).strict();
export const IncidentPath = z.object({ id: incidentIdParam }).strict();
export const DocumentPath = z.object({ id: documentIdParam }).strict();
