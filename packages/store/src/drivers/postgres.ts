import type { EventEmitter } from 'node:events';
import pg from 'pg';
import type { LagebildRecord, QuarantineItem, SourceRun } from '@lagebild/schema';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL, migrationSql } from '../migrations/index.js';
import {
  DOCUMENT_COLUMNS, RECORD_TABLES, checkQuarantineItem, checkRecord, checkSourceRun, documentRow, fromQuarantineRow, recordFromRow, quarantineRow,
  sourceRunRow, toHit, toImpactRow, toReportRows, toSourceHealth, toStats,
  type CountRow, type HealthRows, type QuarantineRow,
} from '../rows.js';
import {
  HAS_DOCUMENT_HASH_SQL, HAS_DOCUMENT_SQL, selectByContentSql, HEALTH_SQL, INSERT_QUARANTINE_SQL, LIST_QUARANTINE_BY_SOURCE_SQL,
  LIST_QUARANTINE_SQL, SELECT_RECORD_SQL, STATS_SQL, UPSERT_DOCUMENT_SQL, UPSERT_SOURCE_RUN_SQL, buildCount,
  buildImpactQuery, buildQuery, buildReportQuery, insertSql, numberPlaceholders, selectRecordsSql,
  type ImpactDbRow, type ReportDbRow,
} from '../sql.js';
import type { ContentMatch, HttpValidators, ImpactFilter, ImpactPage, QueryFilter, QueryHit, ReportFilter, ReportPage, SourceHealth, Stats, Store } from '../store.js';
import { MAX_CACHED_URL_LENGTH, fromHttpCacheRow, httpCacheRow, type HttpCacheRow, type MentionTable } from '../rows.js';
import { DELETE_HTTP_CACHE_SQL, SELECT_HTTP_CACHE_SQL, UPSERT_HTTP_CACHE_SQL, selectHttpCacheManySql } from '../sql.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** Schema to keep the tables in (created by migrate()); default: the connection's search_path. */
  schema?: string;
  /** Maximum pool size; default 10. */
  max?: number;
  /**
   * Longest a statement may run (ms) before PostgreSQL cancels it; default none. The API server sets
   * it, so that no request (a costly search) holds a connection without bound.
   */
  statementTimeoutMs?: number;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * PostgreSQL text cannot hold U+0000, which fetched pages occasionally contain. Every string
 * parameter maps it to U+FFFD, lookups included, so the mapping is consistent; `record_json` is
 * unaffected because JSON.stringify escapes control characters.
 */
function pgValue(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
}

/** {@link pgValue} of every parameter. */
function pgParams(params: unknown[]): unknown[] {
  return params.map(pgValue);
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
 * The same upsert for a batch of documents in one statement (one round trip per batch instead of
 * one per record): the shared single-row statement's conflict clause, so it stays the one the
 * SQLite driver uses, after an INSERT of the batch's rows.
 */
const SINGLE_DOCUMENT_INSERT = insertSql('documents', DOCUMENT_COLUMNS);
if (!UPSERT_DOCUMENT_SQL.startsWith(SINGLE_DOCUMENT_INSERT)) throw new Error('UPSERT_DOCUMENT_SQL does not start with its INSERT');

/**
 * A multi-row INSERT whose rows come as one array per column (`unnest`), in array order. Its text
 * does not depend on the row count, so it is prepared once per connection and planned once: a
 * VALUES list of a batch's rows made PostgreSQL parse, plan and copy thousands of parameters per
 * statement, about a quarter of its CPU time while storing batches.
 */
function unnestInsertSql(table: string, columns: readonly string[], types: readonly string[]): string {
  const list = columns.join(', ');
  const arrays = types.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
  // WITH ORDINALITY + ORDER BY: rows are inserted, and so locked, in the order given.
  return `INSERT INTO ${table} (${list}) SELECT ${list} FROM unnest(${arrays}) WITH ORDINALITY AS rows (${list}, row_order) ORDER BY row_order`;
}

/** `rows` as one array per column (what {@link unnestInsertSql} takes), each value through {@link pgValue}. */
function columnArrays(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  const columns = Array.from({ length: width }, () => new Array<unknown>(rows.length));
  rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) columns[c]![r] = pgValue(row[c]);
  });
  return columns;
}

/** The type of each of `columns` of `table`, as `format_type` spells it, for {@link unnestInsertSql}. */
async function columnTypes(client: pg.PoolClient, table: string, columns: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; type: string }>(
    'SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped',
    [table],
  );
  const byName = new Map(rows.map((r) => [r.name, r.type]));
  return columns.map((c) => {
    const type = byName.get(c);
    if (type === undefined) throw new Error(`column ${table}.${c} not found`);
    return type;
  });
}

