#!/usr/bin/env node
// Measures the report splitter (issue 17) on real text: the 13,364 Berlin police releases and the police
// and prosecutor releases of ../shared/corpus/realtrain-east and realtrain-west. Prints per corpus how many
// releases split and into how many reports (and by which way of marking), then draws a random sample with
// a fixed seed (splits and non-splits) for hand checking and writes it to /tmp:
// Non-splits: all realtrain police releases that did not split, and --singles drawn from Berlin.
//   /tmp/reports-sample-<seed>.ndjson  one line per sampled release: corpus, id, reports (index, offsets, title) and the text
//   /tmp/reports-sample-<seed>.txt     the same for reading: each text with ⟦R<i> …⟧ marks at the report boundaries
// Run `node ../shared/tools/reserved-check.mjs /tmp/reports-sample-<seed>.ndjson` before reading the sample.
// Real text is written only to /tmp, never into the repository.
//
//   npx tsc -p tsconfig.build.json && node scripts/measure-reports.mjs [--seed N] [--splits 40] [--singles 20] [--heldout] [--json]
// --heldout measures ../shared/corpus/realdev (police and prosecutor releases) and the presseportal feed of
// feeds/ instead: sets never looked at while the splitter was written; its sample takes every release.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { createExtractor, splitSections } from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const seed = Number(option('--seed', 17));
const wantSplits = Number(option('--splits', 40));
const wantSingles = Number(option('--singles', 20));
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const extractor = createExtractor();

/** Berlin wall time "23.08.2024 14:01 Uhr" as ISO 8601 with its offset (CET/CEST by the EU rule). */
function berlinIso(date) {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s+(\d{2}):(\d{2}))?/.exec(date ?? '');
  if (!m) return undefined;
  const [, d, mo, y, h = '12', mi = '00'] = m;
  const lastSunday = (month) => { const x = new Date(Date.UTC(+y, month, 0)); return x.getUTCDate() - x.getUTCDay(); };
  const t = Date.UTC(+y, +mo - 1, +d, +h, +mi);
  const summer = t >= Date.UTC(+y, 2, lastSunday(3), 2) && t < Date.UTC(+y, 9, lastSunday(10), 3);
  return `${y}-${mo}-${d}T${h}:${mi}:00${summer ? '+02:00' : '+01:00'}`;
}

function* berlin() {
  const dir = join(corpus, 'berlin-police');
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const rows = parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true });
    for (const row of rows) {
      n++;
      const publishedAt = berlinIso(row.date);
      const title = row.title ?? '';
      yield { corpus: 'berlin-police', id: row.link || `${file}#${n}`, title, body: row.description ?? '', publishedAt, sourceAgency: 'polizei-berlin' };
    }
  }
}

function* realtrain(set) {
  const dir = join(corpus, set, 'docs');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!/police|prosecutor/.test(doc.publisher_kind ?? '')) continue;
    const published = doc.published && /T/.test(doc.published) ? doc.published : undefined;
    yield { corpus: set, id: `${set}/${file.replace('.json', '')}`, title: doc.title ?? '', body: doc.text, publishedAt: published };
  }
}

/** The realdev police and prosecutor releases: held out, never looked at while the splitter was written. */
function* realdev() {
  const dir = join(corpus, 'realdev', 'docs');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!/police|prosecutor/.test(doc.publisher_kind ?? '')) continue;
    const published = doc.published && /T/.test(doc.published) ? doc.published : undefined;
    yield { corpus: 'realdev', id: `realdev/${file.replace('.json', '')}`, title: doc.title ?? '', body: doc.text, publishedAt: published };
  }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s) => s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m));
