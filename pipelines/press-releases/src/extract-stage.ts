import { extractRecord } from '@lagebild/extract';
import type { StageFailure } from '@lagebild/queue';
import type { Document, ExtractJob, FeedItem, Source, StoreJob } from '@lagebild/schema';
import { documentFromPage, FetchError, type ArticlePage } from '@lagebild/fetch';

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
export function extractStage(sources: ReadonlyMap<string, SourceHints>, Failure: typeof StageFailure): (job: ExtractJob | PageExtractJob) => StoreJob {
  return (job) => {
    let document: Document;
    if ('page' in job) {
      try {
        document = documentFromPage(job.page);
      } catch (error) {
        throw articleFailure(error, job.page.item, Failure);
      }
    } else {
      document = job.document;
    }
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

/**
 * An extract job whose document is still the fetched page (the handlers' `parsePagesInExtract`):
 * the extract stage first builds the document with `documentFromPage`, so the page is parsed in
 * the extraction thread. A page without body fails as an `article` failure, as when it is parsed
 * while fetching.
 */
export interface PageExtractJob { page: ArticlePage }

/** The `article` stage failure of an item whose page could not be fetched or parsed. */
export function articleFailure(error: unknown, item: FeedItem, Failure: typeof StageFailure): StageFailure {
  const reason = error instanceof FetchError ? error.reason : (error as Error).message;
  return new Failure('article', item.sourceId, reason, {
    url: item.url, permanent: error instanceof FetchError ? error.permanent : true, cause: error,
  });
}

/** A short release in our own words that reaches every extractor: municipality, district, agency, date, impact, contact. */
export const WARM_UP_DOCUMENT: Document = {
  id: 'warm-up', sourceId: 'warm-up', url: 'http://127.0.0.1/warm-up', title: 'Warm-up',
  publishedAt: '2023-03-08T10:00:00+01:00', fetchedAt: '2023-03-08T10:00:00+01:00', contentHash: 'warm-up',
  text: 'Kamen (ots) - Seit Dienstag, 7. März 2023, ist das Bürgerbüro der Stadt Kamen im Kreis Unna wegen einer '
  + 'IT-Störung geschlossen. Die Polizei Dortmund ermittelt. Rückfragen unter Tel. 02307 1000 oder info@example.org.',
};

/**
 * Builds the extractor's lazy indexes (about 200 ms) before a worker takes its first job, so the first
 * documents are not slower than the rest and no job's lock runs short while the indexes are built.
 * Returns the milliseconds it took.
 */
export function warmUpExtraction(): number {
  const start = performance.now();
  extractRecord(WARM_UP_DOCUMENT);
  return performance.now() - start;
}
