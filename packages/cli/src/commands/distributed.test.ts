import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@lagebild/store';

// Redis servers of this test's own on free loopback ports: one stopped (killed by its pid), one
// running. The shared Redis on 6379 is never touched.
const bin = fileURLToPath(new URL('../../bin/lagebild.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lagebild-distributed-cli-'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function startRedis(fixedPort?: number): Promise<{ port: number; process: ChildProcess }> {
  const port = fixedPort ?? await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); }).on('error', () => resolve(false));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, process: child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

interface Run { code: number | null; stdout: string; stderr: string; killed: boolean }

/** Runs the CLI; a 60 s guard kills a hang (`killed`), which the tests treat as the failure it is. */
function lagebild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 60_000, env: { ...process.env, ...env, REDIS_URL: '', DATABASE_URL: '' } }, (error, stdout, stderr) => {
      const e = error as (Error & { code?: number; killed?: boolean }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout, stderr, killed: e?.killed ?? false });
    });
  });
}

let stopped: { port: number; process: ChildProcess };
let running: { port: number; process: ChildProcess };

beforeAll(async () => {
  [stopped, running] = await Promise.all([startRedis(), startRedis()]);
  // A Redis that was there and is gone: the port refuses connections.
  await stop(stopped.process);
});

afterAll(async () => {
  await stop(running.process);
  rmSync(dir, { recursive: true, force: true });
});

const line = (id: string) => JSON.stringify({ id, title: 'Standesamt Werne', text: 'Das Standesamt der Stadt Werne ist geschlossen.', published: '2023-11-06' });

describe('distributed commands with Redis down (issue 15 #4)', () => {
  it.each([
    ['enqueue', () => { const f = join(dir, 'docs.ndjson'); writeFileSync(f, `${line('a')}\n`); return ['enqueue', '--in', f]; }],
    ['queues', () => ['queues']],
    ['ingest --distributed', () => {
      const f = join(dir, 'sources.json');
      writeFileSync(f, JSON.stringify({ userAgent: 'lagebild-test', allowHosts: ['127.0.0.1'], sources: [{ id: 'x', kind: 'police', name: 'X', feed: { type: 'rss', url: 'http://127.0.0.1:9/feed' } }] }));
      return ['ingest', '--distributed', '--sources', f, '--db', join(dir, 'ingest.db')];
    }],
  ])('%s ends with a clear error and a non-zero exit instead of waiting forever', async (_name, args) => {
    const run = await lagebild([...args(), '--redis', `redis://127.0.0.1:${stopped.port}`]);
    expect(run.killed).toBe(false);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`Redis at redis://127.0.0.1:${stopped.port}`);
    expect(run.stderr).toMatch(/is not reachable/);
  }, 70_000);
});

describe('enqueue with invalid lines (issue 15 #7)', () => {
  it('quarantines each invalid line in the store with file, line and reason, and exits non-zero', async () => {
    const input = join(dir, 'mixed.ndjson');
    const db = join(dir, 'mixed.db');
    writeFileSync(input, [line('ok-1'), '{"id": "broken"', JSON.stringify({ title: 'ohne id', text: 'x' }), line('ok-2')].join('\n'));
    const run = await lagebild(['enqueue', '--in', input, '--db', db, '--redis', `redis://127.0.0.1:${running.port}`]);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/enqueued 2 documents/);
    expect(run.stderr).toMatch(/2 lines quarantined/);
    const store = await openStore(db);
    try {
      const items = await store.listQuarantine({ sourceId: 'batch' });
      expect(items.map((q) => q.reason).sort()).toEqual([
        expect.stringMatching(new RegExp(`mixed\\.ndjson:2: not valid JSON`)),
        expect.stringMatching(new RegExp(`mixed\\.ndjson:3: id: `)),
      ]);
      expect(items.every((q) => q.stage === 'extract')).toBe(true);
    } finally {
      await store.close();
    }
  }, 70_000);
});

describe('a worker through a Redis outage (issue 15 #9)', () => {
  it('logs the outage once and once more when Redis is back, not every reconnect attempt', async () => {
    let redis = await startRedis();
    const worker = spawn(process.execPath, [bin, 'worker', '--redis', `redis://127.0.0.1:${redis.port}`, '--db', join(dir, 'worker.db'), '--stages', 'extract', 'store'], {
      env: { ...process.env, REDIS_URL: '', DATABASE_URL: '', LAGEBILD_LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    const lines: { level: number; msg: string }[] = [];
    const waiters: { match: RegExp; resolve: () => void }[] = [];
    let buffer = '';
    worker.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const text = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        try {
          const line = JSON.parse(text) as { level: number; msg: string };
          lines.push(line);
          for (const w of waiters.filter((x) => x.match.test(line.msg))) w.resolve();
        } catch {
          lines.push({ level: 50, msg: text });
        }
      }
    });
    const logged = (match: RegExp) => new Promise<void>((resolve) => {
      if (lines.some((l) => match.test(l.msg))) resolve();
      else waiters.push({ match, resolve });
    });
    try {
      await logged(/worker started/);
      const before = lines.length;
      await stop(redis.process);
      // Long enough for many reconnect attempts of each of the worker's connections.
      await new Promise((r) => setTimeout(r, 4000));
      redis = await startRedis(redis.port);
      // Back: the worker says so (a guard of 20 s keeps a worker that does not from hanging the test).
      await Promise.race([logged(/Redis available again/), new Promise((r) => setTimeout(r, 20_000))]);
      const during = lines.slice(before);
      expect(during.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([expect.stringMatching(/^Redis unavailable; retrying/)]);
      expect(during.map((l) => l.msg)).toContain('Redis available again');
    } finally {
      const exited = new Promise((r) => worker.once('exit', r));
      worker.kill('SIGTERM');
      await exited;
      await stop(redis.process);
    }
  }, 90_000);
});
