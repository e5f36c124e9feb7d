import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, werneRecord } from '../conformance-records.js';
import { createPostgresStore, listenForErrorsOnEveryClient } from './postgres.js';

// A database of this test's own: its backends are terminated as a PostgreSQL restart or failover
// would, and no other test's (or engineer's) connections are touched.
const adminUrl = process.env['LAGEBILD_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `lagebild_faults_${randomBytes(6).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
})();

async function withAdmin<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${database}"`));
});

afterAll(async () => {
  await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
});

/** Terminates every backend of the test database but `keep`'s. */
async function terminateBackends(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ ok: boolean }>(
    'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
  return rows.length;
}

describe('postgres driver when its connections are terminated', () => {
  it('fails the write in progress with an error (no crash), and the next write reconnects', async () => {
    const store = createPostgresStore(dbUrl);
    await store.migrate();
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => { uncaught.push(error); };
    process.on('uncaughtException', onUncaught);
    try {
      await withAdmin(dbUrl, async (admin) => {
        // The write waits on this lock inside its transaction, with its pool client checked out:
        // the moment a terminated connection used to surface as an unhandled 'error' event.
        await admin.query('BEGIN');
        await admin.query('LOCK TABLE documents IN ACCESS EXCLUSIVE MODE');
        const write = store.putRecords(FIXTURES.slice(0, 3));
        const settled = write.then(() => 'stored', (error: Error) => error);
        for (let i = 0; i < 500; i++) {
          const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'", [database]);
          if (rows[0].n > 0) break;
          await new Promise((r) => setTimeout(r, 10));
        }
        expect(await terminateBackends(admin)).toBeGreaterThan(0);
        await admin.query('ROLLBACK');
        const outcome = await settled;
        expect(outcome).toBeInstanceOf(Error);
        // Idle pool connections are terminated too; reads and writes open new ones.
        await terminateBackends(admin);
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught).toEqual([]);
      expect(await store.putRecord(werneRecord)).toBe('inserted');
      expect(await store.putRecords(FIXTURES.slice(0, 3))).toHaveLength(3);
      expect((await store.stats()).documents).toBeGreaterThanOrEqual(3);
    } finally {
      process.off('uncaughtException', onUncaught);
      await store.close();
    }
  });

  it('answers stats and health from a fresh connection after its idle ones were terminated', async () => {
    const store = createPostgresStore(dbUrl);
    await store.migrate();
    try {
      await store.stats();
      await withAdmin(dbUrl, terminateBackends);
      await new Promise((r) => setTimeout(r, 50));
      expect((await store.stats()).documents).toBeGreaterThanOrEqual(0);
      expect(Array.isArray(await store.sourceHealth())).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('cancels a statement that runs longer than the statement timeout (issue 15 #5)', async () => {
    const store = createPostgresStore(dbUrl, { statementTimeoutMs: 200 });
    await store.migrate();
    try {
      await withAdmin(dbUrl, async (admin) => {
        // A search that cannot finish while this lock is held stands for one that costs too much.
        await admin.query('BEGIN');
        await admin.query('LOCK TABLE documents IN ACCESS EXCLUSIVE MODE');
        try {
          await expect(store.query({ search: 'werne' })).rejects.toThrow(/statement timeout/);
        } finally {
          await admin.query('ROLLBACK');
        }
      });
      expect(await store.query({ search: 'werne' })).toEqual(expect.any(Array));
    } finally {
      await store.close();
    }
  }, 30_000);
});

describe('a connection error between checkout and the borrower\'s listener', () => {
  it('reaches a listener of the client\'s own instead of crashing the process', () => {
    const pool = new EventEmitter();
    listenForErrorsOnEveryClient(pool);
    const client = new EventEmitter();
    pool.emit('connect', client);
    // The pool has taken its idle listener off (checked out); the borrower has not yet put its own on.
    expect(() => client.emit('error', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).not.toThrow();
  });
});
