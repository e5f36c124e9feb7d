/**
 * Collects single calls into batches: callers await their own result while the batch is written
 * at once (one transaction for many records instead of one per record). A batch is flushed when it
 * reaches `maxSize` or when `maxWaitMs` has passed since its first item.
 */
export interface Batcher<T, R> {
  add(item: T): Promise<R>;
  /** Writes whatever is pending now. */
  flush(): Promise<void>;
}

/**
 * `write` returns one settled result per item, so one bad item can fail alone while the rest of
 * its batch succeeds.
 */
export function createBatcher<T, R>(
  write: (items: T[]) => Promise<PromiseSettledResult<R>[]>,
  options: { maxSize?: number; maxWaitMs?: number } = {},
): Batcher<T, R> {
  const maxSize = options.maxSize ?? 50;
  const maxWaitMs = options.maxWaitMs ?? 5;
  let pending: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | undefined;

  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      const results = await write(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`batch write returned ${results.length} results for ${batch.length} items`);
      batch.forEach((p, i) => {
        const result = results[i]!;
        if (result.status === 'fulfilled') p.resolve(result.value);
        else p.reject(result.reason);
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  return {
    add(item) {
      return new Promise<R>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (pending.length >= maxSize) void flush();
        else timer ??= setTimeout(() => void flush(), maxWaitMs);
      });
    },
    flush,
  };
}

/**
 * A batch write for stores: all items in one call; when that call fails, each item alone, so
 * that only the items that really fail are reported as failed.
 */
export function batchWithFallback<T, R>(writeMany: (items: T[]) => Promise<R[]>, writeOne: (item: T) => Promise<R>) {
  return async (items: T[]): Promise<PromiseSettledResult<R>[]> => {
    try {
      const results = await writeMany(items);
      return results.map((value) => ({ status: 'fulfilled', value }));
    } catch {
      return Promise.allSettled(items.map((item) => writeOne(item)));
    }
  };
}
