import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
