/**
 * `npm run bench [-- --quick]`: extraction, embedded ingest, distributed throughput, memory and
 * scaling, measured side by side in one run and printed as ratios (they survive a noisy machine
 * better than absolute figures). Writes bench-results/<time>.json. Not part of `npm test`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Table from 'cli-table3';
import { loadBerlinCorpus } from './berlin.js';
import { benchHealthUnderSearch } from './api.js';
import { benchDistributed } from './distributed.js';
import { benchEmbeddedIngestInChild, type EmbeddedIngestRun } from './ingest.js';
import { cliNodeFlags } from './launch.js';

const run = promisify(execFile);
const quick = process.argv.includes('--quick');
const skipDistributed = process.argv.includes('--no-distributed');
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const child = fileURLToPath(new URL('./extraction-child.js', import.meta.url));

interface ChildResult {
  corpus: string; mode: string; docs: number; bytes: number; seconds: number; cpuSeconds: number; mainCpuSeconds: number; mbPerSecond: number; docsPerSecond: number;
  peakRssMb: number; gazetteerLoadMs: number; nameIndexMs: number; smallGazetteerApplied: boolean; municipalitiesInGazetteer: number;
}

/** Every extraction child runs with the node flags that `lagebild` processes are launched with. */
const nodeFlags = cliNodeFlags();

/** Releases each extraction child runs untimed first (see extraction-child.ts); fewer in --quick, to keep within its minute. */
const warmUpDocs = quick ? 2000 : 5000;
/** Runs of full extraction and of chrono alone per corpus; the best (least CPU time) of each counts. */
const repeats = quick ? 1 : 3;

