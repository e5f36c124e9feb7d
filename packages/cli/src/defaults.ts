import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option } from 'commander';
import { openStore, type OpenStoreOptions, type Store } from '@lagebild/store';

/** Where records go unless `--db` or LAGEBILD_DB says otherwise: an SQLite file under the working directory. */
export const DEFAULT_DB = '.lagebild/lagebild.db';

/**
 * The store location for a command: `--db`, then DATABASE_URL (PostgreSQL, distributed mode),
 * then LAGEBILD_DB, then {@link DEFAULT_DB}.
 */
export function storeLocation(db: string | undefined): string {
  const location = db ?? process.env.DATABASE_URL ?? process.env.LAGEBILD_DB ?? DEFAULT_DB;
  if (/^postgres(ql)?:\/\//.test(location) || location === ':memory:') return location;
  const path = resolve(location.replace(/^sqlite:/, ''));
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** The `--db` option every command that reads or writes records takes. */
export const dbOption = () => new Option('--db <location>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, $LAGEBILD_DB or .lagebild/lagebild.db)');

/** Opens the store of a command, runs `fn`, and closes the store whatever happens. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>, options: OpenStoreOptions = {}): Promise<T> {
  const store = await openStore(storeLocation(db), options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
