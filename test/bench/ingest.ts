import { execFile, fork } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ingestEmbedded } from '@lagebild/press-releases';
import { openStore } from '@lagebild/store';
import { generateReleases } from '../support/corpus.js';
import { mainThreadCpuSeconds } from './cpu.js';
import { cliNodeFlags } from './launch.js';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Argument that makes this module serve the feed site instead of being imported. */
const SERVE_FLAG = '--serve-feed-site';
/** Argument that makes this module run one embedded ingest and print its figures as JSON. */
const RUN_FLAG = '--run-embedded-ingest';

/** A whole HTTP/1.1 response, headers and body, ready to be written to a socket. */
function response(status: string, contentType: string | undefined, body: Buffer): Buffer {
  const head = `HTTP/1.1 ${status}\r\n${contentType ? `content-type: ${contentType}\r\n` : ''}content-length: ${body.length}\r\nconnection: keep-alive\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/**
 * A loopback site with one RSS feed of `count` generated releases and a page per release; resolves
 * to its port. It stands for remote servers, whose CPU is not ours, but here it shares the two
 * cores with the run it serves. So it does as little as a static file server does: responses,
 * headers included, are rendered before it listens (the bench's clock is not running then), and
 * serving a request is finding the path in its request line and writing the prepared bytes. It is
 * plain HTTP/1.1 over TCP with keep-alive, so the runner's HTTP client does its whole work. Node's
 * http server took about twice the CPU per request (0.2 against 0.1 ms), CPU the run then lacked.
 */
async function serveFeedSite(count: number): Promise<number> {
  const releases = generateReleases(count, 4711);
  const html = 'text/html; charset=utf-8';
  const pages = releases.map((r) => response('200 OK', html, Buffer.from(`<!doctype html><html><head><title>${escapeXml(r.title)}</title></head><body><nav>Startseite</nav><article><h1>${escapeXml(r.title)}</h1>${r.text.split('\n\n').map((p) => `<p>${escapeXml(p)}</p>`).join('')}</article><footer>Impressum</footer></body></html>`)));
  const notFound = response('404 Not Found', undefined, Buffer.alloc(0));
  const feeds = new Map<string, Buffer>();
  /** The feed as this host names the site: its links point back to the host the runner asked. */
  const feedFor = (host: string): Buffer => {
    let feed = feeds.get(host);
    if (!feed) {
      feed = response('200 OK', 'application/rss+xml; charset=utf-8', Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title>${releases.map((r, i) =>
        `<item><title>${escapeXml(r.title)}</title><link>http://${host}/a/${i}.html</link><pubDate>${new Date(r.published).toUTCString()}</pubDate></item>`).join('')}</channel></rss>`));
      feeds.set(host, feed);
    }
    return feed;
  };
  const respond = (head: string): Buffer => {
    const [, path = ''] = head.split(' ', 2);
    if (path === '/feed.xml') return feedFor(/\r\nhost: *([^\r]*)/i.exec(head)?.[1] ?? '');
    const m = /^\/a\/(\d+)\.html$/.exec(path);
    return (m ? pages[Number(m[1])] : undefined) ?? notFound;
  };
  const server = createServer((socket) => {
    // Requests are GETs without bodies: each ends at its blank line, and several may come in one chunk.
    let buffered = '';
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      let end: number;
      while ((end = buffered.indexOf('\r\n\r\n')) !== -1) {
        socket.write(respond(buffered.slice(0, end)));
        buffered = buffered.slice(end + 4);
      }
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/**
 * The feed site stands for a remote server, so it runs in a child process of its own: serving
 * from the runner's process would bill the server's work to the runner's event loop.
 */
async function startFeedSite(count: number): Promise<{ baseUrl: string; stop: () => void }> {
  const child = fork(fileURLToPath(import.meta.url), [SERVE_FLAG, String(count)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (msg) => resolve((msg as { port: number }).port));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`feed site exited with ${code} before listening`)));
  });
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

if (process.argv[2] === SERVE_FLAG) {
  const port = await serveFeedSite(Number(process.argv[3]));
  process.send?.({ port });
  // The parent's end of the IPC channel closing means the bench is over.
  process.on('disconnect', () => process.exit(0));
}

/** What one embedded ingest took. */
export interface EmbeddedIngestRun {
  records: number;
  seconds: number;
  recordsPerSecond: number;
  /** CPU seconds of the runner's process (every thread: main, extraction, V8's helpers), not the feed site's. */
  cpuSeconds: number;
  /** CPU seconds of its main thread (fetching, handing pages and records on), or NaN where /proc is missing. */
  mainCpuSeconds: number;
  /**
   * Seconds until the first record was stored: the run's start-up (listing the feed, extraction
   * threads loading their modules, the first batch), which a short run pays in full.
   */
  firstRecordSeconds: number;
}

/** Records per second from a local feed through the embedded runner into SQLite. */
export async function benchEmbeddedIngest(count: number): Promise<EmbeddedIngestRun> {
  const { baseUrl, stop } = await startFeedSite(count);
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  // As `lagebild ingest` opens it: SQLite in a thread of its own.
  const store = await openStore(join(dir, 'bench.db'), { thread: true });
  try {
    const config = {
      userAgent: 'lagebild-bench/0.1 (+http://127.0.0.1/)', allowHosts: ['127.0.0.1'],
      sources: [{ id: 'bench-feed', kind: 'police' as const, name: 'Bench', feed: { type: 'rss' as const, url: `${baseUrl}/feed.xml` } }],
    };
    const main0 = mainThreadCpuSeconds();
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let firstRecordAt: number | undefined;
    const summary = await ingestEmbedded({ config, store }, {
      concurrency: 8,
      onEvent: (event) => { if (event.type === 'item-done') firstRecordAt ??= performance.now(); },
    });
    const seconds = (performance.now() - start) / 1000;
    // Exited threads count too: their CPU time stays in the process's usage.
    const cpu = process.cpuUsage(cpu0);
    const records = summary.inserted + summary.updated;
    return {
      records, seconds, recordsPerSecond: records / seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6, mainCpuSeconds: mainThreadCpuSeconds() - main0,
      firstRecordSeconds: ((firstRecordAt ?? NaN) - start) / 1000,
    };
  } finally {
    await store.close();
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * {@link benchEmbeddedIngest} in a fresh process launched like `lagebild ingest` (the launcher's node
 * flags): a run starts cold, as a scheduled ingest does, and nothing the bench did before is in its heap.
 */
export async function benchEmbeddedIngestInChild(count: number): Promise<EmbeddedIngestRun> {
  const { stdout } = await promisify(execFile)(process.execPath, [...cliNodeFlags(), fileURLToPath(import.meta.url), RUN_FLAG, String(count)]);
  return JSON.parse(stdout.trim().split('\n').pop()!) as EmbeddedIngestRun;
}

if (process.argv[2] === RUN_FLAG) {
  process.stdout.write(`${JSON.stringify(await benchEmbeddedIngest(Number(process.argv[3])))}\n`);
  process.exit(0);
}
