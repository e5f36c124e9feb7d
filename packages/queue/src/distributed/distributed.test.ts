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

  it('extract-batch jobs: a bad document and a failed extraction are quarantined alone, a transient failure is retried alone, the rest stored in one store-batch job', async () => {
    const stored = new Map<string, Document>();
    const quarantined: QuarantineItem[] = [];
    const failOnce = new Set(['batch-transient']);
    const handlers = handlersFor(stored, quarantined, [], failOnce);
    const extract = handlers.extract.bind(handlers);
    handlers.extract = async (job) => {
      if (job.document.id === 'batch-broken') throw new StageFailure('extract', job.document.sourceId, 'extraction failed: kaputt', { url: job.document.url });
      return extract(job);
    };
    const batches: number[] = [];
    handlers.storeBatch = async (jobs) => {
      batches.push(jobs.length);
      return Promise.all(jobs.map((j) => handlers.store(j)));
    };
    const running = startStageWorkers(handlers, queues, workerConn, { prefix, stages: ['extract', 'store'], concurrency: 2 });
    try {
      const good = Array.from({ length: 20 }, (_, i) => doc(`batch-good-${i}`));
      const invalid = { ...doc('batch-invalid'), publishedAt: 'gestern' };
      const offered = await enqueueDocuments(queues, [...good.slice(0, 10), invalid, doc('batch-broken'), doc('batch-transient'), ...good.slice(10)], { batchSize: 50 });
      expect(offered).toBe(1);
      await waitForIdle(queues, { timeoutMs: 30_000 });
    } finally {
      await running.close();
    }
    expect([...stored.keys()].filter((id) => id.startsWith('batch-good-'))).toHaveLength(20);
    expect(stored.has('batch-transient')).toBe(true);
    expect(failOnce.size).toBe(0);
    // 20 records in one store-batch job; the document retried alone comes as a single store job.
    expect(batches.sort((a, b) => b - a)).toEqual([20, 1]);
    expect(quarantined).toHaveLength(2);
    expect(quarantined.find((q) => q.reason.includes('batch-invalid'))).toMatchObject({ stage: 'extract', sourceId: 'src', reason: expect.stringMatching(/schema violation.*publishedAt/) });
    expect(quarantined.find((q) => q.reason.includes('batch-broken'))).toMatchObject({ stage: 'extract', url: 'http://127.0.0.1/batch-broken', reason: expect.stringMatching(/kaputt/) });
    const [job] = await queues.extract.getJobs(['completed']).then((jobs) => jobs.filter((j) => j.name === 'extract-batch'));
    expect(job?.attemptsMade).toBe(1);
    await queues.extract.obliterate({ force: true });
    await queues.store.obliterate({ force: true });
  });

  it('extract-batch records are stored by the extracting process when it works the store stage; otherwise, or when that write fails, they go through a store-batch job', async () => {
    const stored = new Map<string, Document>();
    const handlers = handlersFor(stored, [], []);
    let failNextBatchWrite = false;
    handlers.storeBatch = async (jobs) => {
      if (failNextBatchWrite) {
        failNextBatchWrite = false;
        throw new Error('connection reset');
      }
      return Promise.all(jobs.map((j) => handlers.store(j)));
    };
    const storeBatchJobs = async () => (await queues.store.getJobs(['waiting', 'completed'])).filter((j) => j.name === 'store-batch').length;
    const docs = (tag: string) => Array.from({ length: 10 }, (_, i) => doc(`fused-${tag}-${i}`));

    // Extract and store in one process: no store job at all.
    let running = startStageWorkers(handlers, queues, workerConn, { prefix, stages: ['extract', 'store'], concurrency: 2 });
    await enqueueDocuments(queues, docs('a'), { batchSize: 10 });
    await waitForIdle(queues, { timeoutMs: 30_000 });
    expect([...stored.keys()].filter((id) => id.startsWith('fused-a-'))).toHaveLength(10);
    expect(await storeBatchJobs()).toBe(0);

    // The direct write fails: the records are handed to the store queue and stored from there.
    failNextBatchWrite = true;
    await enqueueDocuments(queues, docs('b'), { batchSize: 10 });
    await waitForIdle(queues, { timeoutMs: 30_000 });
    await running.close();
    expect([...stored.keys()].filter((id) => id.startsWith('fused-b-'))).toHaveLength(10);
    expect(await storeBatchJobs()).toBe(1);

    // An extract-only process always hands on; nothing is stored until a store worker runs.
    running = startStageWorkers(handlers, queues, workerConn, { prefix, stages: ['extract'], concurrency: 2 });
    await enqueueDocuments(queues, docs('c'), { batchSize: 10 });
    for (let i = 0; i < 200 && (await queues.store.getJobCounts('waiting')).waiting === 0; i++) await new Promise((r) => setTimeout(r, 25));
    await running.close();
    expect([...stored.keys()].filter((id) => id.startsWith('fused-c-'))).toHaveLength(0);
    running = startStageWorkers(handlers, queues, workerConn, { prefix, stages: ['store'], concurrency: 2 });
    await waitForIdle(queues, { timeoutMs: 30_000 });
    await running.close();
    expect([...stored.keys()].filter((id) => id.startsWith('fused-c-'))).toHaveLength(10);
    await queues.extract.obliterate({ force: true });
    await queues.store.obliterate({ force: true });
  });

  it('store-batch jobs: an invalid record is quarantined alone; a record the batch write cannot take is retried as a single store job', async () => {
    const stored = new Map<string, Document>();
    const quarantined: QuarantineItem[] = [];
    const handlers = handlersFor(stored, quarantined, []);
    const store = handlers.store.bind(handlers);
    let flaky = 1;
    handlers.store = async (job) => {
      if (job.record.document.id === 'rec-flaky' && flaky-- > 0) throw new Error('deadlock detected');
      return store(job);
    };
    handlers.storeBatch = async () => { throw new Error('batch refused'); };
    const entities = { dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] };
    const records = ['rec-a', 'rec-flaky', 'rec-b'].map((id) => ({ document: doc(id), entities, extractor: { version: 't' } }));
    const running = startStageWorkers(handlers, queues, workerConn, { prefix, stages: ['store'] });
    try {
      await queues.store.add('store-batch', { records: [...records, { document: { id: 'rec-bad', sourceId: 'src' } } as never] }, { jobId: 'stb-test' });
      await waitForIdle(queues, { timeoutMs: 30_000 });
    } finally {
      await running.close();
    }
    expect([...stored.keys()].sort()).toEqual(['rec-a', 'rec-b', 'rec-flaky']);
    expect(quarantined).toEqual([expect.objectContaining({ stage: 'store', sourceId: 'src', reason: expect.stringMatching(/rec-bad.*schema violation/) })]);
    await queues.store.obliterate({ force: true });
  });

  it('store-batch jobs: when every write fails, the batch is retried and after its last attempt each record is quarantined', async () => {
    const quarantined: QuarantineItem[] = [];
    const handlers = handlersFor(new Map(), quarantined, []);
    let calls = 0;
    handlers.store = async () => { calls++; throw new Error('database down'); };
    handlers.storeBatch = async () => { throw new Error('database down'); };
    const entities = { dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] };
    const records = ['down-a', 'down-b'].map((id) => ({ document: doc(id), entities, extractor: { version: 't' } }));
    const running = startStageWorkers(handlers, queues, workerConn, { prefix, stages: ['store'] });
    try {
      await queues.store.add('store-batch', { records }, { jobId: 'stb-down', attempts: 3 });
      await waitForIdle(queues, { timeoutMs: 30_000 });
      const job = await queues.store.getJob('stb-down');
      expect(await job?.getState()).toBe('failed');
      expect(job?.attemptsMade).toBe(3);
    } finally {
      await running.close();
    }
    expect(calls).toBe(6);
    expect(quarantined.map((q) => q.reason).sort()).toEqual(['document "down-a": database down', 'document "down-b": database down']);
    await queues.store.obliterate({ force: true });
  });

  it('derives job ids from content: no ":" and never all digits; a duplicate add is dropped', async () => {
    const d = doc('same');
    expect(jobIds.extract(d)).toMatch(/^ext-[0-9a-f]+$/);
    expect(jobIds.fetchSource('polizei-dortmund', new Date(0))).not.toContain(':');
    await queues.extract.pause();
    expect(jobIds.extractBatch([d, doc('other')])).toMatch(/^exb-[0-9a-f]+$/);
    await enqueueDocuments(queues, [d, d, { ...d }], { batchSize: 1 });
    expect(await queues.extract.getWaitingCount()).toBe(1);
    await enqueueDocuments(queues, [d, doc('other')], { batchSize: 10 });
    await enqueueDocuments(queues, [d, doc('other')], { batchSize: 10 });
    expect(await queues.extract.getWaitingCount()).toBe(2);
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
