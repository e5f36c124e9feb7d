import { initialSql } from './001_initial.js';
import { httpCacheSql } from './002_http_cache.js';
import { fulltextPostgresSql, fulltextSqliteSql } from './003_fulltext.js';
import { undatedPostgresSql, undatedSqliteSql } from './004_undated.js';
import { runIdsPostgresSql, runIdsSqliteSql } from './005_run_ids.js';
import { reportsSql } from './007_reports.js';

/** One schema change. `sql` may hold several statements and must run unchanged on SQLite and PostgreSQL. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Where the databases cannot share SQL (full-text search): SQLite's variant, run instead of `sql`. */
  readonly sqlite?: string;
  /** PostgreSQL's variant, run instead of `sql`. */
  readonly postgres?: string;
  /**
   * SQLite rebuilds a table another one references (drop, rename): the driver runs the migrations with
   * foreign keys off (ON DELETE CASCADE would otherwise empty the referencing tables) and checks them
   * before it commits.
   */
  readonly foreignKeysOff?: boolean;
}

/** The SQL of `migration` for one driver. */
export function migrationSql(migration: Migration, driver: 'sqlite' | 'postgres'): string {
  return migration[driver] ?? migration.sql;
}

/** Table that records applied migrations; created before any migration runs. */
export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS lagebild_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** All migrations in order. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSql },
  { version: 2, name: 'http_cache', sql: httpCacheSql },
  { version: 3, name: 'fulltext', sql: fulltextPostgresSql, sqlite: fulltextSqliteSql, postgres: fulltextPostgresSql },
  { version: 4, name: 'undated', sql: undatedPostgresSql, sqlite: undatedSqliteSql, postgres: undatedPostgresSql, foreignKeysOff: true },
  { version: 5, name: 'run_ids', sql: runIdsPostgresSql, sqlite: runIdsSqliteSql, postgres: runIdsPostgresSql },
  // Store.documentsWithContent: a release found again under another link.
  { version: 6, name: 'content_hash_index', sql: 'CREATE INDEX documents_content_hash_idx ON documents (content_hash);' },
  // One report per incident (issue 17): the reports of each release.
  { version: 7, name: 'reports', sql: reportsSql },
];
