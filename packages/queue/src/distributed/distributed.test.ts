import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { Document, QuarantineItem, SourceRun } from '@lagebild/schema';
import { StageFailure, type StageHandlers } from '../stages.js';
import { checkRedisForQueues, producerConnection, RedisConfigError, workerConnection } from './connection.js';
import { closeStageQueues, createStageQueues, enqueueDocuments, enqueueSources, jobIds, waitForIdle } from './queues.js';
import { durationMs, scheduleSourcePolls, startStageWorkers } from './workers.js';
import { startQueueBoard } from './board.js';

function doc(id: string, text = `Titel ${id}\n\nText`): Document {
  return {
    id, sourceId: 'src', url: `http://127.0.0.1/${id}`, title: `Titel ${id}`, publishedAt: '2023-11-06T10:00:00+01:00',
    fetchedAt: '2023-11-06T10:00:00+01:00', text, contentHash: `h-${id}`,
  };
}

function handlersFor(stored: Map<string, Document>, quarantined: QuarantineItem[], runs: SourceRun[], failOnce = new Set<string>()): StageHandlers {
  return {
    async fetchSource({ sourceId }) {
      if (sourceId === 'gone') throw new StageFailure('feed', sourceId, 'HTTP 404 from feed', { permanent: true });
      return {
        jobs: ['a', 'b', 'missing'].map((p) => ({ item: { sourceId, url: `http://127.0.0.1/${sourceId}/${p}` } })),
        quarantined: [{ sourceId, stage: 'feed', reason: 'item without link', at: '2023-11-06T10:00:00+01:00' }],
      };
    },
    async fetchArticle({ item }) {
      if (item.url.endsWith('missing')) throw new StageFailure('article', item.sourceId, 'HTTP 404', { url: item.url, permanent: true });
      return { document: { ...doc(item.url.replace(/\W+/g, '-')), sourceId: item.sourceId, url: item.url } };
    },
    async extract({ document }) {
      if (failOnce.delete(document.id)) throw new Error('transient extraction hiccup');
      return { record: { document, entities: { dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] }, extractor: { version: 't' } } };
    },
    async store({ record }) {
      const had = stored.has(record.document.id);
      stored.set(record.document.id, record.document);
      return had ? 'unchanged' : 'inserted';
    },
    async quarantine(item) { quarantined.push(item); },
    async recordSourceRun(run) { runs.push(run); },
  };
}