/** The id as PostgreSQL stores it (see {@link pgParams}). */
const storedId = (id: string): string => (id.includes('\u0000') ? id.replaceAll('\u0000', '\uFFFD') : id);

/**
 * Gives every client of `pool` an error listener for its whole life. A checkout is handed over in a
 * microtask, while the rest of a socket chunk is parsed at once: a termination notice (pg_terminate_backend,
 * 57P01) right behind the reply that freed a connection reaches its client after the pool took its idle
 * listener off and before the borrower put one on, and an 'error' event without a listener crashes the
 * process. With this listener the borrower's next query fails instead, and the broken connection is dropped.
 */
export function listenForErrorsOnEveryClient(pool: Pick<EventEmitter, 'on'>): void {
  pool.on('connect', (client: EventEmitter) => {
    client.on('error', () => {});
  });
}

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
    ...(options.statementTimeoutMs === undefined ? {} : { statement_timeout: options.statementTimeoutMs }),
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener the
  // process would crash. The next checkout simply opens a new connection.
  pool.on('error', () => {});
  listenForErrorsOnEveryClient(pool);

  /**
   * Named statements for the batch writes, built on first use from the tables' column types (the
   * migrations define them; the search_path picks the schema). A name per text: node-postgres
   * prepares a named statement once per connection.
   */
  const batchStatements = new Map<string, Promise<{ name: string; text: string }>>();
  const batchStatement = (client: pg.PoolClient, key: string, build: (client: pg.PoolClient) => Promise<string>) => {
    let statement = batchStatements.get(key);
    if (!statement) {
      statement = build(client).then((text) => ({ name: `lagebild_${key}`, text }));
      // A failed lookup is not kept: the next batch asks again.
      statement.catch(() => batchStatements.delete(key));
      batchStatements.set(key, statement);
    }
    return statement;
  };
  const mentionInsert = (client: pg.PoolClient, table: MentionTable) => batchStatement(client, `insert_${table.table}`,
    async (c) => unnestInsertSql(table.table, table.columns, await columnTypes(c, table.table, table.columns)));
  const documentsUpsert = (client: pg.PoolClient) => batchStatement(client, 'upsert_documents',
    async (c) => `${unnestInsertSql('documents', DOCUMENT_COLUMNS, await columnTypes(c, 'documents', DOCUMENT_COLUMNS))}${UPSERT_DOCUMENT_SQL.slice(SINGLE_DOCUMENT_INSERT.length)} RETURNING id, (xmax = 0) AS inserted`);

  async function putOne(client: pg.PoolClient, checked: LagebildRecord): Promise<'inserted' | 'updated' | 'unchanged'> {
    const result = await client.query<{ inserted: boolean }>(UPSERT_DOCUMENT_RETURNING_SQL,
      pgParams(documentRow(checked, new Date().toISOString())));
    const row = result.rows[0];
    if (!row) return 'unchanged';
    if (!row.inserted) {
      for (const table of RECORD_TABLES) {
        await client.query(`DELETE FROM ${table.table} WHERE document_id = $1`, pgParams([checked.document.id]));
      }
    }
    await insertMentions(client, [checked]);
    return row.inserted ? 'inserted' : 'updated';
  }

  async function transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // The pool listens for errors only on idle clients. A checked-out client whose connection is
    // lost (a restart, a failover, pg_terminate_backend) emits 'error' as well as failing its query:
    // without this listener that event would crash a worker or the API server.
    let lost: Error | undefined;
    const onError = (error: Error) => { lost = error; };
    client.on('error', onError);
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (lost) broken = true;
      else await client.query('ROLLBACK').catch(() => { broken = true; });
      throw error;
    } finally {
      client.off('error', onError);
      // A connection lost mid-transaction is closed rather than pooled: the next transaction gets a new one.
      client.release(lost ?? (broken ? true : undefined));
    }
  }

  const all = async <T extends pg.QueryResultRow>(
    runner: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = [],
  ): Promise<T[]> => (await runner.query<T>(pgSql(sql), pgParams(params))).rows;

  /** Mention rows of all `records`, one INSERT per table that has any. */
  async function insertMentions(client: pg.PoolClient, records: readonly LagebildRecord[]): Promise<void> {
    for (const table of RECORD_TABLES) {
      const rows = records.length === 1 ? table.rows(records[0]!) : records.flatMap((r) => table.rows(r));
      if (rows.length === 0) continue;
      const statement = await mentionInsert(client, table);
      await client.query({ ...statement, values: columnArrays(rows, table.columns.length) });
    }
  }

  /**
   * Writes checked records (sorted by id) with a fixed number of statements per batch: one
   * document upsert, one DELETE per mention table for documents that changed, one INSERT per
   * mention table. A record whose id repeats within the batch goes into a later round, so it sees
   * the earlier one exactly as consecutive putRecord calls would (one upsert may not touch a row
   * twice).
   */
  async function putSorted(client: pg.PoolClient, records: readonly LagebildRecord[]): Promise<('inserted' | 'updated' | 'unchanged')[]> {
    const outcomes = new Array<'inserted' | 'updated' | 'unchanged'>(records.length).fill('unchanged');
    const rounds: number[][] = [];
    const occurrences = new Map<string, number>();
    records.forEach((record, i) => {
      const id = storedId(record.document.id);
      const round = occurrences.get(id) ?? 0;
      occurrences.set(id, round + 1);
      (rounds[round] ??= []).push(i);
    });
    const storedAt = new Date().toISOString();
    for (const round of rounds) {
      const written = new Map<string, boolean>();
      const statement = await documentsUpsert(client);
      const result = await client.query<{ id: string; inserted: boolean }>({
        ...statement, values: columnArrays(round.map((j) => documentRow(records[j]!, storedAt)), DOCUMENT_COLUMNS.length),
      });
      for (const row of result.rows) written.set(row.id, row.inserted);
      if (written.size === 0) continue;
      const updated = [...written].filter(([, inserted]) => !inserted).map(([id]) => id);
      if (updated.length > 0) {
        for (const table of RECORD_TABLES) {
          await client.query(`DELETE FROM ${table.table} WHERE document_id = ANY($1::text[])`, [updated]);
        }
      }
      const toWrite: LagebildRecord[] = [];
      for (const j of round) {
        const inserted = written.get(storedId(records[j]!.document.id));
        if (inserted === undefined) continue;
        outcomes[j] = inserted ? 'inserted' : 'updated';
        toWrite.push(records[j]!);
      }
      await insertMentions(client, toWrite);
    }
    return outcomes;
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
          await client.query(migrationSql(m, 'postgres'));
          await client.query('INSERT INTO lagebild_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [m.version, m.name, new Date().toISOString()]);
        }
      });
    },
    async putRecord(record) {
      const checked = checkRecord(record);
      return transaction((client) => putOne(client, checked));
    },
    async putRecords(records) {
      if (records.length === 0) return [];
      const checked = records.map(checkRecord);
      // Rows are locked in id order in every batch, so two workers' batches cannot deadlock.
      const order = checked.map((_, i) => i).sort((a, b) => {
        const x = checked[a]!.document.id;
        const y = checked[b]!.document.id;
        return x < y ? -1 : x > y ? 1 : a - b;
      });
      const sorted = await transaction((client) => putSorted(client, order.map((i) => checked[i]!)));
      const outcomes = new Array<'inserted' | 'updated' | 'unchanged'>(checked.length);
      order.forEach((i, k) => { outcomes[i] = sorted[k]!; });
      return outcomes;
    },
    async getRecord(id) {
      const [row] = await all<{ record_json: string; text: string }>(pool, SELECT_RECORD_SQL, [id]);
      return row ? recordFromRow(row) : undefined;
    },
    async hasDocument(id, contentHash) {
      const rows = contentHash === undefined
        ? await all(pool, HAS_DOCUMENT_SQL, [id])
        : await all(pool, HAS_DOCUMENT_HASH_SQL, [id, contentHash]);
      return rows.length > 0;
    },
    async documentsWithContent(contentHashes) {
      const out: ContentMatch[] = [];
      const distinct = [...new Set(contentHashes)];
      for (let i = 0; i < distinct.length; i += 500) {
        const chunk = distinct.slice(i, i + 500);
        for (const row of await all<{ id: string; source_id: string; content_hash: string }>(pool, selectByContentSql(chunk.length), chunk)) {
          out.push({ id: row.id, sourceId: row.source_id, contentHash: row.content_hash });
        }
      }
      return out;
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
      // REPEATABLE READ: all health queries see one snapshot.
      const rows = await transaction(async (client) => {
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const out: Record<string, unknown[]> = {};
        for (const [key, sql] of Object.entries(HEALTH_SQL)) out[key] = await all(client, sql);
        return out;
      });
      return toSourceHealth(rows as unknown as HealthRows);
    },
    async getHttpValidators(url) {
      if (url.length > MAX_CACHED_URL_LENGTH) return undefined;
      const [row] = await all<HttpCacheRow>(pool, SELECT_HTTP_CACHE_SQL, [url]);
      return row ? fromHttpCacheRow(row) : undefined;
    },
    async setHttpValidators(url, validators) {
      if (url.length > MAX_CACHED_URL_LENGTH) return;
      const row = httpCacheRow(url, validators, new Date().toISOString());
      if (row) await pool.query(pgSql(UPSERT_HTTP_CACHE_SQL), pgParams(row));
      else await pool.query(pgSql(DELETE_HTTP_CACHE_SQL), pgParams([url]));
    },
    async getHttpValidatorsMany(urls) {
      const found = new Map<string, HttpValidators>();
      const distinct = [...new Set(urls.filter((u) => u.length <= MAX_CACHED_URL_LENGTH))];
      for (let i = 0; i < distinct.length; i += 1000) {
        const chunk = distinct.slice(i, i + 1000);
        for (const row of await all<HttpCacheRow & { url: string }>(pool, selectHttpCacheManySql(chunk.length), chunk)) {
          const v = fromHttpCacheRow(row);
          if (v) found.set(row.url, v);
        }
      }
      return found;
    },
    async setHttpValidatorsMany(entries) {
      const at = new Date().toISOString();
      // The last entry per URL, written in URL order: two batches lock rows in the same order and
      // cannot deadlock.
      const last = new Map<string, HttpValidators>();
      for (const [url, validators] of entries) if (url.length <= MAX_CACHED_URL_LENGTH) last.set(url, validators);
      if (last.size === 0) return;
      const urls = [...last.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      await transaction(async (client) => {
        for (const url of urls) {
          const row = httpCacheRow(url, last.get(url)!, at);
          if (row) await client.query(pgSql(UPSERT_HTTP_CACHE_SQL), pgParams(row));
          else await client.query(pgSql(DELETE_HTTP_CACHE_SQL), pgParams([url]));
        }
      });
    },
    async query(filter: QueryFilter): Promise<QueryHit[]> {
      const { sql, params } = buildQuery(filter, 'postgres');
      const rows = await all<{ record_json: string }>(pool, sql, params);
      return rows.map((r) => toHit(JSON.parse(r.record_json) as LagebildRecord));
    },
    async countDocuments(filter: QueryFilter): Promise<number> {
      const { sql, params } = buildCount(filter, 'postgres');
      const [row] = await all<{ n: string | number }>(pool, sql, params);
      return Number(row?.n ?? 0);
    },
    async getRecords(ids: readonly string[]): Promise<LagebildRecord[]> {
      const byId = new Map<string, LagebildRecord>();
      const distinct = [...new Set(ids)];
      for (let i = 0; i < distinct.length; i += 1000) {
        const chunk = distinct.slice(i, i + 1000);
        for (const row of await all<{ id: string; record_json: string; text: string }>(pool, selectRecordsSql(chunk.length), chunk)) {
          byId.set(row.id, recordFromRow(row));
        }
      }
      // pgParams maps U+0000 in ids to U+FFFD; look stored ids up the same way.
      return ids.flatMap((id) => byId.get(id.includes('\u0000') ? id.replaceAll('\u0000', '\uFFFD') : id) ?? []);
    },
    async listReports(filter: ReportFilter = {}): Promise<ReportPage> {
      const { sql, countSql, params, page } = buildReportQuery(filter);
      // One snapshot for the count, the page and its records.
      return transaction(async (client) => {
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const [count] = await all<{ n: string | number }>(client, countSql, params);
        const rows = await all<ReportDbRow>(client, sql, [...params, ...page]);
        const ids = [...new Set(rows.map((r) => r.document_id))];
        const byId = new Map<string, LagebildRecord>();
        for (let i = 0; i < ids.length; i += 1000) {
          const chunk = ids.slice(i, i + 1000);
          for (const row of await all<{ id: string; record_json: string; text: string }>(client, selectRecordsSql(chunk.length), chunk)) {
            byId.set(row.id, recordFromRow(row));
          }
        }
        return { total: Number(count?.n ?? 0), items: toReportRows(rows, byId) };
      });
    },
    async listImpacts(filter: ImpactFilter = {}): Promise<ImpactPage> {
      const { sql, countSql, params, page } = buildImpactQuery(filter);
      // One snapshot for the count and the page.
      const { total, rows } = await transaction(async (client) => {
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const [count] = await all<{ n: string | number }>(client, countSql, params);
        return { total: Number(count?.n ?? 0), rows: await all<ImpactDbRow>(client, sql, [...params, ...page]) };
      });
      return { total, items: rows.map(toImpactRow) };
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
