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
