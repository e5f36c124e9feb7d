import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractRecord } from '@lagebild/extract';
import { startFixtureServer, type FixtureServer } from '@lagebild/fixtures';
import { closeStageQueues, createStageQueues, producerConnection, queueCounts, waitForIdle, type StageQueues } from '@lagebild/queue';
import { openStore, type Stats } from '@lagebild/store';
import type { Redis } from 'ioredis';
import { generateReleases } from '../support/corpus.js';
import { documentFromInput } from '@lagebild/press-releases';
import { repoRoot, runCli, tempDir } from './helpers.js';
import { startTestRedis, startWorker, testPgSchema, type TestRedis, type WorkerProcess } from './services.js';

/** Lock and stall checks every 3 s: a killed worker's jobs come back quickly. */
const WORKER_ENV = { LAGEBILD_LOCK_MS: '3000' };

function mentionCounts(stats: Stats) {
  const { documents, dates, municipalities, districts, agencies, serviceImpacts, contacts } = stats;
  return { documents, dates, municipalities, districts, agencies, serviceImpacts, contacts };
}

/** Mention counts of an undisturbed, in-process extraction of the same input. */
function expectedCounts(lines: ReturnType<typeof generateReleases>) {
  const now = new Date('2026-01-01T00:00:00Z');
  const totals = { documents: 0, dates: 0, municipalities: 0, districts: 0, agencies: 0, serviceImpacts: 0, contacts: 0 };
  for (const line of lines) {
    const { entities } = extractRecord(documentFromInput(line, now));
    totals.documents++;
    totals.dates += entities.dates.length;
    totals.municipalities += entities.municipalities.length;
    totals.districts += entities.districts.length;
    totals.agencies += entities.agencies.length;
    totals.serviceImpacts += entities.serviceImpacts.length;
    totals.contacts += entities.contacts.length;
  }
  return totals;
}

