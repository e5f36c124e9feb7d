import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../drivers/postgres.js';
import { createSqliteStore } from '../drivers/sqlite.js';
import { MIGRATIONS } from './index.js';
import { migratePostgresTo, migrateSqliteTo } from './test-support/older-store.js';

/** A source_runs row as migration 1 wrote it (no error_code, no not_modified). */
const OLD_RUN_SQL = `INSERT INTO source_runs (source_id, started_at, finished_at, started_ms, finished_ms, ok, items, stored, quarantined, error)
VALUES ('polizei-dortmund', '2023-11-01T10:00:00+01:00', '2023-11-01T10:00:05+01:00', 1698829200000, 1698829205000, 0, 0, 0, 1, 'HTTP 500')`;

const initial = MIGRATIONS.find((m) => m.version === 1)!;

describe('migration 002_http_cache on a store written by migration 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-httpcache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps old SQLite runs readable and adds the validator table', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    migrateSqliteTo(db, [initial]);
    db.exec(OLD_RUN_SQL);
    db.close();
    const store = createSqliteStore(path);
    await store.migrate();
    const [health] = await store.sourceHealth();
    expect(health).toMatchObject({ sourceId: 'polizei-dortmund', lastError: 'HTTP 500', consecutiveZeroYield: 1, notModifiedLastPoll: false });
    expect(health?.lastErrorCode).toBeUndefined();
    await store.setHttpValidators('http://127.0.0.1/rss.xml', { etag: '"1"' });
    expect(await store.getHttpValidators('http://127.0.0.1/rss.xml')).toStrictEqual({ etag: '"1"' });
    await store.close();
  });

  it('keeps old PostgreSQL runs readable and adds the validator table', async () => {
    const url = process.env['LAGEBILD_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `lagebild_httpcache_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"`);
      await migratePostgresTo(client, [initial]);
      await client.query(OLD_RUN_SQL);
      const store = createPostgresStore(url, { schema });
      await store.migrate();
      const [health] = await store.sourceHealth();
      expect(health).toMatchObject({ sourceId: 'polizei-dortmund', lastError: 'HTTP 500', consecutiveZeroYield: 1, notModifiedLastPoll: false });
      await store.setHttpValidators('http://127.0.0.1/rss.xml', { lastModified: 'Mon, 06 Nov 2023 09:15:00 GMT' });
      expect(await store.getHttpValidators('http://127.0.0.1/rss.xml')).toStrictEqual({ lastModified: 'Mon, 06 Nov 2023 09:15:00 GMT' });
      await store.close();
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});
