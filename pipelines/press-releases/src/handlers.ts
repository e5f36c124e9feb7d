import {
  documentId, fetchArticlePage, fetchDocument, fetchDocumentIfModified, FetchError, HostPacer, readFeed, RobotsCache,
  type FetchOptions, type HttpValidators, type ValidatorCache,
} from '@lagebild/fetch';
import type { ExtractJob, LagebildRecord, Source, SourcesConfig } from '@lagebild/schema';
import { BATCH_SOURCE_ID } from './batch.js';
import { articleFailure, extractStage, type PageExtractJob } from './extract-stage.js';
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

/** How the handlers split their work. */
export interface PressReleaseHandlerOptions {
  /**
   * `fetchArticle` only fetches the page; the extract stage parses it into the document and
   * extracts (see {@link PageExtractJob}), so that with extraction in worker threads the page is
   * parsed there too and the fetching thread only moves bytes. The page's validators are
   * remembered when its record is stored. Only for a runner that passes `fetchArticle`'s result to
   * this handler set's `extract` unchanged, and its result to this set's `store` or `storeBatch`
   * (the embedded runner); a queue would validate the job against `ExtractJobSchema` and drop the page.
   */
  parsePagesInExtract?: boolean;
}

/** The store as the fetch package's validator cache (table `http_cache`). */
function storeValidatorCache(store: Store): ValidatorCache {
  return { get: (url) => store.getHttpValidators(url), set: (url, v) => store.setHttpValidators(url, v) };
}

