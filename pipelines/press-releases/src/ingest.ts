import { runEmbedded, type EmbeddedRunOptions, type RunSummary } from '@lagebild/queue';
import { sourceHints } from './extract-stage.js';
import { createPressReleaseHandlers, type PressReleaseContext } from './handlers.js';

export interface IngestOptions extends Omit<EmbeddedRunOptions, 'extractWorkers'> {
  /** Restrict the run to these source ids (default: every source of the config). */
  only?: readonly string[];
  /**
   * Worker threads for extraction (default: available cores less one, at least one; 0 extracts in
   * this thread).
   * They start once the run has listed 200 articles, so a small run, or one with nothing listed,
   * starts none.
   */
  extractThreads?: number;
}

/**
 * The module the extraction threads load. Threads run compiled JavaScript: when this file runs from
 * its TypeScript source (tests), the build beside it is used; without a build the pool falls back
 * to extracting in this thread.
 */
const EXTRACT_WORKER = new URL(import.meta.url.endsWith('.ts') ? '../dist/extract-worker.js' : './extract-worker.js', import.meta.url);

/**
 * One embedded ingest: every source of the config through fetch → extract → store, in this process
 * (parsing of article pages and extraction in worker threads of it). Each source's run (items,
 * stored, quarantined, error) is recorded for `lagebild sources`.
 */
export async function ingestEmbedded(context: PressReleaseContext, options: IngestOptions = {}): Promise<RunSummary> {
  const ids = context.config.sources.map((s) => s.id).filter((id) => !options.only || options.only.includes(id));
  const unknown = (options.only ?? []).filter((id) => !context.config.sources.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`unknown source ids: ${unknown.join(', ')}`);
  const { extractThreads, only: _only, ...runOptions } = options;
  // Pages are parsed where they are extracted: in the threads, so this thread only fetches and stores.
  return runEmbedded(createPressReleaseHandlers(context, { parsePagesInExtract: true }), ids, {
    ...runOptions,
    extractWorkers: {
      module: EXTRACT_WORKER,
      data: { sources: sourceHints(context.config.sources) },
      ...(extractThreads !== undefined ? { size: extractThreads } : {}),
    },
  });
}
