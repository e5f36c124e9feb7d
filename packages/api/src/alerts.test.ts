import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore, type Store } from '@lagebild/store';
import {
  DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, createWatcher, signPayload, verifySignature,
  type AlertEvent, type WatchEvent,
} from './alerts.js';
import { founding, luenenOct30, soestNov07, werneNov02, werneNov16 } from './test-support/records.js';

interface Received { headers: IncomingMessage['headers']; body: string }

/** A webhook receiver on loopback that answers with the scripted statuses, then 204. */
async function receiver(script: number[] = [], retryAfter?: string) {
  const received: Received[] = [];
  const server: Server = createHttpServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => { body += chunk; });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const status = script.shift() ?? 204;
      if (retryAfter && status === 429) response.setHeader('retry-after', retryAfter);
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const SECRET = 'webhook-secret';

describe('watch: signed webhooks for new outages and restorations', () => {
  let store: Store;
  let hook: Awaited<ReturnType<typeof receiver>>;
  let events: WatchEvent[];
  let sleeps: number[];
  const sleep = async (ms: number) => { sleeps.push(ms); };

  beforeEach(async () => {
    store = createSqliteStore(':memory:');
    await store.migrate();
    events = [];
    sleeps = [];
  });
  afterEach(async () => {
    await hook?.close();
    await store.close();
  });

  const watcher = (extra: Partial<Parameters<typeof createWatcher>[0]> = {}) => createWatcher({
    store, area: { district: '05978' }, webhook: hook.url, secret: SECRET, sleep, onEvent: (e) => events.push(e),
    retry: { baseDelayMs: 10, maxDelayMs: 1000 }, ...extra,
  });

  it('stays silent for what is stored at start, then posts each new outage or restoration once, signed', async () => {
    hook = await receiver();
    await store.putRecord(luenenOct30);
    const w = watcher();
    expect(await w.poll()).toEqual([]);
    expect(events).toEqual([{ type: 'baseline', impacts: 1 }]);

    await store.putRecord(werneNov02);
    await store.putRecord(soestNov07); // another district: not watched
    const sent = await w.poll();
    expect(sent.map((e) => [e.type, e.impact.place?.name, e.impact.service])).toEqual([['outage', 'Werne', 'civil-registry']]);
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received;
    const event = JSON.parse(delivery!.body) as AlertEvent;
    expect(event).toMatchObject({
      type: 'outage', area: { district: '05978' },
      impact: { status: 'outage', asOf: '2023-11-02', evidence: 'fällt in Werne die Software des Standesamts aus', document: { id: werneNov02.document.id, url: werneNov02.document.url } },
    });
    expect(delivery!.headers['content-type']).toBe('application/json');
    expect(delivery!.headers[DELIVERY_HEADER]).toBe(event.id);
    expect(delivery!.headers[EVENT_HEADER]).toBe('outage');
    expect(verifySignature(SECRET, delivery!.headers[SIGNATURE_HEADER] as string, delivery!.body)).toBe(true);
    expect(verifySignature('other-secret', delivery!.headers[SIGNATURE_HEADER] as string, delivery!.body)).toBe(false);
    expect(verifySignature(SECRET, delivery!.headers[SIGNATURE_HEADER] as string, delivery!.body.replace('Werne', 'Wern3'))).toBe(false);

    expect(await w.poll()).toEqual([]);
    await store.putRecord(founding);
    await store.putRecord(werneNov16);
    const next = await w.poll();
    // The founding release adds an outage and a degradation; the 16 Nov release a restoration.
    expect(next.map((e) => `${e.type}:${e.impact.place?.name}:${e.impact.service}`)).toEqual([
      'outage:Werne:civil-registry', 'outage:Lünen:website', 'degradation:Lünen:website', 'restoration:Werne:civil-registry',
    ]);
    expect(hook.received).toHaveLength(5);
    expect(new Set(hook.received.map((r) => r.headers[DELIVERY_HEADER])).size).toBe(5);
  });

  it('retries 5xx answers and network errors with growing back-off, then delivers', async () => {
    hook = await receiver([500, 503]);
    const w = watcher({ includeExisting: true });
    await store.putRecord(werneNov02);
    const sent = await w.poll();
    expect(sent).toHaveLength(1);
    expect(hook.received).toHaveLength(3);
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1);
    expect(events.map((e) => e.type)).toEqual(['retry', 'retry', 'delivered']);
    expect(events.at(-1)).toMatchObject({ type: 'delivered', attempts: 3, status: 204 });
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(5);
    expect(sleeps[0]).toBeLessThanOrEqual(10);
    expect(sleeps[1]).toBeGreaterThanOrEqual(10);
    expect(sleeps[1]).toBeLessThanOrEqual(20);

    // A receiver that is gone: every attempt fails, the event stays undelivered and is tried again later.
    const port = new URL(hook.url).port;
    await hook.close();
    events = [];
    await store.putRecord(werneNov16);
    const gone = createWatcher({
      store, area: { municipality: '05978040' }, webhook: `http://127.0.0.1:${port}/hook`, secret: SECRET, sleep,
      retry: { attempts: 3, baseDelayMs: 1 }, onEvent: (e) => events.push(e), includeExisting: true,
      delivered: sent.map((e) => e.id),
    });
    expect(await gone.poll()).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['retry', 'retry', 'failed']);
    hook = await receiver();
    events = [];
    const back = createWatcher({
      store, area: { municipality: '05978040' }, webhook: hook.url, secret: SECRET, sleep, includeExisting: true,
      delivered: sent.map((e) => e.id), onEvent: (e) => events.push(e),
    });
    expect((await back.poll()).map((e) => e.type)).toEqual(['restoration']);
  });

  it('does not retry a refused delivery and honours Retry-After', async () => {
    hook = await receiver([400]);
    await store.putRecord(werneNov02);
    const refused = watcher({ includeExisting: true });
    expect(await refused.poll()).toEqual([]);
    expect(hook.received).toHaveLength(1);
    expect(events).toEqual([expect.objectContaining({ type: 'failed', attempts: 1, reason: 'HTTP 400' })]);
    await hook.close();

    hook = await receiver([429], '7');
    events = [];
    const recorded: string[] = [];
    const limited = watcher({ includeExisting: true, onRecorded: (id) => recorded.push(id) });
    expect(await limited.poll()).toHaveLength(1);
    expect(sleeps.at(-1)).toBe(1000); // 7 s asked, capped at maxDelayMs
    expect(recorded).toHaveLength(1);
  });

  it('records the baseline for callers that persist it', async () => {
    hook = await receiver();
    await store.putRecord(founding);
    const recorded: string[] = [];
    await watcher({ onRecorded: (id) => recorded.push(id) }).poll();
    expect(recorded).toHaveLength(3);
    expect(hook.received).toHaveLength(0);
  });

  it('refuses bad configuration', () => {
    const base = { store: {} as Store, area: { district: '05978' }, webhook: 'http://127.0.0.1:1/', secret: 's' };
    expect(() => createWatcher({ ...base, webhook: 'file:///etc/passwd' })).toThrow(/http/);
    expect(() => createWatcher({ ...base, secret: '' })).toThrow(/secret/);
    expect(() => createWatcher({ ...base, area: {} })).toThrow(/municipality, district or state/);
  });

  it('signs the timestamp with the body and rejects stale or malformed signatures', () => {
    const body = '{"a":1}';
    const now = new Date('2024-01-01T00:00:00Z');
    const t = Math.floor(now.getTime() / 1000);
    const header = signPayload(SECRET, body, t);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(SECRET, header, body, { now })).toBe(true);
    expect(verifySignature(SECRET, header, body, { now: new Date(now.getTime() + 600_000) })).toBe(false);
    expect(verifySignature(SECRET, header.replace(`t=${t}`, `t=${t + 1}`), body, { now })).toBe(false);
    expect(verifySignature(SECRET, 'v1=abc', body, { now })).toBe(false);
    expect(verifySignature(SECRET, undefined, body, { now })).toBe(false);
  });
});
