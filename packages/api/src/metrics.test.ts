import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect, createServer as createNetServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStageQueues, createStageQueues, enqueueDocuments, producerConnection, queueCounts, STAGES } from '@lagebild/queue';
import { createSqliteStore, type Store } from '@lagebild/store';
import { createMetrics } from './metrics.js';
import { createServer } from './server.js';
import { founding, werneNov02 } from './test-support/records.js';

/** Value of one sample line in Prometheus text, or undefined. */
function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe('metrics', () => {
  let store: Store;

  beforeAll(async () => {
    store = createSqliteStore(':memory:');
    await store.migrate();
    await store.putRecord(werneNov02);
    await store.putRecord(founding);
    await store.quarantine({ sourceId: 'stadt-werne', stage: 'store', url: 'https://stadt-werne.example/z', reason: 'invalid record', at: '2023-11-06T10:00:00+01:00' });
    await store.quarantine({ sourceId: 'stadt-werne', stage: 'feed', reason: 'HTTP 503', at: '2023-11-06T10:00:00+01:00' });
    await store.recordSourceRun({ sourceId: 'stadt-werne', startedAt: '2023-11-06T10:00:00+01:00', finishedAt: '2023-11-06T10:00:05+01:00', ok: true, items: 3, stored: 1, quarantined: 1 });
  });
  afterAll(async () => {
    await store.close();
  });

  it('derives fetched, extracted, stored and failed per source from the store', async () => {
    const metrics = createMetrics({ store, processMetrics: false });
    const text = await metrics.render();
    expect(sample(text, 'lagebild_documents_stored{source="stadt-werne"}')).toBe(1);
    expect(sample(text, 'lagebild_documents_extracted{source="stadt-werne"}')).toBe(2);
    expect(sample(text, 'lagebild_documents_fetched{source="stadt-werne"}')).toBe(2);
    expect(sample(text, 'lagebild_documents_failed{source="stadt-werne",stage="feed"}')).toBe(1);
    expect(sample(text, 'lagebild_documents_failed{source="stadt-werne",stage="store"}')).toBe(1);
    expect(sample(text, 'lagebild_documents_stored{source="stadt-luenen"}')).toBe(1);
    expect(sample(text, 'lagebild_source_last_success_timestamp_seconds{source="stadt-werne"}')).toBe(Date.parse('2023-11-06T10:00:05+01:00') / 1000);
    expect(text).not.toContain('lagebild_process_');
    // Fresh counts at every scrape.
    await store.putRecord({ ...werneNov02, document: { ...werneNov02.document, id: 'stadt-werne-copy', contentHash: 'copy' } });
    expect(sample(await metrics.render(), 'lagebild_documents_stored{source="stadt-werne"}')).toBe(2);
  });

  it('counts a failing part instead of failing the scrape', async () => {
    const metrics = createMetrics({ store, processMetrics: false, queueCounts: async () => { throw new Error('redis down'); } });
    const text = await metrics.render();
    expect(sample(text, 'lagebild_metrics_scrape_errors_total{part="queues"}')).toBe(1);
    expect(sample(text, 'lagebild_documents_stored{source="stadt-luenen"}')).toBe(1);
  });

  it('reports queue depths of the distributed mode from Redis (127.0.0.1:6379)', async () => {
    const connection = producerConnection(undefined, { enableOfflineQueue: true });
    const queues = createStageQueues(connection, { prefix: `lagebild-test-${randomBytes(4).toString('hex')}` });
    try {
      await enqueueDocuments(queues, [werneNov02.document, founding.document]);
      const app = createServer({ store, queueCounts: () => queueCounts(queues) });
      const response = await app.inject({ method: 'GET', url: '/metrics' });
      await app.close();
      expect(response.statusCode).toBe(200);
      expect(sample(response.body, 'lagebild_queue_jobs{queue="extract",state="waiting"}')).toBe(2);
      expect(sample(response.body, 'lagebild_queue_jobs{queue="store",state="waiting"}')).toBe(0);
      expect(sample(response.body, 'lagebild_queue_jobs{queue="fetch-source",state="active"}')).toBe(0);
    } finally {
      for (const stage of STAGES) await queues[stage].obliterate({ force: true });
      await closeStageQueues(queues);
      connection.disconnect();
    }
  });

  // Issue 15 #5: "/metrics with --redis pointing at a Redis that is down never answers."
  it('answers when Redis is down (a Redis of its own, stopped) and when the store does not answer, counting both parts as scrape errors', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as { port: number };
        probe.close(() => resolve(p));
      });
    });
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); }).on('error', () => resolve(false));
      });
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const exited = new Promise((r) => redis.once('exit', r));
    redis.kill('SIGTERM');
    await exited;
    // As `lagebild serve --redis` connects: a producer connection, which ioredis keeps retrying.
    const connection = producerConnection(`redis://127.0.0.1:${port}`);
    connection.on('error', () => {});
    const queues = createStageQueues(connection);
    const silent: Store = new Proxy(store, {
      get: (target, key, receiver) => (key === 'stats' ? () => new Promise(() => {}) : Reflect.get(target, key, receiver)),
    });
    try {
      const app = createServer({ store: silent, metrics: createMetrics({ store: silent, processMetrics: false, queueCounts: () => queueCounts(queues) }) });
      const response = await app.inject({ method: 'GET', url: '/metrics' });
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      await app.close();
      expect(response.statusCode).toBe(200);
      expect(sample(response.body, 'lagebild_metrics_scrape_errors_total{part="queues"}')).toBe(1);
      expect(sample(response.body, 'lagebild_metrics_scrape_errors_total{part="store"}')).toBe(1);
      expect(health.json()).toEqual({ ok: true, driver: 'sqlite' });
    } finally {
      connection.disconnect();
    }
  }, 30_000);
});
