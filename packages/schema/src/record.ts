import { z } from 'zod';
import {
  AGENCY_KINDS, CONTACT_KINDS, DATE_PRECISIONS, SERVICE_STATUSES, SERVICES, STATES,
} from './vocabulary.js';

/** ISO 8601 date-time with an explicit offset, e.g. `2023-10-30T09:15:00+01:00`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
/** ISO calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();
export const IsoDateOrDateTimeSchema = z.union([IsoDateSchema, IsoDateTimeSchema]);

export const AgsSchema = z.string().regex(/^\d{8}$/, 'a municipality AGS has 8 digits');
export const DistrictAgsSchema = z.string().regex(/^\d{5}$/, 'a district AGS has 5 digits');
const stateCodes = Object.values(STATES) as [string, ...string[]];
export const StateSchema = z.enum(stateCodes);
const confidence = z.number().min(0).max(1);

/** U+0000 or an unpaired surrogate: characters a database text column cannot keep exactly. */
const NOT_STORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A document id: the store's key, so it must come back exactly as sent. PostgreSQL cannot hold
 * U+0000 and UTF-8 no unpaired surrogate; an id with either is refused with that reason rather than
 * stored as another id.
 */
export const DocumentIdSchema = z.string().min(1).refine((id) => !NOT_STORABLE.test(id), {
  message: 'document id contains U+0000 or an unpaired surrogate, which a store cannot keep exactly',
});

/**
 * A stretch of `document.text` in UTF-16 code units; `text === document.text.slice(start, end)`.
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
}).refine((s) => s.end >= s.start, 'span end lies before its start');

export const DocumentSchema = z.object({
  id: DocumentIdSchema,
  sourceId: z.string().min(1),
  url: z.string(),
  title: z.string(),
  /**
   * Publication instant, ISO 8601 with the Europe/Berlin offset; absent when neither the page, the feed
   * item nor the batch line gives one (never filled in from the clock: see the annotation guide, §3).
   */
  publishedAt: IsoDateTimeSchema.optional(),
  fetchedAt: IsoDateTimeSchema,
  /** `title + "\n\n" + body`: one offset space for both. */
  text: z.string(),
  contentHash: z.string().min(1),
});

export const DateMentionSchema = z.object({
  span: SpanSchema,
  value: IsoDateOrDateTimeSchema,
  end: IsoDateOrDateTimeSchema.optional(),
  precision: z.enum(DATE_PRECISIONS),
  /** Components that were inferred rather than written, e.g. `["year"]`. */
  implied: z.array(z.string()),
});

export const PlaceRefSchema = z.object({ ags: z.string(), name: z.string() });

export const MunicipalitySchema = z.object({
  span: SpanSchema,
  ags: AgsSchema,
  name: z.string(),
  district: PlaceRefSchema,
  state: StateSchema,
  lat: z.number(),
  lon: z.number(),
  confidence,
});

export const DistrictSchema = z.object({
  span: SpanSchema,
  ags: DistrictAgsSchema,
  name: z.string(),
  state: StateSchema,
  confidence,
});

export const AgencySchema = z.object({
  span: SpanSchema,
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  confidence,
});

export const ServiceImpactSchema = z.object({
  span: SpanSchema,
  municipality: PlaceRefSchema.optional(),
  district: PlaceRefSchema.optional(),
  service: z.enum(SERVICES),
  status: z.enum(SERVICE_STATUSES),
  /** The day the state holds; absent only where the text gives no date and the document no publication instant. */
  asOf: IsoDateOrDateTimeSchema.optional(),
  since: IsoDateOrDateTimeSchema.optional(),
  until: IsoDateOrDateTimeSchema.optional(),
  confidence,
});

export const ContactSchema = z.object({
  span: SpanSchema,
  kind: z.enum(CONTACT_KINDS),
  /** Phones in E.164, emails lower-cased, URLs as written (with scheme added when missing). */
  value: z.string(),
});

export const EntitiesSchema = z.object({
  dates: z.array(DateMentionSchema),
  municipalities: z.array(MunicipalitySchema),
  districts: z.array(DistrictSchema),
  agencies: z.array(AgencySchema),
  serviceImpacts: z.array(ServiceImpactSchema),
  contacts: z.array(ContactSchema),
});

/**
 * One incident of a release that bundles several ("1. Sachbeschädigung in A … 2. Diebstahl in B …",
 * headed sections, "POL-XX:" blocks): its stretch of `document.text`, its heading line, and the
 * mentions of `Record.entities` whose spans lie inside it. Shared preamble and trailer (the release's
 * overall header, the contact block) belong to no report.
 */
export const ReportSchema = z.object({
  /** Position among the release's reports, from 0. */
  index: z.number().int().nonnegative(),
  span: SpanSchema,
  /** The section's heading line as written ("1. Sachbeschädigung in A", "Werne - Einbruch in Kiosk"). */
  title: z.string(),
  entities: EntitiesSchema,
});

export const RecordSchema = z.object({
  document: DocumentSchema,
  entities: EntitiesSchema,
  extractor: z.object({ version: z.string() }),
  /**
   * The incidents of a release that bundles several, in text order, non-overlapping. Empty (or absent,
   * in records of extractors before 0.4.0) when the release is a single incident: the release is then
   * its own one report. Added by issue 17; `entities` still holds every mention of the release.
   */
  reports: z.array(ReportSchema).optional(),
});

/** One line of `lagebild extract --in`: `{ id, url?, title?, text, published? }`. */
export const ExtractInputSchema = z.object({
  id: DocumentIdSchema,
  url: z.string().optional(),
  title: z.string().optional(),
  text: z.string(),
  published: z.string().optional(),
});

export type Span = z.infer<typeof SpanSchema>;
export type Document = z.infer<typeof DocumentSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type PlaceRef = z.infer<typeof PlaceRefSchema>;
export type Municipality = z.infer<typeof MunicipalitySchema>;
export type District = z.infer<typeof DistrictSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type ServiceImpact = z.infer<typeof ServiceImpactSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Entities = z.infer<typeof EntitiesSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type LagebildRecord = z.infer<typeof RecordSchema>;
export type ExtractInput = z.infer<typeof ExtractInputSchema>;