describe('BullMQ stage workers on the local Redis', () => {
  const prefix = `lagebild-test-${process.pid}-${Date.now()}`;
  const producer = producerConnection();
  const workerConn = workerConnection();
  const queues = createStageQueues(producer, { prefix, jobOptions: { backoff: { type: 'fixed', delay: 10 } } });

  afterAll(async () => {
    await Promise.all(Object.values(queues).map((q) => q.obliterate({ force: true })));
    await closeStageQueues(queues);
    producer.disconnect();
    workerConn.disconnect();
  });

  it('runs sources through every stage, quarantines permanent failures, retries transient ones', async () => {
    const stored = new Map<string, Document>();
    const quarantined: QuarantineItem[] = [];
    const runs: SourceRun[] = [];
    const failOnce = new Set(['http-127-0-0-1-one-a']);
    const running = startStageWorkers(handlersFor(stored, quarantined, runs, failOnce), queues, workerConn, { prefix, concurrency: 2 });
    try {
      await enqueueSources(queues, ['one', 'two', 'gone']);
      await waitForIdle(queues, { timeoutMs: 30_000 });
    } finally {
      await running.close();
    }
    expect([...stored.keys()].sort()).toEqual(['http-127-0-0-1-one-a', 'http-127-0-0-1-one-b', 'http-127-0-0-1-two-a', 'http-127-0-0-1-two-b']);
    expect(failOnce.size).toBe(0);
    expect(quarantined.filter((q) => q.stage === 'article').map((q) => q.url).sort()).toEqual(['http://127.0.0.1/one/missing', 'http://127.0.0.1/two/missing']);
    expect(quarantined.find((q) => q.sourceId === 'gone')).toMatchObject({ stage: 'feed', reason: 'HTTP 404 from feed' });
    expect(quarantined.filter((q) => q.reason === 'item without link')).toHaveLength(2);
    expect(runs.find((r) => r.sourceId === 'gone')).toMatchObject({ ok: false, error: 'HTTP 404 from feed' });
    expect(runs.find((r) => r.sourceId === 'one')).toMatchObject({ ok: true, items: 4 });
  });

  it('quarantines a payload that violates the schema without retrying it', async () => {
    const quarantined: QuarantineItem[] = [];
    const running = startStageWorkers(handlersFor(new Map(), quarantined, []), queues, workerConn, { prefix, stages: ['extract'] });
    try {
      await queues.extract.add('extract', { document: { id: 'x' } } as never, { jobId: 'ext-broken-payload' });
      await waitForIdle(queues, { timeoutMs: 10_000 });
      const job = await queues.extract.getJob('ext-broken-payload');
      expect(job?.attemptsMade).toBe(1);
    } finally {
      await running.close();
    }
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]?.reason).toMatch(/schema violation/);
  });

  it('serves a Bull Board page listing every stage queue', async () => {
    const board = await startQueueBoard(queues);
    try {
      const page = await fetch(board.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const api = await fetch(`${board.url}/api/queues`);
      const body = await api.json() as { queues: { name: string }[] };
      expect(body.queues.map((q) => q.name).sort()).toEqual(['extract', 'fetch-article', 'fetch-source', 'store']);
    } finally {
      await board.app.close();
    }
  });

  it('schedules one repeatable poll per source, replacing an earlier schedule of the same source', async () => {
    await scheduleSourcePolls(queues, [{ id: 'polizei-dortmund', pollEvery: '5m' }, { id: 'sta-koeln' }]);
    await scheduleSourcePolls(queues, [{ id: 'polizei-dortmund', pollEvery: '10m' }]);
    const schedulers = await queues['fetch-source'].getJobSchedulers();
    const byId = Object.fromEntries(schedulers.map((s) => [s.key, s]));
    expect(Object.keys(byId).sort()).toEqual(['poll-polizei-dortmund', 'poll-sta-koeln']);
    expect(byId['poll-polizei-dortmund']?.every).toBe(600_000);
    expect(byId['poll-sta-koeln']?.every).toBe(900_000);
    const next = await queues['fetch-source'].getJobs(['delayed', 'waiting', 'prioritized']);
    expect(next.map((j) => (j.data as { sourceId: string }).sourceId).sort()).toEqual(['polizei-dortmund', 'sta-koeln']);
    for (const s of schedulers) await queues['fetch-source'].removeJobScheduler(s.key);
    await queues['fetch-source'].obliterate({ force: true });
  });

  it('derives job ids from content: no ":" and never all digits; a duplicate add is dropped', async () => {
    const d = doc('same');
    expect(jobIds.extract(d)).toMatch(/^ext-[0-9a-f]+$/);
    expect(jobIds.fetchSource('polizei-dortmund', new Date(0))).not.toContain(':');
    await queues.extract.pause();
    await enqueueDocuments(queues, [d, d, { ...d }]);
    expect(await queues.extract.getWaitingCount()).toBe(1);
    await queues.extract.obliterate({ force: true });
    await queues.extract.resume();
  });
});

describe('Redis configuration check', () => {
  let server: ChildProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => resolve(p));
      });
    });
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru'], { stdio: 'ignore' });
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null });
    probe.on('error', () => {});
    for (let i = 0; i < 50; i++) {
      try { await probe.connect(); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    probe.disconnect();
  });
  afterAll(() => { server?.kill('SIGTERM'); });

  it('refuses a Redis whose maxmemory-policy is not noeviction, and warns when AOF is off', async () => {
    const connection = workerConnection(`redis://127.0.0.1:${port}`);
    try {
      await expect(checkRedisForQueues(connection)).rejects.toBeInstanceOf(RedisConfigError);
      await connection.config('SET', 'maxmemory-policy', 'noeviction');
      const { warnings } = await checkRedisForQueues(connection);
      expect(warnings.join(' ')).toMatch(/AOF is off/);
    } finally {
      connection.disconnect();
    }
  });
});

describe('durationMs', () => {
  it('reads the config durations', () => {
    expect(durationMs('5m')).toBe(300_000);
    expect(durationMs('500ms')).toBe(500);
    expect(() => durationMs('5 minutes')).toThrow(/not a duration/);
  });
});
