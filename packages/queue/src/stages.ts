import type { ExtractJob, FetchArticleJob, FetchSourceJob, QuarantineItem, SourceRun, StoreJob } from '@lagebild/schema';

/** What storing one record did: idempotent stores report `unchanged` for a record seen before. */
export type StoreOutcome = 'inserted' | 'updated' | 'unchanged';

/**
 * The pipeline's stages as plain async functions from one job payload to the next. Both runners
 * (embedded and BullMQ) drive the same handlers; a stage never knows which runner calls it.
 * A stage that cannot process its input throws a {@link StageFailure}; the runner quarantines it.
 */
export interface StageHandlers {
  /** Lists a source; malformed entries come back as quarantine items, the rest as article jobs. */
  fetchSource(job: FetchSourceJob): Promise<SourceListing>;
  /** The article as a document to extract, or null when it is unchanged since the last fetch (HTTP 304, same content). */
  fetchArticle(job: FetchArticleJob): Promise<ExtractJob | null>;
  extract(job: ExtractJob): Promise<StoreJob>;
  store(job: StoreJob): Promise<StoreOutcome>;
  /**
   * Stores several records at once (one transaction); outcomes in input order. Optional: runners
   * batch concurrent store jobs through it when present, which is what makes stores fast.
   */
  storeBatch?(jobs: StoreJob[]): Promise<StoreOutcome[]>;
  /** Keeps what could not be processed, with its source and reason. */
  quarantine(item: QuarantineItem): Promise<void>;
  /** Records how a source's poll went, for source health. */
  recordSourceRun(run: SourceRun): Promise<void>;
}

/** What listing a source yields. */
export interface SourceListing {
  jobs: FetchArticleJob[];
  quarantined: QuarantineItem[];
}

/** Names of the stage queues, in pipeline order. */
export const STAGES = ['fetch-source', 'fetch-article', 'extract', 'store'] as const;
export type StageName = (typeof STAGES)[number];

/**
 * A failure that belongs to one input, not to the run: the input is quarantined and the run goes on.
 * `permanent` failures are not retried (a 404, a page without body); transient ones may be.
 */
export class StageFailure extends Error {
  constructor(
    readonly stage: QuarantineItem['stage'],
    readonly sourceId: string,
    readonly reason: string,
    readonly options: { url?: string; permanent?: boolean; excerpt?: string; cause?: unknown } = {},
  ) {
    super(`${sourceId}${options.url ? ` ${options.url}` : ''}: ${reason}`, { cause: options.cause });
    this.name = 'StageFailure';
  }

  get permanent(): boolean {
    return this.options.permanent ?? true;
  }
}
