import { afterEach, describe, expect, it } from 'vitest';
import type * as StagesModule from '../stages.js';
import type * as PoolModule from './pool.js';
import type { WorkerPool } from './pool.js';

// Worker threads run compiled JavaScript, so the pool under test is the build (turbo builds before
// tests); it is loaded at run time so that type-checking does not depend on a build.
const { createWorkerPool } = (await import(new URL('../../dist/embedded/pool.js', import.meta.url).href)) as typeof PoolModule;
const { StageFailure } = (await import(new URL('../../dist/stages.js', import.meta.url).href)) as typeof StagesModule;

const echo = new URL('./test-support/echo-stage.mjs', import.meta.url);
const broken = new URL('./test-support/broken-stage.mjs', import.meta.url);

interface In { value?: number; fail?: 'stage' | 'error' | 'crash'; sourceId?: string; url?: string }
interface Out { echoed: number; prefix: string; inMain?: boolean }

const pools: WorkerPool<In, Out>[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function pool(module: URL, size: number, fallbackCalls: In[] = []): WorkerPool<In, Out> {
  const p = createWorkerPool<In, Out>({ module, data: { prefix: 'w' }, size }, async (input) => {
    fallbackCalls.push(input);
    return { echoed: input.value ?? -1, prefix: 'w', inMain: true };
  });
  pools.push(p);
  return p;
}

describe('createWorkerPool', () => {
  it('answers every input from the threads, in the caller\'s order', async () => {
    const fallback: In[] = [];
    const p = pool(echo, 2, fallback);
    const out = await Promise.all(Array.from({ length: 50 }, (_, i) => p.run({ value: i })));
    expect(out.map((o) => o.echoed)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(out.every((o) => o.prefix === 'w' && o.inMain === undefined)).toBe(true);
    expect(fallback).toEqual([]);
  });

  it('rebuilds a StageFailure thrown in a thread, and other errors by name and message', async () => {
    const p = pool(echo, 1);
    const failure = await p.run({ fail: 'stage', sourceId: 's', url: 'http://127.0.0.1/a' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StageFailure);
    expect(failure).toMatchObject({ stage: 'extract', sourceId: 's', reason: 'no text', permanent: true, options: { url: 'http://127.0.0.1/a' } });
    const error = await p.run({ fail: 'error' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TypeError', message: 'broken input' });
    expect(error).not.toBeInstanceOf(StageFailure);
    expect(error).toBeInstanceOf(Error);
  });

  it('falls back to the main thread when the stage module does not load', async () => {
    const fallback: In[] = [];
    const p = pool(broken, 2, fallback);
    const out = await Promise.all([1, 2, 3].map((value) => p.run({ value })));
    expect(out.map((o) => o.echoed)).toEqual([1, 2, 3]);
    expect(out.every((o) => o.inMain)).toBe(true);
    expect(fallback).toHaveLength(3);
  });

  it('reruns the inputs of a thread that dies in the main thread, and keeps serving', async () => {
    const fallback: In[] = [];
    const p = pool(echo, 1, fallback);
    const crashed = await p.run({ fail: 'crash', value: 7 });
    expect(crashed).toMatchObject({ echoed: 7, inMain: true });
    expect(await p.run({ value: 8 })).toMatchObject({ echoed: 8, inMain: true });
  });

  it('size 0 runs everything in the main thread and starts no thread', async () => {
    const fallback: In[] = [];
    const p = pool(echo, 0, fallback);
    expect(await p.run({ value: 1 })).toMatchObject({ inMain: true });
    expect(fallback).toHaveLength(1);
  });

  it('closes cleanly: threads end, later inputs run in the main thread', async () => {
    const fallback: In[] = [];
    const p = pool(echo, 2, fallback);
    p.warm();
    expect((await p.run({ value: 1 })).inMain).toBeUndefined();
    await p.close();
    expect(await p.run({ value: 2 })).toMatchObject({ inMain: true });
    await p.close();
  });

  it('rejects a negative size', () => {
    expect(() => createWorkerPool({ module: echo, size: -1 }, async () => 0)).toThrow(RangeError);
  });
});
