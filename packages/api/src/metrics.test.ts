import { randomBytes } from 'node:crypto';
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
});
