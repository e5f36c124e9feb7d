/**
 * @lagebild/queue: the runners that drive the pipeline's stage handlers: the embedded in-process
 * runner (default) and, for distributed mode, BullMQ queues and workers.
 */
export { STAGES, StageFailure } from './stages.js';
export type { SourceListing, StageHandlers, StageName, StoreOutcome } from './stages.js';
export type { StoreJob } from '@lagebild/schema';
export { batchWithFallback, createBatcher } from './batcher.js';
export type { Batcher } from './batcher.js';
export { mapWithConcurrency, runEmbedded } from './embedded.js';
export type { EmbeddedRunOptions, RunEvent, RunSummary } from './embedded.js';
export {
  checkRedisForQueues, connectProducer, PRODUCER_CONNECT_TIMEOUT_MS, producerConnection, RedisConfigError, RedisUnavailableError, redisUrl,
  workerConnection,
} from './distributed/connection.js';
export {
  batchJobRetention, closeStageQueues, createStageQueues, DEFAULT_BATCH_SIZE, DEFAULT_JOB_OPTIONS, enqueueDocuments,
  enqueueSources, isIdle, JOB_NAMES, jobIds, QUEUE_PREFIX, queueCounts, waitForIdle,
} from './distributed/queues.js';
export type { QueueCounts, StagePayloads, StageQueues } from './distributed/queues.js';
export { durationMs, scheduleSourcePolls, startStageWorkers } from './distributed/workers.js';
export type { RunningWorkers, WorkerOptions } from './distributed/workers.js';
export { startQueueBoard } from './distributed/board.js';
