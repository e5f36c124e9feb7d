import type { StageFailure } from '@lagebild/queue';
import type { ExtractJob, StoreJob } from '@lagebild/schema';
import { extractStage, type PageExtractJob, type SourceHints } from './extract-stage.js';

/**
 * The extract stage as the embedded runner's worker threads load it (`WorkerStage.module`):
 * `data` holds the config's source hints, so records equal those of the in-thread handler.
 */
export function createStage(data: { sources: SourceHints[] }, tools: { StageFailure: typeof StageFailure }): (job: ExtractJob | PageExtractJob) => StoreJob {
  return extractStage(new Map(data.sources.map((s) => [s.id, s])), tools.StageFailure);
}