async function measure(corpus: string, count: number, mode: string): Promise<ChildResult> {
  const { stdout } = await run(process.execPath, [...nodeFlags, '--expose-gc', child, corpus, String(count), mode, String(warmUpDocs)], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
}

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

const f = (n: number, digits = 2) => n.toFixed(digits);
const benchStart = performance.now();
const results: Record<string, unknown> = { quick, startedAt: new Date().toISOString(), node: process.version };
const rows: (string | number)[][] = [];

// 1. Extraction per core, beside chrono.de.parse and compromise alone on the same texts.
const generatedCount = quick ? 1500 : 10_000;
const corpora: [string, number][] = [['generated', generatedCount]];
const berlinAvailable = loadBerlinCorpus(1).length > 0;
if (berlinAvailable) corpora.push(['berlin', quick ? 1500 : 13_364]);
for (const [corpus, count] of corpora) {
  log(`extraction on ${corpus} (${count} docs) …`);
  // Full extraction and chrono alone alternate, best of three each: the host steals CPU in bursts, and a
  // burst in one half-second measurement would decide the ratio.
  let full = await measure(corpus, count, 'full');
  let chrono = await measure(corpus, count, 'chrono');
  for (let repeat = 1; repeat < repeats; repeat++) {
    const f2 = await measure(corpus, count, 'full');
    if (f2.cpuSeconds < full.cpuSeconds) full = f2;
    const c2 = await measure(corpus, count, 'chrono');
    if (c2.cpuSeconds < chrono.cpuSeconds) chrono = c2;
  }
  const compromise = await measure(corpus, count, 'compromise');
  results[`extraction-${corpus}`] = { full, chrono, compromise };
  // Wall MB/s is the figure; CPU seconds (all threads, so V8's background compilation counts) say
  // whether it holds per core, too. Met only when both do.
  const wallRatio = full.mbPerSecond / chrono.mbPerSecond;
  const cpuRatio = chrono.cpuSeconds / full.cpuSeconds;
  // The main thread's alone (Linux), beside: the difference is V8 compiling and collecting on other threads.
  const mainRatio = chrono.mainCpuSeconds / full.mainCpuSeconds;
  rows.push([`extraction (${corpus}, ${full.docs} docs)`, `${f(full.mbPerSecond)} MB/s · ${f(full.docsPerSecond, 0)} docs/s`,
    `chrono.de.parse alone ${f(chrono.mbPerSecond)} MB/s · compromise alone ${f(compromise.mbPerSecond)} MB/s`,
    `${f(wallRatio)}× chrono (CPU time: ${f(cpuRatio)}×${Number.isFinite(mainRatio) ? `, main thread ${f(mainRatio)}×` : ''})`, '≥ 1.0× chrono', wallRatio >= 1 && cpuRatio >= 1 ? 'met' : 'MISSED']);
  // A worker holds the release it extracts, not the corpus: its peak RSS comes from a child that
  // extracts the same releases as it reads them. The throughput child's (whole corpus held) is beside it.
  const worker = await measure(corpus, count, 'worker-memory');
  (results[`extraction-${corpus}`] as Record<string, unknown>).workerMemory = worker;
  rows.push([`  peak RSS of an extraction worker (${corpus}, ${worker.docs} docs as read)`, `${f(worker.peakRssMb, 0)} MB`,
    `throughput child holding all ${full.docs} texts: ${f(full.peakRssMb, 0)} MB`, '', '≤ 128 MB', worker.peakRssMb <= 128 ? 'met' : 'MISSED']);
}
if (!berlinAvailable) rows.push(['extraction (berlin)', 'corpus not found next to this checkout', '', '', '', 'skipped']);

// Pathological texts (a run-on sentence, "1." without blanks, a document of many releases, a line of service
// and status words): time per 100 KB against ordinary releases. Linear time keeps the ratio near 1.
{
  log('pathological texts …');
  const pathologicalChild = join(dirname(child), 'pathological-child.js');
  const { stdout } = await run(process.execPath, [...nodeFlags, pathologicalChild, quick ? '0.5' : '1'], { maxBuffer: 1 << 24 });
  const p = JSON.parse(stdout.trim().split('\n').pop()!) as { ordinaryMsPer100kb: number; figures: Record<string, { chars: number; msPer100kb: number; ratio: number }> };
  results.pathological = p;
  for (const [name, fig] of Object.entries(p.figures)) {
    rows.push([`extraction, pathological: ${name} (${f(fig.chars / 1024, 0)} KB)`, `${f(fig.msPer100kb, 0)} ms per 100 KB`, `ordinary releases ${f(p.ordinaryMsPer100kb, 1)} ms per 100 KB`,
      `${f(fig.ratio, 1)}× ordinary`, '≤ 10× ordinary', fig.ratio <= 10 ? 'met' : 'MISSED']);
  }
}

// 4. Gazetteer load time, in a fresh process (the full extraction child measured it first thing).
const gazChild = (results['extraction-generated'] as { full: ChildResult }).full;
const gaz = gazChild.gazetteerLoadMs;
rows.push(['gazetteer load (fresh process: import + load)', `${f(gaz, 0)} ms`, `name indexes built on first use: ${f(gazChild.nameIndexMs, 0)} ms`, '', '≤ 100 ms', gaz <= 100 ? 'met' : 'MISSED']);

// 5. Scaling: linear in documents? flat in gazetteer size?
// Sizes are measured in rounds (1k, 10k, 100k, then again), and each round gives its own ratio of
// 100k to what its 10k predicts; the median round counts. Measuring all 10k runs first and all 100k
// runs later compared different phases of the host, which switches between fast and about twice
// as slow for seconds at a time: the same build gave 0.64× and 1.28×.
const sizes = quick ? [1000, 3000] : [1000, 10_000, 100_000];
const rounds: ChildResult[][] = [];
for (let round = 0; round < repeats; round++) {
  const timed: ChildResult[] = [];
  for (const n of sizes) {
    log(`scaling: ${n} docs (round ${round + 1} of ${repeats}) …`);
    timed.push(await measure('generated', n, 'full'));
  }
  rounds.push(timed);
}
/** A round's largest run and the time its second-largest predicts for it. */
const prediction = (round: ChildResult[]) => {
  const base = round[round.length - 2]!;
  const last = round[round.length - 1]!;
  return { base, last, predicted: base.seconds * (last.docs / base.docs) };
};
const ratioOf = (round: ChildResult[]) => {
  const { last, predicted } = prediction(round);
  return last.seconds / predicted;
};
const byRatio = [...rounds].sort((a, b) => ratioOf(a) - ratioOf(b));
const medianRound = byRatio[Math.floor(byRatio.length / 2)]!;
// Per size, the fastest run: what the gazetteer comparison below and the JSON's per-size figures use.
const scaling = sizes.map((_, i) => rounds.map((r) => r[i]!).reduce((a, b) => (b.seconds < a.seconds ? b : a)));
results.scaling = scaling;
results.scalingRounds = rounds.map((r) => ({ seconds: r.map((x) => x.seconds), ratio: ratioOf(r) }));
{
  const { base, last, predicted } = prediction(medianRound);
  const ratio = last.seconds / predicted;
  const others = byRatio.filter((r) => r !== medianRound).map((r) => `${f(ratioOf(r))}×`);
  rows.push([`scaling ${base.docs} → ${last.docs} docs`, `${f(last.seconds)} s`, `${f(predicted)} s predicted by ${base.docs} in the same round${others.length ? `; other rounds ${others.join(', ')}` : ''}`,
    `${f(ratio)}× predicted${rounds.length > 1 ? ' (median round)' : ''}`, '≤ 1.05×', ratio <= 1.05 ? 'met' : 'MISSED']);
}
// The gazetteer comparison runs at the largest size up to 10k (3k in --quick), best of as many runs
// as the full gazetteer had there: at 1k a run measures about 80 ms, and the best of three full
// runs against a single small one favoured the full gazetteer (0.71–0.83× time).
const gazetteerSize = sizes.findLastIndex((n) => n <= 10_000);
let small = await measure('generated', sizes[gazetteerSize]!, 'small-gazetteer');
for (let repeat = 1; repeat < repeats; repeat++) {
  const again = await measure('generated', sizes[gazetteerSize]!, 'small-gazetteer');
  if (again.seconds < small.seconds) small = again;
}
const fullSmallN = scaling[gazetteerSize]!;
results.gazetteerSize = { full: fullSmallN, small };
rows.push([`full gazetteer (${fullSmallN.municipalitiesInGazetteer}) vs ${small.municipalitiesInGazetteer} names, ${small.docs} docs`, `${f(fullSmallN.docsPerSecond, 0)} vs ${f(small.docsPerSecond, 0)} docs/s`,
  small.smallGazetteerApplied ? '' : 'extractor has no createExtractor: small gazetteer not applied',
  `${f(fullSmallN.seconds / small.seconds)}× time`, 'flat (≈ 1×)', small.smallGazetteerApplied ? (fullSmallN.seconds / small.seconds <= 1.25 ? 'met' : 'MISSED') : 'n/a']);

// 2. Embedded ingest into SQLite over loopback HTTP.
log('embedded ingest, 3,000 releases …');
// CPU per record says where a run stands against the target: 2,000 records/s on two cores leaves at
// most 1 ms of CPU per record over all threads (the feed site's included), and no thread may take
// more than 0.5 ms.
const perRecord = (run: EmbeddedIngestRun) => `first record stored after ${f(run.firstRecordSeconds)} s; CPU ${f((run.cpuSeconds * 1000) / run.records)} ms per record over all threads, main thread ${f((run.mainCpuSeconds * 1000) / run.records)} ms`;
// Both runs are fresh processes, start-up included. Records per second is a throughput, so the long
// run is the figure: in 3,000 releases the start-up (about 0.6 s of threads loading modules and V8
// compiling the extractor while both cores are busy) is a third of the run. The short run stays
// beside it, and is the figure of --quick.
const short = await benchEmbeddedIngestInChild(3000);
let long: EmbeddedIngestRun | undefined;
if (!quick) {
  log('embedded ingest, 20,000 releases …');
  long = await benchEmbeddedIngestInChild(20_000);
}
const judged = long ?? short;
results.embeddedIngest = judged;
if (long) results.embeddedIngestShort = short;
rows.push([`embedded ingest (${judged.records} releases, HTTP + SQLite, fresh process)`, `${f(judged.recordsPerSecond, 0)} records/s`, perRecord(judged), '', '≥ 2,000 records/s', judged.recordsPerSecond >= 2000 ? 'met' : 'MISSED']);
if (long) rows.push([`  the same, ${short.records} releases`, `${f(short.recordsPerSecond, 0)} records/s`, perRecord(short), '', '', '']);

// 3. Distributed: enqueue → PostgreSQL rows, 1 and 2 worker processes, beside BullMQ's no-op ceiling.
if (!skipDistributed) {
  log('distributed …');
  const d = await benchDistributed(quick ? 600 : 10_000, quick ? 3000 : 20_000);
  results.distributed = d;
  const viaJobs = (docsPerSecond: number, jobsPerSecond: number) => `${f(docsPerSecond, 0)} docs/s (${f(jobsPerSecond, 1)} extract jobs/s of ${d.batchSize} docs; workers warmed with ${d.warmUpDocs} docs first)`;
  rows.push(['distributed, 1 worker process', viaJobs(d.docsPerSecond1, d.jobsPerSecond1), `no-op ceiling ${f(d.noopJobsPerSecond1, 0)} jobs/s`, `${f(d.docsPerSecond1 / d.noopJobsPerSecond1)}× ceiling`, '', '']);
  rows.push(['distributed, 2 worker processes', viaJobs(d.docsPerSecond2, d.jobsPerSecond2), `no-op ceiling ${f(d.noopJobsPerSecond2, 0)} jobs/s`, `${f(d.ratio2)}× ceiling`, '≥ 0.25× ceiling', d.ratio2 >= 0.25 ? 'met' : 'MISSED']);
}

// The HTTP API: /healthz while 20 clients send 32-term searches back to back (issue 15 #5).
{
  log('API: /healthz under search load …');
  const h = await benchHealthUnderSearch({ documents: 3025, clients: 20, seconds: quick ? 4 : 15 });
  results.apiHealthUnderSearch = h;
  rows.push([`API /healthz p99 under ${h.clients} concurrent ${h.terms}-term searches (${h.documents} docs, SQLite)`,
    `${f(h.healthz.p99, 0)} ms (max ${f(h.healthz.max, 0)} ms, ${h.healthz.samples} probes)`,
    `idle /healthz p99 ${f(h.healthzIdle.p99, 1)} ms · searches ${f(h.searchesPerSecond, 1)}/s, p50 ${f(h.search.p50, 0)} ms`,
    '', '≤ 1000 ms', h.healthz.max <= 1000 ? 'met' : 'MISSED']);
}

// The run's own duration is a target too: --quick within a minute, the full run within ten.
const totalSeconds = (performance.now() - benchStart) / 1000;
const totalTarget = quick ? 60 : 600;
results.totalSeconds = totalSeconds;
rows.push([`this benchmark run${quick ? ' (--quick)' : ''}`, `${f(totalSeconds, 0)} s`, '', '', `≤ ${totalTarget} s`, totalSeconds <= totalTarget ? 'met' : 'MISSED']);

const table = new Table({ head: ['measure', 'figure', 'beside it', 'ratio', 'target', ''], style: { head: [], border: [] }, wordWrap: true, colWidths: [44, 26, 44, 18, 18, 8] });
for (const row of rows) table.push(row.map(String));
process.stdout.write(`${table.toString()}\n`);
const outDir = join(repoRoot, 'bench-results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`results written to ${file}\n`);
process.exit(0);
