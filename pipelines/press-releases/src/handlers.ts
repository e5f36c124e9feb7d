import {
  documentId, fetchDocument, fetchDocumentIfModified, FetchError, HostPacer, readFeed, RobotsCache,
  type FetchOptions, type ValidatorCache,
} from '@lagebild/fetch';
import type { Source, SourcesConfig } from '@lagebild/schema';
import { extractStage } from './extract-stage.js';
import type { Store } from '@lagebild/store';
import { StageFailure, type StageHandlers } from '@lagebild/queue';

/** What the press-release stages need around them. */
export interface PressReleaseContext {
  /** Sources to fetch; a worker that only extracts and stores may run without (`sources: []`). */
  config: Pick<SourcesConfig, 'userAgent' | 'allowHosts' | 'sources'>;
  store: Store;
  /**
   * Overrides for HTTP (timeouts, size caps, pacer, robots, validators); user agent and allowHosts
   * come from the config. Without overrides the handlers keep ETag/Last-Modified in the store, pace
   * each host (1 s between requests, 0 for allowHosts) and read robots.txt once per host.
   */
  fetch?: Partial<FetchOptions>;
}

/** How long an article that failed keeps its feed from being read conditionally (then it is given up). */
const ARTICLE_RETRY_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** The store as the fetch package's validator cache (table `http_cache`). */
function storeValidatorCache(store: Store): ValidatorCache {
  return { get: (url) => store.getHttpValidators(url), set: (url, v) => store.setHttpValidators(url, v) };
}

/** What the last listing of a source said beyond items: kept for its SourceRun. */
interface ListingOutcome { errorCode?: string; notModified?: boolean }

function excerptOf(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message.slice(0, 300) : undefined;
}

/**
 * The press-release pipeline as stage handlers: list a source (RSS/Atom or HTML list), fetch each
 * article, extract entities, store the record. Every failure carries its source and reason.
 */
export function createPressReleaseHandlers(context: PressReleaseContext): StageHandlers {
  const sources = new Map(context.config.sources.map((s) => [s.id, s]));
  const extractOne = extractStage(sources, StageFailure);
  // One pacer and one robots.txt cache per handler set: per run for the embedded runner, per
  // process for a worker; robots.txt is then fetched once per host and run.
  const fetchOptions: FetchOptions = {
    userAgent: context.config.userAgent,
    allowHosts: context.config.allowHosts,
    pacer: new HostPacer(),
    robots: new RobotsCache(),
    validators: storeValidatorCache(context.store),
    ...context.fetch,
  };
  const validators = fetchOptions.validators;
  const listings = new Map<string, ListingOutcome>();

  /**
   * Article validators are only handed out while the document they produced is stored with that
   * content hash: a 304 then really means "nothing to do", and a page whose last version never
   * reached the store (extraction failed, store down) is fetched in full again.
   */
  function articleValidators(sourceId: string, itemUrl: string): ValidatorCache | undefined {
    if (!validators) return undefined;
    const id = documentId(sourceId, itemUrl);
    return {
      get: async (url) => {
        const v = await validators.get(url);
        if (!v?.contentHash) return undefined;
        return (await context.store.hasDocument(id, v.contentHash)) ? v : undefined;
      },
      set: (url, v) => validators.set(url, v),
    };
  }

  /** Articles of this source quarantined within the retry window and still not stored. */
  async function hasRecentArticleFailures(sourceId: string): Promise<boolean> {
    const since = Date.now() - ARTICLE_RETRY_WINDOW_MS;
    for (const item of await context.store.listQuarantine({ sourceId })) {
      if (item.stage !== 'article' || !item.url || new Date(item.at).getTime() < since) continue;
      if (!(await context.store.hasDocument(documentId(sourceId, item.url)))) return true;
    }
    return false;
  }

  function sourceOf(sourceId: string, stage: 'feed' | 'article'): Source {
    const source = sources.get(sourceId);
    if (!source) throw new StageFailure(stage, sourceId, `unknown source "${sourceId}" (not in the sources config)`);
    return source;
  }

  return {
    async fetchSource({ sourceId }) {
      const source = sourceOf(sourceId, 'feed');
      try {
        // A 304 on the feed lists nothing, so an article that failed lately would never be tried
        // again: while one is missing, the feed is read in full and its items are listed again.
        const retry = await hasRecentArticleFailures(sourceId);
        const { items, quarantined, notModified } = await readFeed(source, retry ? { ...fetchOptions, validators: undefined } : fetchOptions);
        listings.set(sourceId, notModified ? { notModified } : {});
        return { jobs: items.map((item) => ({ item })), quarantined };
      } catch (error) {
        listings.set(sourceId, { errorCode: error instanceof FetchError ? error.code : 'internal' });
        const reason = error instanceof FetchError ? error.reason : (error as Error).message;
        const excerpt = excerptOf(error);
        throw new StageFailure('feed', sourceId, reason, {
          url: source.feed.url, permanent: error instanceof FetchError ? error.permanent : true, cause: error,
          ...(excerpt ? { excerpt } : {}),
        });
      }
    },
    async fetchArticle({ item }) {
      const source = sourceOf(item.sourceId, 'article');
      const id = documentId(source.id, item.url);
      const cache = articleValidators(source.id, item.url);
      const options: FetchOptions = { ...fetchOptions, ...(cache ? { validators: cache } : {}) };
      try {
        const document = await fetchDocumentIfModified(item, source, options);
        if (document !== null) return { document };
        // 304: unchanged and stored. A 304 we did not ask for (nothing stored) gets a full fetch.
        if (await context.store.hasDocument(id)) return null;
        return { document: await fetchDocument(item, source, options) };
      } catch (error) {
        const reason = error instanceof FetchError ? error.reason : (error as Error).message;
        throw new StageFailure('article', item.sourceId, reason, {
          url: item.url, permanent: error instanceof FetchError ? error.permanent : true, cause: error,
        });
      }
    },
    async extract(job) {
      return extractOne(job);
    },
    async store({ record }) {
      return context.store.putRecord(record);
    },
    async storeBatch(jobs) {
      return context.store.putRecords(jobs.map((job) => job.record));
    },
    async quarantine(item) {
      await context.store.quarantine(item);
    },
    async recordSourceRun(run) {
      // The runners report counts and the error message; the error code and a 304 come from the
      // listing this handler set performed for the source.
      const outcome = listings.get(run.sourceId);
      listings.delete(run.sourceId);
      await context.store.recordSourceRun({
        ...run,
        ...(!run.ok && run.errorCode === undefined && outcome?.errorCode ? { errorCode: outcome.errorCode } : {}),
        ...(run.ok && run.notModified === undefined && outcome?.notModified ? { notModified: true } : {}),
      });
    },
  };
}
