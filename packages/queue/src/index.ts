/**
 * @lagebild/queue: the runners that drive the pipeline's stage handlers: the embedded in-process
 * runner (default) and, for distributed mode, BullMQ queues and workers.
 */
export { STAGES, StageFailure } from './stages.js';
export type { SourceListing, StageHandlers, StageName, StoreOutcome } from './stages.js';
export { mapWithConcurrency, runEmbedded } from './embedded.js';
export type { EmbeddedRunOptions, RunEvent, RunSummary } from './embedded.js';
