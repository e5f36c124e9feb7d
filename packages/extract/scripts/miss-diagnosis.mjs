#!/usr/bin/env node
// Where the impacts the extractor misses entirely are lost: for every scored gold impact of the given corpus folders
// (docs/ and gold/ with `evidence`, as ../shared/corpus/realtrain-east or the realextra sets) that has no prediction for
// its place and service, its evidence sentence is extracted alone, as a release of the gold place. Read alone with the
// gold status, the statement was lost in the document (place, binding, context); read alone with another status, the
// status; not read at all, the statement itself (service words, status words, guards). Prints the counts; SHOW=aloneNothing
// or SHOW=aloneSame lists the evidence of either group (real text to the terminal only; never into the repository).
//
//   npx tsc -p tsconfig.build.json && node scripts/miss-diagnosis.mjs ../../../shared/corpus/realtrain-east /work/realextra30 …
// Do not run it on a blind set: it reads the misses.
import { readFileSync } from 'node:fs';
import { loadAgencyRegistry, loadGazetteer } from '@lagebild/gazetteer';
import { readCorpus, extractEntities } from '../dist/index.js';
const g = loadGazetteer(), r = loadAgencyRegistry();
const out = { total: 0, aloneSame: 0, aloneOtherStatus: 0, aloneNothing: 0, noEvidence: 0 };
const examples = { aloneNothing: [], aloneSame: [] };
for (const dir of process.argv.slice(2)) {
  const set = dir.split('/').pop();
  for (const rel of readCorpus(dir, g, r)) {
    const id = rel.id.split('/')[1];
    const gold = JSON.parse(readFileSync(`${dir}/gold/${id}.json`, 'utf8'));
    const ctx = { ...(rel.publishedAt ? { publishedAt: rel.publishedAt } : {}), ...(rel.sourceKind ? { sourceKind: rel.sourceKind } : {}), ...(rel.context?.jurisdiction ? { jurisdiction: rel.context.jurisdiction } : {}) };
    const e = extractEntities(rel.text, ctx);
    const predPS = new Set(e.serviceImpacts.map((i) => `${i.municipality?.ags ?? i.district?.ags}/${i.service}`));
    const items = gold.service_impacts.filter((i) => !i.doubtful && i.service_key !== 'other');
    const keyed = rel.gold.serviceImpacts;
    items.forEach((it, k) => {
      const key = keyed[k];
      if (!key || predPS.has(`${key.place}/${key.service}`)) return;
      out.total++;
      if (!it.evidence) { out.noEvidence++; return; }
      const place = key.place;
      const alone = extractEntities(it.evidence, { publishedAt: rel.publishedAt ?? '2024-06-01T12:00:00+02:00', sourceKind: place.length === 8 ? 'city' : 'district', jurisdiction: place });
      const same = alone.serviceImpacts.filter((i) => i.service === key.service);
      if (same.some((i) => i.status === key.status)) { out.aloneSame++; if (examples.aloneSame.length < 400) examples.aloneSame.push(`${set}/${id} ${key.service}/${key.status} | ${it.evidence.slice(0, 110)}`); }
      else if (same.length) out.aloneOtherStatus++;
      else { out.aloneNothing++; if (examples.aloneNothing.length < 400) examples.aloneNothing.push(`${set}/${id} ${key.service}/${key.status} | ${it.evidence.slice(0, 110)}`); }
    });
  }
}
console.log(out);
if (process.env.SHOW) for (const x of examples[process.env.SHOW]) console.log(x);
