import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { openStore } from '@lagebild/store';
import { generateReleases } from '../support/corpus.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cliBin = join(repoRoot, 'packages/cli/bin/lagebild.js');
const PG_URL = process.env.LAGEBILD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A redis-server of the benchmark's own (noeviction, no persistence), stopped by its pid. */
async function startRedis(): Promise<{ url: string; port: number; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const probe = new Redis({ port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    probe.on('error', () => {});
    try {
      await probe.connect();
      probe.disconnect();
      break;
    } catch {
      await sleep(100);
    }
  }
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => child.kill('SIGTERM') };
}

/** The no-op ceiling: jobs/s that BullMQ alone sustains with `processes` worker processes on this machine. */
async function noopCeiling(redisUrl: string, jobs: number, processes: number): Promise<number> {
  const name = `noop-${processes}`;
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection });
  await queue.obliterate({ force: true });
  const children = Array.from({ length: processes }, () => spawn(process.execPath, [fileURLToPath(new URL('./noop-worker.js', import.meta.url)), redisUrl, name], { stdio: 'ignore' }));
  await sleep(500);
  const start = performance.now();
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({ name, data: { i: i + k }, opts: { removeOnComplete: true } })));
  }
  while ((await queue.getJobCounts('waiting', 'active')).waiting! + (await queue.getJobCounts('active')).active! > 0) await sleep(50);
  const seconds = (performance.now() - start) / 1000;
  for (const c of children) c.kill('SIGTERM');
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return jobs / seconds;
}

/** Documents/s from `lagebild enqueue` to stored PostgreSQL rows with `processes` worker processes. */
async function pipelineRate(redisUrl: string, docs: number, processes: number): Promise<number> {
  const schema = `lagebild_bench_${process.pid}_${processes}`;
  const db = `${PG_URL}?schema=${schema}`;
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-dist-'));
  const input = join(dir, 'docs.ndjson');
  writeFileSync(input, generateReleases(docs, 99 + processes).map((l) => JSON.stringify(l)).join('\n') + '\n');
  const store = await openStore(db);
  const flush = new Redis(redisUrl);
  await flush.flushall();
  flush.disconnect();
  const workers = Array.from({ length: processes }, () => spawn(process.execPath, [cliBin, 'worker', '--redis', redisUrl, '--db', db, '--concurrency', '8', '--stages', 'extract', 'store'], { stdio: 'ignore', env: { ...process.env, LAGEBILD_LOG_LEVEL: 'error' } }));
  await sleep(1500);
  const start = performance.now();
  const enqueue = spawn(process.execPath, [cliBin, 'enqueue', '--in', input, '--redis', redisUrl], { stdio: 'ignore' });
  await new Promise((r) => enqueue.once('exit', r));
  while ((await store.countDocuments({})) < docs) await sleep(100);
  const seconds = (performance.now() - start) / 1000;
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
  await store.close();
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
  return docs / seconds;
}

export interface DistributedBench {
  docs: number;
  noopJobsPerSecond1: number;
  noopJobsPerSecond2: number;
  docsPerSecond1: number;
  docsPerSecond2: number;
}

export async function benchDistributed(docs: number, noopJobs: number): Promise<DistributedBench> {
  const redis = await startRedis();
  try {
    const noopJobsPerSecond1 = await noopCeiling(redis.url, noopJobs, 1);
    const noopJobsPerSecond2 = await noopCeiling(redis.url, noopJobs, 2);
    const docsPerSecond1 = await pipelineRate(redis.url, docs, 1);
    const docsPerSecond2 = await pipelineRate(redis.url, docs, 2);
    return { docs, noopJobsPerSecond1, noopJobsPerSecond2, docsPerSecond1, docsPerSecond2 };
  } finally {
    redis.stop();
  }
}


