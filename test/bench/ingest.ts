import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestEmbedded } from '@lagebild/press-releases';
import { openStore } from '@lagebild/store';
import { generateReleases } from '../support/corpus.js';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A loopback site with one RSS feed of `count` generated releases and a page per release. */
async function startFeedSite(count: number): Promise<{ server: Server; baseUrl: string }> {
  const releases = generateReleases(count, 4711);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title>${releases.map((r, i) =>
        `<item><title>${escapeXml(r.title)}</title><link>http://${req.headers.host}/a/${i}.html</link><pubDate>${new Date(r.published).toUTCString()}</pubDate></item>`).join('')}</channel></rss>`);
      return;
    }
    const m = /^\/a\/(\d+)\.html$/.exec(path);
    const r = m ? releases[Number(m[1])] : undefined;
    if (!r) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>${escapeXml(r.title)}</title></head><body><nav>Startseite</nav><article><h1>${escapeXml(r.title)}</h1>${r.text.split('\n\n').map((p) => `<p>${escapeXml(p)}</p>`).join('')}</article><footer>Impressum</footer></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

/** Records per second from a local feed through the embedded runner into SQLite. */
export async function benchEmbeddedIngest(count: number): Promise<{ records: number; seconds: number; recordsPerSecond: number }> {
  const { server, baseUrl } = await startFeedSite(count);
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    const config = {
      userAgent: 'lagebild-bench/0.1 (+http://127.0.0.1/)', allowHosts: ['127.0.0.1'],
      sources: [{ id: 'bench-feed', kind: 'police' as const, name: 'Bench', feed: { type: 'rss' as const, url: `${baseUrl}/feed.xml` } }],
    };
    const start = performance.now();
    const summary = await ingestEmbedded({ config, store }, { concurrency: 8 });
    const seconds = (performance.now() - start) / 1000;
    const records = summary.inserted + summary.updated;
    return { records, seconds, recordsPerSecond: records / seconds };
  } finally {
    await store.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
