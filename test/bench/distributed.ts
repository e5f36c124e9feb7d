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
import { DEFAULT_BATCH_SIZE, QUEUE_PREFIX } from '@lagebild/queue';
import { openStore } from '@lagebild/store';
import { generateReleases, type GeneratedRelease } from '../support/corpus.js';
import { CLI_BIN, cliNodeFlags } from './launch.js';

const cliBin = fileURLToPath(CLI_BIN);
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
  const children = Array.from({ length: processes }, () => spawn(process.execPath, [...cliNodeFlags(), fileURLToPath(new URL('./noop-worker.js', import.meta.url)), redisUrl, name], { stdio: 'ignore' }));
  await sleep(500);
  const drain = async (count: number): Promise<void> => {
    for (let i = 0; i < count; i += 1000) {
      await queue.addBulk(Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({ name, data: { i: i + k }, opts: { removeOnComplete: true } })));
    }
    while ((await queue.getJobCounts('waiting', 'active')).waiting! + (await queue.getJobCounts('active')).active! > 0) await sleep(50);
  };
  // Untimed first, as the pipeline's workers are warmed (see pipelineRate).
  await drain(Math.ceil(jobs / 10));
  const start = performance.now();
  await drain(jobs);
  const seconds = (performance.now() - start) / 1000;
  for (const c of children) c.kill('SIGTERM');
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return jobs / seconds;
}

/**
 * Waits until `processes` workers listen on the extract and the store queue. A fixed pause was not
 * enough on a busy machine: workers still loading their modules then ran inside the measured
 * interval, and start-up is not throughput.
 */
async function workersReady(redisUrl: string, processes: number): Promise<void> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queues = ['extract', 'store'].map((name) => new Queue(name, { connection, prefix: QUEUE_PREFIX }));
  try {
    for (let i = 0; i < 600; i++) {
      const counts = await Promise.all(queues.map((q) => q.getWorkersCount()));
      if (counts.every((n) => n >= processes)) return;
      await sleep(100);
    }
    throw new Error(`${processes} workers did not start within a minute`);
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  }
}

interface PipelineRun {
  docsPerSecond: number;
  /**
   * Extract jobs `enqueue` added (as it reports them), per second of the same interval. Finished jobs
   * cannot be counted in Redis once the warm-up's are there: batch jobs are kept only up to a count.
   */
  jobsPerSecond: number;
  jobs: number;
  seconds: number;
}

/**
 * Documents/s from the start of `lagebild enqueue` to all rows stored in PostgreSQL with
 * `processes` worker processes. `batchSize` undefined runs `enqueue` without `--batch-size`, i.e.
 * with the default a user gets.
 */
async function pipelineRate(redisUrl: string, docs: number, warmUpDocs: number, processes: number, batchSize: number | undefined): Promise<PipelineRun> {
  const schema = `lagebild_bench_${process.pid}_${processes}`;
  const db = `${PG_URL}?schema=${schema}`;
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-dist-'));
  const ndjson = (name: string, releases: GeneratedRelease[]): string => {
    const file = join(dir, name);
    writeFileSync(file, releases.map((l) => JSON.stringify(l)).join('\n') + '\n');
    return file;
  };
  const input = ndjson('docs.ndjson', generateReleases(docs, 99 + processes));
  // Other seeds and ids: the measured documents are new to the store and to the queues.
  const warmUpInput = ndjson('warm-up.ndjson', generateReleases(warmUpDocs, 7 + processes).map((r) => ({ ...r, id: `warm-up-${r.id}` })));
  const store = await openStore(db);
  const flush = new Redis(redisUrl);
  await flush.flushall();
  flush.disconnect();
  const workers = Array.from({ length: processes }, () => spawn(process.execPath, [...cliNodeFlags(), cliBin, 'worker', '--redis', redisUrl, '--db', db, '--concurrency', '8', '--stages', 'extract', 'store'], { stdio: 'ignore', env: { ...process.env, LAGEBILD_LOG_LEVEL: 'error' } }));
  await workersReady(redisUrl, processes);
  /** Runs `lagebild enqueue` on `file`; resolves to the number of extract jobs it reports. */
  const enqueue = async (file: string): Promise<number> => {
    const child = spawn(process.execPath, [...cliNodeFlags(), cliBin, 'enqueue', '--in', file, '--redis', redisUrl, ...(batchSize === undefined ? [] : ['--batch-size', String(batchSize)])], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    const code = await new Promise((r) => child.once('exit', r));
    const jobs = / in (\d+) jobs/.exec(out)?.[1];
    if (code !== 0 || jobs === undefined) throw new Error(`lagebild enqueue exited with ${code}: ${out.trim()}`);
    return Number(jobs);
  };
  // Workers are long-running processes: the figure is their steady state, not V8 compiling their
  // code. The warm-up documents go the whole way (queue, extraction, PostgreSQL) untimed; cold
  // workers spent about 40% more CPU per document over a 10,000-document run (5.9–6.4 s, not 4.3–4.5 s).
  await enqueue(warmUpInput);
  while ((await store.countDocuments({})) < warmUpDocs) await sleep(100);
  // `enqueue` is a fresh process each time, so its start-up stays inside the measured interval.
  const start = performance.now();
  const jobs = await enqueue(input);
  while ((await store.countDocuments({})) < warmUpDocs + docs) await sleep(100);
  const seconds = (performance.now() - start) / 1000;
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
  await store.close();
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
  return { docsPerSecond: docs / seconds, jobsPerSecond: jobs / seconds, jobs, seconds };
}

export interface DistributedBench {
  docs: number;
  /** Documents each pipeline run's workers extracted and stored before the clock started. */
  warmUpDocs: number;
  /** Documents per extract job (`lagebild enqueue --batch-size`; the default unless the caller chose one). */
  batchSize: number;
  noopJobsPerSecond1: number;
  noopJobsPerSecond2: number;
  docsPerSecond1: number;
  docsPerSecond2: number;
  /** Extract jobs per second: how the documents/s are reached. */
  jobsPerSecond1: number;
  jobsPerSecond2: number;
  jobs1: number;
  jobs2: number;
  /** docsPerSecond2 / noopJobsPerSecond2, the figure of merit. */
  ratio2: number;
}

export async function benchDistributed(docs: number, noopJobs: number, batchSize?: number): Promise<DistributedBench> {
  const redis = await startRedis();
  const warmUpDocs = Math.ceil(docs * 0.3);
  try {
    const noopJobsPerSecond1 = await noopCeiling(redis.url, noopJobs, 1);
    const noopJobsPerSecond2 = await noopCeiling(redis.url, noopJobs, 2);
    const one = await pipelineRate(redis.url, docs, warmUpDocs, 1, batchSize);
    const two = await pipelineRate(redis.url, docs, warmUpDocs, 2, batchSize);
    return {
      docs, warmUpDocs, batchSize: batchSize ?? DEFAULT_BATCH_SIZE, noopJobsPerSecond1, noopJobsPerSecond2,
      docsPerSecond1: one.docsPerSecond, docsPerSecond2: two.docsPerSecond,
      jobsPerSecond1: one.jobsPerSecond, jobsPerSecond2: two.jobsPerSecond, jobs1: one.jobs, jobs2: two.jobs,
      ratio2: two.docsPerSecond / noopJobsPerSecond2,
    };
  } finally {
    redis.stop();
  }
}
