import { describe, expect, it } from 'vitest';
import { FetchError } from '../errors.js';
import { HostPacer, hostKey } from './pacer.js';

/** A pacer on a fake clock: sleeping advances it, nothing really waits. */
function fakePacer(options: ConstructorParameters<typeof HostPacer>[0] = {}) {
  const clock = { now: 0, sleeps: [] as number[] };
  const pacer = new HostPacer({ now: () => clock.now, sleep: async (ms) => { clock.sleeps.push(ms); clock.now += ms; }, ...options });
  return { pacer, clock };
}

describe('HostPacer', () => {
  it('keys by authority: host and non-default port, lower case', () => {
    expect(hostKey('https://WWW.Polizei.NRW/presse?x=1')).toBe('www.polizei.nrw');
    expect(hostKey('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(hostKey('http://127.0.0.1:80/a')).toBe('127.0.0.1');
  });

  it('serves one host first come, first served, one at a time, with the interval between end and next start', async () => {
    const { pacer, clock } = fakePacer({ minIntervalMs: 1000 });
    const order: string[] = [];
    const run = async (name: string, busyMs: number) => {
      const release = await pacer.acquire('a.example', { url: `https://a.example/${name}`, allowListed: false });
      order.push(`start ${name} @${clock.now}`);
      clock.now += busyMs;
      order.push(`end ${name} @${clock.now}`);
      release();
    };
    await Promise.all([run('1', 300), run('2', 300), run('3', 300)]);
    expect(order).toEqual(['start 1 @0', 'end 1 @300', 'start 2 @1300', 'end 2 @1600', 'start 3 @2600', 'end 3 @2900']);
  });

  it('does not make different hosts wait for each other', async () => {
    const { pacer, clock } = fakePacer();
    const a = await pacer.acquire('a.example', { url: 'https://a.example/', allowListed: false });
    const b = await pacer.acquire('b.example', { url: 'https://b.example/', allowListed: false });
    expect(clock.sleeps).toEqual([]);
    a();
    b();
  });

  it('fails fast with rate-limited beyond maxWaitMs, and the queue moves on', async () => {
    const { pacer } = fakePacer({ maxWaitMs: 5000 });
    pacer.deferHost('a.example', 60_000);
    const error = await pacer.acquire('a.example', { url: 'https://a.example/x', allowListed: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: 'rate-limited', permanent: false, retryAfterMs: 60_000 });
  });

  it('an aborted waiter leaves the queue without blocking the ones behind it', async () => {
    const pacer = new HostPacer({ allowListedIntervalMs: 0, allowListedConcurrency: 1 });
    const first = await pacer.acquire('h', { url: 'http://h/', allowListed: true });
    const controller = new AbortController();
    const second = pacer.acquire('h', { url: 'http://h/2', allowListed: true, signal: controller.signal });
    const third = pacer.acquire('h', { url: 'http://h/3', allowListed: true });
    controller.abort();
    await expect(second).rejects.toMatchObject({ code: 'aborted' });
    first();
    const release = await third;
    release();
    release();
  });
});

describe('allow-listed hosts', () => {
  it('run several requests at once; other hosts stay one at a time', async () => {
    const pacer = new HostPacer({ minIntervalMs: 0 });
    const own = await Promise.all([1, 2, 3].map(() => pacer.acquire('127.0.0.1:8080', { url: 'http://127.0.0.1:8080/', allowListed: true })));
    expect(own).toHaveLength(3);
    own.forEach((release) => release());
    const first = await pacer.acquire('example.org', { url: 'https://example.org/', allowListed: false });
    let secondStarted = false;
    const second = pacer.acquire('example.org', { url: 'https://example.org/', allowListed: false }).then((r) => { secondStarted = true; return r; });
    await new Promise((r) => setTimeout(r, 20));
    expect(secondStarted).toBe(false);
    first();
    (await second)();
  });
});

