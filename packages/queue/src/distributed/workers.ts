import { randomUUID } from 'node:crypto';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { z, type ZodType } from 'zod';
import {
  DocumentSchema, ExtractJobSchema, FetchArticleJobSchema, FetchSourceJobSchema, MAX_JOB_BATCH, RecordSchema, StoreJobSchema,
  toBerlinIso, type Document, type LagebildRecord, type QuarantineItem, type SourceRun,
} from '@lagebild/schema';
import { batchWithFallback, createBatcher } from '../batcher.js';
import { STAGES, StageFailure, type StageHandlers, type StageName, type StoreOutcome } from '../stages.js';
import type { StoreJob } from '@lagebild/schema';
import { batchJobRetention, jobIds, JOB_NAMES, QUEUE_PREFIX, type StageQueues } from './queues.js';

const PAYLOAD_SCHEMAS: Record<StageName, ZodType> = {
  'fetch-source': FetchSourceJobSchema,
  'fetch-article': FetchArticleJobSchema,
  extract: ExtractJobSchema,
  store: StoreJobSchema,
};

/**
 * Batch jobs are checked in two steps: the envelope here, then each item with DocumentSchema or
 * RecordSchema on its own, so that one bad item is quarantined alone and the rest go on.
 */
const BATCH_ENVELOPES = {
  [JOB_NAMES.extractBatch]: z.object({ documents: z.array(z.unknown()).min(1).max(MAX_JOB_BATCH) }),
  [JOB_NAMES.storeBatch]: z.object({ records: z.array(z.unknown()).min(1).max(MAX_JOB_BATCH) }),
} as const;

/** The event loop is handed back this often while a batch is extracted, so lock renewals, Redis replies and store jobs are not held up. */
const YIELD_EVERY_MS = 10;

/** Extract jobs a process holds at once (see the worker setup). */
const EXTRACT_JOBS_IN_FLIGHT = 2;

const QUARANTINE_STAGE: Record<StageName, QuarantineItem['stage']> = {
  'fetch-source': 'feed', 'fetch-article': 'article', extract: 'extract', store: 'store',
};

export interface WorkerOptions {
  /** Jobs in flight per stage worker (default 4; the extract stage takes at most 2, the store stage at least 32). */
  concurrency?: number;
  /** Stages this process works on (default: all). */
  stages?: readonly StageName[];
  /** Lock duration in ms: how long until a dead worker's jobs count as stalled (default 30 s). */
  lockDuration?: number;
  /** How often stalled jobs are looked for, in ms (default 30 s). */
  stalledInterval?: number;
  /** BullMQ key prefix; must match the queues' (default {@link QUEUE_PREFIX}). */
  prefix?: string;
  onError?: (stage: StageName, error: Error) => void;
  onFailed?: (stage: StageName, jobId: string | undefined, reason: string) => void;
}

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  /** Stops taking jobs and waits for the active ones to finish. */
  close(): Promise<void>;
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

function sourceIdOf(stage: StageName, data: unknown): string {
  const d = data as { sourceId?: string; item?: { sourceId?: string }; document?: { sourceId?: string }; record?: { document?: { sourceId?: string } } };
  return d?.sourceId ?? d?.item?.sourceId ?? d?.document?.sourceId ?? d?.record?.document?.sourceId ?? `unknown-${stage}`;
}

function urlOf(data: unknown): string | undefined {
  const d = data as { item?: { url?: string }; document?: { url?: string }; record?: { document?: { url?: string } } };
  return d?.item?.url ?? d?.document?.url ?? d?.record?.document?.url;
}

/**
 * Starts one BullMQ worker per stage over the same stage handlers the embedded runner uses.
 * Payloads are validated on dequeue; a schema violation or a permanent failure (404, page without
 * body) is quarantined and ends the job with UnrecoverableError; a transient one is retried with
 * backoff and quarantined when its last attempt fails.
 */
