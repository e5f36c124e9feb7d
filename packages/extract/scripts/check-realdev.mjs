#!/usr/bin/env node
// Scores the built extractor against the hand-made gold of ../shared/corpus/realdev (set level per
// document: municipalities, districts, dates, agencies by canonical name, impacts by place/service/status).
// Not a default test: the corpus lives outside the repository.
//
//   npx tsc -p tsconfig.build.json && node scripts/check-realdev.mjs [--verbose]
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAgencyRegistry, loadGazetteer } from '@lagebild/gazetteer';
import { extractEntities, isMonthPrecision } from '../dist/index.js';

const dir = fileURLToPath(new URL('../../../../shared/corpus/realdev/', import.meta.url));
const verbose = process.argv.includes('--verbose');
const totals = {};
const add = (kind, got, gold) => {
  const t = (totals[kind] ??= { tp: 0, fp: 0, fn: 0 });
  for (const g of got) if (gold.has(g)) t.tp++; else t.fp++;
  for (const g of gold) if (!got.has(g)) t.fn++;
  return [...got].filter((g) => !gold.has(g)).concat([...gold].filter((g) => !got.has(g)).map((g) => `missing ${g}`));
};
// Gold writes agencies by canonical name; compare on a normalized key.
const norm = (s) => s.toLowerCase().replace(/polizeipräsidium|kreispolizeibehörde|polizeiinspektion/g, 'polizei').replace(/[^a-zäöüß0-9]+/g, ' ').trim();
const registry = loadAgencyRegistry();
const gazetteer = loadGazetteer();
/** Every written form of an extracted agency, so that gold's short canonical names ("BKA", "KSM") match. */
const agencyForms = (a) => {
  const entry = registry.byId(a.id);
  return entry ? [entry.name, ...entry.aliases, ...entry.abbreviations].map(norm) : [norm(a.name)];
};
/** The publisher's AGS, as a sources config would give it ("Stadt Iserlohn" → 05962024). */
const jurisdictionOf = (doc) => {
  const name = doc.publisher.replace(/^(?:Stadt|Kreis|Landkreis) /, '');
  if (doc.publisher_kind === 'city') return gazetteer.findMunicipalities(name)[0]?.ags;
  if (doc.publisher_kind === 'district') return gazetteer.findDistricts(name)[0]?.ags;
  return undefined;
};
const districtKey = (s) => s.replace(/^(?:Landkreis|Kreis) /, '');

for (const file of readdirSync(`${dir}docs`).sort()) {
  const doc = JSON.parse(readFileSync(`${dir}docs/${file}`, 'utf8'));
  const gold = JSON.parse(readFileSync(`${dir}gold/${file}`, 'utf8'));
  const jurisdiction = jurisdictionOf(doc);
  const sourceKind = ['police', 'prosecutor', 'city', 'district', 'federal-agency', 'state-agency', 'it-provider', 'news'].includes(doc.publisher_kind) ? doc.publisher_kind : undefined;
  const e = extractEntities(doc.text, { publishedAt: `${doc.published ?? '2023-11-06'}T12:00:00+01:00`, ...(jurisdiction ? { jurisdiction } : {}), ...(sourceKind ? { sourceKind } : {}) });
  const goldAgencies = new Set(gold.agencies.map(norm));
  const gotAgencies = new Set(e.agencies.map((a) => agencyForms(a).find((f) => goldAgencies.has(f)) ?? norm(a.name)));
  const diffs = [
    ...add('municipalities', new Set(e.municipalities.map((m) => m.name)), new Set(gold.municipalities)),
    ...add('districts', new Set(e.districts.map((d) => districtKey(d.name))), new Set(gold.districts.map(districtKey))),
    // Without a publication day, gold resolves no relative or year-less date: score dates only where it has one.
    // Month-precision mentions ("Ende Oktober") are no calendar days; gold lists none (as in evaluateGold).
    ...(doc.published ? add('dates', new Set(e.dates.filter((d) => !isMonthPrecision(d)).flatMap((d) => [d.value.slice(0, 10), ...(d.end ? [d.end.slice(0, 10)] : [])])), new Set(gold.dates)) : []),
    ...add('agencies', gotAgencies, goldAgencies),
    ...add('impacts', new Set(e.serviceImpacts.map((i) => `${districtKey((i.municipality ?? i.district).name)}/${i.service}/${i.status}`)),
      new Set(gold.service_impacts.map((i) => `${districtKey(i.place_name)}/${i.service_key}/${i.status_key}`))),
  ];
  if (verbose && diffs.length) console.log(`${doc.id}: ${diffs.join('; ')}`);
}
console.log('all documents; dates only where the document has a publication day');
for (const [kind, { tp, fp, fn }] of Object.entries(totals)) {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${kind.padEnd(15)} precision ${p.toFixed(2)}  recall ${r.toFixed(2)}  F1 ${f1.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
}
