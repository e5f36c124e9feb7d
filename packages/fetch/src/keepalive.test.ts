import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from './errors.js';
import { httpGet, type FetchOptions } from './http.js';

/** A loopback server that counts TCP connections, so reuse is observable. */
let server: http.Server;
let origin: string;
let connections = 0;
let inFlight = 0;
let peakInFlight = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    inFlight++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    // A short delay keeps concurrent requests open at the same time.
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`ok ${req.url}`);
    }, req.url === '/slow' ? 30 : 0);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const allowed: FetchOptions = { userAgent: 'lagebild-test/0.1 (+http://127.0.0.1/)', allowHosts: ['127.0.0.1'], timeoutMs: 3000 };

describe('keep-alive per host', () => {
  it('reuses one connection for requests one after another', async () => {
    const before = connections;
    for (let i = 0; i < 5; i++) expect((await httpGet(`${origin}/seq/${i}`, allowed)).text).toBe(`ok /seq/${i}`);
    expect(connections - before).toBe(1);
  });

  it('keeps up to 8 requests to an allow-listed host on the wire at once', async () => {
    peakInFlight = 0;
    const answers = await Promise.all(Array.from({ length: 8 }, () => httpGet(`${origin}/slow`, allowed)));
    expect(answers.every((a) => a.text === 'ok /slow')).toBe(true);
    expect(peakInFlight).toBe(8);
  });

  it('never lends a connection opened under one allow-list to a request that forbids the address', async () => {
    await httpGet(`${origin}/warm`, allowed);
    const before = connections;
    const refused = await httpGet(`${origin}/forbidden`, { ...allowed, allowHosts: [] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FetchError);
    expect((refused as FetchError).code).toBe('blocked');
    expect(connections).toBe(before);
  });

  it('checks the resolved address of every new connection: a name resolving to loopback is refused', async () => {
    const before = connections;
    const port = (server.address() as AddressInfo).port;
    const refused = await httpGet(`http://feeds.example.test:${port}/x`, {
      ...allowed, resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FetchError);
    expect((refused as FetchError).code).toBe('blocked');
    expect(connections).toBe(before);
  });
});

describe('sockets of the guarded agent', () => {
  it('send without Nagle delay, as the sockets of Node\'s own agents do', async () => {
    const net = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const res = await httpGet(`${origin}/nodelay`, {
      ...allowed,
      // A connector of its own gets a fresh agent: the socket it opens is the one used.
      connect: (target) => {
        const socket = net.connect({ host: target.address, port: target.port });
        sockets.push(socket);
        return socket;
      },
    });
    expect(res.text).toBe('ok /nodelay');
    expect(sockets).toHaveLength(1);
    // Node keeps the setting on the socket (applied to the handle once connected).
    const flag = Object.getOwnPropertySymbols(sockets[0]!).find((s) => s.description === 'kSetNoDelay');
    expect(flag).toBeDefined();
    expect((sockets[0] as unknown as Record<symbol, unknown>)[flag!]).toBe(true);
  });
});