/** An article's validator cache; `knownAbsent`: the listing found no validators kept for it. */
interface ArticleValidatorCache extends ValidatorCache { knownAbsent: boolean }

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
export function createPressReleaseHandlers(context: PressReleaseContext, handlerOptions: PressReleaseHandlerOptions = {}): StageHandlers {
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
  // Only the store's own cache can be read for a whole listing at once.
  const storeBacked = context.fetch === undefined || !('validators' in context.fetch);
  const listings = new Map<string, ListingOutcome>();
  /**
   * Article validators of each source's latest listing, read with one query per listing instead of
   * one per article (undefined: none kept). An entry is taken by the article's fetch; a value read
   * a little earlier is safe, because a 304 only counts when its content hash is stored.
   */
  const listed = new Map<string, Map<string, HttpValidators | undefined>>();

  async function rememberListing(sourceId: string, urls: readonly string[]): Promise<void> {
    listed.delete(sourceId);
    if (!storeBacked || !validators || urls.length === 0) return;
    try {
      const found = await context.store.getHttpValidatorsMany(urls);
      listed.set(sourceId, new Map(urls.map((url) => [url, found.get(url)])));
    } catch {
      // Not fatal: each article then reads its own validators.
    }
  }

  /** What the latest listing read for this article, taken (each article is fetched once per listing). */
  function takeListed(sourceId: string, url: string): { v: HttpValidators | undefined } | undefined {
    const known = listed.get(sourceId);
    if (!known?.has(url)) return undefined;
    const v = known.get(url);
    known.delete(url);
    if (known.size === 0) listed.delete(sourceId);
    return { v };
  }

  /**
   * Article validators are only handed out while the document they produced is stored with that
   * content hash: a 304 then really means "nothing to do", and a page whose last version never
   * reached the store (extraction failed, store down) is fetched in full again.
   */
  function articleValidators(sourceId: string, itemUrl: string): ArticleValidatorCache | undefined {
    if (!validators) return undefined;
    const id = documentId(sourceId, itemUrl);
    const known = takeListed(sourceId, itemUrl);
    return {
      knownAbsent: known !== undefined && known.v === undefined,
      get: async (url) => {
        const v = known && url === itemUrl ? known.v : await validators.get(url);
        if (!v?.contentHash) return undefined;
        return (await context.store.hasDocument(id, v.contentHash)) ? v : undefined;
      },
      set: (url, v) => {
        // Nothing was kept and there is nothing to keep: no query at all (the common case of pages
        // served without ETag and Last-Modified).
        if (known && url === itemUrl && known.v === undefined && !v.etag && !v.lastModified) return;
        return validators.set(url, v);
      },
    };
  }

  /**
   * Validators of pages handed to the extract stage unparsed ({@link PressReleaseHandlerOptions.parsePagesInExtract}),
   * by document id: remembered with the content hash once the record is stored, dropped when the
   * article is quarantined.
   */
  const pageValidators = new Map<string, { url: string; validators: HttpValidators; cache: ArticleValidatorCache }>();

  /**
   * Indexes of `records` whose release is stored already under another id of its source: the same
   * text (content hash) under a changed link, which would otherwise be stored twice. Only for a new
   * id (a stored one is updated as usual), and within the batch the first of equal texts counts.
   * Batch input (`lagebild enqueue`) names its ids itself and is left as given.
   */
  async function knownUnderOtherIds(records: readonly LagebildRecord[]): Promise<Set<number>> {
    const known = new Set<number>();
    const candidates = records.map((r, i) => [r, i] as const).filter(([r]) => r.document.sourceId !== BATCH_SOURCE_ID);
    if (candidates.length === 0) return known;
    const key = (sourceId: string, contentHash: string) => `${sourceId}\u0000${contentHash}`;
    const stored = new Map<string, Set<string>>();
    for (const m of await context.store.documentsWithContent(candidates.map(([r]) => r.document.contentHash))) {
      const ids = stored.get(key(m.sourceId, m.contentHash)) ?? new Set<string>();
      ids.add(m.id);
      stored.set(key(m.sourceId, m.contentHash), ids);
    }
    const firstInBatch = new Map<string, string>();
    for (const [record, i] of candidates) {
      const { id, sourceId, contentHash } = record.document;
      const k = key(sourceId, contentHash);
      const ids = stored.get(k);
      const elsewhere = ids !== undefined && !ids.has(id) && !(await context.store.hasDocument(id));
      const first = firstInBatch.get(k);
      if (elsewhere || (first !== undefined && first !== id)) known.add(i);
      else if (first === undefined) firstInBatch.set(k, id);
    }
    return known;
  }

  /**
   * Remembers the validators of stored pages with their records' content hashes: for the store's
   * own cache in one transaction per batch (not one write per article); a page that had none and
   * has none costs nothing. Failing only costs full downloads next time.
   */
  async function rememberPageValidators(records: readonly { document: { id: string; contentHash: string } }[]): Promise<void> {
    const batch: [string, HttpValidators][] = [];
    for (const { document } of records) {
      const pending = pageValidators.get(document.id);
      if (!pending) continue;
      pageValidators.delete(document.id);
      const v: HttpValidators = { ...pending.validators, contentHash: document.contentHash };
      if (!storeBacked) {
        try {
          await pending.cache.set(pending.url, v);
        } catch {
          // Not fatal: without validators the next poll downloads in full.
        }
      } else if (!(pending.cache.knownAbsent && !v.etag && !v.lastModified)) {
        batch.push([pending.url, v]);
      }
    }
    if (batch.length === 0) return;
    try {
      await context.store.setHttpValidatorsMany(batch);
    } catch {
      // Not fatal, as above.
    }
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
        await rememberListing(sourceId, items.map((item) => item.url));
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
      if (handlerOptions.parsePagesInExtract) {
        try {
          let page = await fetchArticlePage(item, source, options, true);
          if (page === null) {
            // 304: unchanged and stored. A 304 we did not ask for (nothing stored) gets a full fetch.
            if (await context.store.hasDocument(id)) return null;
            page = (await fetchArticlePage(item, source, options, false))!;
          }
          if (cache) pageValidators.set(id, { url: item.url, validators: page.validators, cache });
          else pageValidators.delete(id);
          return { page } satisfies PageExtractJob as unknown as ExtractJob;
        } catch (error) {
          throw articleFailure(error, item, StageFailure);
        }
      }
      try {
        const document = await fetchDocumentIfModified(item, source, options);
        if (document !== null) return { document };
        // 304: unchanged and stored. A 304 we did not ask for (nothing stored) gets a full fetch.
        if (await context.store.hasDocument(id)) return null;
        return { document: await fetchDocument(item, source, options) };
      } catch (error) {
        throw articleFailure(error, item, StageFailure);
      }
    },
    async extract(job) {
      return extractOne(job);
    },
    async store({ record }) {
      if ((await knownUnderOtherIds([record])).size > 0) return 'unchanged';
      const outcome = await context.store.putRecord(record);
      await rememberPageValidators([record]);
      return outcome;
    },
    async storeBatch(jobs) {
      const records = jobs.map((job) => job.record);
      const known = await knownUnderOtherIds(records);
      const fresh = known.size === 0 ? records : records.filter((_, i) => !known.has(i));
      const stored = fresh.length > 0 ? await context.store.putRecords(fresh) : [];
      await rememberPageValidators(fresh);
      if (known.size === 0) return stored;
      let k = 0;
      return records.map((_, i) => (known.has(i) ? 'unchanged' : stored[k++]!));
    },
    async quarantine(item) {
      if (item.url) pageValidators.delete(documentId(item.sourceId, item.url));
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
