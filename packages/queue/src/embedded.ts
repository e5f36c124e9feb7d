import { randomUUID } from 'node:crypto';
import { toBerlinIso, type FetchArticleJob, type QuarantineItem, type SourceRun } from '@lagebild/schema';
import { batchWithFallback, createBatcher } from './batcher.js';
import { DEFAULT_MIN_INPUTS, createWorkerPool, type WorkerPool, type WorkerStage } from './embedded/pool.js';
import { StageFailure, type StageHandlers, type StoreOutcome } from './stages.js';
import type { ExtractJob, StoreJob } from '@lagebild/schema';

export type { WorkerStage } from './embedded/pool.js';

/**
 * Fetched articles waiting for extraction or the store at most, over all sources. Neither holds an
 * article slot: the slot fetches the next article while a thread extracts and the record waits for
 * the next batch, which is what lets extraction overlap with fetching and batches grow beyond the
 * article concurrency. This bounds the memory that waiting takes (pages and records of 2,048
 * articles: some 20 MB at most). Against 1,024, 20,000-release runs were about 6% faster.
 */
const MAX_PENDING_ITEMS = 2048;
/**
 * Batches of the embedded store: one transaction per batch; larger batches write fewer pages per
 * record (3,000 records in SQLite: about 0.9 s of CPU in batches of 40, 0.65 s in batches of 256).
 * Batches are cut by size or wait, whichever comes first, and a source's last batch is written as
 * soon as its last extraction is done. A batch is a quarter of the pending articles, so that
 * fetching and extraction go on while a batch is written: with batches as large as the pending
 * bound, every write stopped the fetching until it was done, and in 20,000-release runs both cores
 * were idle a quarter of the time.
 */
const STORE_BATCH = { maxSize: MAX_PENDING_ITEMS / 4, maxWaitMs: 250 } as const;

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
  /**
   * Runs the extract stage in worker threads (see {@link WorkerStage}) so that extraction overlaps
   * with fetching, parsing and storing. The handlers' own `extract` stays the fallback when a thread
   * cannot serve. Without this option extraction runs in this thread.
   */
  extractWorkers?: WorkerStage;
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

/** A source's articles between their fetch and their store. */
interface SourceWork {
  /** Settles when an article's extraction has ended, either way. */
  extracted: Promise<void>[];
  /** Settles when an article is stored or quarantined. */
  finished: Promise<void>[];
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
  const batcher = storeBatch
    ? createBatcher<StoreJob, StoreOutcome>(batchWithFallback((jobs) => storeBatch(jobs), (job) => handlers.store(job)), STORE_BATCH)
    : undefined;
  const store = (job: StoreJob) => (batcher ? batcher.add(job) : handlers.store(job));
  const extractInProcess = (job: ExtractJob) => handlers.extract(job);
  const pool: WorkerPool<ExtractJob, StoreJob> | undefined = options.extractWorkers
    ? createWorkerPool<ExtractJob, StoreJob>(options.extractWorkers, extractInProcess)
    : undefined;
  const threadsFrom = options.extractWorkers?.minInputs ?? DEFAULT_MIN_INPUTS;
  // Threads only pay off for a run with enough articles; a small one extracts here, as it always did.
  const threadsPayOff = (): boolean => summary.items >= threadsFrom;
  const extract = (job: ExtractJob) => (pool && threadsPayOff() ? pool.run(job) : extractInProcess(job));

  let pendingItems = 0;
  const pendingWaiters: (() => void)[] = [];
  async function pendingSlot(): Promise<void> {
    while (pendingItems >= MAX_PENDING_ITEMS) {
      batcher?.flush().catch(() => {});
      await new Promise<void>((resolve) => pendingWaiters.push(resolve));
    }
    pendingItems++;
  }
  function releasePendingSlot(): void {
    pendingItems--;
    pendingWaiters.shift()?.();
  }

  async function quarantine(item: QuarantineItem, run: SourceRun): Promise<void> {
    await handlers.quarantine(item);
    run.quarantined++;
    summary.quarantined++;
    emit({ type: 'item-quarantined', item });
  }

  async function failItem(error: unknown, job: FetchArticleJob, stage: QuarantineItem['stage'], run: SourceRun): Promise<void> {
    await quarantine(toQuarantine(error, { sourceId: job.item.sourceId, stage, url: job.item.url }, toBerlinIso(now())), run);
  }

  /** Stores one record and counts it; settles (never rejects) once the record is stored or quarantined. */
  async function storeItem(storeJob: StoreJob, job: FetchArticleJob, run: SourceRun): Promise<void> {
    try {
      const outcome = await store(storeJob);
      summary[outcome]++;
      run.stored += outcome === 'unchanged' ? 0 : 1;
      emit({ type: 'item-done', sourceId: job.item.sourceId, url: job.item.url, outcome });
    } catch (error) {
      await failItem(error, job, 'store', run);
    }
  }

  /** Stores one extracted article, or quarantines its extraction failure; settles, never rejects. */
  async function finishItem(extracted: Promise<StoreJob>, job: FetchArticleJob, run: SourceRun): Promise<void> {
    let storeJob: StoreJob;
    try {
      storeJob = await extracted;
    } catch (error) {
      await failItem(error, job, 'extract', run);
      return;
    }
    await storeItem(storeJob, job, run);
  }

  /**
   * Fetches one article; its extraction and store are handed to `work` and finish in the
   * background, so the article slot is free for the next fetch while a thread extracts.
   */
  async function processItem(job: FetchArticleJob, run: SourceRun, work: SourceWork): Promise<void> {
    let extractJob: ExtractJob | null;
    try {
      extractJob = await handlers.fetchArticle(job);
    } catch (error) {
      await failItem(error, job, 'article', run);
      return;
    }
    if (extractJob === null) {
      summary.unchanged++;
      emit({ type: 'item-done', sourceId: job.item.sourceId, url: job.item.url, outcome: 'unchanged' });
      return;
    }
    await pendingSlot();
    const input = extractJob;
    const extracted = new Promise<StoreJob>((resolve) => resolve(extract(input)));
    work.extracted.push(extracted.then(() => {}, () => {}));
    const finished = finishItem(extracted, job, run).finally(releasePendingSlot);
    // Awaited by the source; marked handled now so that a failure while the source is still
    // listing (a store that cannot even quarantine) rejects the run instead of crashing the process.
    finished.catch(() => {});
    work.finished.push(finished);
  }

  async function processSource(sourceId: string): Promise<void> {
    const run: SourceRun = {
      sourceId, startedAt: toBerlinIso(now()), finishedAt: '', ok: true, items: 0, stored: 0, quarantined: 0, runId: randomUUID(),
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
    // Articles to extract are coming: threads load their module while the first pages are fetched.
    if (jobs.length > 0 && threadsPayOff()) pool?.warm();
    emit({ type: 'source-listed', sourceId, items: jobs.length });
    const work: SourceWork = { extracted: [], finished: [] };
    await mapWithConcurrency(jobs, options.concurrency ?? 8, (job) => processItem(job, run, work));
    // Once the last extraction is done no more records of this source are coming: write the batch
    // now rather than after the batcher's wait.
    await Promise.all(work.extracted);
    if (batcher) await batcher.flush();
    await Promise.all(work.finished);
    run.finishedAt = toBerlinIso(now());
  }

  try {
    await mapWithConcurrency(sourceIds, options.sourceConcurrency ?? 2, processSource);
  } finally {
    await pool?.close();
  }
  for (const run of Object.values(summary.perSource)) await handlers.recordSourceRun(run);
  return summary;
}
