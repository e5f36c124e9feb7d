import { fetchDocument, FetchError, readFeed, type FetchOptions } from '@lagebild/fetch';
import { extractRecord } from '@lagebild/extract';
import type { Source, SourcesConfig } from '@lagebild/schema';
import type { Store } from '@lagebild/store';
import { StageFailure, type StageHandlers } from '@lagebild/queue';

/** What the press-release stages need around them. */
export interface PressReleaseContext {
  config: SourcesConfig;
  store: Store;
  /** Overrides for HTTP (timeouts, size caps); user agent and allowHosts come from the config. */
  fetch?: Partial<FetchOptions>;
}

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
  const fetchOptions: FetchOptions = {
    userAgent: context.config.userAgent,
    allowHosts: context.config.allowHosts,
    ...context.fetch,
  };

  function sourceOf(sourceId: string, stage: 'feed' | 'article' | 'extract'): Source {
    const source = sources.get(sourceId);
    if (!source) throw new StageFailure(stage, sourceId, `unknown source "${sourceId}" (not in the sources config)`);
    return source;
  }

  return {
    async fetchSource({ sourceId }) {
      const source = sourceOf(sourceId, 'feed');
      try {
        const { items, quarantined } = await readFeed(source, fetchOptions);
        return { jobs: items.map((item) => ({ item })), quarantined };
      } catch (error) {
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
      try {
        return { document: await fetchDocument(item, source, fetchOptions) };
      } catch (error) {
        const reason = error instanceof FetchError ? error.reason : (error as Error).message;
        throw new StageFailure('article', item.sourceId, reason, {
          url: item.url, permanent: error instanceof FetchError ? error.permanent : true, cause: error,
        });
      }
    },
    async extract({ document }) {
      const source = sourceOf(document.sourceId, 'extract');
      try {
        return {
          record: extractRecord(document, {
            sourceId: source.id, sourceKind: source.kind,
            ...(source.jurisdiction ? { jurisdiction: source.jurisdiction } : {}),
            ...(source.agency ? { sourceAgency: source.agency } : {}),
          }),
        };
      } catch (error) {
        throw new StageFailure('extract', document.sourceId, `extraction failed: ${(error as Error).message}`, { url: document.url, cause: error });
      }
    },
    async store({ record }) {
      return context.store.putRecord(record);
    },
    async quarantine(item) {
      await context.store.quarantine(item);
    },
    async recordSourceRun(run) {
      await context.store.recordSourceRun(run);
    },
  };
}
