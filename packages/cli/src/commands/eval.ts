import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadGoldFrom } from '@lagebild/fixtures';
import {
  EVAL_KINDS, baselineOf, evaluateGold, formatReport, regressions, type Baseline, type EvalReport,
} from '@lagebild/extract';

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
  return { documents: report.documents, kinds: report.kinds, misses: report.misses, ...(failures.length ? { regressions: failures } : {}) };
}

/**
 * Registers `lagebild eval --gold DIR [--json] [--baseline FILE] [--write-baseline FILE]`: runs extraction
 * over the gold releases in DIR (`fixtures/gold`, sub-folders included), prints precision, recall and F1
 * per kind (municipalities and districts by AGS, agencies by id, dates by value, impacts by place +
 * service + status) and every miss. With `--baseline` it exits with code 1 when an F1 falls more than
 * 0.005 below the baseline's; `--write-baseline` stores the current figures as a new baseline.
 */
export function registerEvalCommand(program: Command): void {
  program.command('eval')
    .description('score extraction against hand-made gold: P/R/F1 per kind and every miss')
    .requiredOption('--gold <dir>', 'folder of gold releases (fixtures/gold), searched recursively')
    .option('--json', 'print the report as JSON')
    .option('--baseline <file>', 'fail (exit code 1) when an F1 falls more than 0.005 below this baseline')
    .option('--write-baseline <file>', 'write the current per-kind figures as a baseline')
    .action((opts: { gold: string; json?: boolean; baseline?: string; writeBaseline?: string }) => {
      const releases = loadGoldFrom(opts.gold);
      if (releases.length === 0) throw new Error(`no gold releases under ${opts.gold}`);
      const report = evaluateGold(releases);
      const failures = opts.baseline ? regressions(report, readBaseline(opts.baseline)) : [];
      if (opts.json) process.stdout.write(`${JSON.stringify(reportJson(report, failures), null, 2)}\n`);
      else {
        process.stdout.write(`${formatReport(report)}\n`);
        if (opts.baseline) {
          process.stdout.write(failures.length ? `\nbelow baseline:\n${failures.map((f) => `  ${f}`).join('\n')}\n` : '\nno kind below the baseline\n');
        }
      }
      if (opts.writeBaseline) writeFileSync(opts.writeBaseline, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
      if (failures.length > 0) process.exitCode = 1;
    });
}
