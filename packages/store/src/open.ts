import { createPostgresStore, type PostgresStoreOptions } from './drivers/postgres.js';
import { createSqliteStore } from './drivers/sqlite.js';
import { createThreadedSqliteStore } from './drivers/sqlite-thread.js';
import type { Store } from './store.js';

/**
 * Opens and migrates the store at `location`:
 * - `postgres://…` / `postgresql://…` → PostgreSQL; a `schema` query parameter
 *   (`postgres://host/db?schema=lagebild`) selects the schema the tables live in;
 * - `:memory:`, `sqlite:PATH` (also `sqlite://PATH`, `sqlite::memory:`) or a plain file path → SQLite,
 *   creating the parent directory when missing.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const store = createStoreFor(location, options);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

/** How {@link openStore} opens a store. */
export interface OpenStoreOptions {
  /**
   * SQLite only: keep the connection in a worker thread of its own ({@link createThreadedSqliteStore}),
   * so that the caller's event loop never waits for a write. For a process that writes much while
   * it does other work (the embedded ingest); PostgreSQL is asynchronous anyway and ignores it.
   */
  thread?: boolean;
  /** PostgreSQL only: cancel statements that run longer than this (ms); see {@link PostgresStoreOptions}. */
  statementTimeoutMs?: number;
}

function createStoreFor(location: string, options: OpenStoreOptions): Store {
  if (/^postgres(?:ql)?:\/\//i.test(location)) {
    const url = new URL(location);
    const schema = url.searchParams.get('schema');
    const timeout = options.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: options.statementTimeoutMs };
    if (schema === null) return createPostgresStore(location, timeout);
    url.searchParams.delete('schema');
    return createPostgresStore(url.toString(), { schema, ...timeout });
  }
  const path = location.replace(/^sqlite:(?:\/\/)?/i, '');
  if (path === '') throw new RangeError(`no SQLite path in "${location}"`);
  return options.thread ? createThreadedSqliteStore(path) : createSqliteStore(path);
}
