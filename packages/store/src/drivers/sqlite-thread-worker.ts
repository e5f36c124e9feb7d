import { parentPort, workerData } from 'node:worker_threads';
import type { Store } from '../store.js';
import { createSqliteStore } from './sqlite.js';
import type { StoreCall, StoreReply, ThreadError } from './sqlite-thread.js';

// The thread side of createThreadedSqliteStore: one better-sqlite3 connection. Its calls are
// synchronous, so they run one after another in the order they were posted, as they would on the
// caller's thread.

function toThreadError(error: unknown): ThreadError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

const port = parentPort!;
let store: Store | undefined;
let openError: ThreadError | undefined;
try {
  store = createSqliteStore((workerData as { path: string }).path);
} catch (error) {
  // Reported with every call, so that the caller's first call (openStore's migrate) says why.
  openError = toThreadError(error);
}

port.on('message', (call: StoreCall) => {
  const reply = (message: StoreReply) => port.postMessage(message);
  if (!store) {
    reply({ id: call.id, ok: false, error: openError! });
    return;
  }
  let result: Promise<unknown>;
  try {
    result = (store[call.method] as (...args: unknown[]) => Promise<unknown>)(...call.args);
  } catch (error) {
    result = Promise.reject(error);
  }
  result.then(
    (value) => {
      try {
        reply({ id: call.id, ok: true, value });
      } catch (error) {
        reply({ id: call.id, ok: false, error: toThreadError(error) });
      }
    },
    (error: unknown) => reply({ id: call.id, ok: false, error: toThreadError(error) }),
  );
});
