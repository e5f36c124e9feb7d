import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ZodType } from 'zod';
import {
  ExtractJobSchema, FetchArticleJobSchema, FetchSourceJobSchema, StoreJobSchema, toBerlinIso, type QuarantineItem,
  type SourceRun,
} from '@lagebild/schema';
import { batchWithFallback, createBatcher } from '../batcher.js';
import { STAGES, StageFailure, type StageHandlers, type StageName, type StoreOutcome } from '../stages.js';
import type { StoreJob } from '@lagebild/schema';
import { jobIds, QUEUE_PREFIX, type StageQueues } from './queues.js';

const PAYLOAD_SCHEMAS: Record<StageName, ZodType> = {
  'fetch-source': FetchSourceJobSchema,
  'fetch-article': FetchArticleJobSchema,
  extract: ExtractJobSchema,
  store: StoreJobSchema,
};

const QUARANTINE_STAGE: Record<StageName, QuarantineItem['stage']> = {
  'fetch-source': 'feed', 'fetch-article': 'article', extract: 'extract', store: 'store',
};

export interface WorkerOptions {
  /** Jobs in flight per stage worker (default 4). */
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
  const batcher = storeBatch ? createBatcher<StoreJob, StoreOutcome>(batchWithFallback((jobs) => storeBatch(jobs), (job) => handlers.store(job)), { maxSize: 64, maxWaitMs: 10 }) : undefined;

  async function giveUp(stage: StageName, job: Job, reason: string, error?: unknown): Promise<never> {
    const base = { sourceId: sourceIdOf(stage, job.data), stage: QUARANTINE_STAGE[stage], at: toBerlinIso(new Date()) };
    const url = error instanceof StageFailure ? error.options.url ?? urlOf(job.data) : urlOf(job.data);
    await handlers.quarantine({ ...base, reason, ...(url ? { url } : {}) });
    throw new UnrecoverableError(`${base.sourceId}${url ? ` ${url}` : ''}: ${reason}`);
  }

  async function process(stage: StageName, job: Job): Promise<string> {
    const parsed = PAYLOAD_SCHEMAS[stage].safeParse(job.data);
    if (!parsed.success) {
      return giveUp(stage, job, `schema violation in ${stage} payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    try {
      return await runStage(stage, parsed.data);
    } catch (error) {
      if (error instanceof UnrecoverableError) throw error;
      const reason = error instanceof StageFailure ? error.reason : (error as Error).message;
      const permanent = error instanceof StageFailure && error.permanent;
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (permanent || lastAttempt) return giveUp(stage, job, reason, error);
      throw error;
    }
  }

  async function runStage(stage: StageName, data: unknown): Promise<string> {
    switch (stage) {
      case 'fetch-source': {
        const { sourceId } = data as { sourceId: string };
        const startedAt = toBerlinIso(new Date());
        let listing;
        try {
          listing = await handlers.fetchSource({ sourceId });
        } catch (error) {
          const run: SourceRun = {
            sourceId, startedAt, finishedAt: toBerlinIso(new Date()), ok: false, items: 0, stored: 0, quarantined: 1,
            error: error instanceof StageFailure ? error.reason : (error as Error).message,
          };
          await handlers.recordSourceRun(run);
          throw error;
        }
        for (const item of listing.quarantined) await handlers.quarantine(item);
        await queues['fetch-article'].addBulk(listing.jobs.map((job) => ({ name: 'fetch-article', data: job, opts: { jobId: jobIds.fetchArticle(job) } })));
        await handlers.recordSourceRun({
          sourceId, startedAt, finishedAt: toBerlinIso(new Date()), ok: true,
          items: listing.jobs.length + listing.quarantined.length, stored: 0, quarantined: listing.quarantined.length,
        });
        return `listed ${listing.jobs.length}`;
      }
      case 'fetch-article': {
        const next = await handlers.fetchArticle(data as Parameters<StageHandlers['fetchArticle']>[0]);
        if (next === null) return 'unchanged';
        await queues.extract.add('extract', next, { jobId: jobIds.extract(next.document) });
        return next.document.id;
      }
      case 'extract': {
        const next = await handlers.extract(data as Parameters<StageHandlers['extract']>[0]);
        await queues.store.add('store', next, { jobId: jobIds.store(next.record.document) });
        return next.record.document.id;
      }
      case 'store':
        return batcher ? batcher.add(data as StoreJob) : handlers.store(data as StoreJob);
    }
  }

  const workers = stages.map((stage) => {
    // Store jobs wait on the database, not the CPU: more of them in flight fill the batches.
    const concurrency = stage === 'store' && batcher ? Math.max(32, options.concurrency ?? 4) : options.concurrency ?? 4;
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
