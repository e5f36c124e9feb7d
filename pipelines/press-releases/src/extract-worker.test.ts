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
import { SourcesConfigSchema, type Document, type LagebildRecord } from '@lagebild/schema';
import { createSqliteStore } from '@lagebild/store';
import { contentHash, documentId } from '@lagebild/fetch';
import { sourceHints } from './extract-stage.js';
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

async function run(threads: boolean, docs: Document[]): Promise<{ records: LagebildRecord[]; inserted: number; inThread: number }> {
  const store = createSqliteStore(':memory:');
  await store.migrate();
  const byUrl = new Map(docs.map((d) => [d.url, d]));
  const handlers = createPressReleaseHandlers({ config, store });
  handlers.fetchSource = async ({ sourceId }) => ({
    jobs: docs.filter((d) => d.sourceId === sourceId).map((d) => ({ item: { sourceId, url: d.url } })), quarantined: [],
  });
  handlers.fetchArticle = async ({ item }) => ({ document: byUrl.get(item.url)! });
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
  await store.close();
  return { records, inserted: summary.inserted, inThread };
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
});
