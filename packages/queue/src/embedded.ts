import { toBerlinIso, type FetchArticleJob, type QuarantineItem, type SourceRun } from '@lagebild/schema';
import { batchWithFallback, createBatcher } from './batcher.js';
import { StageFailure, type StageHandlers, type StoreOutcome } from './stages.js';
import type { StoreJob } from '@lagebild/schema';

/** Counts of one embedded run, overall and per source. */
export interface RunSummary {
  sources: number;
  items: number;
  inserted: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  failedSources: number;
  perSource: Record<string, SourceRun>;
}

/** Progress events for terminals and logs. */
export type RunEvent =
  | { type: 'source-listed'; sourceId: string; items: number }
  | { type: 'source-failed'; sourceId: string; reason: string }
  | { type: 'item-done'; sourceId: string; url: string; outcome: StoreOutcome }
  | { type: 'item-quarantined'; item: QuarantineItem };

export interface EmbeddedRunOptions {
  /** Articles fetched and extracted at once (default 8; the pacer still keeps other people's hosts at one request at a time). */
  concurrency?: number;
  /** Sources listed at once (default 2). */
  sourceConcurrency?: number;
  onEvent?: (event: RunEvent) => void;
  now?: () => Date;
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight, preserving result order.
 * Rejections are not caught here: callers decide what an error means.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function describe(error: unknown): string {
  if (error instanceof StageFailure) return error.reason;
  if (error instanceof Error) return error.message;
  return String(error);
}

function toQuarantine(error: unknown, fallback: Omit<QuarantineItem, 'reason' | 'at'>, at: string): QuarantineItem {
  if (error instanceof StageFailure) {
    return {
      sourceId: error.sourceId, stage: error.stage, reason: error.reason, at,
      ...(error.options.url ?? fallback.url ? { url: error.options.url ?? fallback.url } : {}),
      ...(error.options.excerpt ? { excerpt: error.options.excerpt } : {}),
    };
  }
  return { ...fallback, reason: describe(error), at };
}

/**
 * The embedded runner: every stage in this process, bounded concurrency, no Redis. A failing source
 * or item is quarantined and recorded; everything else of the run is stored.
 */
export async function runEmbedded(
  handlers: StageHandlers,
  sourceIds: readonly string[],
  options: EmbeddedRunOptions = {},
): Promise<RunSummary> {
  const now = options.now ?? (() => new Date());
  const emit = options.onEvent ?? (() => {});
  const summary: RunSummary = {
    sources: sourceIds.length, items: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0, failedSources: 0, perSource: {},
  };

  const storeBatch = handlers.storeBatch?.bind(handlers);
  const batcher = storeBatch ? createBatcher<StoreJob, StoreOutcome>(batchWithFallback((jobs) => storeBatch(jobs), (job) => handlers.store(job))) : undefined;
  const store = (job: StoreJob) => (batcher ? batcher.add(job) : handlers.store(job));

  async function quarantine(item: QuarantineItem, run: SourceRun): Promise<void> {
    await handlers.quarantine(item);
    run.quarantined++;
    summary.quarantined++;
    emit({ type: 'item-quarantined', item });
  }

  async function processItem(job: FetchArticleJob, run: SourceRun): Promise<void> {
    const stageOf = { stage: 'article' as QuarantineItem['stage'] };
    try {
      const extractJob = await handlers.fetchArticle(job);
      if (extractJob === null) {
        summary.unchanged++;
        emit({ type: 'item-done', sourceId: job.item.sourceId, url: job.item.url, outcome: 'unchanged' });
        return;
      }
      stageOf.stage = 'extract';
      const storeJob = await handlers.extract(extractJob);
      stageOf.stage = 'store';
      const outcome = await store(storeJob);
      summary[outcome]++;
      run.stored += outcome === 'unchanged' ? 0 : 1;
      emit({ type: 'item-done', sourceId: job.item.sourceId, url: job.item.url, outcome });
    } catch (error) {
      await quarantine(toQuarantine(error, { sourceId: job.item.sourceId, stage: stageOf.stage, url: job.item.url }, toBerlinIso(now())), run);
    }
  }

  async function processSource(sourceId: string): Promise<void> {
    const run: SourceRun = {
      sourceId, startedAt: toBerlinIso(now()), finishedAt: '', ok: true, items: 0, stored: 0, quarantined: 0,
    };
    summary.perSource[sourceId] = run;
    let jobs: FetchArticleJob[];
    try {
      const listing = await handlers.fetchSource({ sourceId });
      jobs = listing.jobs;
      for (const item of listing.quarantined) await quarantine(item, run);
    } catch (error) {
      run.ok = false;
      run.error = describe(error);
      summary.failedSources++;
      emit({ type: 'source-failed', sourceId, reason: run.error });
      await quarantine(toQuarantine(error, { sourceId, stage: 'feed' }, toBerlinIso(now())), run);
      run.finishedAt = toBerlinIso(now());
      return;
    }
    run.items = jobs.length + run.quarantined;
    summary.items += jobs.length;
    emit({ type: 'source-listed', sourceId, items: jobs.length });
    await mapWithConcurrency(jobs, options.concurrency ?? 8, (job) => processItem(job, run));
    run.finishedAt = toBerlinIso(now());
  }

  await mapWithConcurrency(sourceIds, options.sourceConcurrency ?? 2, processSource);
  for (const run of Object.values(summary.perSource)) await handlers.recordSourceRun(run);
  return summary;
}
