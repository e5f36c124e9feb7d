/**
 * The HTTP API under search load: `lagebild serve` on an SQLite store of generated releases, clients
 * sending full-text searches of 32 prefix terms (the most the search language takes) back to back,
 * and a probe asking /healthz every 20 ms. The figure is the probe's p99: health has to answer
 * within a second whatever the searches cost (issue 15 #5).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openStore } from '@lagebild/store';
import type { LagebildRecord } from '@lagebild/schema';
import { generateReleases } from '../support/corpus.js';
import { CLI_BIN, cliNodeFlags } from './launch.js';

export interface Latencies { samples: number; p50: number; p99: number; max: number }

export interface HealthUnderSearch {
  documents: number;
  clients: number;
  terms: number;
  seconds: number;
  searches: number;
  searchesPerSecond: number;
  search: Latencies;
  healthz: Latencies;
  healthzIdle: Latencies;
}

function latencies(ms: number[]): Latencies {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { samples: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - start;
}

/** Starts `lagebild serve` (launched as users launch it) and resolves with its base URL. */
function serve(db: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...cliNodeFlags(), fileURLToPath(CLI_BIN), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /lagebild serve: (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve({ base: m[1]!, stop });
    });
    child.once('exit', (code) => reject(new Error(`lagebild serve exited with ${code}: ${out}`)));
  });
}

/** Measures /healthz while `clients` clients search `documents` generated releases for `seconds`. */
export async function benchHealthUnderSearch(options: { documents: number; clients: number; seconds: number }): Promise<HealthUnderSearch> {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-api-'));
  try {
    const lines = generateReleases(options.documents);
    const input = join(dir, 'releases.ndjson');
    const output = join(dir, 'records.ndjson');
    writeFileSync(input, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    await promisify(execFile)(process.execPath, [...cliNodeFlags(), fileURLToPath(CLI_BIN), 'extract', '--in', input, '--out', output], { maxBuffer: 1 << 26 });
    const records = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LagebildRecord);
    const db = join(dir, 'store.db');
    const store = await openStore(db);
    for (let i = 0; i < records.length; i += 500) await store.putRecords(records.slice(i, i + 500));
    await store.close();

    // The 32 most frequent words of four letters or more, as 4-letter prefixes: the most terms the
    // search takes within the API's 200 characters, and each matches many releases.
    const counts = new Map<string, number>();
    for (const l of lines) for (const w of `${l.title} ${l.text}`.toLowerCase().match(/\p{L}{4,}/gu) ?? []) counts.set(w.slice(0, 4), (counts.get(w.slice(0, 4)) ?? 0) + 1);
    const prefixes = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 32).map(([p]) => `${p}*`);
    const q = encodeURIComponent(prefixes.join(' '));

    const server = await serve(db);
    try {
      const healthUrl = `${server.base}/healthz`;
      const idle: number[] = [];
      for (let i = 0; i < 200; i++) idle.push(await timed(healthUrl));
      const searchMs: number[] = [];
      const healthMs: number[] = [];
      let running = true;
      const clients = Array.from({ length: options.clients }, async () => {
        while (running) searchMs.push(await timed(`${server.base}/documents?q=${q}&limit=50`));
      });
      const probe = (async () => {
        while (running) {
          healthMs.push(await timed(healthUrl));
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const start = performance.now();
      await new Promise((r) => setTimeout(r, options.seconds * 1000));
      running = false;
      await Promise.all([...clients, probe]);
      const seconds = (performance.now() - start) / 1000;
      return {
        documents: records.length, clients: options.clients, terms: prefixes.length, seconds, searches: searchMs.length,
        searchesPerSecond: searchMs.length / seconds, search: latencies(searchMs), healthz: latencies(healthMs), healthzIdle: latencies(idle),
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
