import { describe, expect, it } from 'vitest';
import type { Document, ExtractJob, LagebildRecord, QuarantineItem, StoreJob } from '@lagebild/schema';
import { mapWithConcurrency, runEmbedded } from './embedded.js';
import { StageFailure, type StageHandlers } from './stages.js';

describe('mapWithConcurrency', () => {
  it('never has more than the limit in flight and keeps order', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapWithConcurrency([5, 1, 4, 2, 3, 0], 2, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, n));
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
  });
  it('rejects a non-positive limit', async () => {
    await expect(mapWithConcurrency([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});

function fakeDocument(url: string): Document {
  return {
    id: url.replace(/\W+/g, '-'), sourceId: 's', url, title: 't', publishedAt: '2023-11-06T10:00:00+01:00',
    fetchedAt: '2023-11-06T10:00:00+01:00', text: 't\n\nb', contentHash: 'h',
  };
}

describe('runEmbedded', () => {
  it('stores what it can and quarantines each failure with its source and reason', async () => {
    const stored = new Map<string, LagebildRecord>();
    const quarantined: QuarantineItem[] = [];
    const handlers: StageHandlers = {
      async fetchSource({ sourceId }) {
        if (sourceId === 'down') throw new StageFailure('feed', 'down', 'HTTP 503 from feed');
        return {
          jobs: ['a', 'b', 'broken'].map((p) => ({ item: { sourceId, url: `http://127.0.0.1/${sourceId}/${p}` } })),
          quarantined: [{ sourceId, stage: 'feed', reason: 'item without link', at: '2023-11-06T10:00:00+01:00' }],
        };
      },
      async fetchArticle({ item }): Promise<ExtractJob> {
        if (item.url.endsWith('broken')) throw new StageFailure('article', item.sourceId, 'HTTP 500', { url: item.url });
        return { document: fakeDocument(item.url) };
      },
      async extract({ document }): Promise<StoreJob> {
        return { record: { document, entities: { dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] }, extractor: { version: 'x' } } };
      },
      async store({ record }) {
        const had = stored.has(record.document.id);
        stored.set(record.document.id, record);
        return had ? 'unchanged' : 'inserted';
      },
      async quarantine(item) { quarantined.push(item); },
      async recordSourceRun() {},
    };
    const first = await runEmbedded(handlers, ['one', 'down', 'two'], { concurrency: 2 });
    expect(first.inserted).toBe(4);
    expect(first.failedSources).toBe(1);
    expect(first.quarantined).toBe(5);
    expect(first.perSource.down?.ok).toBe(false);
    expect(first.perSource.down?.error).toBe('HTTP 503 from feed');
    expect(quarantined.find((q) => q.stage === 'article')).toMatchObject({ sourceId: 'one', url: 'http://127.0.0.1/one/broken', reason: 'HTTP 500' });
    const second = await runEmbedded(handlers, ['one', 'two']);
    expect(second.inserted).toBe(0);
    expect(second.unchanged).toBe(4);
    expect(stored.size).toBe(4);
  });
});

describe('runEmbedded storing in batches', () => {
  function handlersFor(count: number, batches: number[]): StageHandlers {
    const stored = new Set<string>();
    return {
      async fetchSource({ sourceId }) {
        return { jobs: Array.from({ length: count }, (_, i) => ({ item: { sourceId, url: `http://127.0.0.1/${sourceId}/${i}` } })), quarantined: [] };
      },
      async fetchArticle({ item }) {
        return { document: fakeDocument(item.url) };
      },
      async extract({ document }) {
        return { record: { document, entities: { dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] }, extractor: { version: 'x' } } };
      },
      async store({ record }) {
        stored.add(record.document.id);
        return 'inserted';
      },
      async storeBatch(jobs) {
        batches.push(jobs.length);
        return jobs.map((job) => {
          stored.add(job.record.document.id);
          return 'inserted' as const;
        });
      },
      async quarantine() {},
      async recordSourceRun() {},
    };
  }

  it('lets batches grow beyond the article concurrency: a slot fetches on while its record waits', async () => {
    const batches: number[] = [];
    const summary = await runEmbedded(handlersFor(300, batches), ['s'], { concurrency: 2 });
    expect(summary.inserted).toBe(300);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(300);
    expect(Math.max(...batches)).toBeGreaterThan(2);
  });

  it('still stores everything through the handlers when extraction threads cannot start', async () => {
    const batches: number[] = [];
    // From TypeScript sources the threads have no compiled bootstrap and the module does not exist:
    // every input takes the in-thread fallback.
    const summary = await runEmbedded(handlersFor(40, batches), ['s'], {
      concurrency: 4, extractWorkers: { module: new URL('./does-not-exist.js', import.meta.url), size: 2, minInputs: 0 },
    });
    expect(summary).toMatchObject({ inserted: 40, quarantined: 0, failedSources: 0 });
  });
});
