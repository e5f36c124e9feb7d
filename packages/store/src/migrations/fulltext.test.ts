import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { policeRecord, werneRecord } from '../conformance-records.js';
import { createPostgresStore } from '../drivers/postgres.js';
import { createSqliteStore } from '../drivers/sqlite.js';
import { MIGRATIONS } from './index.js';
import { migratePostgresTo, migrateSqliteTo, seedPostgres, seedSqlite } from './test-support/older-store.js';

/** A store written before full-text search existed: migration 1 only, two documents. */
const initial = MIGRATIONS.find((m) => m.version === 1)!;
const records = [werneRecord, policeRecord];

describe('migration 003_fulltext on a store that already holds documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-fts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes existing SQLite documents', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrateSqliteTo(db, [initial]);
    seedSqlite(db, records);
    db.close();
    const store = createSqliteStore(path);
    await store.migrate();
    expect((await store.query({ search: 'Standesamt' })).map((h) => h.documentId)).toEqual([werneRecord.document.id]);
    expect((await store.query({ search: 'Terminvergabe' })).map((h) => h.documentId)).toEqual([policeRecord.document.id]);
    await store.close();
  });

  it('indexes existing PostgreSQL documents', async () => {
    const url = process.env['LAGEBILD_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `lagebild_fts_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"`);
      await migratePostgresTo(client, [initial]);
      await seedPostgres(client, records, true);
      const store = createPostgresStore(url, { schema });
      await store.migrate();
      expect((await store.query({ search: 'Standesamt' })).map((h) => h.documentId)).toEqual([werneRecord.document.id]);
      expect(await store.countDocuments({ search: 'Terminvergabe OR Standesamt' })).toBe(2);
      await store.close();
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});
