/**
 * One extraction measurement in a process of its own, so that peak RSS and gazetteer load time
 * belong to this measurement alone. Prints one JSON line.
 *   node extraction-child.js <corpus: generated|berlin> <count> <mode: full|chrono|compromise|small-gazetteer|worker-memory> [warm-up docs, default 5000]
 * The throughput modes hold the whole corpus in memory, so that reading it is not timed; `worker-memory`
 * extracts the same corpus as a worker does, one release after another as they are read, and reports the
 * peak RSS of that.
 */
import { performance } from 'node:perf_hooks';
import { generateReleases } from '../support/corpus.js';
import { forEachBerlinRelease, loadBerlinCorpus } from './berlin.js';
import { mainThreadCpuSeconds } from './cpu.js';

const [corpusName = 'generated', countArg = '1000', mode = 'full', warmUpArg = '5000'] = process.argv.slice(2);
const count = Number(countArg);
/**
 * Releases extracted untimed before a measurement. A worker's steady state is the figure: V8 optimizes a
 * function only after it has run for a while and compiles it on a background thread, whose CPU time counts.
 * After 2,000 releases it was still compiling extraction code during the timed pass (a fifth of its CPU time);
 * after 5,000 it no longer is.
 */
const WARM_UP_DOCS = Number(warmUpArg);
/**
 * Releases of the measured corpus itself run untimed after that: real releases take paths the
 * generated ones never do (the Berlin corpus kept V8 compiling for half a second of the timed pass
 * after 200). Extraction keeps no cache keyed by text, so what is carried over is compiled code only.
 */
const CORPUS_WARM_UP_DOCS = Math.min(2000, WARM_UP_DOCS);

const t0 = performance.now();
const gazetteer = await import('@lagebild/gazetteer');
const g = mode === 'small-gazetteer'
  ? gazetteer.buildGazetteer({ filter: (() => { let n = 0; return (m: { type: string }) => m.type === 'Stadt' && n++ < 1000; })() })
  : gazetteer.loadGazetteer();
const gazetteerLoadMs = performance.now() - t0;
// The name indexes are built on first use; measured apart so the load figure hides nothing.
const t1 = performance.now();
void g.municipalityNames.size;
const nameIndexMs = performance.now() - t1;

type Text = { text: string; published: string };

/** Texts to extract, read one at a time. */
interface Corpus {
  readonly length: number;
  /** UTF-8 bytes of all texts. */
  readonly bytes: number;
  text(i: number): string;
  published(i: number): string;
}

/**
 * Texts held outside the JS heap, in one UTF-8 buffer, and decoded one at a time as they are extracted
 * (decoding is timed, and linear). A worker's input waits in Redis, not in its heap; a heap holding
 * 100,000 texts makes every major collection mark them all, and with the launcher's small young
 * generation objects are promoted sooner and major collections come more often: held as strings, the
 * 100k scaling run took 1.8 times the time 10k predicts, which is the harness, not extraction.
 */
function pack(texts: readonly Text[]): Corpus {
  const encoded = texts.map((t) => Buffer.from(t.text, 'utf8'));
  const offsets = new Uint32Array(texts.length + 1);
  for (let i = 0; i < encoded.length; i++) offsets[i + 1] = offsets[i]! + encoded[i]!.length;
  const buffer = Buffer.concat(encoded);
  const published = texts.map((t) => t.published);
  return {
    length: texts.length,
    bytes: buffer.length,
    text: (i) => buffer.toString('utf8', offsets[i], offsets[i + 1]),
    published: (i) => published[i]!,
  };
}

