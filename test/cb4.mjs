import * as chrono from 'chrono-node';
import { generateReleases } from '/work/main/test/dist/support/corpus.js';
import { loadBerlinCorpus } from '/work/main/test/dist/bench/berlin.js';
import { windowsOf, joinWindows, dateParser } from '/work/main/packages/extract/dist/dates/index.js';
import { splitSentences } from '/work/main/packages/extract/dist/text/sentences.js';
const corpus = process.argv[2] === 'berlin' ? loadBerlinCorpus(2000) : generateReleases(2000);
const docs = corpus.map((r) => ({ text: `${r.title}\n\n${r.text}`, ref: new Date(r.published) }));
for (const d of docs) { d.sentences = splitSentences(d.text); d.joined = joinWindows(d.text, windowsOf(d.text, d.sentences)); }
console.log('bytes', docs.reduce((n, d) => n + d.text.length, 0), 'window bytes', docs.reduce((n, d) => n + d.joined.length, 0), 'docs with windows', docs.filter((d) => d.joined).length);
function time(label, fn) {
  fn(docs.slice(0, 200));
  const c0 = process.cpuUsage(); const n = fn(docs); const c = process.cpuUsage(c0);
  console.log(label.padEnd(40), ((c.user + c.system) / 1e6).toFixed(3), n);
}
const p = dateParser();
time('chrono.de.parse full text', (ds) => { let n = 0; for (const d of ds) n += chrono.de.parse(d.text, d.ref).length; return n; });
time('ours on windows', (ds) => { let n = 0; for (const d of ds) if (d.joined) n += p.parse(d.joined, d.ref).length; return n; });
time('chrono.de.parse on windows', (ds) => { let n = 0; for (const d of ds) if (d.joined) n += chrono.de.parse(d.joined, d.ref).length; return n; });
for (const parser of p.parsers) {
  const c = new chrono.Chrono({ parsers: [parser], refiners: [] });
  time('only ' + parser.constructor.name, (ds) => { let n = 0; for (const d of ds) if (d.joined) n += c.parse(d.joined, d.ref).length; return n; });
}
const nor = new chrono.Chrono({ parsers: p.parsers, refiners: [] });
time('all parsers, no refiners', (ds) => { let n = 0; for (const d of ds) if (d.joined) n += nor.parse(d.joined, d.ref).length; return n; });
console.log(p.refiners.map((r) => r.constructor.name).join(','));
for (let i = 0; i < p.refiners.length; i++) {
  const c = new chrono.Chrono({ parsers: p.parsers, refiners: [p.refiners[i]] });
  time('parsers + ' + i + ' ' + p.refiners[i].constructor.name, (ds) => { let n = 0; for (const d of ds) if (d.joined) n += c.parse(d.joined, d.ref).length; return n; });
}
