import { z } from 'zod';
import { DocumentSchema, IsoDateTimeSchema, RecordSchema } from './record.js';

/** One entry of a feed or list page, before its article page is fetched. */
export const FeedItemSchema = z.object({
  sourceId: z.string(),
  url: z.string(),
  title: z.string().optional(),
  /** As found in the feed; normalized later. */
  published: z.string().optional(),
  /** Feed-provided body or summary, used when the article page has none. */
  summary: z.string().optional(),
});

/** Where in the pipeline something went wrong. */
export const PIPELINE_STAGES = ['feed', 'article', 'extract', 'store'] as const;

/**
 * An input the pipeline could not process. It is kept with its source and reason, never dropped
 * silently, so that an analyst can see what is missing and why.
 */
export const QuarantineItemSchema = z.object({
  sourceId: z.string(),
  stage: z.enum(PIPELINE_STAGES),
  url: z.string().optional(),
  reason: z.string(),
  at: IsoDateTimeSchema,
  /** Small excerpt of the offending input, for diagnosis. */
  excerpt: z.string().optional(),
});

/** Health of one source after a poll. */
export const SourceRunSchema = z.object({
  sourceId: z.string(),
  startedAt: IsoDateTimeSchema,
  finishedAt: IsoDateTimeSchema,
  ok: z.boolean(),
  items: z.number().int().nonnegative(),
  stored: z.number().int().nonnegative(),
  quarantined: z.number().int().nonnegative(),
  error: z.string().optional(),
  /** Machine-readable kind of the failure (a FetchErrorCode such as `http-status`, `feed-parse`, `no-items`). */
  errorCode: z.string().optional(),
  /** The feed answered 304 Not Modified: nothing was listed because nothing changed. */
  notModified: z.boolean().optional(),
  /**
   * Tells apart runs of one source that started in the same second (concurrent ingests of one
   * database); a report with the same source, start and id replaces the earlier one.
   */
  runId: z.string().optional(),
});

/** Job payloads stay small: ids and a document's text, never raw pages. */
export const FetchSourceJobSchema = z.object({ sourceId: z.string() });
export const FetchArticleJobSchema = z.object({ item: FeedItemSchema });
export const ExtractJobSchema = z.object({ document: DocumentSchema });
export const StoreJobSchema = z.object({ record: RecordSchema });

/** Most documents (or records) one batch job may carry; keeps a job's payload far below Redis's limits. */
export const MAX_JOB_BATCH = 1000;

/**
 * Documents per extract job that `lagebild enqueue` uses unless told otherwise. A job costs about
 * as much queue work as extracting a document, so one job per document halves throughput at best;
 * 100 documents make that overhead vanish while a batch still takes well under a second and a
 * killed worker's batch is redone quickly.
 */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * Batch payloads: many documents per extract job, many records per store job, so that queue
 * overhead is paid once per batch instead of once per document. Workers check the envelope with
 * these and each item on its own (DocumentSchema, RecordSchema), so that one bad item is
 * quarantined alone instead of failing its batch.
 */
export const ExtractBatchJobSchema = z.object({ documents: z.array(DocumentSchema).min(1).max(MAX_JOB_BATCH) });
export const StoreBatchJobSchema = z.object({ records: z.array(RecordSchema).min(1).max(MAX_JOB_BATCH) });

export type FeedItem = z.infer<typeof FeedItemSchema>;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];
export type QuarantineItem = z.infer<typeof QuarantineItemSchema>;
export type SourceRun = z.infer<typeof SourceRunSchema>;
export type FetchSourceJob = z.infer<typeof FetchSourceJobSchema>;
export type FetchArticleJob = z.infer<typeof FetchArticleJobSchema>;
export type ExtractJob = z.infer<typeof ExtractJobSchema>;
export type StoreJob = z.infer<typeof StoreJobSchema>;
export type ExtractBatchJob = z.infer<typeof ExtractBatchJobSchema>;
export type StoreBatchJob = z.infer<typeof StoreBatchJobSchema>;
