import * as chrono from 'chrono-node';
import { generateReleases } from '/work/main/test/dist/support/corpus.js';
import { loadBerlinCorpus } from '/work/main/test/dist/bench/berlin.js';
import { extractDates } from '/work/main/packages/extract/dist/dates/index.js';
import { splitSentences } from '/work/main/packages/extract/dist/text/sentences.js';
const corpus = process.argv[2] === 'berlin' ? loadBerlinCorpus(2000) : generateReleases(2000);
const docs = corpus.map((r) => ({ text: `${r.title}\n\n${r.text}`, ref: new Date(r.published) }));
for (const d of docs) d.sentences = splitSentences(d.text);
function time(label, fn) {
  fn(docs.slice(0, 200));
  const c0 = process.cpuUsage(); const n = fn(docs); const c = process.cpuUsage(c0);
  console.log(label.padEnd(40), ((c.user + c.system) / 1e6).toFixed(3), n);
}
time('chrono.de.parse', (ds) => { let n = 0; for (const d of ds) n += chrono.de.parse(d.text, d.ref).length; return n; });
time('extractDates', (ds) => { let n = 0; for (const d of ds) n += extractDates(d.text, d.sentences, d.ref, []).length; return n; });
