import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from './errors.js';
import type { FetchOptions } from './http.js';
import { httpGet } from './http.js';
import { startServer } from './test-support/server.js';
import type { TestServer } from './test-support/server.js';

let server: TestServer;
let other: TestServer;
const base: FetchOptions = { userAgent: 'lagebild-test/0.1 (+http://127.0.0.1/)', allowHosts: ['127.0.0.1'], timeoutMs: 3000 };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected a FetchError');
}

beforeAll(async () => {
  server = await startServer();
  other = await startServer();
  server.route('/ok', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<p>Südwestfalen</p>' });
  server.route('/latin', { headers: { 'content-type': 'text/html; charset=ISO-8859-1' }, body: new Uint8Array(iconv.encode('<p>Lünen, Straße</p>', 'latin1')) });
  server.route('/gzip', { headers: { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' }, body: new Uint8Array(gzipSync('gepackt: Lünen')) });
  server.route('/404', { status: 404, body: 'weg' });
  server.route('/410', { status: 410, body: 'gone' });
  server.route('/429', { status: 429, body: 'slow down' });
  server.route('/503', { status: 503, body: 'später' });
  server.route('/hang', { hang: true });
  server.route('/huge', { streamBytes: 3 * 1024 * 1024 });
  server.route('/huge-declared', { headers: { 'content-type': 'text/html', 'content-length': String(2 * 1024 * 1024) }, body: new Uint8Array(2 * 1024 * 1024) });
  server.route('/to-metadata', { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
  server.route('/to-private', { status: 301, headers: { location: 'http://10.0.0.1/intern' } });
  server.route('/to-mapped', { status: 307, headers: { location: 'http://[::ffff:a00:1]/' } });
  server.route('/to-localhost', (origin) => ({ status: 302, headers: { location: `http://localhost:${other.port}/target?from=${encodeURIComponent(origin)}` } }));
  server.route('/to-about', { status: 302, headers: { location: 'about:blank' } });
  server.route('/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } });
  server.route('/no-location', { status: 302 });
  server.route('/chain/1', { status: 301, headers: { location: '/chain/2' } });
  server.route('/chain/2', { status: 302, headers: { location: '3' } });
  server.route('/chain/3', (origin) => ({ status: 303, headers: { location: `${origin}/chain/4` } }));
  server.route('/chain/4', { status: 308, headers: { location: '/ok' } });
  for (let i = 0; i < 7; i++) server.route(`/loop/${i}`, { status: 302, headers: { location: `/loop/${i + 1}` } });
  server.route('/loop/7', { body: 'end' });
  other.route('/target', { body: 'must never be reached' });
});

afterAll(async () => {
  await server.close();
  await other.close();
});

describe('httpGet on loopback', () => {
  it('fetches, sends User-Agent and Accept, decodes UTF-8', async () => {
    const res = await httpGet(`${server.origin}/ok`, base);
    expect(res).toMatchObject({ url: `${server.origin}/ok`, status: 200, text: '<p>Südwestfalen</p>', charset: 'utf-8' });
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const req = server.requests.find((r) => r.url === '/ok');
    expect(req?.headers['user-agent']).toBe(base.userAgent);
    expect(req?.headers['accept']).toContain('text/html');
  });

  it('decodes an ISO-8859-1 body', async () => {
    const res = await httpGet(`${server.origin}/latin`, base);
    expect(res.text).toBe('<p>Lünen, Straße</p>');
    expect(res.charset).toBe('windows-1252');
  });

  it('decompresses gzip', async () => {
    expect((await httpGet(`${server.origin}/gzip`, base)).text).toBe('gepackt: Lünen');
  });

  it('404 and 410 are permanent, 429 and 503 transient', async () => {
    const e404 = await failure(httpGet(`${server.origin}/404`, base));
    expect(e404).toMatchObject({ code: 'http-status', status: 404, permanent: true, url: `${server.origin}/404` });
    expect(e404.reason).toBe('HTTP 404 Not Found');
    expect(e404.message).toBe(`${server.origin}/404: HTTP 404 Not Found`);
    expect(await failure(httpGet(`${server.origin}/410`, base))).toMatchObject({ status: 410, permanent: true });
    expect(await failure(httpGet(`${server.origin}/429`, base))).toMatchObject({ status: 429, permanent: false });
    expect(await failure(httpGet(`${server.origin}/503`, base))).toMatchObject({ status: 503, permanent: false });
  });

  it('times out on a server that never answers', async () => {
    const started = Date.now();
    const e = await failure(httpGet(`${server.origin}/hang`, { ...base, timeoutMs: 200 }));
    expect(e).toMatchObject({ code: 'timeout', permanent: false });
    expect(e.message).toContain('200 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('honours an external abort signal', async () => {
    const controller = new AbortController();
    const p = httpGet(`${server.origin}/hang`, { ...base, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await failure(p)).toMatchObject({ code: 'aborted', permanent: false });
  });

  it('aborts a streamed body larger than maxBytes', async () => {
    const e = await failure(httpGet(`${server.origin}/huge`, { ...base, maxBytes: 1024 * 1024 }));
    expect(e).toMatchObject({ code: 'too-large', permanent: true });
    expect(e.message).toContain('1048576');
  });

  it('refuses a declared Content-Length above maxBytes before reading', async () => {
    expect(await failure(httpGet(`${server.origin}/huge-declared`, { ...base, maxBytes: 1024 * 1024 }))).toMatchObject({ code: 'too-large' });
  });

  it('follows a redirect chain within loopback (relative, absolute, 301/302/303/308)', async () => {
    const res = await httpGet(`${server.origin}/chain/1`, base);
    expect(res.url).toBe(`${server.origin}/ok`);
    expect(res.text).toBe('<p>Südwestfalen</p>');
  });

  it('stops after 5 redirects', async () => {
    expect(await failure(httpGet(`${server.origin}/loop/0`, base))).toMatchObject({ code: 'too-many-redirects', permanent: true });
    expect((await httpGet(`${server.origin}/loop/2`, base)).text).toBe('end');
  });

  it.each(['/to-metadata', '/to-private', '/to-mapped', '/to-file', '/to-about'])('refuses redirect %s without connecting', async (path) => {
    const e = await failure(httpGet(`${server.origin}${path}`, base));
    expect(e.code).toBe('blocked');
    expect(e.permanent).toBe(true);
  });

  it('refuses a redirect to localhost (loopback, not allow-listed) and never reaches it', async () => {
    const e = await failure(httpGet(`${server.origin}/to-localhost`, base));
    expect(e.code).toBe('blocked');
    expect(e.message).toMatch(/localhost/);
    expect(other.hits.get('/target')).toBeUndefined();
  });

  it('refuses a redirect without Location', async () => {
    expect(await failure(httpGet(`${server.origin}/no-location`, base))).toMatchObject({ code: 'bad-redirect' });
  });

  it('refuses loopback when it is not allow-listed, before connecting', async () => {
    const before = server.hits.get('/ok') ?? 0;
    expect(await failure(httpGet(`${server.origin}/ok`, { ...base, allowHosts: [] }))).toMatchObject({ code: 'blocked' });
    expect(server.hits.get('/ok') ?? 0).toBe(before);
  });

  it('checks every resolved address of a host name before connecting', async () => {
    const resolve = async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }];
    const before = server.hits.get('/ok') ?? 0;
    const e = await failure(httpGet(`http://feeds.example.test:${server.port}/ok`, { ...base, resolve }));
    expect(e).toMatchObject({ code: 'blocked', permanent: true });
    expect(e.message).toContain('127.0.0.1');
    expect(server.hits.get('/ok') ?? 0).toBe(before);
  });

  it('connects to the resolved address of an allow-listed host name', async () => {
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const res = await httpGet(`http://feeds.example.test:${server.port}/ok`, { ...base, allowHosts: ['feeds.example.test'], resolve });
    expect(res.text).toBe('<p>Südwestfalen</p>');
  });

  it('rejects invalid URLs and unsupported schemes', async () => {
    expect(await failure(httpGet('nicht eine url', base))).toMatchObject({ code: 'invalid-url', permanent: true });
    expect(await failure(httpGet('ftp://127.0.0.1/', base))).toMatchObject({ code: 'blocked' });
  });

  it('fetches from an allow-listed IPv6 loopback literal', async () => {
    const v6 = await startServer('::1');
    try {
      v6.route('/v6', { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'über IPv6' });
      expect((await httpGet(`${v6.origin}/v6`, { ...base, allowHosts: ['::1'] })).text).toBe('über IPv6');
      expect(await failure(httpGet(`${v6.origin}/v6`, base))).toMatchObject({ code: 'blocked' });
      expect(v6.hits.get('/v6')).toBe(1);
    } finally {
      await v6.close();
    }
  });

  it('reports a refused connection as a transient network error', async () => {
    const closed = await startServer();
    const port = closed.port;
    await closed.close();
    expect(await failure(httpGet(`http://127.0.0.1:${port}/`, base))).toMatchObject({ code: 'network', permanent: false });
  });
});
