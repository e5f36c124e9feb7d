import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../conformance-records.js';
import { bundledRecord } from '../conformance-reports.js';
import { createPostgresStore } from '../drivers/postgres.js';
import { createSqliteStore } from '../drivers/sqlite.js';
import type { Store } from '../store.js';
import { MIGRATIONS } from './index.js';
import { migratePostgresTo, migrateSqliteTo, seedPostgres, seedSqlite } from './test-support/older-store.js';

/** The migrations a store had before reports existed (issue 17). */
const before = MIGRATIONS.filter((m) => m.version <= 6);

/** After migration 7, every stored release is one whole report with its own mentions; a new release keeps its reports. */
async function checkMigrated(store: Store): Promise<void> {
  const page = await store.listReports({ limit: 1000 });
  expect(page.total).toBe(FIXTURES.length);
  for (const r of FIXTURES) {
    const row = page.items.find((i) => i.documentId === r.document.id)!;
    expect(row).toMatchObject({ index: 0, whole: true, title: r.document.title, span: { start: 0, end: r.document.text.length } });
    expect(row.entities).toStrictEqual(r.entities);
  }
  expect((await store.listReports({ place: '05978040' })).items.length).toBeGreaterThan(0);
  const bundled = bundledRecord();
  await store.putRecord(bundled);
  expect((await store.listReports({ documentId: bundled.document.id })).items.map((i) => i.title))
    .toEqual(['1. Sachbeschädigung in Werne', '2. Diebstahl in Kamen']);
}

describe('migration 007_reports on a store that already holds documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-reports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every SQLite document its whole-release report', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrateSqliteTo(db, before);
    db.pragma('foreign_keys = ON');
    seedSqlite(db, FIXTURES);
    db.close();
    const store = createSqliteStore(path);
    await store.migrate();
    await checkMigrated(store);
    await store.close();
  });

  it('gives every PostgreSQL document its whole-release report', async () => {
    const url = process.env['LAGEBILD_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `lagebild_reports_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"`);
      await migratePostgresTo(client, before);
      await seedPostgres(client, FIXTURES);
      const store = createPostgresStore(url, { schema });
      await store.migrate();
      await checkMigrated(store);
      await store.close();
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});
