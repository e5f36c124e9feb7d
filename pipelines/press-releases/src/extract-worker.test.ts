/**
 * Extraction in the embedded runner's worker threads gives the records extraction in the main
 * thread gives, for every release written for the fixtures (with their sources' hints), and the
 * threads end with the run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEmbedded } from '@lagebild/queue';
import { SourcesConfigSchema, type Document, type ExtractJob, type LagebildRecord, type QuarantineItem } from '@lagebild/schema';
import { createSqliteStore } from '@lagebild/store';
import { contentHash, documentFromPage, documentId, type ArticlePage } from '@lagebild/fetch';
import { sourceHints, type PageExtractJob } from './extract-stage.js';
import { createPressReleaseHandlers } from './handlers.js';

const releasesRoot = fileURLToPath(new URL('../../../fixtures/releases', import.meta.url));
const config = SourcesConfigSchema.parse(JSON.parse(
  readFileSync(fileURLToPath(new URL('../config/sources.fixtures.json', import.meta.url)), 'utf8').replaceAll('{{BASE_URL}}', 'http://127.0.0.1:1'),
));
// Threads run compiled JavaScript: the build of this package (turbo builds before tests).
const workerModule = new URL('../dist/extract-worker.js', import.meta.url);

interface Release { sourceId: string; path: string; publishedAt: string; title: string; paragraphs: string[] }

function fixtureDocuments(): Document[] {
  const docs: Document[] = [];
  for (const dir of readdirSync(releasesRoot)) {
    for (const file of readdirSync(join(releasesRoot, dir)).filter((f) => f.endsWith('.json')).sort()) {
      const r = JSON.parse(readFileSync(join(releasesRoot, dir, file), 'utf8')) as Release;
      const url = `http://127.0.0.1:1${r.path}#${file}`;
      const text = `${r.title}\n\n${r.paragraphs.join('\n\n')}`;
      docs.push({
        id: documentId(r.sourceId, url), sourceId: r.sourceId, url, title: r.title, publishedAt: r.publishedAt,
        fetchedAt: '2024-01-01T12:00:00+01:00', text, contentHash: contentHash(text),
      });
    }
  }
  return docs;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The fixture documents as fetched pages, the way `fetchArticlePage` hands them over. */
function fixturePages(docs: Document[]): ArticlePage[] {
  return docs.map((d) => {
    const [title, ...paragraphs] = d.text.split('\n\n');
    return {
      item: { sourceId: d.sourceId, url: d.url, title: d.title }, sourceId: d.sourceId, url: d.url, fetchedAt: d.fetchedAt, validators: {},
      html: `<!DOCTYPE html><html><head><title>${escapeHtml(title!)}</title></head><body><nav>Startseite</nav><article><h1>${escapeHtml(title!)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`,
    };
  });
}

async function run(
  threads: boolean, docs: Document[], pages?: ArticlePage[],
): Promise<{ records: LagebildRecord[]; inserted: number; inThread: number; quarantine: QuarantineItem[] }> {
  const store = createSqliteStore(':memory:');
  await store.migrate();
  const byUrl = new Map(docs.map((d) => [d.url, d]));
  const pageByUrl = new Map(pages?.map((p) => [p.item.url, p]));
  const handlers = createPressReleaseHandlers({ config, store });
  handlers.fetchSource = async ({ sourceId }) => ({
    jobs: docs.filter((d) => d.sourceId === sourceId).map((d) => ({ item: { sourceId, url: d.url } })), quarantined: [],
  });
  handlers.fetchArticle = async ({ item }) => (pages
    ? { page: pageByUrl.get(item.url)! } satisfies PageExtractJob as unknown as ExtractJob
    : { document: byUrl.get(item.url)! });
  // The in-thread extract is the pool's fallback: counting its calls tells whether threads served.
  let inThread = 0;
  const extract = handlers.extract.bind(handlers);
  handlers.extract = (job) => {
    inThread++;
    return extract(job);
  };
  // Releases of sources outside the config (gold-extra) are extracted without source hints.
  const summary = await runEmbedded(handlers, [...new Set(docs.map((d) => d.sourceId))], {
    concurrency: 4,
    ...(threads ? { extractWorkers: { module: workerModule, data: { sources: sourceHints(config.sources) }, size: 2, minInputs: 0 } } : {}),
  });
  const records = await store.getRecords(docs.map((d) => d.id));
  const quarantine = await store.listQuarantine();
  await store.close();
  return { records, inserted: summary.inserted, inThread, quarantine };
}

describe('extraction in worker threads', () => {
  it('gives the same records as extraction in the main thread', async () => {
    const docs = fixtureDocuments();
    expect(docs.length).toBeGreaterThan(50);
    const inMain = await run(false, docs);
    const inThreads = await run(true, docs);
    expect(inThreads.inserted).toBe(docs.length);
    expect(inMain.inThread).toBe(docs.length);
    expect(inThreads.inThread).toBe(0);
    expect(inThreads.records).toEqual(inMain.records);
  });

  it('parses fetched pages in the threads into the records of pages parsed in this thread; a page without body is an article failure', async () => {
    const docs = fixtureDocuments();
    const pages = fixturePages(docs);
    const broken = pages[3]!;
    broken.html = '<!DOCTYPE html><html><body><article></article></body></html>';
    const inMain = await run(false, docs, pages);
    const inThreads = await run(true, docs, pages);
    expect(inThreads.inThread).toBe(0);
    expect(inThreads.inserted).toBe(docs.length - 1);
    expect(inThreads.records).toHaveLength(docs.length - 1);
    expect(inThreads.records).toStrictEqual(inMain.records);
    // The same documents as parsing while fetching gives.
    expect(inThreads.records.map((r) => r.document)).toStrictEqual(pages.filter((p) => p !== broken).map((p) => documentFromPage(p)));
    for (const q of [inMain.quarantine, inThreads.quarantine]) {
      expect(q).toEqual([expect.objectContaining({ sourceId: broken.sourceId, stage: 'article', url: broken.item.url, reason: 'no body text after extraction' })]);
    }
  });
});
