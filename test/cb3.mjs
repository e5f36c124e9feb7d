import { generateReleases } from '/work/main/test/dist/support/corpus.js';
import { extractDates } from '/work/main/packages/extract/dist/dates/index.js';
import { splitSentences } from '/work/main/packages/extract/dist/text/sentences.js';
const docs = generateReleases(4000).map((r) => ({ text: `${r.title}\n\n${r.text}`, ref: new Date(r.published) }));
for (const d of docs) d.sentences = splitSentences(d.text);
let n = 0; for (let k = 0; k < 3; k++) for (const d of docs) n += extractDates(d.text, d.sentences, d.ref, []).length;
console.log(n);
