import { describe, expect, it } from 'vitest';
import { batchWithFallback, createBatcher } from './batcher.js';

describe('createBatcher', () => {
  it('writes concurrent calls as one batch and gives each caller its own result', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher(batchWithFallback(async (items: number[]) => {
      batches.push(items);
      return items.map((n) => n * 2);
    }, async (n: number) => n * 2), { maxSize: 10, maxWaitMs: 5 });
    const results = await Promise.all([1, 2, 3].map((n) => batcher.add(n)));
    expect(results).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });
  it('flushes at maxSize without waiting', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher(batchWithFallback(async (items: number[]) => {
      batches.push(items);
      return items;
    }, async (n: number) => n), { maxSize: 2, maxWaitMs: 60_000 });
    await Promise.all([1, 2, 3, 4].map((n) => batcher.add(n)));
    expect(batches).toEqual([[1, 2], [3, 4]]);
  });
  it('fails only the item that fails alone when its batch fails', async () => {
    const batcher = createBatcher(batchWithFallback(async (items: number[]) => {
      if (items.includes(13)) throw new Error('batch refused');
      return items;
    }, async (n: number) => {
      if (n === 13) throw new Error('13 is invalid');
      return n;
    }));
    const results = await Promise.allSettled([batcher.add(1), batcher.add(13), batcher.add(2)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('13 is invalid');
  });
  it('rejects every caller when the database is gone for all', async () => {
    const batcher = createBatcher(batchWithFallback(async () => { throw new Error('database gone'); }, async () => { throw new Error('database gone'); }));
    await expect(Promise.all([batcher.add(1), batcher.add(2)])).rejects.toThrow('database gone');
  });
});
