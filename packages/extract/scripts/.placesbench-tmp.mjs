// private timing of places alone on the Berlin corpus: node scripts/.placesbench-tmp.mjs <distDir>
import { loadBerlinCorpus } from '../../../test/dist/bench/berlin.js';
const dist = process.argv[2];
const { defaultResources } = await import(`${dist}/resources.js`);
const { scanText } = await import(`${dist}/lexicon.js`);
const { extractPlaces } = await import(`${dist}/places/index.js`);
const r = defaultResources();
const texts = loadBerlinCorpus(13364).map((x) => `${x.title}\n\n${x.text}`);
const scans = texts.map((t) => scanText(r, t));
const opts = { jurisdiction: [], agencyJurisdictions: [], blocked: [] };
let n = 0;
for (let k = 0; k < 3; k++) for (const s of scans) n += extractPlaces(r, s, opts).municipalities.length;
const times = [];
for (let k = 0; k < 5; k++) {
  globalThis.gc?.();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (const s of scans) n += extractPlaces(r, s, opts).municipalities.length;
  const c = process.cpuUsage(c0);
  times.push([(performance.now() - t0).toFixed(0), ((c.user + c.system) / 1000).toFixed(0)]);
}
console.log(dist.includes('/tmp/') ? 'base' : 'new', JSON.stringify(times), n);
