import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LagebildRecord } from '@lagebild/schema';
import { openStore } from '@lagebild/store';
import { verifySignature } from '@lagebild/api';
import { registerAnalysisCommands, renderStatus } from './analysis.js';
import { runProgram } from '../test-support/run-program.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-analysis-'));
const db = join(dir, 'store.db');

/** One release: Werne's registry office out since 2 November. */
function record(): LagebildRecord {
  const title = 'Werne: Standesamt ohne Software';
  const body = 'In Werne fällt seit Donnerstag die Software des Standesamts aus.';
  const text = `${title}\n\n${body}`;
  const evidence = 'fällt seit Donnerstag die Software des Standesamts aus';
  const start = text.indexOf(evidence);
  return {
    document: {
      id: 'werne-1', sourceId: 'stadt-werne', url: 'https://www.werne.example/presse/1', title, publishedAt: '2023-11-02T15:30:00+01:00',
      fetchedAt: '2023-11-02T15:31:00+01:00', text, contentHash: 'h1',
    },
    entities: {
      dates: [], municipalities: [], districts: [], agencies: [], contacts: [],
      serviceImpacts: [{
        span: { start, end: start + evidence.length, text: evidence }, municipality: { ags: '05978040', name: 'Werne' },
        service: 'civil-registry', status: 'outage', asOf: '2023-11-02', since: '2023-11-02', confidence: 0.8,
      }],
    },
    extractor: { version: 'test' },
  };
}

async function run(args: string[]): Promise<{ stdout: string; error?: unknown }> {
  const program = new Command('lagebild');
  registerAnalysisCommands(program);
  return runProgram(program, args);
}

