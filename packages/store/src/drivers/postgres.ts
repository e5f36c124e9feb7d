import pg from 'pg';
import type { LagebildRecord, QuarantineItem, SourceRun } from '@lagebild/schema';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL } from '../migrations/index.js';
import {
  MENTION_TABLES, checkQuarantineItem, checkRecord, checkSourceRun, documentRow, fromQuarantineRow, quarantineRow,
  sourceRunRow, toHit, toSourceHealth, toStats,
  type CountRow, type HealthRows, type QuarantineRow,
} from '../rows.js';
import {
  HAS_DOCUMENT_HASH_SQL, HAS_DOCUMENT_SQL, HEALTH_SQL, INSERT_QUARANTINE_SQL, LIST_QUARANTINE_BY_SOURCE_SQL,
  LIST_QUARANTINE_SQL, SELECT_RECORD_SQL, STATS_SQL, UPSERT_DOCUMENT_SQL, UPSERT_SOURCE_RUN_SQL, buildQuery,
  insertSql, numberPlaceholders,
} from '../sql.js';
import type { QueryFilter, QueryHit, SourceHealth, Stats, Store } from '../store.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** Schema to keep the tables in (created by migrate()); default: the connection's search_path. */
  schema?: string;
  /** Maximum pool size; default 10. */
  max?: number;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** PostgreSQL allows 65535 bind parameters per statement; stay well below. */
const MAX_PARAMS = 30_000;

/**
 * PostgreSQL text cannot hold U+0000, which fetched pages occasionally contain. Every string
 * parameter maps it to U+FFFD, lookups included, so the mapping is consistent; `record_json` is
 * unaffected because JSON.stringify escapes control characters.
 */
function pgParams(params: unknown[]): unknown[] {
  return params.map((p) => (typeof p === 'string' && p.includes('\u0000') ? p.replaceAll('\u0000', '\uFFFD') : p));
}

/** Numbered-placeholder SQL, memoized: the shared statements are written with `?`. */
const pgSql = (() => {
  const cache = new Map<string, string>();
  return (sql: string): string => {
    let out = cache.get(sql);
    if (out === undefined) {
      out = numberPlaceholders(sql);
      if (cache.size < 1000) cache.set(sql, out);
    }
    return out;
  };
})();

// The document upsert reports whether it inserted: a row version created by this transaction's
// INSERT has xmax = 0, one written by ON CONFLICT DO UPDATE has the locking xid. No row means the
// WHERE of DO UPDATE was false, i.e. content hash and extractor version were unchanged.
const UPSERT_DOCUMENT_RETURNING_SQL = numberPlaceholders(`${UPSERT_DOCUMENT_SQL} RETURNING (xmax = 0) AS inserted`);

/**
 * PostgreSQL driver on a `pg` Pool. Every write is one transaction; concurrent writers of the same
 * document serialize on the row lock taken by `INSERT ... ON CONFLICT`, so mentions are never
 * duplicated. Migrations run under a transaction-scoped advisory lock, so several workers may
 * start at once.
 */
export function createPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Store {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new RangeError(`invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener the
  // process would crash. The next checkout simply opens a new connection.
  pool.on('error', () => {});

  async function transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  const all = async <T extends pg.QueryResultRow>(
    runner: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = [],
  ): Promise<T[]> => (await runner.query<T>(pgSql(sql), pgParams(params))).rows;

  async function insertMentions(client: pg.PoolClient, record: LagebildRecord): Promise<void> {
    for (const table of MENTION_TABLES) {
      const rows = table.rows(record);
      const perStatement = Math.max(1, Math.floor(MAX_PARAMS / table.columns.length));
      for (let i = 0; i < rows.length; i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        await client.query(pgSql(insertSql(table.table, table.columns, chunk.length)), pgParams(chunk.flat()));
      }
    }
  }

  let closed = false;
  return {
    driver: 'postgres',
    async migrate() {
      await transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`lagebild:migrate:${schema ?? ''}`]);
        if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await client.query(MIGRATIONS_TABLE_SQL);
        const applied = new Set(
          (await all<{ version: number }>(client, 'SELECT version FROM lagebild_migrations')).map((r) => Number(r.version)),
        );
        for (const m of MIGRATIONS) {
          if (applied.has(m.version)) continue;
          await client.query(m.sql);
          await client.query('INSERT INTO lagebild_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [m.version, m.name, new Date().toISOString()]);
        }
      });
    },
    async putRecord(record) {
      const checked = checkRecord(record);
      return transaction(async (client) => {
        const result = await client.query<{ inserted: boolean }>(UPSERT_DOCUMENT_RETURNING_SQL,
          pgParams(documentRow(checked, new Date().toISOString())));
        const row = result.rows[0];
        if (!row) return 'unchanged';
        if (!row.inserted) {
          for (const table of MENTION_TABLES) {
            await client.query(`DELETE FROM ${table.table} WHERE document_id = $1`, pgParams([checked.document.id]));
          }
        }
        await insertMentions(client, checked);
        return row.inserted ? 'inserted' : 'updated';
      });
    },
    async getRecord(id) {
      const [row] = await all<{ record_json: string }>(pool, SELECT_RECORD_SQL, [id]);
      return row ? (JSON.parse(row.record_json) as LagebildRecord) : undefined;
    },
    async hasDocument(id, contentHash) {
      const rows = contentHash === undefined
        ? await all(pool, HAS_DOCUMENT_SQL, [id])
        : await all(pool, HAS_DOCUMENT_HASH_SQL, [id, contentHash]);
      return rows.length > 0;
    },
    async quarantine(item: QuarantineItem) {
      await pool.query(pgSql(INSERT_QUARANTINE_SQL), pgParams(quarantineRow(checkQuarantineItem(item))));
    },
    async listQuarantine(filter) {
      const rows = filter?.sourceId === undefined
        ? await all<QuarantineRow>(pool, LIST_QUARANTINE_SQL)
        : await all<QuarantineRow>(pool, LIST_QUARANTINE_BY_SOURCE_SQL, [filter.sourceId]);
      return rows.map(fromQuarantineRow);
    },
    async recordSourceRun(run: SourceRun) {
      await pool.query(pgSql(UPSERT_SOURCE_RUN_SQL), pgParams(sourceRunRow(checkSourceRun(run))));
    },
    async sourceHealth(): Promise<SourceHealth[]> {
      // REPEATABLE READ: all five queries see one snapshot.
      const rows = await transaction(async (client) => {
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const out: Record<string, unknown[]> = {};
        for (const [key, sql] of Object.entries(HEALTH_SQL)) out[key] = await all(client, sql);
        return out;
      });
      return toSourceHealth(rows as unknown as HealthRows);
    },
    async query(filter: QueryFilter): Promise<QueryHit[]> {
      const { sql, params } = buildQuery(filter);
      const rows = await all<{ record_json: string }>(pool, sql, params);
      return rows.map((r) => toHit(JSON.parse(r.record_json) as LagebildRecord));
    },
    async stats(): Promise<Stats> {
      const counts = await transaction(async (client) => {
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const out: Record<string, CountRow[]> = {};
        for (const [key, sql] of Object.entries(STATS_SQL)) out[key] = await all<CountRow>(client, sql);
        return out;
      });
      return toStats(counts as Parameters<typeof toStats>[0]);
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
