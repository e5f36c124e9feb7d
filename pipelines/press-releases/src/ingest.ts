import { runEmbedded, type EmbeddedRunOptions, type RunSummary } from '@lagebild/queue';
import { createPressReleaseHandlers, type PressReleaseContext } from './handlers.js';

export interface IngestOptions extends EmbeddedRunOptions {
  /** Restrict the run to these source ids (default: every source of the config). */
  only?: readonly string[];
}

/**
 * One embedded ingest: every source of the config through fetch → extract → store, in this process.
 * Each source's run (items, stored, quarantined, error) is recorded for `lagebild sources`.
 */
export async function ingestEmbedded(context: PressReleaseContext, options: IngestOptions = {}): Promise<RunSummary> {
  const ids = context.config.sources.map((s) => s.id).filter((id) => !options.only || options.only.includes(id));
  const unknown = (options.only ?? []).filter((id) => !context.config.sources.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`unknown source ids: ${unknown.join(', ')}`);
  return runEmbedded(createPressReleaseHandlers(context), ids, options);
}