async function storedStats(url: string): Promise<Stats> {
  const store = await openStore(url);
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

/** Waits (at most a minute) until the store holds at least `count` documents. */
async function waitForDocuments(url: string, count: number): Promise<void> {
  for (let i = 0; i < 600 && (await storedStats(url)).documents < count; i++) await new Promise((r) => setTimeout(r, 100));
}

/** The lines as an NDJSON file for `lagebild enqueue`. */
function writeBatch(prefix: string, lines: ReturnType<typeof generateReleases>): string {
  const input = join(tempDir(prefix), 'docs.ndjson');
  writeFileSync(input, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return input;
}

describe('distributed mode: BullMQ workers on Redis, PostgreSQL store', () => {
  let redis: TestRedis;
  let producer: Redis;
  let queues: StageQueues;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startTestRedis({ aof: true });
    producer = producerConnection(redis.url);
    producer.on('error', () => {});
    queues = createStageQueues(producer);
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await closeStageQueues(queues).catch(() => {});
    producer.disconnect();
    await redis.stop();
  });

  function worker(db: string, extra: string[] = []): WorkerProcess {
    const w = startWorker(['--redis', redis.url, '--db', db, '--concurrency', '4', ...extra], WORKER_ENV);
    workers.push(w);
    return w;
  }

  async function stopWorkers(): Promise<void> {
    for (const w of workers.splice(0)) {
      if (w.child.exitCode === null) {
        w.child.kill('SIGTERM');
        await w.exited;
      }
    }
  }

  it('stores the same records as the embedded runner for the fixture sources, and a Redis wipe loses nothing', async () => {
    const fixtures: FixtureServer = await startFixtureServer();
    const pgStore = testPgSchema('lagebild_e2e_same');
    try {
      const dir = tempDir('same');
      const config = join(dir, 'sources.json');
      const template = (await import('node:fs')).readFileSync(join(repoRoot, 'pipelines/press-releases/config/sources.fixtures.json'), 'utf8');
      writeFileSync(config, template.replaceAll('{{BASE_URL}}', fixtures.baseUrl));
      const sqlite = join(dir, 'embedded.db');
      expect((await runCli(['ingest', '--sources', config, '--db', sqlite, '--json'])).code).toBe(0);

      worker(pgStore.url, ['--sources', config]);
      worker(pgStore.url, ['--sources', config]);
      const run = await runCli(['ingest', '--distributed', '--sources', config, '--redis', redis.url, '--db', pgStore.url, '--json']);
      expect(run.code).toBe(0);

      const embedded = await openStore(sqlite);
      const distributed = await openStore(pgStore.url);
      try {
        const hits = await embedded.query({ limit: 1000 });
        expect(hits.length).toBeGreaterThanOrEqual(20);
        expect(mentionCounts(await distributed.stats())).toEqual(mentionCounts(await embedded.stats()));
        for (const hit of hits) {
          const a = await embedded.getRecord(hit.documentId);
          const b = await distributed.getRecord(hit.documentId);
          expect(b, hit.documentId).toBeDefined();
          expect(b!.entities).toEqual(a!.entities);
          expect({ ...b!.document, fetchedAt: '' }).toEqual({ ...a!.document, fetchedAt: '' });
        }
        expect((await distributed.listQuarantine()).length).toBe((await embedded.listQuarantine()).length);

        // Redis is never the source of truth: wipe it and re-ingest, nothing is duplicated.
        const before = await distributed.stats();
        await producer.flushall();
        const again = await runCli(['ingest', '--distributed', '--sources', config, '--redis', redis.url, '--db', pgStore.url, '--json']);
        expect(again.code).toBe(0);
        expect(await distributed.stats()).toEqual(before);
      } finally {
        await embedded.close();
        await distributed.close();
      }
    } finally {
      await stopWorkers();
      await fixtures.close();
      await pgStore.drop();
    }
  }, 600_000);

  it('kill -9 of one of two workers amid 10,000 documents: exactly 10,000 stored, mention counts as undisturbed', async () => {
    const pgStore = testPgSchema('lagebild_e2e_kill');
    try {
      const lines = generateReleases(10_000);
      const input = writeBatch('kill', lines);
      const victim = worker(pgStore.url);
      worker(pgStore.url);
      const enqueue = await runCli(['enqueue', '--in', input, '--redis', redis.url]);
      expect(enqueue.stdout).toMatch(/enqueued 10000 documents/);
      // Kill once the victim has certainly taken jobs, and well before the end.
      await waitForDocuments(pgStore.url, 1500);
      victim.child.kill('SIGKILL');
      await victim.exited;
      await waitForIdle(queues, { timeoutMs: 300_000, pollMs: 500 });
      const stats = await storedStats(pgStore.url);
      expect(mentionCounts(stats)).toEqual(expectedCounts(lines));
      expect(stats.documents).toBe(10_000);
      expect(stats.quarantined).toBe(0);
    } finally {
      await stopWorkers();
      await pgStore.drop();
    }
  }, 600_000);

  it('a batch job with one bad document: that document is quarantined with its reason, the others stored', async () => {
    const pgStore = testPgSchema('lagebild_e2e_batch');
    try {
      const lines = generateReleases(60, 23);
      const documents = lines.map((line) => documentFromInput(line, new Date('2026-01-01T00:00:00Z')));
      const bad = { ...documents[30]!, id: 'kaputt-1', publishedAt: 'gestern' };
      worker(pgStore.url);
      await queues.extract.add('extract-batch', { documents: [...documents.slice(0, 30), bad, ...documents.slice(30)] }, { jobId: 'exb-e2e-one-bad' });
      await waitForIdle(queues, { timeoutMs: 120_000, pollMs: 200 });
      const stats = await storedStats(pgStore.url);
      expect(mentionCounts(stats)).toEqual(expectedCounts(lines));
      expect(stats.quarantined).toBe(1);
      const store = await openStore(pgStore.url);
      try {
        const [item] = await store.listQuarantine();
        expect(item).toMatchObject({ stage: 'extract', sourceId: 'batch' });
        expect(item?.reason).toMatch(/kaputt-1.*schema violation.*publishedAt/);
        expect(await store.hasDocument('kaputt-1')).toBe(false);
      } finally {
        await store.close();
      }
      const job = await queues.extract.getJob('exb-e2e-one-bad');
      expect(await job?.getState()).toBe('completed');
      expect(job?.attemptsMade).toBe(1);
    } finally {
      await stopWorkers();
      await pgStore.drop();
    }
  }, 600_000);

  it('SIGTERM: the worker finishes its active jobs, exits 0, and leaves nothing active or stalled', async () => {
    const pgStore = testPgSchema('lagebild_e2e_term');
    try {
      const lines = generateReleases(3000, 7);
      const input = writeBatch('term', lines);
      const first = worker(pgStore.url);
      await runCli(['enqueue', '--in', input, '--redis', redis.url]);
      await waitForDocuments(pgStore.url, 300);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      const counts = await queueCounts(queues);
      expect(counts.extract.active ?? 0).toBe(0);
      expect(counts.store.active ?? 0).toBe(0);
      worker(pgStore.url);
      await waitForIdle(queues, { timeoutMs: 300_000, pollMs: 500 });
      expect(mentionCounts(await storedStats(pgStore.url))).toEqual(expectedCounts(lines));
    } finally {
      await stopWorkers();
      await pgStore.drop();
    }
  }, 600_000);

  it('Redis restarted mid-run (AOF on): processing resumes by itself, 0 missing, 0 duplicated', async () => {
    const pgStore = testPgSchema('lagebild_e2e_restart');
    try {
      const lines = generateReleases(3000, 11);
      const input = writeBatch('restart', lines);
      await runCli(['enqueue', '--in', input, '--redis', redis.url]);
      worker(pgStore.url);
      await waitForDocuments(pgStore.url, 300);
      await redis.stop();
      await new Promise((r) => setTimeout(r, 1000));
      await redis.start();
      for (let i = 0; i < 100 && producer.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 100));
      await waitForIdle(queues, { timeoutMs: 300_000, pollMs: 500 });
      expect(mentionCounts(await storedStats(pgStore.url))).toEqual(expectedCounts(lines));
    } finally {
      await stopWorkers();
      await pgStore.drop();
    }
  }, 600_000);

  it('a worker pointed at a Redis with maxmemory-policy allkeys-lru refuses to start', async () => {
    const lru = await startTestRedis({ policy: 'allkeys-lru' });
    try {
      const w = startWorker(['--redis', lru.url, '--db', ':memory:']);
      expect(await w.exited).not.toBe(0);
      expect(w.output()).toMatch(/maxmemory-policy is "allkeys-lru".*noeviction/);
    } finally {
      await lru.stop();
    }
  }, 600_000);

  it('enqueue with an input file that does not exist names it and exits 1 without connecting to Redis', async () => {
    const missing = join(tempDir('enqueue-missing'), 'nowhere.ndjson');
    // A loopback listener in Redis's place counts the connections the command opens.
    let connections = 0;
    const listener = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = listener.address() as AddressInfo;
      const run = await runCli(['enqueue', '--in', missing, '--redis', `redis://127.0.0.1:${port}`]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('ENOENT');
      expect(run.stderr).toContain(missing);
      expect(run.stdout).toBe('');
      expect(connections).toBe(0);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  }, 60_000);
});
