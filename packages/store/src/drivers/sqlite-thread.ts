import { Worker } from 'node:worker_threads';
import type { Store } from '../store.js';

/** Store methods that run in the thread: every one but `driver`. */
type StoreMethod = Exclude<keyof Store, 'driver'>;

/** A call as it crosses to the store's thread. */
export interface StoreCall { id: number; method: StoreMethod; args: unknown[] }
/** A failure as it crosses back: the error's name, message and SQLite code (`SQLITE_BUSY`, …). */
export interface ThreadError { name: string; message: string; code?: string }
export type StoreReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ThreadError };

/**
 * The thread's module. Threads run compiled JavaScript: when this file runs from its TypeScript
 * source (the store's tests), the build beside the sources is used (`npm test` builds first).
 */
const THREAD_MODULE = new URL(
  import.meta.url.endsWith('.ts') ? '../../dist/drivers/sqlite-thread-worker.js' : './sqlite-thread-worker.js',
  import.meta.url,
);

function fromThreadError(e: ThreadError): Error {
  const error = e.name === 'TypeError' ? new TypeError(e.message) : e.name === 'RangeError' ? new RangeError(e.message) : new Error(e.message);
  if (error.name !== e.name) error.name = e.name;
  if (e.code !== undefined) (error as Error & { code?: string }).code = e.code;
  return error;
}

/** Every method the store offers, each a call into the thread (`close` ends the thread too). */
const METHODS: readonly Exclude<StoreMethod, 'close'>[] = [
  'migrate', 'putRecord', 'putRecords', 'getRecord', 'hasDocument', 'documentsWithContent', 'quarantine', 'listQuarantine', 'recordSourceRun',
  'sourceHealth', 'getHttpValidators', 'setHttpValidators', 'getHttpValidatorsMany', 'setHttpValidatorsMany', 'query',
  'countDocuments', 'getRecords', 'listImpacts', 'listReports', 'stats',
];

/**
 * The SQLite driver with its connection in a worker thread of its own: the same store (same
 * file, same SQL, same conformance suite), but the caller's event loop never waits for SQLite.
 * better-sqlite3 is synchronous, so on the caller's thread a batch of 512 records blocked fetching
 * (and its timers) for the whole transaction; the embedded ingest's thread spent about 0.2 ms per
 * record there. Calls run in the order they are made. Records cross by structured clone.
 * The thread keeps the process alive only while calls are pending: an open connection on the
 * caller's thread does not either.
 */
export function createThreadedSqliteStore(path: string): Store {
  const worker = new Worker(THREAD_MODULE, { workerData: { path } });
  worker.unref();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  let nextId = 0;
  /** Why no more calls can be answered (the thread exited or the store was closed), once it is so. */
  let gone: Error | undefined;

  function failAll(error: Error): void {
    gone ??= error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
    worker.unref();
  }
  worker.on('message', (reply: StoreReply) => {
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.ok) call.resolve(reply.value);
    else call.reject(fromThreadError(reply.error));
  });
  worker.on('error', (error) => failAll(new Error(`SQLite store thread for ${path} failed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => failAll(new Error(`SQLite store thread for ${path} exited with code ${code}`)));

  function call(method: StoreMethod, args: unknown[]): Promise<unknown> {
    if (gone) return Promise.reject(gone);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      try {
        worker.postMessage({ id, method, args } satisfies StoreCall);
      } catch (error) {
        // An argument that cannot be cloned (a function in a record, say) fails this call only.
        reject(error);
        return;
      }
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve, reject });
    });
  }

  const store = { driver: 'sqlite' } as { -readonly [K in keyof Store]: Store[K] };
  for (const method of METHODS) (store as Record<StoreMethod, (...args: unknown[]) => Promise<unknown>>)[method] = (...args) => call(method, args);
  let closing: Promise<void> | undefined;
  store.close = () => {
    closing ??= (async () => {
      // Calls made before close are answered first (the thread takes messages in order); then the
      // thread closes the connection, which checkpoints the WAL, and only then ends.
      // A thread that is gone already has nothing left to close.
      try {
        if (!gone) await call('close', []);
      } finally {
        gone ??= new Error(`the SQLite store for ${path} is closed`);
        await worker.terminate();
      }
    })();
    return closing;
  };
  return store;
}
