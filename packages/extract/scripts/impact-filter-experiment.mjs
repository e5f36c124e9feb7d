#!/usr/bin/env node
// A learned component for service impacts, tried and not shipped (docs/extraction-quality.md, fourth day): a logistic
// regression over features of each extracted impact (service, status, place kind, publisher kind, the rules'
// confidence, mentions, whether the place is named in the sentence, the words of the sentence and around the span)
// that predicts whether the impact is in the gold. Trained here on the development sets' gold, it is scored
//   - by leave-one-set-out over the development sets (each set scored by a model trained on the others), and
//   - on the sets given with --blind (a model trained on all development sets),
// as ranking (AUC, Brier score) beside the rules' own `confidence`, and as a filter (impacts F1 when impacts below a
// probability are dropped). Nothing is written; real texts are read from where the corpus folders are.
//
//   npx tsc -p tsconfig.build.json && node scripts/impact-filter-experiment.mjs [--l2 3] DEV_DIR... [--blind DIR,DIR]
// e.g. node scripts/impact-filter-experiment.mjs ../../../shared/corpus/realtrain-east ../../../shared/corpus/realdev \
//        /work/realextra2 /work/realextra3 --blind /work/realextra4,/work/realextra10
import { loadAgencyRegistry, loadGazetteer } from '@lagebild/gazetteer';
import { SOURCE_KINDS } from '@lagebild/schema/vocabulary';
import { createExtractor, impactKey, readCorpus } from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const l2 = Number(option('--l2', '3'));
const blind = option('--blind', '').split(',').filter(Boolean);
const devDirs = args.filter((a) => !a.startsWith('--'));
if (devDirs.length < 2) {
  console.error('usage: impact-filter-experiment.mjs DEV_DIR DEV_DIR... [--blind DIR,DIR] [--l2 N]');
  process.exit(2);
}

const gazetteer = loadGazetteer();
const registry = loadAgencyRegistry();
const extractor = createExtractor();

/** Every extracted impact key of a corpus folder with its mentions and label (1 gold, 0 not, -1 unscored). */
function labelled(dir) {
  return readCorpus(dir, gazetteer, registry).map((r) => {
    const e = extractor.extractEntities(r.text, {
      ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}),
      // As the eval passes it: only a kind of the record vocabulary ("news" is none).
      ...(r.sourceKind && SOURCE_KINDS.includes(r.sourceKind) ? { sourceKind: r.sourceKind } : {}),
      ...(r.context?.jurisdiction ? { jurisdiction: r.context.jurisdiction } : {}),
    });
    const gold = new Set(r.gold.serviceImpacts.map((i) => impactKey(i.place, i.service, i.status)));
    const unscored = new Set((r.gold.unscoredImpacts ?? []).map((i) => impactKey(i.place, i.service, i.status)));
    const byKey = new Map();
    for (const i of e.serviceImpacts) {
      const place = i.municipality?.ags ?? i.district?.ags;
      if (!place) continue;
      const key = impactKey(place, i.service, i.status);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(i);
    }
    const places = [...e.municipalities, ...e.districts].map((p) => ({ ags: p.ags, start: p.span.start, end: p.span.end }));
    const impacts = [...byKey].map(([key, mentions]) => ({ key, mentions, label: gold.has(key) ? 1 : unscored.has(key) ? -1 : 0 }));
    return { text: r.text, publisherKind: r.sourceKind ?? 'none', published: Boolean(r.publishedAt), jurisdiction: r.context?.jurisdiction, places, impacts, fn: [...gold].filter((k) => !byKey.has(k)).length };
  });
}

const WORD = /[\p{L}][\p{L}\p{N}-]*/gu;
const bin = (n, cuts) => cuts.find((c) => n <= c) ?? `>${cuts.at(-1)}`;

function sentenceAround(text, start, end) {
  let a = start;
  while (a > 0 && !/[.!?\n]/u.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/u.test(text[b])) b++;
  return [a, b];
}

/** Sparse features of one impact key of a document. */
function features(doc, impact) {
  const f = new Map();
  const add = (k, v = 1) => f.set(k, v);
  const [place, service, status] = impact.key.split('/');
  const kind = impact.mentions[0].municipality ? 'municipality' : 'district';
  add('bias'); add(`service:${service}`); add(`status:${status}`); add(`service-status:${service}|${status}`); add(`kind:${kind}`);
  add(`publisher:${doc.publisherKind}`); add(`publisher-status:${doc.publisherKind}|${status}`);
  add('confidence', Math.max(...impact.mentions.map((m) => m.confidence)));
  add(`mentions:${bin(impact.mentions.length, [1, 2])}`);
  add(`keys-in-document:${bin(doc.impacts.length, [1, 3, 6])}`);
  if (impact.mentions.some((m) => m.span.start < doc.text.indexOf('\n'))) add('in-title');
  if (!doc.published) add('unpublished');
  if (doc.jurisdiction === place) add('publisher-place');
  if (doc.places.some((p) => p.ags === place)) add('place-named'); else add('place-not-named');
  for (const m of impact.mentions) {
    const [a, b] = sentenceAround(doc.text, m.span.start, m.span.end);
    if (doc.places.some((p) => p.ags === place && p.start >= a && p.end <= b)) add('place-in-sentence');
    for (const w of doc.text.slice(a, b).toLowerCase().match(WORD) ?? []) add(`word:${w}`);
    for (const w of doc.text.slice(Math.max(a, m.span.start - 50), Math.min(b, m.span.end + 50)).toLowerCase().match(WORD) ?? []) add(`near:${w}`);
  }
  return f;
}

