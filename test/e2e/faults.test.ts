/**
 * Issue 15 #1: terminating the PostgreSQL backends of the database while workers are busy (as a
 * restart or failover does) killed both workers and the API server with "Connection terminated
 * unexpectedly". Here: a database of this test's own, a Redis of its own, two `lagebild worker`
 * processes and `lagebild serve`, its backends terminated three times amid 1,000 documents.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStageQueues, createStageQueues, producerConnection, waitForIdle, type StageQueues } from '@lagebild/queue';
import type { Redis } from 'ioredis';
import { generateReleases } from '../support/corpus.js';
import { cliBin, repoRoot, runCli, tempDir } from './helpers.js';
import { PG_URL, startTestRedis, startWorker, type TestRedis, type WorkerProcess } from './services.js';

const database = `lagebild_e2e_faults_${randomBytes(5).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(PG_URL);
  u.pathname = `/${database}`;
  return u.toString();
})();

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const storedDocuments = () => admin(dbUrl, async (c) => Number((await c.query('SELECT count(*) AS n FROM documents')).rows[0].n));

let redis: TestRedis;
let connection: Redis;
let queues: StageQueues;

beforeAll(async () => {
  await admin(PG_URL, (c) => c.query(`CREATE DATABASE "${database}"`));
  redis = await startTestRedis();
  connection = producerConnection(redis.url);
  queues = createStageQueues(connection);
});

afterAll(async () => {
  await closeStageQueues(queues);
  connection.disconnect();
  await redis.stop();
  await admin(PG_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
});

/** `lagebild serve` on a free port; resolves with its base URL once it listens. */
function serve(): Promise<{ child: ChildProcess; base: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [cliBin, 'serve', '--db', dbUrl, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /lagebild serve: (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve({ child, base: m[1]!, exited });
    });
    child.stderr!.on('data', (d) => { out += String(d); });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

describe('PostgreSQL backends terminated under load (issue 15 #1)', () => {
  it('workers and the API server stay up, reconnect, and every document is stored once', async () => {
    // The schema first, so that the server's first requests find the tables.
    expect((await runCli(['stats', '--db', dbUrl, '--json'])).code).toBe(0);
    const workers: WorkerProcess[] = [1, 2].map(() => startWorker(['--redis', redis.url, '--db', dbUrl, '--stages', 'extract', 'store']));
    const server = await serve();
    try {
      const lines = generateReleases(1000, 151);
      const input = join(tempDir('faults'), 'docs.ndjson');
      writeFileSync(input, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
      const enqueue = await runCli(['enqueue', '--in', input, '--redis', redis.url, '--batch-size', '25']);
      expect(enqueue.code, enqueue.stderr).toBe(0);

      // Requests keep the server's pool busy (and its connections checked out) while the backends go.
      let requesting = true;
      const statuses: number[] = [];
      const load = (async () => {
        while (requesting) {
          for (const path of ['/documents?q=standesamt&limit=20', '/impacts?limit=20', '/healthz']) {
            statuses.push(await fetch(`${server.base}${path}`).then((r) => r.arrayBuffer().then(() => r.status), () => -1));
          }
        }
      })();
      // A process that dies ends the test at once, with its output (it used to be a crash).
      const alive = () => workers.every((w) => w.child.exitCode === null && w.child.signalCode === null) && server.child.exitCode === null;
      const death = Promise.race([
        ...workers.map((w, i) => w.exited.then((code) => { throw new Error(`worker ${i + 1} exited with ${code}: ${w.output().slice(-1500)}`); })),
        server.exited.then((code) => { throw new Error(`lagebild serve exited with ${code}`); }),
      ]);
      death.catch(() => {});
      let terminated = 0;
      for (let round = 0; round < 3; round++) {
        const target = 150 * (round + 1);
        for (let i = 0; i < 600 && alive() && (await storedDocuments()) < target; i++) await new Promise((r) => setTimeout(r, 100));
        terminated += await admin(PG_URL, async (c) => (await c.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database])).rowCount ?? 0);
      }
      expect(terminated).toBeGreaterThan(0);
      await Promise.race([waitForIdle(queues, { timeoutMs: 300_000, pollMs: 500 }), death]);
      requesting = false;
      await load;

      for (const w of workers) expect(w.child.exitCode, w.output()).toBeNull();
      expect(server.child.exitCode).toBeNull();
      expect(statuses.filter((s) => s === -1)).toEqual([]);
      // After the terminations the server answers from new connections.
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.base}/documents?q=standesamt&limit=5`)).status).toBe(200);
      const counts = await admin(dbUrl, async (c) => (await c.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM documents')).rows[0] as { n: number; d: number });
      expect(counts).toEqual({ n: 1000, d: 1000 });
    } finally {
      for (const w of workers) {
        if (w.child.exitCode === null) w.child.kill('SIGTERM');
        await w.exited;
      }
      if (server.child.exitCode === null) server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 400_000);
});
