import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadGoldFrom } from '@lagebild/fixtures';
import { loadAgencyRegistry, loadGazetteer } from '@lagebild/gazetteer';
import {
  EVAL_KINDS, asOfLine, baselineOf, evaluateGold, formatReport, predictedAgencyKey, readCorpus, regressions,
  type Baseline, type EvalReport, type GoldReleaseLike,
} from '@lagebild/extract';

/** The releases of a real-text corpus folder (see `readCorpus`), with the full gazetteer and registry. */
export function loadCorpus(dir: string): GoldReleaseLike[] {
  return readCorpus(dir, loadGazetteer(), loadAgencyRegistry());
}

/** A table of P/R/F1 per set and kind. */
export function formatSetTable(rows: readonly { set: string; report: EvalReport }[]): string {
  const lines = ['set              docs  kind            precision  recall     F1     tp    fp    fn'];
  for (const { set, report } of rows) {
    for (const kind of EVAL_KINDS) {
      const s = report.kinds[kind];
      lines.push(`${set.padEnd(16)}${String(report.documents).padStart(5)}  ${kind.padEnd(16)}${s.precision.toFixed(3).padStart(9)}`
        + `${s.recall.toFixed(3).padStart(8)}${s.f1.toFixed(3).padStart(7)}${String(s.tp).padStart(7)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}`);
    }
  }
  const dated = rows.filter(({ report }) => report.asOf.dated > 0);
  if (dated.length > 0) {
    lines.push('', 'how the impacts found are dated, where the gold gives the day:');
    for (const { set, report } of dated) lines.push(`${set.padEnd(16)}${asOfLine(report.asOf)}`);
  }
  return lines.join('\n');
}

/** A baseline file (`{ kind: { precision, recall, f1 } }`), checked for the figures it needs. */
export function readBaseline(file: string): Partial<Baseline> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { f1?: unknown }>;
  for (const [kind, figures] of Object.entries(raw)) {
    if (!(EVAL_KINDS as readonly string[]).includes(kind)) continue;
    if (typeof figures?.f1 !== 'number') throw new Error(`${file}: ${kind} has no numeric f1`);
  }
  return raw as Partial<Baseline>;
}

/** The report as JSON: per-kind scores, the document count and every miss. */
function reportJson(report: EvalReport, failures: readonly string[]): unknown {
  return { documents: report.documents, kinds: report.kinds, misses: report.misses, asOf: report.asOf, ...(failures.length ? { regressions: failures } : {}) };
}

/**
 * Registers `lagebild eval --gold DIR [--json] [--baseline FILE] [--write-baseline FILE]`: runs extraction
 * over the gold releases in DIR (`fixtures/gold`, sub-folders included), prints precision, recall and F1
 * per kind (municipalities and districts by AGS, agencies by id, dates by value, impacts by place +
 * service + status) and every miss. With `--baseline` it exits with code 1 when an F1 falls more than
 * 0.005 below the baseline's; `--write-baseline` stores the current figures as a new baseline. With
 * `--corpus DIR...` (real-text sets) both take a baseline per set, keyed by the folder's name, as
 * `packages/extract/src/eval/real-baseline.json` holds them.
 */
export function registerEvalCommand(program: Command): void {
  program.command('eval')
    .description('score extraction against hand-made gold: P/R/F1 per kind and every miss')
    .option('--gold <dir>', 'folder of gold releases (fixtures/gold), searched recursively')
    .option('--corpus <dirs...>', 'real-text corpus folders with docs/ and gold/ (../shared/corpus/realtrain-east ...): one table row per folder and kind')
    .option('--json', 'print the report as JSON')
    .option('--no-misses', 'print the figures only, not every miss')
    .option('--baseline <file>', 'fail (exit code 1) when an F1 falls more than 0.005 below this baseline')
    .option('--write-baseline <file>', 'write the current per-kind figures as a baseline')
    .action((opts: { gold?: string; corpus?: string[]; json?: boolean; misses: boolean; baseline?: string; writeBaseline?: string }) => {
      if (!opts.gold && !opts.corpus?.length) throw new Error('give --gold DIR or --corpus DIR...');
      if (opts.corpus?.length) {
        const registry = loadAgencyRegistry();
        const rows = opts.corpus.map((dir) => {
          const releases = loadCorpus(dir);
          if (releases.length === 0) throw new Error(`no gold documents under ${dir}/gold`);
          return { set: dir.replace(/\/+$/, '').split('/').pop() ?? dir, report: evaluateGold(releases, { agencyKey: (a) => predictedAgencyKey(registry, a) }) };
        });
        // A corpus baseline holds one baseline per set, by the folder's name (packages/extract/src/eval/real-baseline.json).
        const baselines = opts.baseline && !opts.gold ? JSON.parse(readFileSync(opts.baseline, 'utf8')) as Record<string, Partial<Baseline>> : undefined;
        const failures = baselines ? rows.flatMap(({ set, report }) => regressions(report, baselines[set] ?? {}).map((f) => `${set}: ${f}`)) : [];
        if (opts.json) process.stdout.write(`${JSON.stringify(rows.map(({ set, report }) => ({ set, ...(reportJson(report, []) as object) })), null, 2)}\n`);
        else {
          if (opts.misses) for (const { set, report } of rows) process.stdout.write(`== ${set}\n${formatReport(report)}\n\n`);
          process.stdout.write(`${formatSetTable(rows)}\n`);
          if (baselines) process.stdout.write(failures.length ? `\nbelow baseline:\n${failures.map((f) => `  ${f}`).join('\n')}\n` : '\nno set and kind below the baseline\n');
        }
        if (!opts.gold) {
          if (opts.writeBaseline) writeFileSync(opts.writeBaseline, `${JSON.stringify(Object.fromEntries(rows.map(({ set, report }) => [set, baselineOf(report)])), null, 2)}\n`);
          if (failures.length > 0) process.exitCode = 1;
          return;
        }
      }
      const releases = loadGoldFrom(opts.gold!);
      if (releases.length === 0) throw new Error(`no gold releases under ${opts.gold}`);
      const report = evaluateGold(releases);
      const failures = opts.baseline ? regressions(report, readBaseline(opts.baseline)) : [];
      if (opts.json) process.stdout.write(`${JSON.stringify(reportJson(report, failures), null, 2)}\n`);
      else {
        process.stdout.write(`${formatReport(report, { misses: opts.misses })}\n`);
        if (opts.baseline) {
          process.stdout.write(failures.length ? `\nbelow baseline:\n${failures.map((f) => `  ${f}`).join('\n')}\n` : '\nno kind below the baseline\n');
        }
      }
      if (opts.writeBaseline) writeFileSync(opts.writeBaseline, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
      if (failures.length > 0) process.exitCode = 1;
    });
}
