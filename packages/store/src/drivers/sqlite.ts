import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { LagebildRecord, QuarantineItem, SourceRun } from '@lagebild/schema';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL, migrationSql } from '../migrations/index.js';
import {
  RECORD_TABLES, checkQuarantineItem, checkRecord, checkSourceRun, documentRow, fromQuarantineRow, recordFromRow, quarantineRow,
  sourceRunRow, toHit, toImpactRow, toReportRows, toSourceHealth, toStats,
  type CountRow, type HealthRows, type MentionTable, type QuarantineRow,
} from '../rows.js';
import {
  HAS_DOCUMENT_HASH_SQL, HAS_DOCUMENT_SQL, selectByContentSql, HEALTH_SQL, INSERT_QUARANTINE_SQL, LIST_QUARANTINE_BY_SOURCE_SQL,
  LIST_QUARANTINE_SQL, SELECT_DOCUMENT_STATE_SQL, SELECT_RECORD_SQL, STATS_SQL, UPSERT_DOCUMENT_SQL,
  UPSERT_SOURCE_RUN_SQL, buildCount, buildImpactQuery, buildQuery, buildReportQuery, insertSql, selectRecordsSql,
  type ImpactDbRow, type ReportDbRow,
} from '../sql.js';
import type { ContentMatch, HttpValidators, ImpactFilter, ImpactPage, QueryFilter, QueryHit, ReportFilter, ReportPage, SourceHealth, Stats, Store } from '../store.js';
import { MAX_CACHED_URL_LENGTH, fromHttpCacheRow, httpCacheRow, type HttpCacheRow } from '../rows.js';
import { DELETE_HTTP_CACHE_SQL, SELECT_HTTP_CACHE_SQL, UPSERT_HTTP_CACHE_SQL, selectHttpCacheManySql } from '../sql.js';

/** How long a writer waits for another process's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000;
/** WAL pages (4 KiB each) after which a commit checkpoints; SQLite's default is 1000. */
const WAL_AUTOCHECKPOINT_PAGES = 4096;
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;
/** Rows per multi-row mention INSERT; 64 rows of the widest table bind 960 parameters, far below SQLite's limit. */
const MAX_ROWS_PER_INSERT = 64;

/**
 * SQLite driver on better-sqlite3. better-sqlite3 is synchronous: every call runs to completion
 * (transactions included) before the returned promise settles, so writes from one process never
 * interleave; other processes are serialized by WAL locking and `busy_timeout`, and write
 * transactions start IMMEDIATE so they take the write lock up front instead of failing on upgrade.
 * `path` is a file path or `:memory:`; the parent directory is created when missing.
 */
