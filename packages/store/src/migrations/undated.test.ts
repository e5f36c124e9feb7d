import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { LagebildRecord } from '@lagebild/schema';
import { FIXTURES, undatedBareRecord, undatedRecord, werneRecord } from '../conformance-records.js';
import { createPostgresStore } from '../drivers/postgres.js';
import { createSqliteStore } from '../drivers/sqlite.js';
import { MENTION_TABLES, documentRow } from '../rows.js';
import { UPSERT_DOCUMENT_SQL, numberPlaceholders } from '../sql.js';
import type { Store } from '../store.js';
import { MIGRATIONS } from './index.js';
import { migratePostgresTo, migrateSqliteTo, seedPostgres, seedSqlite } from './test-support/older-store.js';

/** The migrations a store had before undated documents existed. */
const before = MIGRATIONS.filter((m) => m.version <= 3);
const MENTION_COUNT_SQL = MENTION_TABLES.map((t) => `SELECT '${t.table}' AS t, COUNT(*) AS n FROM ${t.table}`).join(' UNION ALL ');

/** What migration 4 must keep of a store that holds FIXTURES, then what it must allow. */
async function checkMigrated(store: Store, mentionCounts: () => Promise<Record<string, number>>, expected: Record<string, number>): Promise<void> {
  expect(await mentionCounts()).toEqual(expected);
  for (const r of FIXTURES) expect(await store.getRecord(r.document.id)).toStrictEqual(r);
  expect((await store.query({ search: 'Standesamt' })).map((h) => h.documentId)).toEqual([werneRecord.document.id]);
  expect(await store.putRecords([undatedRecord, undatedBareRecord])).toEqual(['inserted', 'inserted']);
  expect(await store.getRecord(undatedBareRecord.document.id)).toStrictEqual(undatedBareRecord);
  // The full-text triggers were recreated: new documents and updates are indexed.
  expect((await store.query({ search: 'Bergkamen' })).map((h) => h.documentId)).toEqual([undatedBareRecord.document.id]);
  const changed: LagebildRecord = structuredClone(werneRecord);
  changed.document.text = changed.document.text.replace('Beurkundungen', 'Trauzimmer');
  changed.document.contentHash = 'hash-werne-trauzimmer';
  changed.entities = { ...changed.entities, municipalities: [], districts: [], dates: [], serviceImpacts: [], contacts: [] };
  expect(await store.putRecord(changed)).toBe('updated');
  expect(await store.query({ search: 'Beurkundungen' })).toEqual([]);
  expect((await store.query({ search: 'Trauzimmer' })).map((h) => h.documentId)).toEqual([werneRecord.document.id]);
  expect((await store.query({})).slice(-2).map((h) => h.documentId)).toEqual([undatedRecord.document.id, undatedBareRecord.document.id]);
}

describe('migration 004_undated on a store that already holds documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-undated-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds the SQLite tables without losing a mention (foreign keys off while it runs, on again after)', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrateSqliteTo(db, before);
    db.pragma('foreign_keys = ON');
    seedSqlite(db, FIXTURES);
    const counts = (): Record<string, number> => Object.fromEntries(
      (db.prepare(MENTION_COUNT_SQL).all() as { t: string; n: number }[]).map((r) => [r.t, Number(r.n)]),
    );
    const expected = counts();
    expect(expected['service_impacts']).toBe(5);
    expect(() => db.prepare(UPSERT_DOCUMENT_SQL).run(...documentRow(undatedRecord, 'x'))).toThrow(/NOT NULL/);
    db.close();

    const store = createSqliteStore(path);
    await store.migrate();
    const reader = new Database(path, { readonly: true });
    const notNull = (table: string) => Object.fromEntries(
      (reader.pragma(`table_info(${table})`) as { name: string; notnull: number }[]).map((c) => [c.name, c.notnull]),
    );
    expect(notNull('documents')).toMatchObject({ published_at: 0, published_date: 0, published_ms: 0, fetched_at: 1, id: 0 });
    expect(notNull('service_impacts')).toMatchObject({ as_of: 0, as_of_date: 0, service: 1 });
    expect(reader.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all())
      .toEqual([{ name: 'documents_fts_delete' }, { name: 'documents_fts_insert' }, { name: 'documents_fts_update' }]);
    expect(reader.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name LIKE '%_undated'").get()).toEqual({ n: 0 });
    await checkMigrated(store, async () => Object.fromEntries(
      (reader.prepare(MENTION_COUNT_SQL).all() as { t: string; n: number }[]).map((r) => [r.t, Number(r.n)]),
    ), expected);
    await store.close();
    const again = createSqliteStore(path);
    await again.migrate();
    expect(await again.getRecord(undatedRecord.document.id)).toStrictEqual(undatedRecord);
    await again.close();
    // Every mention still belongs to a stored document.
    const writer = new Database(path);
    expect(writer.pragma('foreign_key_check')).toEqual([]);
    writer.close();
    reader.close();
  });

  it('drops the PostgreSQL constraints in place', async () => {
    const url = process.env['LAGEBILD_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `lagebild_undated_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"`);
      await migratePostgresTo(client, before);
      await seedPostgres(client, FIXTURES);
      const counts = async (): Promise<Record<string, number>> =>
        Object.fromEntries((await client.query<{ t: string; n: string }>(MENTION_COUNT_SQL)).rows.map((r) => [r.t, Number(r.n)]));
      const expected = await counts();
      await expect(client.query(numberPlaceholders(UPSERT_DOCUMENT_SQL), documentRow(undatedRecord, 'x'))).rejects.toThrow(/null value/);
      const store = createPostgresStore(url, { schema });
      await store.migrate();
      const { rows } = await client.query<{ table_name: string; column_name: string; is_nullable: string }>(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = $1
          AND column_name IN ('published_at', 'published_date', 'published_ms', 'as_of', 'as_of_date') ORDER BY table_name, column_name`, [schema]);
      expect(rows.map((r) => `${r.table_name}.${r.column_name}:${r.is_nullable}`)).toEqual([
        'documents.published_at:YES', 'documents.published_date:YES', 'documents.published_ms:YES',
        'service_impacts.as_of:YES', 'service_impacts.as_of_date:YES',
      ]);
      await checkMigrated(store, counts, expected);
      await store.close();
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});
