import { createHash } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  MAX_JOB_BATCH, type Document, type ExtractBatchJob, type ExtractJob, type FetchArticleJob, type FetchSourceJob,
  type LagebildRecord, type StoreBatchJob, type StoreJob,
} from '@lagebild/schema';
import { STAGES, type StageName } from '../stages.js';

export { DEFAULT_BATCH_SIZE } from '@lagebild/schema';

/** BullMQ key prefix of every lagebild queue. */
export const QUEUE_PREFIX = 'lagebild';

/** Payload type of each stage's queue. */
export interface StagePayloads {
  'fetch-source': FetchSourceJob;
  'fetch-article': FetchArticleJob;
  extract: ExtractJob | ExtractBatchJob;
  store: StoreJob | StoreBatchJob;
}

/**
 * Job names: a stage queue carries single-item jobs (`extract`, `store`: one article from
 * `ingest --distributed`) and batch jobs (`extract-batch`, `store-batch`: documents from
 * `lagebild enqueue`); the worker picks the payload schema by name.
 */
export const JOB_NAMES = {
  extract: 'extract', extractBatch: 'extract-batch', store: 'store', storeBatch: 'store-batch',
} as const;

/**
 * Retries with exponential backoff and jitter; completed and failed jobs are trimmed so Redis does
 * not grow without bound (the store, not Redis, is the record of what was done).
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

function hash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * Job ids derived from content: the same input gets the same id, so BullMQ drops a duplicate add
 * while the first job is still kept. Ids carry a stage prefix (never all digits) and no ":".
 */
export const jobIds = {
  fetchSource: (sourceId: string, at: Date) => `src-${hash(sourceId)}-${at.getTime()}`,
  fetchArticle: (job: FetchArticleJob) => `art-${hash(job.item.sourceId, job.item.url)}`,
  extract: (document: Document) => `ext-${hash(document.id, document.contentHash)}`,
  store: (document: Document) => `sto-${hash(document.id, document.contentHash)}`,
  /** The same documents in the same order get the same id, so a repeated enqueue of a file is dropped. */
  extractBatch: (documents: readonly Document[]) => `exb-${hash(...documents.flatMap((d) => [d.id, d.contentHash]))}`,
  storeBatch: (records: readonly LagebildRecord[]) => `stb-${hash(...records.flatMap((r) => [r.document.id, r.document.contentHash]))}`,
};

/**
 * Completed jobs are kept (for an hour, see {@link DEFAULT_JOB_OPTIONS}) so that a duplicate add is
 * dropped; batch jobs keep about as many documents in Redis as single jobs did, not `count` times
 * the batch size.
 */
export function batchJobRetention(size: number): JobsOptions['removeOnComplete'] {
  return { age: 3600, count: Math.max(10, Math.ceil(10_000 / Math.max(1, size))) };
}

export type StageQueues = { readonly [S in StageName]: Queue<StagePayloads[S]> };

/** One BullMQ queue per stage, sharing a producer connection; `prefix` separates deployments (and tests). */
export function createStageQueues(connection: Redis, options: { prefix?: string; jobOptions?: JobsOptions } = {}): StageQueues {
  const make = <S extends StageName>(stage: S) =>
    new Queue<StagePayloads[S]>(stage, {
      connection, prefix: options.prefix ?? QUEUE_PREFIX, defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...options.jobOptions },
    });
  return {
    'fetch-source': make('fetch-source'),
    'fetch-article': make('fetch-article'),
    extract: make('extract'),
    store: make('store'),
  } as StageQueues;
}

export async function closeStageQueues(queues: StageQueues): Promise<void> {
  await Promise.all(STAGES.map((s) => queues[s].close()));
}

export type QueueCounts = Record<StageName, Record<string, number>>;

/** Jobs per queue and state. */
export async function queueCounts(queues: StageQueues): Promise<QueueCounts> {
  const entries = await Promise.all(STAGES.map(async (s) => [s, await queues[s].getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed', 'paused')] as const));
  return Object.fromEntries(entries) as QueueCounts;
}

/** True when no stage has work waiting, delayed or running. */
export function isIdle(counts: QueueCounts): boolean {
  return STAGES.every((s) => {
    const c = counts[s];
    return (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) + (c.paused ?? 0) === 0;
  });
}

/** Waits until every stage is idle, polling; `onPoll` sees the counts (for progress output). */
export async function waitForIdle(queues: StageQueues, options: { pollMs?: number; timeoutMs?: number; onPoll?: (c: QueueCounts) => void } = {}): Promise<QueueCounts> {
  const deadline = Date.now() + (options.timeoutMs ?? Number.POSITIVE_INFINITY);
  // Two idle readings in a row: a job may be between "completed" and its successor's add.
  let idleReadings = 0;
  for (;;) {
    const counts = await queueCounts(queues);
    options.onPoll?.(counts);
    idleReadings = isIdle(counts) ? idleReadings + 1 : 0;
    if (idleReadings >= 2) return counts;
    if (Date.now() > deadline) throw new Error(`queues not idle after ${options.timeoutMs} ms: ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, options.pollMs ?? 200));
  }
}

/** Enqueues one poll of each source. */
export async function enqueueSources(queues: StageQueues, sourceIds: readonly string[], at = new Date()): Promise<void> {
  await queues['fetch-source'].addBulk(sourceIds.map((sourceId) => ({
    name: 'fetch-source', data: { sourceId }, opts: { jobId: jobIds.fetchSource(sourceId, at) },
  })));
}

/**
 * Enqueues documents straight into the extract stage (batch backfills): one `extract` job per
 * document, or `extract-batch` jobs of up to `batchSize` documents when `batchSize` is above 1
 * (`lagebild enqueue` passes {@link DEFAULT_BATCH_SIZE} unless told otherwise). A document repeated
 * within the call (same id and content hash) is enqueued once. Returns the number of jobs offered
 * (BullMQ drops those whose id is already kept).
 */
export async function enqueueDocuments(queues: StageQueues, documents: readonly Document[], options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_JOB_BATCH) {
    throw new RangeError(`batch size must be an integer from 1 to ${MAX_JOB_BATCH}, not ${batchSize}`);
  }
  const seen = new Set<string>();
  const distinct = documents.filter((d) => {
    const key = `${d.id}\u0000${d.contentHash}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (distinct.length === 0) return 0;
  if (batchSize === 1) {
    await queues.extract.addBulk(distinct.map((document) => ({
      name: JOB_NAMES.extract, data: { document }, opts: { jobId: jobIds.extract(document) },
    })));
    return distinct.length;
  }
  const jobs = [];
  for (let i = 0; i < distinct.length; i += batchSize) {
    const batch = distinct.slice(i, i + batchSize);
    jobs.push({
      name: JOB_NAMES.extractBatch, data: { documents: batch },
      opts: { jobId: jobIds.extractBatch(batch), removeOnComplete: batchJobRetention(batchSize) },
    });
  }
  await queues.extract.addBulk(jobs);
  return jobs.length;
}