describe('analysis commands', () => {
  beforeAll(async () => {
    const store = await openStore(db);
    await store.putRecord(record());
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  it('prints the status table with since, evidence and numbered URLs', async () => {
    const { stdout, error } = await run(['status', '--as-of', '2023-11-06', '--db', db]);
    expect(error).toBeUndefined();
    expect(stdout).toMatch(/^Status as of 2023-11-06: 1 service\(s\) in 1 place\(s\)/);
    expect(stdout).toMatch(/Werne \(05978040\)\s+│ civil-registry\s+│ outage\s+│ 2023-11-02 │ „fällt seit Donnerstag die Software des Standesamts aus“/);
    expect(stdout).toMatch(/stadt-werne \[1\]/);
    expect(stdout).toContain('[1] https://www.werne.example/presse/1');
    expect((await run(['status', '--as-of', '2023-11-01', '--db', db])).stdout).toBe('Status as of 2023-11-01: 0 service(s) in 0 place(s)\n');
  });

  it('prints JSON, CSV and GeoJSON', async () => {
    const json = JSON.parse((await run(['status', '--as-of', '2023-11-06', '--db', db, '--json'])).stdout) as { items: { status: string }[] };
    expect(json.items.map((e) => e.status)).toEqual(['outage']);
    expect((await run(['status', '--as-of', '2023-11-06', '--db', db, '--format', 'csv'])).stdout).toMatch(/^as_of_date,place_kind/);
    const geo = JSON.parse((await run(['status', '--as-of', '2023-11-06', '--db', db, '--format', 'geojson'])).stdout) as { features: { geometry: { coordinates: number[] } }[] };
    expect(geo.features[0]!.geometry.coordinates[0]).toBeLessThan(geo.features[0]!.geometry.coordinates[1]!);
    const shape = JSON.parse((await run(['status', '--as-of', '2023-11-06', '--db', db, '--format', 'geojson', '--geometry', 'shape'])).stdout) as {
      features: { id: string; geometry: { type: string } }[];
    };
    expect(shape.features.map((f) => [f.id, f.geometry.type])).toEqual([['05978040', expect.stringMatching(/^(Polygon|MultiPolygon)$/)]]);
    expect((await run(['status', '--as-of', '2023-11-06', '--db', db, '--format', 'geojson', '--geometry', 'polygon'])).error).toBeDefined();
    expect((await run(['status', '--as-of', '2023-11-06', '--db', db, '--format', 'csv', '--geometry', 'shape'])).error).toBeDefined();
    const exported = JSON.parse((await run(['export', 'status', '--format', 'geojson', '--geometry', 'shape', '--as-of', '2023-11-06', '--db', db])).stdout) as {
      features: { id: string; geometry: { type: string } }[];
    };
    expect(exported.features.map((f) => f.geometry.type)).toEqual([shape.features[0]!.geometry.type]);
    expect((await run(['export', 'status', '--format', 'csv', '--geometry', 'shape', '--db', db])).error).toBeDefined();
  });

  it('validates its arguments', async () => {
    expect((await run(['status', '--as-of', '6.11.2023', '--db', db])).error).toBeDefined();
    expect((await run(['status', '--district', '5978', '--db', db])).error).toBeDefined();
    expect((await run(['status', '--state', 'XX', '--db', db])).error).toBeDefined();
    expect((await run(['status', '--district', '05978', '--state', 'NW', '--db', db])).error).toBeDefined();
    expect((await run(['incident', 'nope', '--db', db])).error).toBeDefined();
    expect((await run(['watch', '--district', '05978', '--webhook', 'http://127.0.0.1:9/', '--db', db])).error).toBeDefined();
    expect((await run(['serve', '--cors', 'https://x.example/path', '--db', db])).error).toBeDefined();
  });

  it('watch --once posts a signed event to a loopback receiver and remembers it', async () => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      request.on('end', () => { received.push({ headers: request.headers, body }); response.writeHead(204).end(); });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const webhook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const file = join(dir, 'delivered.txt');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const args = ['watch', '--district', '05978', '--webhook', webhook, '--secret', 's3', '--once', '--include-existing', '--delivered-file', file, '--db', db];
      expect((await run(args)).stdout).toBe('lagebild watch: 1 event(s) delivered\n');
      expect(received).toHaveLength(1);
      expect(verifySignature('s3', received[0]!.headers['x-lagebild-signature'] as string, received[0]!.body)).toBe(true);
      expect(JSON.parse(received[0]!.body)).toMatchObject({ type: 'outage', impact: { service: 'civil-registry', place: { ags: '05978040' } } });
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
      expect((await run(args)).stdout).toBe('lagebild watch: 0 event(s) delivered\n');
      expect(received).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('renders an empty status as a single line', () => {
    expect(renderStatus([], '2023-11-06')).toBe('Status as of 2023-11-06: 0 service(s) in 0 place(s)\n');
  });
});

describe('analysis commands with undated releases', () => {
  const undatedDb = join(dir, 'undated.db');
  /** Undated; names the provider and the day (8 November 2023) its impact holds. */
  function undated(): LagebildRecord {
    const title = 'Werne: Standesamt nach Cyberangriff geschlossen';
    const body = 'Das Standesamt in Werne bleibt am 8. November 2023 nach dem Cyberangriff auf die Südwestfalen-IT geschlossen.';
    const text = `${title}\n\n${body}`;
    const span = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, text: needle });
    return {
      document: {
        id: 'werne-undated', sourceId: 'stadt-werne', url: 'https://www.werne.example/presse/u', title,
        fetchedAt: '2026-05-04T09:00:00+02:00', text, contentHash: 'hu',
      },
      entities: {
        dates: [{ span: span('8. November 2023'), value: '2023-11-08', precision: 'day', implied: [] }],
        municipalities: [], districts: [], contacts: [],
        agencies: [{ span: span('Südwestfalen-IT'), id: 'suedwestfalen-it', name: 'Südwestfalen-IT', kind: 'it-provider', confidence: 0.95 }],
        serviceImpacts: [{
          span: span('Das Standesamt in Werne bleibt am 8. November 2023'), municipality: { ags: '05978040', name: 'Werne' },
          service: 'civil-registry', status: 'outage', asOf: '2023-11-08', confidence: 0.8,
        }],
      },
      extractor: { version: 'test' },
    };
  }
  /** Undated, no date in the text: its impact has no asOf. */
  function bare(): LagebildRecord {
    const title = 'Kamen: Bürgerbüro nicht erreichbar';
    const body = 'Das Bürgerbüro in Kamen ist nicht erreichbar.';
    const text = `${title}\n\n${body}`;
    const evidence = 'Das Bürgerbüro in Kamen ist nicht erreichbar';
    const start = text.indexOf(evidence);
    return {
      document: {
        id: 'kamen-undated', sourceId: 'stadt-kamen', url: 'https://www.kamen.example/presse/u', title,
        fetchedAt: '2026-05-03T09:00:00+02:00', text, contentHash: 'hk',
      },
      entities: {
        dates: [], municipalities: [], districts: [], agencies: [], contacts: [],
        serviceImpacts: [{
          span: { start, end: start + evidence.length, text: evidence }, municipality: { ags: '05978016', name: 'Kamen' },
          service: 'citizens-office', status: 'outage', confidence: 0.7,
        }],
      },
      extractor: { version: 'test' },
    };
  }

  beforeAll(async () => {
    const store = await openStore(undatedDb);
    await store.putRecords([record(), undated(), bare()]);
    await store.close();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows an undated release in an incident as the day its text names, marked undated', async () => {
    const list = JSON.parse((await run(['incidents', '--db', undatedDb, '--json'])).stdout) as { id: string; timeline: { documentId: string }[] }[];
    const incident = list.find((i) => i.timeline.some((t) => t.documentId === 'werne-undated'))!;
    const { stdout, error } = await run(['incident', incident.id, '--db', undatedDb]);
    expect(error).toBeUndefined();
    expect(stdout).toContain('2023-11-08 (undated)');
    expect(stdout).not.toMatch(/202[4-9]-|203\d-/);
  });

  it('exports undated documents and impacts with empty cells and absent keys, and leaves impacts without asOf out of status', async () => {
    const documents = (await run(['export', 'documents', '--format', 'csv', '--db', undatedDb])).stdout.trim().split('\r\n');
    expect(documents.find((l) => l.startsWith('kamen-undated,'))!.split(',')[2]).toBe('');
    const impacts = (await run(['export', 'impacts', '--format', 'ndjson', '--db', undatedDb])).stdout.trim().split('\n')
      .map((l) => JSON.parse(l) as { documentId: string; asOf?: string; publishedAt?: string });
    const kamen = impacts.find((i) => i.documentId === 'kamen-undated')!;
    expect(kamen).not.toHaveProperty('asOf');
    expect(kamen).not.toHaveProperty('publishedAt');
    expect(impacts.at(-1)!.documentId).toBe('kamen-undated');
    const status = (await run(['status', '--as-of', '2026-05-05', '--db', undatedDb])).stdout;
    expect(status).not.toContain('Kamen');
    expect(status).toContain('Werne');
  });
});
