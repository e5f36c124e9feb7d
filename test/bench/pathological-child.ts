/**
 * Extraction time on pathological texts against ordinary releases, in a process of its own. Prints one JSON
 * line: milliseconds per 100 KB for each text and for the ordinary releases they are made of.
 *   node pathological-child.js [scale, default 1]
 * The texts are built from generated releases (no real text): one run-on sentence of release sentences
 * joined by commas, a hundred thousand "1." without a blank, two hundred releases as one document, and a
 * line of service and status words without punctuation. Time linear in the text keeps each near the ordinary
 * figure; a scan of a whole sentence per mention makes them grow with the square of the length.
 */
import { performance } from 'node:perf_hooks';
import { extractEntities } from '@lagebild/extract';
import { generateReleases } from '../support/corpus.js';

const scale = Number(process.argv[2] ?? '1');
const releases = generateReleases(Math.round(400 * scale), 7_000_001);
const ordinary = releases.map((r) => `${r.title}\n\n${r.text}`);
const published = '2023-11-06T12:00:00+01:00';

const texts: Record<string, string> = {
  'run-on sentence': ordinary.map((t) => t.replace(/[.!?]\s+/gu, ', ')).join(', '),
  '"1." without blanks': '1.'.repeat(Math.round(100_000 * scale)),
  'releases as one document': ordinary.slice(0, Math.round(200 * scale)).join('\n\n'),
  'service and status words': Array.from({ length: Math.round(40_000 * scale) }, (_, i) => ['Bürgerbüro', 'nicht', 'erreichbar', 'Standesamt', 'wieder', 'geöffnet', 'und'][i % 7]).join(' '),
};

/** Milliseconds per 100 KB (UTF-16 code units as characters) to extract `list`, best of `runs`. */
function msPer100k(list: readonly string[], runs = 2): number {
  const chars = list.reduce((n, t) => n + t.length, 0);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of list) extractEntities(t, { publishedAt: published });
    best = Math.min(best, performance.now() - t0);
  }
  return best / (chars / 102_400);
}

// Warm up the extractor on other ordinary releases, as a long-running worker is (V8 compiles hot code late).
for (const r of generateReleases(3000, 20_231_106)) extractEntities(`${r.title}\n\n${r.text}`, { publishedAt: published });
const base = msPer100k(ordinary);
const figures: Record<string, { chars: number; msPer100kb: number; ratio: number }> = {};
for (const [name, text] of Object.entries(texts)) {
  const ms = msPer100k([text]);
  figures[name] = { chars: text.length, msPer100kb: ms, ratio: ms / base };
}
process.stdout.write(`${JSON.stringify({ ordinaryMsPer100kb: base, figures })}\n`);
