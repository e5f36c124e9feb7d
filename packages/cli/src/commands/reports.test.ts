import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LagebildRecord } from '@lagebild/schema';
import { openStore } from '@lagebild/store';
import { buildProgram } from '../main.js';
import { runProgram } from '../test-support/run-program.js';
import { registerAnalysisCommands } from './analysis.js';

// `lagebild reports` and the per-report exports (issue 17). Texts invented for this test.

const dir = mkdtempSync(join(tmpdir(), 'lagebild-reports-'));
const db = join(dir, 'store.db');

/** A police release with two incidents (Werne, Kamen) and a release that is one incident. */
function records(): LagebildRecord[] {
  const title = 'Pressebericht der Polizei';
  const body = '1. Einbruch in Werne\nIn Werne brachen Unbekannte in einen Kiosk ein.\n2. Diebstahl in Kamen\nIn Kamen wurde ein Fahrrad gestohlen.';
  const text = `${title}\n\n${body}`;
  const at = (needle: string, from = 0) => text.indexOf(needle, from);
  const muni = (name: string, ags: string, from = 0) => ({
    span: { start: at(name, from), end: at(name, from) + name.length, text: name }, ags, name, district: { ags: '05978', name: 'Kreis Unna' },
    state: 'NW' as const, lat: 51.6, lon: 7.6, confidence: 0.9,
  });
  const werne = muni('Werne', '05978040', at('\nIn Werne'));
  const kamen = muni('Kamen', '05978016', at('\nIn Kamen'));
  const empty = { dates: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] };
  const a = at('1. Einbruch');
  const b = at('2. Diebstahl');
  const bundled: LagebildRecord = {
    document: { id: 'pol-1', sourceId: 'polizei-unna', url: 'https://polizei.example/1', title, publishedAt: '2023-11-03T09:00:00+01:00', fetchedAt: '2023-11-03T09:01:00+01:00', text, contentHash: 'p1' },
    entities: { ...empty, municipalities: [werne, kamen] },
    extractor: { version: 'test' },
    reports: [
      { index: 0, span: { start: a, end: b - 1, text: text.slice(a, b - 1) }, title: '1. Einbruch in Werne', entities: { ...empty, municipalities: [werne] } },
      { index: 1, span: { start: b, end: text.length, text: text.slice(b) }, title: '2. Diebstahl in Kamen', entities: { ...empty, municipalities: [kamen] } },
    ],
  };
  const singleText = 'Unfall in Unna\n\nAuf der Bahnhofstraße stießen zwei Autos zusammen.';
  const single: LagebildRecord = {
    document: { id: 'pol-2', sourceId: 'polizei-unna', url: 'https://polizei.example/2', title: 'Unfall in Unna', publishedAt: '2023-11-02T09:00:00+01:00', fetchedAt: '2023-11-02T09:01:00+01:00', text: singleText, contentHash: 'p2' },
    entities: { ...empty, municipalities: [] },
    extractor: { version: 'test' },
    reports: [],
  };
  return [bundled, single];
}

const run = (program: Command, args: string[]) => runProgram(program, args);
const analysis = (): Command => {
  const program = new Command('lagebild');
  registerAnalysisCommands(program);
  return program;
};

describe('reports from the CLI', () => {
  beforeAll(async () => {
    const store = await openStore(db);
    await store.putRecords(records());
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists reports, filtered by a place in the report', async () => {
    const all = await run(buildProgram(), ['reports', '--db', db, '--json']);
    const page = JSON.parse(all.stdout) as { total: number; items: { documentId: string; index: number; whole: boolean; title: string }[] };
    expect(page.total).toBe(3);
    expect(page.items.map((r) => [r.documentId, r.index, r.whole, r.title])).toEqual([
      ['pol-1', 0, false, '1. Einbruch in Werne'], ['pol-1', 1, false, '2. Diebstahl in Kamen'], ['pol-2', 0, true, 'Unfall in Unna'],
    ]);
    const kamen = await run(buildProgram(), ['reports', '--db', db, '--place', 'Kamen']);
    expect(kamen.stdout).toContain('2. Diebstahl in Kamen');
    expect(kamen.stdout).not.toContain('1. Einbruch in Werne');
    expect(kamen.stdout).toContain('1 of 1 report(s)');
  });

  it('exports one line per report: export reports, and export documents --unit report', async () => {
    const nd = await run(analysis(), ['export', 'reports', '--format', 'ndjson', '--db', db]);
    expect(nd.error).toBeUndefined();
    expect(nd.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { title: string }).title))
      .toEqual(['1. Einbruch in Werne', '2. Diebstahl in Kamen', 'Unfall in Unna']);
    const werne = await run(analysis(), ['export', 'reports', '--format', 'csv', '--place', '05978040', '--db', db]);
    expect(werne.stdout.trim().split('\r\n')).toHaveLength(2);
    const docs = await run(analysis(), ['export', 'documents', '--format', 'csv', '--unit', 'report', '--db', db]);
    const rows = docs.stdout.trim().split('\r\n');
    expect(rows[0]).toMatch(/^document_id,report_index,whole,/);
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3).join(','))).toEqual(['pol-1,0,false', 'pol-1,1,false', 'pol-2,0,true']);
    expect((await run(analysis(), ['export', 'impacts', '--format', 'csv', '--unit', 'report', '--db', db])).error).toBeDefined();
  });
});
