import { extractRecord } from '@lagebild/extract';
import type { StageFailure } from '@lagebild/queue';
import type { ExtractJob, Source, StoreJob } from '@lagebild/schema';

/** What extraction takes from a source: hints, never the feed (so it can be sent to a worker thread). */
export type SourceHints = Pick<Source, 'id' | 'kind' | 'jurisdiction' | 'agency'>;

/** Source hints of a config, for {@link extractStage} in another thread. */
export function sourceHints(sources: readonly Source[]): SourceHints[] {
  return sources.map((s) => ({
    id: s.id, kind: s.kind, ...(s.jurisdiction ? { jurisdiction: s.jurisdiction } : {}), ...(s.agency ? { agency: s.agency } : {}),
  }));
}

/**
 * The extract stage over source hints by id: the same function in this thread (the handlers) and
 * in the embedded runner's worker threads (`extract-worker.ts`), so both give identical records.
 * `Failure` is passed in rather than imported: the queue package's entry point loads BullMQ, which
 * a worker thread that only extracts should not pay for.
 */
export function extractStage(sources: ReadonlyMap<string, SourceHints>, Failure: typeof StageFailure): (job: ExtractJob) => StoreJob {
  return ({ document }) => {
    // Batch documents (`lagebild enqueue`) come from no configured source: they get no source hints.
    const source = sources.get(document.sourceId);
    try {
      return {
        record: extractRecord(document, {
          sourceId: document.sourceId,
          ...(source ? { sourceKind: source.kind } : {}),
          ...(source?.jurisdiction ? { jurisdiction: source.jurisdiction } : {}),
          ...(source?.agency ? { sourceAgency: source.agency } : {}),
        }),
      };
    } catch (error) {
      throw new Failure('extract', document.sourceId, `extraction failed: ${(error as Error).message}`, { url: document.url, cause: error });
    }
  };
}