const htmlText = (html) => decode(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n').replace(/<[^>]*>/g, '')).replace(/\n{3,}/g, '\n\n').trim();

/** The items of the presseportal feed of Polizeidirektion Wittlich (feeds/): held out as well. */
function* presseportal() {
  const xml = readFileSync(join(corpus, 'feeds', 'presseportal-polizeidirektion-wittlich.xml'), 'utf8');
  let n = 0;
  for (const [, item] of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    n++;
    const field = (name) => {
      const m = new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(item);
      return m ? m[1] : '';
    };
    const link = field('link');
    yield { corpus: 'presseportal-wittlich', id: link || `wittlich#${n}`, title: decode(field('title')), body: htmlText(field('content:encoded') || field('description')), publishedAt: undefined };
  }
}

/** mulberry32: a small seeded generator, so that a sample can be drawn again. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stats = new Map();
const splits = [];
const singles = [];
let maxMs = 0;
// --heldout: only the sets the splitter was never tuned on (realdev police/prosecutor, the presseportal feed).
const heldout = args.includes('--heldout');
for (const source of heldout ? [realdev(), presseportal()] : [berlin(), realtrain('realtrain-east'), realtrain('realtrain-west')]) {
  for (const item of source) {
    const text = `${item.title}\n\n${item.body}`;
    const at = item.publishedAt ?? '2020-01-01T12:00:00+01:00';
    const document = { id: item.id, sourceId: item.corpus, url: '', title: item.title, publishedAt: item.publishedAt, fetchedAt: at, text, contentHash: 'x' };
    if (item.publishedAt === undefined) delete document.publishedAt;
    const t0 = performance.now();
    const record = extractor.extractRecord(document, item.sourceAgency ? { sourceAgency: item.sourceAgency } : {});
    maxMs = Math.max(maxMs, performance.now() - t0);
    const reports = record.reports ?? [];
    const s = stats.get(item.corpus) ?? { releases: 0, split: 0, reports: 0, distribution: {}, byKind: {} };
    s.releases++;
    const entry = { corpus: item.corpus, id: item.id, reports: reports.map((r) => ({ index: r.index, start: r.span.start, end: r.span.end, title: r.title })), text };
    if (reports.length > 0) {
      s.split++;
      s.reports += reports.length;
      s.distribution[reports.length] = (s.distribution[reports.length] ?? 0) + 1;
      const places = [...record.entities.municipalities, ...record.entities.districts].map((m) => m.span).sort((a, b) => a.start - b.start || a.end - b.end);
      const kind = splitSections(text, { bodyStart: item.title.length + 2, places })[0]?.kind ?? '?';
      s.byKind[kind] = (s.byKind[kind] ?? 0) + 1;
      entry.kind = kind;
      splits.push(entry);
    } else {
      singles.push(entry);
    }
    stats.set(item.corpus, s);
  }
}

const rand = random(seed);
const draw = (items, k) => {
  const pool = [...items];
  const out = [];
  while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  return out;
};
// Every split up to --splits; the non-splits stratified: all of the realtrain police releases (few, and
// the ones most likely to bundle incidents), --singles drawn from the Berlin releases.
const sample = [
  ...draw(splits, wantSplits).map((e) => ({ ...e, sampled: 'split' })),
  ...singles.filter((e) => e.corpus !== 'berlin-police').map((e) => ({ ...e, sampled: 'single' })),
  ...draw(singles.filter((e) => e.corpus === 'berlin-police'), wantSingles).map((e) => ({ ...e, sampled: 'single' })),
];
const tag = heldout ? `heldout-${seed}` : String(seed);
const ndjson = `/tmp/reports-sample-${tag}.ndjson`;
const txt = `/tmp/reports-sample-${tag}.txt`;
writeFileSync(ndjson, sample.map((e) => JSON.stringify(e)).join('\n') + '\n');
const marked = (e) => {
  let out = '';
  let at = 0;
  for (const r of e.reports) {
    out += e.text.slice(at, r.start) + `⟦R${r.index} ${r.start}-${r.end}⟧`;
    out += e.text.slice(r.start, r.end) + `⟦/R${r.index}⟧`;
    at = r.end;
  }
  return out + e.text.slice(at);
};
writeFileSync(txt, sample.map((e, i) => `######## ${i + 1} [${e.sampled}${e.kind ? ` ${e.kind}` : ''}] ${e.id} (${e.corpus}) reports: ${e.reports.length}\n${e.reports.map((r) => `  R${r.index} ${r.start}-${r.end} ${JSON.stringify(r.title)}`).join('\n')}\n--------\n${marked(e)}\n`).join('\n'));

const rows = [...stats].map(([name, s]) => ({ corpus: name, ...s, share: s.releases ? s.split / s.releases : 0 }));
if (args.includes('--json')) {
  console.log(JSON.stringify({ seed, rows, sample: sample.map((e) => ({ id: e.id, sampled: e.sampled, reports: e.reports.map(({ index, start, end, title }) => ({ index, start, end, title })) })) }, null, 2));
} else {
  console.log('corpus             releases  split  share   reports  reports per split release (count of releases)');
  for (const r of rows) {
    const dist = Object.entries(r.distribution).map(([k, v]) => `${k}:${v}`).join(' ');
    const kinds = Object.entries(r.byKind).map(([k, v]) => `${k}:${v}`).join(' ');
    console.log(`${r.corpus.padEnd(18)} ${String(r.releases).padStart(8)} ${String(r.split).padStart(6)} ${(100 * r.share).toFixed(1).padStart(5)}% ${String(r.reports).padStart(8)}  ${dist}  | by way: ${kinds}`);
  }
  console.log(`slowest release: ${maxMs.toFixed(1)} ms (whole extraction)`);
  console.log(`sample (seed ${seed}): ${sample.filter((e) => e.sampled === 'split').length} splits, ${sample.filter((e) => e.sampled === 'single').length} non-splits -> ${ndjson}, ${txt}`);
}
