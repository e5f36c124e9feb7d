import { createRequire } from 'node:module';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SERVICE_STATUSES, SERVICES } from '@lagebild/schema';
import type { QueryFilter, SourceHealth } from '@lagebild/store';
import { fileURLToPath } from 'node:url';
import { dbOption, storeLocation, withStore } from './defaults.js';
import { clip, printJson, printTable } from './output.js';
import { printSituation } from './commands/situation.js';
import { ingestDistributed, registerDistributedCommands } from './commands/distributed.js';
import { registerAnalysisCommands } from './commands/analysis.js';
import { registerEvalCommand } from './commands/eval.js';
import { ingestConfig, registerSourcesCheck } from './commands/catalogue.js';
import { isoDay } from './options.js';

// The pipeline (fetching, extraction: about half a second to load) and the fixture sites load when a
// command that needs them runs: every command builds the whole program, and most only read the store.
const pipeline = () => import('@lagebild/press-releases');
const ingestCommand = () => import('./commands/ingest.js');
const startFixtureServer: typeof import('@lagebild/fixtures').startFixtureServer = async (...args) =>
  (await import('@lagebild/fixtures')).startFixtureServer(...args);

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0 = any free port)');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}




/** Builds the `lagebild` command tree. */
export function buildProgram(): Command {
  const program = new Command('lagebild')
    .description('German public-sector press releases → situation picture: places, agencies, dates and service impacts.')
    .version(version)
    .showHelpAfterError();

  program.command('ingest')
    .description('fetch every source of a sources config (or of the catalogue), extract, and store (embedded runner)')
    .option('--sources <file>', 'sources config (JSON, design.md §3)')
    .option('--catalogue [file]', 'pick the sources from the catalogue of real sources (default: pipelines/press-releases/config/catalogue.json)')
    .option('--land <code>', 'only sources of this Land (NW, BY, ...)')
    .option('--kind <kind>', 'only sources of this kind (police, prosecutor, city, ...)')
    .addOption(dbOption())
    .option('--only <ids...>', 'only these source ids')
    .option('--concurrency <n>', 'articles in flight', positiveInt)
    .option('--json', 'print the run summary as JSON')
    .option('--distributed', 'enqueue the polls for BullMQ workers (lagebild worker) instead of running in-process')
    .option('--redis <url>', 'Redis URL for --distributed')
    .action(async (opts: { sources?: string; catalogue?: string | true; land?: string; kind?: string; db?: string; only?: string[]; concurrency?: number; json?: boolean; distributed?: boolean; redis?: string }) => {
      const config = await ingestConfig(opts);
      if (opts.distributed) {
        await ingestDistributed(config, { ...(opts.redis ? { redis: opts.redis } : {}), ...(opts.only ? { only: opts.only } : {}) });
        await withStore(opts.db, async (store) => {
          const stats = await store.stats();
          if (opts.json) printJson(stats);
          else process.stdout.write(`stored: ${stats.documents} documents, ${stats.serviceImpacts} impacts, ${stats.quarantined} quarantined (lagebild stats for details)
`);
        });
        return;
      }
      const { printIngestReport, runIngest } = await ingestCommand();
      // SQLite in a thread of its own: this thread fetches, and no batch's transaction holds up its timers.
      await withStore(opts.db, async (store) => {
        const run = await runIngest(config, store, {
          ...(opts.only ? { only: opts.only } : {}), ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
        });
        if (opts.json) printJson(run.summary);
        else await printIngestReport(config, run, store);
      }, { thread: true });
    });

  program.command('demo')
    .description('start the fixture server on a free loopback port, ingest its sources, print what was found')
    .addOption(dbOption())
    .option('--port <n>', 'fixture server port (default: 47311, or a free one when taken; 0 = any)', port)
    .action(async (opts: { db?: string; port?: number }) => {
      const server = await startDemoServer(opts.port);
      try {
        const [{ CONFIG_FILES, loadSourcesConfig }, { printIngestReport, runIngest }] = await Promise.all([pipeline(), ingestCommand()]);
        const config = await loadSourcesConfig(fileURLToPath(CONFIG_FILES.fixtures), { BASE_URL: server.baseUrl });
        process.stdout.write(`lagebild demo: fixture server at ${server.baseUrl}, ${config.sources.length} sources, store ${storeLocation(opts.db)}\n\n`);
        await withStore(opts.db, async (store) => {
          const run = await runIngest(config, store);
          await printIngestReport(config, run, store);
          await printSituation(store);
        });
        process.stdout.write('\nNext: lagebild query --municipality Werne · lagebild stats --json · lagebild sources\n');
      } finally {
        await server.close();
      }
    });

  program.command('extract')
    .description('batch extraction: NDJSON lines { id, url?, title?, text, published? } → one Record per line, in order')
    .requiredOption('--in <file>', 'input NDJSON')
    .requiredOption('--out <file>', 'output NDJSON of Records')
    .action(async (opts: { in: string; out: string }) => {
      const { extractBatch } = await import('./commands/extract.js');
      const result = await extractBatch(opts.in, opts.out, {
        onProgress: (lines) => { if (process.stderr.isTTY) process.stderr.write(`\rextract: ${lines} lines`); },
      });
      if (process.stderr.isTTY) process.stderr.write('\r');
      process.stderr.write(`extract: ${result.records} records written to ${opts.out}\n`);
      if (result.quarantined > 0) {
        for (const q of result.samples) {
          process.stderr.write(`extract: ${opts.in}:${q.line}${q.id ? ` (id ${q.id})` : ''} quarantined: ${q.reason}\n`);
        }
        process.stderr.write(`extract: ${result.quarantined} lines quarantined, listed in ${result.quarantineFile}\n`);
      }
    });

  program.command('query')
    .description('find stored releases by place, agency, service, status and date')
    .addOption(dbOption())
    .option('--municipality <ags|name>', 'municipality AGS (8 digits) or name')
    .option('--district <ags|name>', 'district AGS (5 digits) or name; includes its municipalities')
    .option('--agency <id|name>', 'agency id (e.g. zac-nrw) or name')
    .addOption(new Option('--service <service>', 'affected service').choices(SERVICES))
    .addOption(new Option('--status <status>', 'service status').choices(SERVICE_STATUSES))
    .option('--from <date>', 'from YYYY-MM-DD (inclusive)', isoDay)
    .option('--to <date>', 'to YYYY-MM-DD (inclusive)', isoDay)
    .option('--source <id>', 'source id')
    .option('--text <words>', 'substring of title or text')
    .option('--limit <n>', 'at most n releases (default 100)', positiveInt)
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { db?: string; municipality?: string; district?: string; agency?: string; service?: QueryFilter['service']; status?: QueryFilter['status']; from?: string; to?: string; source?: string; text?: string; limit?: number; json?: boolean }) => {
      const filter: QueryFilter = {
        ...(opts.municipality ? { municipality: opts.municipality } : {}),
        ...(opts.district ? { district: opts.district } : {}),
        ...(opts.agency ? { agency: opts.agency } : {}),
        ...(opts.service ? { service: opts.service } : {}),
        ...(opts.status ? { status: opts.status } : {}),
        ...(opts.from ? { from: opts.from } : {}),
        ...(opts.to ? { to: opts.to } : {}),
        ...(opts.source ? { sourceId: opts.source } : {}),
        ...(opts.text ? { text: opts.text } : {}),
        ...(opts.limit ? { limit: opts.limit } : {}),
      };
      await withStore(opts.db, async (store) => {
        const hits = await store.query(filter);
        if (opts.json) return printJson(hits);
        printTable(['published', 'source', 'title', 'municipalities', 'agencies', 'impacts'], hits.map((h) => [
          h.publishedAt?.slice(0, 16).replace('T', ' ') ?? 'undated', h.sourceId, clip(h.title, 50),
          clip(h.municipalities.map((m) => `${m.name} (${m.ags})`).join(', '), 40),
          clip(h.agencies.map((a) => a.id).join(', '), 40),
          clip(h.impacts.map((i) => `${i.place?.name ?? '?'}: ${i.service} ${i.status}`).join('; '), 60),
        ]));
        process.stdout.write(`${hits.length} release(s)\n`);
      });
    });

  program.command('reports')
    .description('list reports: one per incident of the stored releases (a release that is one incident as one report)')
    .addOption(dbOption())
    .option('--place <ags|name>', 'a place the report mentions: municipality AGS, district AGS or name')
    .option('--from <date>', 'from YYYY-MM-DD (publication, or a date or impact in the report; inclusive)', isoDay)
    .option('--to <date>', 'to YYYY-MM-DD (inclusive)', isoDay)
    .option('--text <words>', "substring of the report's own text")
    .option('--source <id>', 'source id')
    .option('--document <id>', 'only the reports of this release')
    .option('--limit <n>', 'at most n reports (default 100)', positiveInt)
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { db?: string; place?: string; from?: string; to?: string; text?: string; source?: string; document?: string; limit?: number; json?: boolean }) => {
      await withStore(opts.db, async (store) => {
        const page = await store.listReports({
          ...(opts.place ? { place: opts.place } : {}),
          ...(opts.from ? { from: opts.from } : {}),
          ...(opts.to ? { to: opts.to } : {}),
          ...(opts.text ? { text: opts.text } : {}),
          ...(opts.source ? { sourceId: opts.source } : {}),
          ...(opts.document ? { documentId: opts.document } : {}),
          ...(opts.limit ? { limit: opts.limit } : {}),
        });
        if (opts.json) return printJson(page);
        printTable(['published', 'source', 'document', '#', 'report', 'municipalities', 'dates'], page.items.map((r) => [
          r.publishedAt?.slice(0, 16).replace('T', ' ') ?? 'undated', r.sourceId, clip(r.documentId, 30), r.whole ? '-' : String(r.index),
          clip(r.title, 50),
          clip([...new Map(r.entities.municipalities.map((m) => [m.ags, `${m.name} (${m.ags})`])).values()].join(', '), 40),
          clip([...new Set(r.entities.dates.map((d) => d.value.slice(0, 10)))].join(', '), 30),
        ]));
        process.stdout.write(`${page.items.length} of ${page.total} report(s)\n`);
      });
    });

  program.command('stats')
    .description('counts of stored documents, mentions, impacts and quarantined items, overall and per source')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withStore(opts.db, async (store) => {
        const stats = await store.stats();
        if (opts.json) return printJson(stats);
        const row = (name: string, s: typeof stats.perSource[string]) => [name, s.documents, s.municipalities, s.districts, s.agencies, s.dates, s.serviceImpacts, s.contacts, s.quarantined];
        printTable(['source', 'documents', 'municipalities', 'districts', 'agencies', 'dates', 'impacts', 'contacts', 'quarantined'],
          [...Object.entries(stats.perSource).map(([id, s]) => row(id, s)), row('all', stats)]);
      });
    });

  const sources = program.command('sources')
    .description("each source's health: last success, last error, items per poll (`sources check`: check the sources live)")
    .addOption(dbOption())
    .option('--sources <file>', 'also list configured sources that never ran')
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; sources?: string; json?: boolean }) => {
      const config = opts.sources ? await (await pipeline()).loadSourcesConfig(opts.sources, { BASE_URL: 'http://127.0.0.1' }) : undefined;
      await withStore(opts.db, async (store) => {
        const health = await store.sourceHealth();
        const known = new Set(health.map((h) => h.sourceId));
        const never: SourceHealth[] = (config?.sources ?? []).filter((s) => !known.has(s.id)).map((s) => ({
          sourceId: s.id, runs: 0, itemsLastPoll: 0, storedLastPoll: 0, quarantinedLastPoll: 0, notModifiedLastPoll: false, documents: 0, consecutiveZeroYield: 0,
        }));
        const all = [...health, ...never];
        if (opts.json) return printJson(all);
        printTable(['source', 'runs', 'last success', 'last poll', 'last error', 'zero-yield polls', 'documents'], all.map((h) => [
          h.sourceId, h.runs, h.lastSuccessAt ?? '-',
          h.runs === 0 ? 'never' : h.notModifiedLastPoll ? 'unchanged (304)' : `${h.itemsLastPoll} items, ${h.storedLastPoll} new, ${h.quarantinedLastPoll} quarantined`,
          h.lastError ? clip(`${h.lastErrorAt ?? ''} ${h.lastErrorCode ? `[${h.lastErrorCode}] ` : ''}${h.lastError}`, 60) : '-',
          h.consecutiveZeroYield, h.documents,
        ]));
        for (const warning of healthWarnings(all)) process.stderr.write(`warning: ${warning}\n`);
      });
    });

  registerSourcesCheck(sources);

  program.command('quarantine')
    .description('list inputs that could not be processed, with source and reason')
    .addOption(dbOption())
    .option('--source <id>', 'only this source')
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; source?: string; json?: boolean }) => {
      await withStore(opts.db, async (store) => {
        const items = await store.listQuarantine(opts.source ? { sourceId: opts.source } : {});
        if (opts.json) return printJson(items);
        printTable(['at', 'source', 'stage', 'url', 'reason'], items.map((q) => [q.at.slice(0, 16), q.sourceId, q.stage, clip(q.url ?? '', 50), clip(q.reason, 70)]));
      });
    });

  program.command('fixtures')
    .description('serve the fixture sites on loopback until interrupted (for `ingest --sources` runs by hand)')
    .option('--port <n>', 'port (default: a free one)', port)
    .action(async (opts: { port?: number }) => {
      const server = await startFixtureServer(opts.port !== undefined ? { port: opts.port } : {});
      process.stdout.write(`fixture server at ${server.baseUrl} — config: pipelines/press-releases/config/sources.fixtures.json with {{BASE_URL}} = ${server.baseUrl}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => { void server.close().then(resolve); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });

  registerDistributedCommands(program);
  registerAnalysisCommands(program);
  registerEvalCommand(program);
  return program;
}

/** Sources an analyst should look at: polls that keep yielding nothing, or pages whose structure changed. */
export function healthWarnings(health: readonly SourceHealth[]): string[] {
  const warnings: string[] = [];
  for (const h of health) {
    if (h.lastErrorCode === 'feed-parse' || h.lastErrorCode === 'no-items') {
      warnings.push(`${h.sourceId}: the page structure seems to have changed (${h.lastErrorCode}): check the feed URL and selectors`);
    } else if (h.consecutiveZeroYield >= 3) {
      warnings.push(`${h.sourceId}: ${h.consecutiveZeroYield} polls in a row yielded nothing${h.lastError ? ` (last error: ${h.lastError})` : ''}`);
    }
  }
  return warnings;
}

/** The demo's fixture server: a fixed port keeps URLs (and so stored quarantine entries) stable across runs. */
async function startDemoServer(port: number | undefined) {
  try {
    return await startFixtureServer({ port: port ?? 47311 });
  } catch (error) {
    if (port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startFixtureServer({ port: 0 });
  }
}

/** Entry point of the `lagebild` binary. */
export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
