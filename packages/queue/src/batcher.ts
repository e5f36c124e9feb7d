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

export function createBatcher<T, R>(
  write: (items: T[]) => Promise<R[]>,
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
      batch.forEach((p, i) => p.resolve(results[i] as R));
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
