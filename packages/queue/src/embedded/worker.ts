import { parentPort, workerData } from 'node:worker_threads';
import { StageFailure } from '../stages.js';
import { serializeError, type Answer, type FromWorker, type ToWorker } from './pool.js';

/**
 * Thread side of {@link createWorkerPool}: loads the stage module, then answers each input with its
 * output or its failure. A module that does not load reports `failed`, and the pool runs that
 * thread's inputs in the main thread instead.
 */
const { module, data } = workerData as { module: string; data: unknown };
const port = parentPort;
if (!port) throw new Error('worker.js must run as a worker thread');

type Stage = (input: unknown) => unknown;
/** What a stage module's `createStage` receives besides its data. */
export interface StageTools { StageFailure: typeof StageFailure }
let stage: Stage | undefined;
try {
  const mod = (await import(module)) as { createStage?: (data: unknown, tools: StageTools) => Stage | Promise<Stage> };
  if (typeof mod.createStage !== 'function') throw new TypeError(`${module} exports no createStage function`);
  // The stage gets the StageFailure class the pool recognizes, without importing the queue package.
  stage = await mod.createStage(data, { StageFailure });
} catch (error) {
  port.postMessage({ failed: serializeError(error) } satisfies FromWorker);
}

if (stage) {
  const run = stage;
  const answer = async (id: number, input: unknown): Promise<Answer> => {
    try {
      // Stages here are synchronous CPU work; an async one is awaited.
      return { id, ok: true, value: await run(input) };
    } catch (error) {
      return { id, ok: false, error: serializeError(error) };
    }
  };
  port.on('message', (msg: ToWorker) => {
    void Promise.all(msg.batch.map(({ id, input }) => answer(id, input)))
      .then((answers) => port.postMessage({ answers } satisfies FromWorker));
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