/** Only what extraction reads: the releases the texts are built from are left to the collector, so peak RSS is a worker's. */
function loadTexts(): Corpus {
  const corpus = corpusName === 'berlin' ? loadBerlinCorpus(count) : generateReleases(count);
  return pack(corpus.map((r) => ({ text: `${r.title}\n\n${r.text}`, published: r.published })));
}
if (mode === 'worker-memory') {
  const { extractEntities } = await import('@lagebild/extract');
  let docs = 0;
  let bytes = 0;
  const extractOne = (r: { title: string; text: string; published: string }) => {
    const text = `${r.title}\n\n${r.text}`;
    extractEntities(text, { publishedAt: r.published });
    docs++;
    bytes += Buffer.byteLength(text, 'utf8');
  };
  // The same untimed warm-up as the throughput modes, so the compiled code is part of the figure.
  for (const r of generateReleases(WARM_UP_DOCS, 20_231_106)) extractOne(r);
  docs = 0;
  bytes = 0;
  if (corpusName === 'berlin') {
    forEachBerlinRelease(count, extractOne);
  } else {
    // Generated in slices, as a worker receives batches: the generator is deterministic per seed.
    for (let from = 0; from < count; from += 500) for (const r of generateReleases(Math.min(500, count - from), 4_000_000 + from)) extractOne(r);
  }
  process.stdout.write(`${JSON.stringify({ corpus: corpusName, mode, docs, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exit(0);
}

const texts = loadTexts();
const bytes = texts.bytes;

/** Extracts the first `limit` texts of `list`; returns how many mentions were found (so nothing is optimized away). */
let run: (list: Corpus, limit?: number) => number;
let smallGazetteerApplied = mode !== 'small-gazetteer';
if (mode === 'chrono') {
  const chrono = await import('chrono-node');
  run = (list, limit = list.length) => {
    let n = 0;
    for (let i = 0; i < limit; i++) n += chrono.de.parse(list.text(i), new Date(list.published(i))).length;
    return n;
  };
} else if (mode === 'compromise') {
  const nlp = (await import('compromise')).default;
  run = (list, limit = list.length) => {
    let n = 0;
    for (let i = 0; i < limit; i++) n += nlp(list.text(i)).length;
    return n;
  };
} else {
  const extract = await import('@lagebild/extract');
  const createExtractor = (extract as unknown as { createExtractor?: (o: { gazetteer: unknown }) => { extractEntities: typeof extract.extractEntities } }).createExtractor;
  if (mode === 'small-gazetteer' && createExtractor) smallGazetteerApplied = true;
  const extractEntities = mode === 'small-gazetteer' && createExtractor ? createExtractor({ gazetteer: g }).extractEntities : extract.extractEntities;
  run = (list, limit = list.length) => {
    let n = 0;
    for (let i = 0; i < limit; i++) {
      const e = extractEntities(list.text(i), { publishedAt: list.published(i) });
      n += e.dates.length + e.municipalities.length + e.districts.length + e.agencies.length + e.serviceImpacts.length + e.contacts.length;
    }
    return n;
  };
}

// The figure is a long-running worker's steady state, so JIT compilation is not measured as extraction:
// the compared modes (full, chrono) first run untimed over the same WARM_UP_DOCS other generated releases
// (another seed, so no text measured below was seen before) and a slice of the corpus. compromise is
// only a reference beside them and 25 times slower: 200 releases will do.
const warmUp = pack(generateReleases(mode === 'compromise' ? Math.min(200, WARM_UP_DOCS) : WARM_UP_DOCS, 20_231_106).map((r) => ({ text: `${r.title}\n\n${r.text}`, published: r.published })));
run(warmUp);
run(texts, Math.min(CORPUS_WARM_UP_DOCS, texts.length));

// The garbage of building the corpus and of the warm-up is the harness's: collected before the clock
// starts (run.ts passes --expose-gc), not during the timed pass, where it would count as extraction.
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
collect?.();

const main0 = mainThreadCpuSeconds();
const cpu0 = process.cpuUsage();
const start = performance.now();
const found = run(texts);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const mainCpuSeconds = mainThreadCpuSeconds() - main0;
process.stdout.write(`${JSON.stringify({
  corpus: corpusName, mode, docs: texts.length, bytes, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, mainCpuSeconds, found,
  mbPerSecond: bytes / 1e6 / seconds, docsPerSecond: texts.length / seconds,
  peakRssMb: process.resourceUsage().maxRSS / 1024, gazetteerLoadMs, nameIndexMs,
  smallGazetteerApplied, municipalitiesInGazetteer: g.municipalities.length,
})}\n`);
