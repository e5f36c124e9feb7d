import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { StageFailure } from '../stages.js';

/**
 * A stage that runs in worker threads: `module` is an ES module whose `createStage(data, tools)`
 * returns (or resolves to) the stage function; `tools.StageFailure` is the class to throw for a
 * failure that belongs to the input. Functions cannot cross threads, so the stage is named by
 * module, and `data` (structured-cloneable) carries what the stage needs, e.g. source hints.
 */
export interface WorkerStage {
  module: string | URL;
  data?: unknown;
  /** Threads; default {@link defaultPoolSize} (available cores less one, at least one). 0 runs the stage in this thread. */
  size?: number;
  /**
   * Fewest inputs a run must have before threads are started (default 200): a thread spends a few
   * hundred milliseconds of CPU loading its module, which a small run never earns back.
   */
  minInputs?: number;
}

/** Default {@link WorkerStage.minInputs}. */
export const DEFAULT_MIN_INPUTS = 200;

/** Runs inputs through a worker-thread stage; `close` ends every thread. */
export interface WorkerPool<T, R> {
  run(input: T): Promise<R>;
  /**
   * Starts the threads now, so that loading the stage module overlaps with other work (a thread
   * needs a few hundred milliseconds before its first answer). `run` starts them otherwise.
   */
  warm(): void;
  close(): Promise<void>;
}

/** A failure as it crosses the thread boundary. */
export type SerializedError =
  | { kind: 'stage'; stage: StageFailure['stage']; sourceId: string; reason: string; url?: string; permanent?: boolean; excerpt?: string; message: string }
  | { kind: 'error'; name: string; message: string };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof StageFailure) {
    const { url, permanent, excerpt } = error.options;
    return {
      kind: 'stage', stage: error.stage, sourceId: error.sourceId, reason: error.reason, message: error.message,
      ...(url !== undefined ? { url } : {}), ...(permanent !== undefined ? { permanent } : {}), ...(excerpt !== undefined ? { excerpt } : {}),
    };
  }
  if (error instanceof Error) return { kind: 'error', name: error.name, message: error.message };
  return { kind: 'error', name: 'Error', message: String(error) };
}

export function deserializeError(e: SerializedError): Error {
  if (e.kind === 'stage') {
    return new StageFailure(e.stage, e.sourceId, e.reason, {
      ...(e.url !== undefined ? { url: e.url } : {}), ...(e.permanent !== undefined ? { permanent: e.permanent } : {}),
      ...(e.excerpt !== undefined ? { excerpt: e.excerpt } : {}),
    });
  }
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}

/**
 * Messages between the pool and its threads. Inputs and answers travel in batches: every message wakes the other thread, and on a busy machine
 * each wake-up can cost the sender its time slice, so the inputs that arrive in one turn of the
 * event loop share one message, and so do their answers.
 */
export type ToWorker = { batch: { id: number; input: unknown }[] };
export type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };
export type FromWorker = { answers: Answer[] } | { ready: true } | { failed: SerializedError };

interface Task<T, R> { id: number; input: T; resolve: (r: R) => void; reject: (e: unknown) => void }

interface Slot<T, R> { worker: Worker; inFlight: Map<number, Task<T, R>>; alive: boolean; outbox: Task<T, R>[] }

const BOOTSTRAP = new URL('./worker.js', import.meta.url);

/**
 * Default number of threads: one per available core but the one the main thread keeps busy with
 * fetching and storing (at least one). On the 2-core bench machine one thread gave 290–360
 * records/s where two gave 170–240: the second thread only competed with the main thread for a
 * core and loaded the stage module a second time.
 */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * A pool of worker threads running one stage. Inputs go to the thread with the fewest in flight.
 * Whenever a thread cannot serve (its module does not load, it crashes, it exits), its inputs and
 * every later one run through `fallback` in this thread: a broken pool costs speed, never records.
 */
export function createWorkerPool<T, R>(stage: WorkerStage, fallback: (input: T) => Promise<R>): WorkerPool<T, R> {
  const size = stage.size ?? defaultPoolSize();
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`worker pool size must be a non-negative integer, got ${size}`);
  const slots: Slot<T, R>[] = [];
  let nextId = 0;
  let closed = false;
  let started = false;

  function retire(slot: Slot<T, R>): void {
    if (!slot.alive) return;
    slot.alive = false;
    const orphans = [...slot.inFlight.values()];
    slot.inFlight.clear();
    void slot.worker.terminate();
    // Inputs the thread never answered are not lost: they run here.
    for (const task of orphans) fallback(task.input).then(task.resolve, task.reject);
  }

  function start(): void {
    const module = stage.module instanceof URL ? stage.module.href : stage.module;
    for (let i = 0; i < size; i++) {
      let worker: Worker;
      try {
        worker = new Worker(BOOTSTRAP, { workerData: { module, data: stage.data } });
      } catch {
        // No thread (no bootstrap file when running from sources, data that cannot be cloned): the fallback serves.
        continue;
      }
      const slot: Slot<T, R> = { worker, inFlight: new Map(), alive: true, outbox: [] };
      worker.on('message', (msg: FromWorker) => {
        if ('ready' in msg) return;
        if ('failed' in msg) {
          retire(slot);
          return;
        }
        for (const answer of msg.answers) {
          const task = slot.inFlight.get(answer.id);
          if (!task) continue;
          slot.inFlight.delete(answer.id);
          if (answer.ok) task.resolve(answer.value as R);
          else task.reject(deserializeError(answer.error));
        }
      });
      worker.on('error', () => retire(slot));
      worker.on('exit', () => retire(slot));
      slots.push(slot);
    }
  }

  /** Posts what the slot collected in this turn of the event loop as one message. */
  function send(slot: Slot<T, R>): void {
    const tasks = slot.outbox.splice(0);
    // A retired slot's tasks already went to the fallback with its other unanswered ones.
    if (!slot.alive) return;
    try {
      slot.worker.postMessage({ batch: tasks.map((t) => ({ id: t.id, input: t.input })) } satisfies ToWorker);
    } catch {
      // An input that cannot be cloned cannot cross; the batch runs here.
      for (const task of tasks) {
        slot.inFlight.delete(task.id);
        fallback(task.input).then(task.resolve, task.reject);
      }
    }
  }

  function ensureStarted(): void {
    if (started || closed || size === 0) return;
    started = true;
    start();
  }

  return {
    warm: ensureStarted,
    run(input) {
      if (closed || size === 0) return fallback(input);
      ensureStarted();
      let best: Slot<T, R> | undefined;
      for (const slot of slots) if (slot.alive && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
      if (!best) return fallback(input);
      const chosen = best;
      return new Promise<R>((resolve, reject) => {
        const task: Task<T, R> = { id: nextId++, input, resolve, reject };
        chosen.inFlight.set(task.id, task);
        if (chosen.outbox.push(task) === 1) setImmediate(() => send(chosen));
      });
    },
    async close() {
      closed = true;
      const running = slots.splice(0);
      await Promise.all(running.map(async (slot) => {
        // Close comes after the run, so nothing should be in flight; whatever is (a caller that gave
        // up waiting) runs here rather than leaving its promise unsettled.
        const pending = [...slot.inFlight.values()];
        slot.alive = false;
        slot.inFlight.clear();
        slot.outbox.length = 0;
        for (const task of pending) fallback(task.input).then(task.resolve, task.reject);
        await slot.worker.terminate();
      }));
    },
  };
}