export function startStageWorkers(handlers: StageHandlers, queues: StageQueues, connection: Redis, options: WorkerOptions = {}): RunningWorkers {
  const stages = options.stages ?? STAGES;
  // Concurrent store jobs of this process go to the database as one transaction.
  const storeBatch = handlers.storeBatch?.bind(handlers);
  const storesHere = stages.includes('store');
  const batcher = storeBatch ? createBatcher<StoreJob, StoreOutcome>(batchWithFallback((jobs) => storeBatch(jobs), (job) => handlers.store(job)), { maxSize: 64, maxWaitMs: 10 }) : undefined;

  // Extraction is CPU work: batches extracted side by side finish no sooner in total, but each
  // finishes later, and their yields starve the store jobs' database round trips. So a process
  // extracts one batch at a time; the store stage then writes batch n while batch n+1 is extracted.
  let extracting: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
    const turn = extracting.then(fn, fn);
    extracting = turn.catch(() => undefined);
    return turn;
  }

  async function giveUp(stage: StageName, job: Job, reason: string, error?: unknown): Promise<never> {
    const base = { sourceId: sourceIdOf(stage, job.data), stage: QUARANTINE_STAGE[stage], at: toBerlinIso(new Date()) };
    const url = error instanceof StageFailure ? error.options.url ?? urlOf(job.data) : urlOf(job.data);
    await handlers.quarantine({ ...base, reason, ...(url ? { url } : {}) });
    throw new UnrecoverableError(`${base.sourceId}${url ? ` ${url}` : ''}: ${reason}`);
  }

  async function process(stage: StageName, job: Job): Promise<string> {
    if (stage === 'extract' && job.name === JOB_NAMES.extractBatch) return lastResort('extract', job, () => processExtractBatch(job));
    if (stage === 'store' && job.name === JOB_NAMES.storeBatch) return lastResort('store', job, () => processStoreBatch(job));
    const parsed = PAYLOAD_SCHEMAS[stage].safeParse(job.data);
    if (!parsed.success) return giveUp(stage, job, `schema violation in ${stage} payload: ${issues(parsed.error)}`);
    try {
      return await runStage(stage, parsed.data);
    } catch (error) {
      if (error instanceof UnrecoverableError) throw error;
      const reason = error instanceof StageFailure ? error.reason : (error as Error).message;
      const permanent = error instanceof StageFailure && error.permanent;
      if (permanent || isLastAttempt(job)) return giveUp(stage, job, reason, error);
      throw error;
    }
  }

  /** Quarantines one item of a batch job; the reason names the document, since batch documents often have no URL. */
  async function quarantineItem(stage: 'extract' | 'store', document: Partial<Document> | undefined, reason: string): Promise<void> {
    const sourceId = typeof document?.sourceId === 'string' && document.sourceId ? document.sourceId : `unknown-${stage}`;
    const url = typeof document?.url === 'string' && document.url ? document.url : undefined;
    const id = typeof document?.id === 'string' ? document.id : undefined;
    await handlers.quarantine({
      sourceId, stage, at: toBerlinIso(new Date()), reason: id === undefined ? reason : `document ${JSON.stringify(id)}: ${reason}`,
      ...(url ? { url } : {}),
    });
  }

  /**
   * A batch job that fails in a way its processor did not handle (the quarantine itself failing,
   * say) is retried as a whole; when its last attempt fails, each of its documents is quarantined
   * with the reason, so that a batch never gives up silently.
   */
  async function lastResort(stage: 'extract' | 'store', job: Job, run: () => Promise<string>): Promise<string> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof UnrecoverableError || !isLastAttempt(job)) throw error;
      const data = job.data as { documents?: unknown; records?: unknown };
      const items = stage === 'extract' ? data.documents : data.records;
      for (const item of Array.isArray(items) ? items : []) {
        const document = (stage === 'extract' ? item : (item as { document?: unknown } | undefined)?.document) as Partial<Document> | undefined;
        await quarantineItem(stage, document, (error as Error).message);
      }
      throw new UnrecoverableError(`${job.name} ${job.id}: ${(error as Error).message}`);
    }
  }

  /**
   * Checks a batch job's envelope; a broken envelope cannot be split into items, so the job as a
   * whole is quarantined without retry.
   */
  async function batchItems(stage: 'extract' | 'store', job: Job): Promise<unknown[]> {
    const envelope = BATCH_ENVELOPES[stage === 'extract' ? JOB_NAMES.extractBatch : JOB_NAMES.storeBatch].safeParse(job.data);
    if (!envelope.success) return giveUp(stage, job, `schema violation in ${job.name} payload: ${issues(envelope.error)}`);
    return 'documents' in envelope.data ? envelope.data.documents : envelope.data.records;
  }

  /**
   * Extracts every document of the batch and hands the records on as one store job. A document
   * that violates the schema or whose extraction fails permanently is quarantined alone; one whose
   * extraction fails transiently is handed back as a single-document job with its own retries.
   * Neither fails or repeats the rest of the batch.
   */
  /**
   * When this process works the store stage too, a batch's records go to the store from here: the
   * store job would only carry them through Redis (serialized, parsed and validated once more) to the
   * same process. The extract job completes only after the write, so a crash in between retries it
   * (idempotent). Any failure hands the batch to the store queue, whose job isolates the bad record.
   */
  async function storedHere(records: LagebildRecord[]): Promise<boolean> {
    if (!storesHere || !storeBatch) return false;
    try {
      await storeBatch(records.map((record) => ({ record })));
      return true;
    } catch {
      return false;
    }
  }

  async function processExtractBatch(job: Job): Promise<string> {
    const items = await batchItems('extract', job);
    const records: LagebildRecord[] = [];
    let quarantined = 0;
    const retryAlone: Document[] = [];
    await oneAtATime(async () => {
      let lastYield = performance.now();
      for (const [index, raw] of items.entries()) {
        if (performance.now() - lastYield > YIELD_EVERY_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          lastYield = performance.now();
        }
        const parsed = DocumentSchema.safeParse(raw);
        if (!parsed.success) {
          quarantined++;
          await quarantineItem('extract', raw as Partial<Document>, `schema violation in extract payload: documents.${index}: ${issues(parsed.error)}`);
          continue;
        }
        try {
          records.push((await handlers.extract({ document: parsed.data })).record);
        } catch (error) {
          if (error instanceof StageFailure && error.permanent) {
            quarantined++;
            await quarantineItem('extract', parsed.data, error.reason);
          } else {
            retryAlone.push(parsed.data);
          }
        }
      }
    });
    try {
      if (retryAlone.length > 0) {
        await queues.extract.addBulk(retryAlone.map((document) => ({
          name: JOB_NAMES.extract, data: { document }, opts: { jobId: jobIds.extract(document) },
        })));
      }
      if (records.length > 0 && !(await storedHere(records))) {
        await queues.store.add(JOB_NAMES.storeBatch, { records }, {
          jobId: jobIds.storeBatch(records), removeOnComplete: batchJobRetention(items.length),
        });
      }
    } catch (error) {
      // The records could not be handed on (Redis): the batch is retried as a whole, which is
      // harmless (content-derived job ids, idempotent store); after the last attempt every
      // document that was not stored is quarantined.
      if (!isLastAttempt(job)) throw error;
      for (const document of [...records.map((r) => r.document), ...retryAlone]) {
        await quarantineItem('extract', document, `could not hand on to the store stage: ${(error as Error).message}`);
      }
      throw new UnrecoverableError(`${job.name} ${job.id}: ${(error as Error).message}`);
    }
    return `extracted ${records.length}, quarantined ${quarantined}, retried alone ${retryAlone.length}`;
  }

  /**
   * Stores the batch's records in one transaction. When that fails, each record is stored alone;
   * records that still fail while others succeed are handed back as single store jobs with their
   * own retries. When all fail (the database is down) the batch is retried as a whole, and after
   * its last attempt every record is quarantined.
   */
  async function processStoreBatch(job: Job): Promise<string> {
    const items = await batchItems('store', job);
    const records: LagebildRecord[] = [];
    let quarantined = 0;
    for (const [index, raw] of items.entries()) {
      const parsed = RecordSchema.safeParse(raw);
      if (parsed.success) {
        records.push(parsed.data);
      } else {
        quarantined++;
        await quarantineItem('store', (raw as { document?: Partial<Document> } | undefined)?.document, `schema violation in store payload: records.${index}: ${issues(parsed.error)}`);
      }
    }
    if (records.length === 0) return `stored 0, quarantined ${quarantined}`;
    const jobs: StoreJob[] = records.map((record) => ({ record }));
    // The records not known to be stored: what is quarantined if this was the last attempt.
    let unstored = jobs;
    try {
      if (handlers.storeBatch) {
        try {
          await handlers.storeBatch(jobs);
          return `stored ${records.length}, quarantined ${quarantined}`;
        } catch {
          // Fall through: find out which records fail on their own.
        }
      }
      const settled = await Promise.allSettled(jobs.map((j) => handlers.store(j)));
      unstored = jobs.filter((_, i) => settled[i]!.status === 'rejected');
      if (unstored.length === jobs.length) throw (settled[0] as PromiseRejectedResult).reason;
      if (unstored.length > 0) {
        await queues.store.addBulk(unstored.map((j) => ({ name: JOB_NAMES.store, data: j, opts: { jobId: jobIds.store(j.record.document) } })));
      }
      return `stored ${records.length - unstored.length}, quarantined ${quarantined}, retried alone ${unstored.length}`;
    } catch (error) {
      if (!isLastAttempt(job)) throw error;
      for (const { record } of unstored) await quarantineItem('store', record.document, (error as Error).message);
      throw new UnrecoverableError(`${job.name} ${job.id}: ${(error as Error).message}`);
    }
  }

  async function runStage(stage: StageName, data: unknown): Promise<string> {
    switch (stage) {
      case 'fetch-source': {
        const { sourceId } = data as { sourceId: string };
        const startedAt = toBerlinIso(new Date());
        // Polls of one source by two workers in the same second are two runs.
        const runId = randomUUID();
        let listing;
        try {
          listing = await handlers.fetchSource({ sourceId });
        } catch (error) {
          const run: SourceRun = {
            sourceId, startedAt, finishedAt: toBerlinIso(new Date()), ok: false, items: 0, stored: 0, quarantined: 1, runId,
            error: error instanceof StageFailure ? error.reason : (error as Error).message,
          };
          await handlers.recordSourceRun(run);
          throw error;
        }
        for (const item of listing.quarantined) await handlers.quarantine(item);
        await queues['fetch-article'].addBulk(listing.jobs.map((job) => ({ name: 'fetch-article', data: job, opts: { jobId: jobIds.fetchArticle(job) } })));
        await handlers.recordSourceRun({
          sourceId, startedAt, finishedAt: toBerlinIso(new Date()), ok: true, runId,
          items: listing.jobs.length + listing.quarantined.length, stored: 0, quarantined: listing.quarantined.length,
        });
        return `listed ${listing.jobs.length}`;
      }
      case 'fetch-article': {
        const next = await handlers.fetchArticle(data as Parameters<StageHandlers['fetchArticle']>[0]);
        if (next === null) return 'unchanged';
        await queues.extract.add(JOB_NAMES.extract, next, { jobId: jobIds.extract(next.document) });
        return next.document.id;
      }
      case 'extract': {
        const next = await handlers.extract(data as Parameters<StageHandlers['extract']>[0]);
        await queues.store.add(JOB_NAMES.store, next, { jobId: jobIds.store(next.record.document) });
        return next.record.document.id;
      }
      case 'store':
        return batcher ? batcher.add(data as StoreJob) : handlers.store(data as StoreJob);
    }
  }

  const workers = stages.map((stage) => {
    // Store jobs wait on the database, not the CPU: more of them in flight fill the batches.
    // Extraction is synchronous CPU work done one batch at a time: beyond one job being extracted
    // and one being handed on, more extract jobs in flight only hold batches that an idle worker
    // could have taken.
    const requested = options.concurrency ?? 4;
    const concurrency = stage === 'store' && batcher ? Math.max(32, requested)
      : stage === 'extract' ? Math.min(requested, EXTRACT_JOBS_IN_FLIGHT) : requested;
    const worker = new Worker(stage, (job) => process(stage, job), {
      connection, prefix: options.prefix ?? QUEUE_PREFIX, concurrency,
      ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
      ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
      maxStalledCount: 3,
    });
    // Without an error listener a connection error would be an unhandled 'error' event and kill the process.
    worker.on('error', (error) => options.onError?.(stage, error));
    worker.on('failed', (job, error) => options.onFailed?.(stage, job?.id, error.message));
    return worker;
  });

  return {
    workers,
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

/** Registers repeatable polls, one scheduler per source, replacing earlier schedules of the same source. */
export async function scheduleSourcePolls(queues: StageQueues, sources: readonly { id: string; pollEvery?: string }[], defaultEvery = '15m'): Promise<{ sourceId: string; everyMs: number }[]> {
  const out: { sourceId: string; everyMs: number }[] = [];
  for (const source of sources) {
    const everyMs = durationMs(source.pollEvery ?? defaultEvery);
    await queues['fetch-source'].upsertJobScheduler(`poll-${source.id}`, { every: everyMs }, { name: 'fetch-source', data: { sourceId: source.id } });
    out.push({ sourceId: source.id, everyMs });
  }
  return out;
}

/** `30s`, `5m`, `2h`, `1d`, `500ms` → milliseconds. */
export function durationMs(duration: string): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(duration);
  if (!match) throw new Error(`not a duration: "${duration}" (expected e.g. 30s, 5m, 2h, 1d)`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}
