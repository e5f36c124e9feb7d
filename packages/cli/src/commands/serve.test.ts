import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '@lagebild/api';
import type { LagebildRecord } from '@lagebild/schema';
import { openStore, type Store } from '@lagebild/store';
import { openServeStore } from './analysis.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-serve-'));
const db = join(dir, 'store.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORDS = ['polizei', 'standesamt', 'werne', 'lünen', 'kamen', 'bürgerbüro', 'störung', 'cyberangriff', 'verwaltung', 'termine',
  'geschlossen', 'geöffnet', 'ermittlungen', 'staatsanwaltschaft', 'kreis', 'unna', 'siegen', 'olpe', 'iserlohn', 'hagen',
  'südwestfalen', 'dienstleister', 'server', 'software', 'bürger', 'zulassungsstelle', 'fahrzeuge', 'ausweise', 'meldeamt', 'rathaus',
  'telefon', 'email'];

/** 3,000 releases of 60 words each from the vocabulary above: every search term matches many of them. */
function releases(): LagebildRecord[] {
  return Array.from({ length: 3000 }, (_, i) => {
    const title = `Meldung ${i}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}`;
    const body = Array.from({ length: 60 }, (_, k) => WORDS[(i * 13 + k * 5) % WORDS.length]).join(' ');
    const text = `${title}\n\n${body}.`;
    return {
      document: {
        id: `doc-${i}`, sourceId: 'polizei-dortmund', url: `https://presse.example/${i}`, title,
        publishedAt: '2023-11-02T10:00:00+01:00', fetchedAt: '2023-11-02T10:05:00+01:00', text, contentHash: `h${i}`,
      },
      entities: { dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] },
      extractor: { version: 'test' },
    };
  });
}

beforeAll(async () => {
  const store = await openStore(db);
  await store.putRecords(releases());
  await store.close();
}, 120_000);

describe('lagebild serve under search load (issue 15 #5)', () => {
  it('answers /healthz while concurrent 32-term searches are still running', async () => {
    const store: Store = await openServeStore(db);
    const app = createServer({ store });
    // Counts searches whose handler has started: /healthz is asked only once all have.
    let entered = 0;
    let allEntered!: () => void;
    const searching = new Promise<void>((resolve) => { allEntered = resolve; });
    const SEARCHES = 6;
    app.addHook('preHandler', async (request) => {
      if (request.routeOptions.url === '/documents' && ++entered === SEARCHES) allEntered();
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const finished: string[] = [];
      // 32 prefix terms (the most the search language takes, within the API's 200 characters): every release matches.
      const q = encodeURIComponent(WORDS.map((w) => `${w.slice(0, 4)}*`).join(' '));
      const searches = Array.from({ length: SEARCHES }, (_, i) => fetch(`${base}/documents?q=${q}&limit=100`).then(async (r) => {
        expect(r.status).toBe(200);
        await r.arrayBuffer();
        finished.push(`search ${i}`);
      }));
      await searching;
      const health = await fetch(`${base}/healthz`);
      finished.push('healthz');
      expect(await health.json()).toMatchObject({ ok: true });
      await Promise.all(searches);
      // On the server's own thread a search blocks it until done: /healthz came after all of them.
      expect(finished.indexOf('healthz')).toBeLessThan(SEARCHES);
    } finally {
      await app.close();
      await store.close();
    }
  }, 120_000);
});
