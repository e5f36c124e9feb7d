import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.js';

describe('createBatcher', () => {
  it('writes concurrent calls as one batch and gives each caller its own result', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher(async (items: number[]) => {
      batches.push(items);
      return items.map((n) => n * 2);
    }, { maxSize: 10, maxWaitMs: 5 });
    const results = await Promise.all([1, 2, 3].map((n) => batcher.add(n)));
    expect(results).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });
  it('flushes at maxSize without waiting', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher(async (items: number[]) => {
      batches.push(items);
      return items;
    }, { maxSize: 2, maxWaitMs: 60_000 });
    await Promise.all([1, 2, 3, 4].map((n) => batcher.add(n)));
    expect(batches).toEqual([[1, 2], [3, 4]]);
  });
  it('rejects every caller of a failed batch', async () => {
    const batcher = createBatcher(async () => { throw new Error('database gone'); });
    await expect(Promise.all([batcher.add(1), batcher.add(2)])).rejects.toThrow('database gone');
  });
});
