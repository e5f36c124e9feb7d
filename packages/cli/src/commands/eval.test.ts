import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { runProgram } from '../test-support/run-program.js';
import { registerEvalCommand } from './eval.js';

// A corpus folder of one release written for this test, in the shape of ../shared/corpus/realtrain-east.
const root = mkdtempSync(join(tmpdir(), 'lagebild-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const corpus = join(root, 'mini');
mkdirSync(join(corpus, 'docs'), { recursive: true });
mkdirSync(join(corpus, 'gold'), { recursive: true });
writeFileSync(join(corpus, 'docs', '001.json'), JSON.stringify({
  id: '001', source_url: 'https://example.invalid/1', publisher: 'Stadt Werne', publisher_kind: 'city', published: '2023-11-06', title: null,
  text: 'Werne. Das Standesamt der Stadt Werne bleibt am Montag, 6. November 2023, geschlossen.',
}));
writeFileSync(join(corpus, 'gold', '001.json'), JSON.stringify({
  municipalities: ['Werne'], districts: [], agencies: [], dates: ['2023-11-06'],
  service_impacts: [{ municipality: 'Werne', service: 'Standesamt', status: 'geschlossen', service_key: 'civil-registry', status_key: 'outage', place_kind: 'municipality', place_name: 'Werne' }],
  notes: 'written for this test',
}));

function program(): Command {
  const p = new Command();
  registerEvalCommand(p);
  return p;
}

describe('lagebild eval --corpus with baselines', () => {
  it('writes one baseline per set and checks each set against its own', async () => {
    const baseline = join(root, 'baseline.json');
    const written = await runProgram(program(), ['eval', '--no-misses', '--corpus', corpus, '--write-baseline', baseline]);
    expect(written.error).toBeUndefined();
    const figures = JSON.parse(readFileSync(baseline, 'utf8')) as Record<string, Record<string, { f1: number }>>;
    expect(Object.keys(figures)).toEqual(['mini']);
    expect(figures['mini']!['impacts']!.f1).toBe(1);

    const met = await runProgram(program(), ['eval', '--no-misses', '--corpus', corpus, '--baseline', baseline]);
    expect(met.stdout).toContain('no set and kind below the baseline');

    process.exitCode = undefined;
    writeFileSync(baseline, JSON.stringify({ mini: { ...figures['mini'], municipalities: { precision: 1, recall: 1, f1: 1.5 } } }));
    const missed = await runProgram(program(), ['eval', '--no-misses', '--corpus', corpus, '--baseline', baseline]);
    expect(missed.stdout).toMatch(/below baseline:\n {2}mini: municipalities/u);
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
  });
});