export function createSqliteStore(path: string): Store {
  const memory = path === ':memory:' || path === '';
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!memory) db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode and much faster than FULL.
  db.pragma('synchronous = NORMAL');
  // Each checkpoint costs two fsyncs, and a page rewritten between checkpoints is copied back once:
  // checkpointing every 16 MiB of WAL instead of every 4 MiB cut the commit cost per record of a
  // 3,000-record bulk load by about a third here. The WAL file is cut back to 64 MiB after a
  // checkpoint so that it does not keep a burst's size.
  if (!memory) {
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  }
  db.pragma('foreign_keys = ON');
  // 32 MiB of page cache (default 2 MiB): the mention indexes are keyed by random document ids, so
  // inserts touch pages all over them, and a cache smaller than those indexes rereads pages.
  db.pragma('cache_size = -32768');

  const statements = new Map<string, Database.Statement>();
  const stmt = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const deleteMentions = RECORD_TABLES.map((t) => `DELETE FROM ${t.table} WHERE document_id = ?`);

  const appliedVersions = (): Set<number> => new Set(
    (db.prepare('SELECT version FROM lagebild_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const migrate = db.transaction(() => {
    db.exec(MIGRATIONS_TABLE_SQL);
    const applied = appliedVersions();
    let rebuilt = false;
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      db.exec(migrationSql(m, 'sqlite'));
      db.prepare('INSERT INTO lagebild_migrations (version, name, applied_at) VALUES (?, ?, ?)')
        .run(m.version, m.name, new Date().toISOString());
      rebuilt ||= m.foreignKeysOff === true;
    }
    // A rebuilt table ran with foreign keys off: what it left must still satisfy them.
    if (rebuilt) {
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`migration left ${broken.length} rows that break a foreign key: ${JSON.stringify(broken.slice(0, 3))}`);
    }
  });
  /** Whether a pending migration rebuilds a referenced table (read outside any transaction). */
  const rebuildPending = (): boolean => {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'lagebild_migrations'").get() !== undefined;
    const applied = exists ? appliedVersions() : new Set<number>();
    return MIGRATIONS.some((m) => m.foreignKeysOff && !applied.has(m.version));
  };

  /**
   * Inserts a mention table's rows with as few statements as possible: each statement call crosses
   * into native code and steps the VM once, and a record has several rows per table.
   */
  const insertStatements = new Map<string, Database.Statement>();
  const insertRows = (table: MentionTable, rows: unknown[][]): void => {
    // Chunks of 64 rows, the rest in powers of two: at most 7 statements per table are ever
    // prepared, where one per row count (up to 64 per table) cost a run about 40 ms of preparing.
    for (let i = 0; i < rows.length;) {
      let size = MAX_ROWS_PER_INSERT;
      while (size > rows.length - i) size >>= 1;
      const chunk = rows.slice(i, i + size);
      i += size;
      const key = `${table.table}/${chunk.length}`;
      let s = insertStatements.get(key);
      if (!s) {
        s = stmt(insertSql(table.table, table.columns, chunk.length));
        insertStatements.set(key, s);
      }
      s.run(...chunk.flat());
    }
  };

  /**
   * Mention rows of a batch's records, per table, written together: one multi-row INSERT per table
   * and 64 rows instead of one per table and record (fewer statement calls, each into native code).
   */
  interface MentionSink { rows: unknown[][][]; ids: Set<string> }
  const flushMentions = (sink: MentionSink): void => {
    RECORD_TABLES.forEach((table, i) => {
      const rows = sink.rows[i]!;
      if (rows.length > 0) insertRows(table, rows);
      sink.rows[i] = [];
    });
    sink.ids.clear();
  };

  const putOne = (record: LagebildRecord, storedAt: string, sink: MentionSink): 'inserted' | 'updated' | 'unchanged' => {
    const id = record.document.id;
    // A record whose id already has rows waiting (the same document twice in a batch) must see them.
    if (sink.ids.has(id)) flushMentions(sink);
    const existing = stmt(SELECT_DOCUMENT_STATE_SQL).get(id) as
      { content_hash: string; extractor_version: string } | undefined;
    if (existing && existing.content_hash === record.document.contentHash
      && existing.extractor_version === record.extractor.version) return 'unchanged';
    stmt(UPSERT_DOCUMENT_SQL).run(...documentRow(record, storedAt));
    // A new document has no mentions to delete.
    if (existing) for (const sql of deleteMentions) stmt(sql).run(id);
    RECORD_TABLES.forEach((table, i) => {
      const rows = table.rows(record);
      if (rows.length > 0) sink.rows[i]!.push(...rows);
    });
    sink.ids.add(id);
    return existing ? 'updated' : 'inserted';
  };
  const newSink = (): MentionSink => ({ rows: RECORD_TABLES.map(() => []), ids: new Set() });
  const put = db.transaction((record: LagebildRecord) => {
    const sink = newSink();
    const outcome = putOne(record, new Date().toISOString(), sink);
    flushMentions(sink);
    return outcome;
  });
  const putMany = db.transaction((records: LagebildRecord[]) => {
    const storedAt = new Date().toISOString();
    const sink = newSink();
    const outcomes = records.map((record) => putOne(record, storedAt, sink));
    flushMentions(sink);
    return outcomes;
  });

  const setValidators = (url: string, validators: HttpValidators, at: string): void => {
    if (url.length > MAX_CACHED_URL_LENGTH) return;
    const row = httpCacheRow(url, validators, at);
    if (row) stmt(UPSERT_HTTP_CACHE_SQL).run(...row);
    // A page without validators is the common case; a DELETE of nothing would still be a write
    // transaction (locks, a WAL commit) per article, so look first.
    else if (stmt(SELECT_HTTP_CACHE_SQL).get(url) !== undefined) stmt(DELETE_HTTP_CACHE_SQL).run(url);
  };
  const setValidatorsMany = db.transaction((entries: readonly (readonly [string, HttpValidators])[], at: string) => {
    for (const [url, validators] of entries) setValidators(url, validators, at);
  });

  let closed = false;
  return {
    driver: 'sqlite',
    async migrate() {
      // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it, and only
      // when a rebuild is pending (another connection may have applied it meanwhile: then the
      // transaction applies nothing and keys were off for nothing).
      if (!rebuildPending()) {
        migrate.immediate();
        return;
      }
      db.pragma('foreign_keys = OFF');
      try {
        migrate.immediate();
      } finally {
        db.pragma('foreign_keys = ON');
      }
    },
    async putRecord(record) {
      const checked = checkRecord(record);
      return put.immediate(checked);
    },
    async putRecords(records) {
      const checked = records.map(checkRecord);
      return putMany.immediate(checked);
    },
    async getRecord(id) {
      const row = stmt(SELECT_RECORD_SQL).get(id) as { record_json: string; text: string } | undefined;
      return row ? recordFromRow(row) : undefined;
    },
    async hasDocument(id, contentHash) {
      const row = contentHash === undefined ? stmt(HAS_DOCUMENT_SQL).get(id) : stmt(HAS_DOCUMENT_HASH_SQL).get(id, contentHash);
      return row !== undefined;
    },
    async documentsWithContent(contentHashes) {
      const out: ContentMatch[] = [];
      const distinct = [...new Set(contentHashes)];
      for (let i = 0; i < distinct.length; i += 500) {
        const chunk = distinct.slice(i, i + 500);
        for (const row of db.prepare(selectByContentSql(chunk.length)).all(...chunk) as { id: string; source_id: string; content_hash: string }[]) {
          out.push({ id: row.id, sourceId: row.source_id, contentHash: row.content_hash });
        }
      }
      return out;
    },
    async quarantine(item: QuarantineItem) {
      stmt(INSERT_QUARANTINE_SQL).run(...quarantineRow(checkQuarantineItem(item)));
    },
    async listQuarantine(filter) {
      const rows = (filter?.sourceId === undefined
        ? stmt(LIST_QUARANTINE_SQL).all()
        : stmt(LIST_QUARANTINE_BY_SOURCE_SQL).all(filter.sourceId)) as QuarantineRow[];
      return rows.map(fromQuarantineRow);
    },
    async recordSourceRun(run: SourceRun) {
      stmt(UPSERT_SOURCE_RUN_SQL).run(...sourceRunRow(checkSourceRun(run)));
    },
    async sourceHealth(): Promise<SourceHealth[]> {
      const read = db.transaction(() => Object.fromEntries(
        Object.entries(HEALTH_SQL).map(([key, sql]) => [key, stmt(sql).all()]),
      ));
      return toSourceHealth(read() as unknown as HealthRows);
    },
    async getHttpValidators(url) {
      if (url.length > MAX_CACHED_URL_LENGTH) return undefined;
      const row = stmt(SELECT_HTTP_CACHE_SQL).get(url) as HttpCacheRow | undefined;
      return row ? fromHttpCacheRow(row) : undefined;
    },
    async setHttpValidators(url, validators) {
      setValidators(url, validators, new Date().toISOString());
    },
    async setHttpValidatorsMany(entries) {
      if (entries.length === 0) return;
      setValidatorsMany.immediate(entries, new Date().toISOString());
    },
    async getHttpValidatorsMany(urls) {
      const found = new Map<string, HttpValidators>();
      const distinct = [...new Set(urls.filter((u) => u.length <= MAX_CACHED_URL_LENGTH))];
      // One read transaction: one snapshot, and the WAL read lock is taken once for all chunks.
      db.transaction(() => {
        for (let i = 0; i < distinct.length; i += 500) {
          const chunk = distinct.slice(i, i + 500);
          for (const row of stmt(selectHttpCacheManySql(chunk.length)).all(...chunk) as (HttpCacheRow & { url: string })[]) {
            const v = fromHttpCacheRow(row);
            if (v) found.set(row.url, v);
          }
        }
      })();
      return found;
    },
    async query(filter: QueryFilter): Promise<QueryHit[]> {
      const { sql, params } = buildQuery(filter);
      const rows = stmt(sql).all(...params) as { record_json: string }[];
      return rows.map((r) => toHit(JSON.parse(r.record_json) as LagebildRecord));
    },
    async countDocuments(filter: QueryFilter): Promise<number> {
      const { sql, params } = buildCount(filter, 'sqlite');
      return Number((stmt(sql).get(...params) as { n: number }).n);
    },
    async getRecords(ids: readonly string[]): Promise<LagebildRecord[]> {
      const byId = new Map<string, LagebildRecord>();
      const distinct = [...new Set(ids)];
      // Below SQLite's default limit of 32766 bound parameters.
      for (let i = 0; i < distinct.length; i += 500) {
        const chunk = distinct.slice(i, i + 500);
        for (const row of stmt(selectRecordsSql(chunk.length)).all(...chunk) as { id: string; record_json: string; text: string }[]) {
          byId.set(row.id, recordFromRow(row));
        }
      }
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async listReports(filter: ReportFilter = {}): Promise<ReportPage> {
      const { sql, countSql, params, page } = buildReportQuery(filter);
      const read = db.transaction(() => {
        const total = Number((stmt(countSql).get(...params) as { n: number }).n);
        const rows = stmt(sql).all(...params, ...page) as ReportDbRow[];
        const ids = [...new Set(rows.map((r) => r.document_id))];
        const byId = new Map<string, LagebildRecord>();
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          for (const row of stmt(selectRecordsSql(chunk.length)).all(...chunk) as { id: string; record_json: string; text: string }[]) {
            byId.set(row.id, recordFromRow(row));
          }
        }
        return { total, items: toReportRows(rows, byId) };
      });
      return read();
    },
    async listImpacts(filter: ImpactFilter = {}): Promise<ImpactPage> {
      const { sql, countSql, params, page } = buildImpactQuery(filter);
      const read = db.transaction(() => ({
        total: Number((stmt(countSql).get(...params) as { n: number }).n),
        rows: stmt(sql).all(...params, ...page) as ImpactDbRow[],
      }));
      const { total, rows } = read();
      return { total, items: rows.map(toImpactRow) };
    },
    async stats(): Promise<Stats> {
      const read = db.transaction(() => Object.fromEntries(
        Object.entries(STATS_SQL).map(([key, sql]) => [key, stmt(sql).all() as CountRow[]]),
      ));
      // One read transaction, so that all counts come from the same snapshot.
      return toStats(read() as Parameters<typeof toStats>[0]);
    },
    async close() {
      if (closed) return;
      closed = true;
      statements.clear();
      insertStatements.clear();
      db.close();
    },
  };
}
