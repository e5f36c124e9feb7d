/**
 * @lagebild/schema: the record contract of design.md §3 as zod schemas, with types through `z.infer`.
 * Field names are binding: tools outside this repository read them.
 */
export {
  SOURCE_KINDS, AGENCY_KINDS, SERVICES, SERVICE_STATUSES, DATE_PRECISIONS, CONTACT_KINDS, STATES,
} from './vocabulary.js';
export type { SourceKind, AgencyKind, Service, ServiceStatus, StateCode } from './vocabulary.js';
export {
  ArticleSelectorsSchema, FeedUrlSchema, RssFeedSchema, HtmlListFeedSchema, FeedSchema, DurationSchema, SourceSchema,
  SourcesConfigSchema,
} from './source.js';
export type { ArticleSelectors, Feed, Source, SourcesConfig } from './source.js';
export {
  IsoDateTimeSchema, IsoDateSchema, IsoDateOrDateTimeSchema, AgsSchema, DistrictAgsSchema, StateSchema,
  SpanSchema, DocumentIdSchema, DocumentSchema, DateMentionSchema, PlaceRefSchema, MunicipalitySchema, DistrictSchema,
  AgencySchema, ServiceImpactSchema, ContactSchema, EntitiesSchema, ReportSchema, RecordSchema, ExtractInputSchema,
} from './record.js';
export type {
  Span, Document, DateMention, PlaceRef, Municipality, District, Agency, ServiceImpact, Contact, Entities, Report,
  LagebildRecord, ExtractInput,
} from './record.js';
export {
  FeedItemSchema, PIPELINE_STAGES, QuarantineItemSchema, SourceRunSchema, FetchSourceJobSchema,
  FetchArticleJobSchema, ExtractJobSchema, StoreJobSchema, ExtractBatchJobSchema, StoreBatchJobSchema, MAX_JOB_BATCH,
  DEFAULT_BATCH_SIZE,
} from './pipeline.js';
export type {
  FeedItem, PipelineStage, QuarantineItem, SourceRun, FetchSourceJob, FetchArticleJob, ExtractJob, StoreJob,
  ExtractBatchJob, StoreBatchJob,
} from './pipeline.js';
export { spansInBounds } from './spans.js';
export { BERLIN_TIME_ZONE, berlinOffsetMinutes, toBerlinIso, toBerlinDate } from './time.js';
