import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { SourcesConfig } from '@lagebild/schema';
import { printJson, printTable, clip } from '../output.js';

// Loaded when a command runs: the pipeline takes about half a second to load.
const pipeline = () => import('@lagebild/press-releases');

/** The catalogue file a command uses: the one given, else the shipped one. */
async function catalogueFile(file: string | true | undefined): Promise<string> {
  return typeof file === 'string' ? file : fileURLToPath((await pipeline()).CATALOGUE_FILE);
}

/** Options of `lagebild ingest` that choose the sources. */
export interface IngestSelection {
  sources?: string;
  catalogue?: string | true;
  land?: string;
  kind?: string;
}

/**
 * The sources config an ingest runs: `--sources FILE`, or `--catalogue [FILE]` (default: the shipped
 * catalogue), either narrowed by `--land` and `--kind`. Throws with a message for the user when the
 * choice is missing, ambiguous or matches nothing.
 */
export async function ingestConfig(opts: IngestSelection): Promise<SourcesConfig> {
  const p = await pipeline();
  if (opts.sources !== undefined && opts.catalogue !== undefined) throw new Error('give either --sources FILE or --catalogue [FILE], not both');
  if (opts.sources === undefined && opts.catalogue === undefined) throw new Error('give --sources FILE or --catalogue [FILE] (the catalogue of real sources, with --land and --kind to pick from it)');
  const config = opts.catalogue !== undefined
    ? (await p.loadCatalogue(await catalogueFile(opts.catalogue))).config
    : await p.loadSourcesConfig(opts.sources as string);
  if (opts.land === undefined && opts.kind === undefined) return config;
  const picked = p.pickSources(config, { ...(opts.land ? { land: opts.land } : {}), ...(opts.kind ? { kind: opts.kind } : {}) });
  if (picked.sources.length === 0) {
    throw new Error(`no source matches${opts.land ? ` --land ${opts.land}` : ''}${opts.kind ? ` --kind ${opts.kind}` : ''}`);
  }
  return picked;
}

/** Adds `lagebild sources check [--sources FILE] [--only ID…] [--land XX] [--kind K] [--json]` under `sources`. */
export function registerSourcesCheck(sources: Command): void {
  sources.command('check')
    .description('check each source live (feed answers, parses, yields items) and write verified with the date back into the file')
    .option('--sources <file>', 'sources config or catalogue to check and update (default: the shipped catalogue)')
    .option('--only <ids...>', 'only these source ids')
    .option('--land <code>', 'only sources of this Land (NW, BY, ...)')
    .option('--kind <kind>', 'only sources of this kind')
    .option('--json', 'print the results as JSON')
    .action(async (_opts: unknown, command: Command) => {
      // `sources` itself has --sources and --json, and commander gives a parent's option to the parent
      // wherever it stands (`sources check --sources F --json` arrives there): read both levels.
      const opts = command.optsWithGlobals<{ sources?: string; only?: string[]; land?: string; kind?: string; json?: boolean }>();
      const p = await pipeline();
      const file = await catalogueFile(opts.sources);
      const text = await readFile(file, 'utf8');
      let config = p.parseSourcesConfig(text, file);
      if (opts.land !== undefined || opts.kind !== undefined) {
        config = p.pickSources(config, { ...(opts.land ? { land: opts.land } : {}), ...(opts.kind ? { kind: opts.kind } : {}) });
      }
      if (opts.only) {
        const unknown = opts.only.filter((id) => !config.sources.some((s) => s.id === id));
        if (unknown.length > 0) throw new Error(`unknown source ids: ${unknown.join(', ')}`);
        config = { ...config, sources: config.sources.filter((s) => opts.only?.includes(s.id)) };
      }
      if (config.sources.length === 0) throw new Error('no source to check');
      const checks = await p.checkSources(config, {
        onResult: (c) => { if (!opts.json) process.stderr.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.id}${c.ok ? ` (${c.items} items)` : `: ${c.reason ?? ''}`}\n`); },
      });
      // Written next to the file and renamed over it: an interrupted run never leaves half a file.
      const temporary = `${file}.check-${process.pid}.tmp`;
      await writeFile(temporary, p.recordChecks(text, checks));
      await rename(temporary, file);
      const ok = checks.filter((c) => c.ok).length;
      if (opts.json) printJson({ file, checked: checks.length, ok, checks });
      else {
        printTable(['source', 'ok', 'items', 'reason'], checks.map((c) => [c.id, c.ok ? 'yes' : 'no', c.items, clip(c.reason ?? '', 70)]));
        process.stdout.write(`${ok} of ${checks.length} sources answer with items; written to ${file}\n`);
      }
      if (ok < checks.length) process.exitCode = 1;
    });
}
