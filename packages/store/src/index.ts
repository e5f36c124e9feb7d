/**
 * @lagebild/store: one Store interface with SQLite and PostgreSQL drivers that pass the same
 * conformance suite. Open a store with {@link openStore}.
 */
export type { ContentMatch,
  Store, SourceHealth, HttpValidators, QueryFilter, QueryHit, SourceStats, Stats, ImpactFilter, ImpactRow, ImpactPage,
  ReportFilter, ReportRow, ReportPage,
} from './store.js';
export { parseFullText } from './fulltext.js';
export { reportRowsOf } from './rows.js';
export type { FullTextQuery, FullTextTerm } from './fulltext.js';
export { openStore } from './open.js';
export type { OpenStoreOptions } from './open.js';
export { createSqliteStore } from './drivers/sqlite.js';
export { createThreadedSqliteStore } from './drivers/sqlite-thread.js';
export { createPostgresStore } from './drivers/postgres.js';
export type { PostgresStoreOptions } from './drivers/postgres.js';
export { MIGRATIONS, migrationSql } from './migrations/index.js';
export type { Migration } from './migrations/index.js';