const examples = (docs) => docs.flatMap((d) => d.impacts.filter((i) => i.label !== -1).map((i) => ({ f: features(d, i), y: i.label, confidence: Math.max(...i.mentions.map((m) => m.confidence)) })));

/** L2-regularised logistic regression by full-batch gradient descent; features seen fewer than twice are left out. */
function train(rows) {
  const count = new Map();
  for (const r of rows) for (const k of r.f.keys()) count.set(k, (count.get(k) ?? 0) + 1);
  const data = rows.map((r) => ({ f: [...r.f].filter(([k]) => count.get(k) >= 2), y: r.y }));
  const w = new Map();
  for (let it = 0; it < 300; it++) {
    const g = new Map();
    for (const { f, y } of data) {
      let z = 0;
      for (const [k, v] of f) z += (w.get(k) ?? 0) * v;
      const e = 1 / (1 + Math.exp(-z)) - y;
      for (const [k, v] of f) g.set(k, (g.get(k) ?? 0) + e * v);
    }
    for (const [k, gv] of g) {
      const wk = w.get(k) ?? 0;
      w.set(k, wk - 0.5 * (gv / data.length + (k === 'bias' ? 0 : (l2 * wk) / data.length)));
    }
  }
  return (f) => {
    let z = 0;
    for (const [k, v] of f) z += (w.get(k) ?? 0) * v;
    return 1 / (1 + Math.exp(-z));
  };
}

function auc(pairs) {
  const pos = pairs.filter(([, y]) => y === 1).map(([p]) => p);
  const neg = pairs.filter(([, y]) => y === 0).map(([p]) => p);
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / (pos.length * neg.length);
}
const brier = (pairs) => pairs.reduce((s, [p, y]) => s + (p - y) ** 2, 0) / pairs.length;
const f = (n) => n.toFixed(3);

/** Impacts F1 of `docs` when impacts whose probability is below `threshold` are dropped. */
function f1With(docs, predict, threshold) {
  let tp = 0, fp = 0, fn = 0;
  for (const d of docs) {
    fn += d.fn;
    for (const i of d.impacts) {
      if (i.label === -1) continue;
      const keep = threshold === 0 || predict(features(d, i)) >= threshold;
      if (i.label === 1) { if (keep) tp++; else fn++; } else if (keep) fp++;
    }
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  return (2 * p * r) / (p + r);
}

const sets = devDirs.map((dir) => ({ dir, docs: labelled(dir) }));
const thresholds = [0, 0.3, 0.4, 0.5];
const confidencePairs = [];
const learnedPairs = [];
console.log(`leave-one-set-out over ${sets.length} development sets (l2 ${l2}); impacts F1 when dropped below p:`);
for (const [k, held] of sets.entries()) {
  const predict = train(examples(sets.filter((_, j) => j !== k).flatMap((s) => s.docs)));
  for (const e of examples(held.docs)) {
    confidencePairs.push([e.confidence, e.y]);
    learnedPairs.push([predict(e.f), e.y]);
  }
  console.log(`  ${held.dir.split('/').pop().padEnd(16)} ${thresholds.map((t) => `${t === 0 ? 'rules' : `p≥${t}`} ${f(f1With(held.docs, predict, t))}`).join('  ')}`);
}
console.log(`  ranking: AUC rules' confidence ${f(auc(confidencePairs))}, learned ${f(auc(learnedPairs))}; Brier ${f(brier(confidencePairs))} vs ${f(brier(learnedPairs))}`);
if (blind.length > 0) {
  const predict = train(examples(sets.flatMap((s) => s.docs)));
  console.log('trained on all development sets, scored on:');
  for (const dir of blind) {
    const docs = labelled(dir);
    const rows = examples(docs);
    console.log(`  ${dir.split('/').pop().padEnd(16)} AUC rules' confidence ${f(auc(rows.map((e) => [e.confidence, e.y])))}, learned ${f(auc(rows.map((e) => [predict(e.f), e.y])))}; `
      + `Brier ${f(brier(rows.map((e) => [e.confidence, e.y])))} vs ${f(brier(rows.map((e) => [predict(e.f), e.y])))}; `
      + `${thresholds.map((t) => `${t === 0 ? 'rules' : `p≥${t}`} ${f(f1With(docs, predict, t))}`).join('  ')}`);
  }
}
