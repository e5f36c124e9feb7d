import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { GeometryKind, Incident, ServiceStatusEntry, SourceKindOf, WatchEvent } from '@lagebild/api';
import { SERVICE_STATUSES, SERVICES, STATES, type Service, type ServiceStatus, type SourceKind } from '@lagebild/schema';
import { openStore, reportRowsOf, type QueryFilter, type Store } from '@lagebild/store';
import { dbOption, storeLocation, withStore } from '../defaults.js';
import { clip, printJson, printTable, renderTable } from '../output.js';
import { isoDay } from '../options.js';

// The API package (and, for source kinds, the pipeline's configs) load when a command runs, not
// when the program is built: every `lagebild` command builds the whole program first.
const api = () => import('@lagebild/api');

/**
 * The situation picture on the command line: status, incidents, incident, export, serve and watch.
 * Registered on the program with {@link registerAnalysisCommands}.
 */

const STATE_CODES: readonly string[] = Object.values(STATES);

function municipalityAgs(value: string): string {
  if (!/^\d{8}$/.test(value)) throw new InvalidArgumentError('expected an 8-digit municipality AGS');
  return value;
}
function districtAgs(value: string): string {
  if (!/^\d{5}$/.test(value)) throw new InvalidArgumentError('expected a 5-digit district AGS (e.g. 05978 for Kreis Unna)');
  return value;
}
function stateCode(value: string): string {
  const code = value.toUpperCase();
  if (!STATE_CODES.includes(code)) throw new InvalidArgumentError(`expected a Land code: ${STATE_CODES.join(', ')}`);
  return code;
}
function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0 = any free port)');
  return n;
}
/** Durations like 30s, 5m, 1h → milliseconds. */
function duration(value: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(value);
  if (!match) throw new InvalidArgumentError('expected a duration like 30s, 5m or 1h');
  const n = Number(match[1]);
  const ms = n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  if (ms < 1000) throw new InvalidArgumentError('the interval must be at least 1s');
  return ms;
}

const sourcesOption = () => new Option('--sources <file>', 'sources config whose kinds label the timeline (default: $LAGEBILD_SOURCES, else the shipped configs)');


/** Source kinds from the given config, else from the shipped configs; ids not found there are guessed. */
async function kindsFor(file: string | undefined): Promise<SourceKindOf> {
  const path = file ?? process.env.LAGEBILD_SOURCES;
  const [{ CONFIG_FILES, loadSourcesConfig }, { sourceKinds }] = await Promise.all([import('@lagebild/press-releases'), api()]);
  const files = path ? [path] : [fileURLToPath(CONFIG_FILES.real), fileURLToPath(CONFIG_FILES.fixtures)];
  const known: { id: string; kind: SourceKind }[] = [];
  for (const f of files) {
    try {
      known.push(...(await loadSourcesConfig(f, { BASE_URL: 'http://127.0.0.1' })).sources);
    } catch (error) {
      if (path) throw error;
    }
  }
  return sourceKinds(known);
}

/** Where a place lies, for the table: "Werne (05978040)". */
const placeLabel = (e: ServiceStatusEntry): string => `${e.place.name} (${e.place.ags})`;

/** The status table: one row per place and service, evidence URLs as numbered notes below. */
export function renderStatus(entries: readonly ServiceStatusEntry[], asOf: string): string {
  const places = new Set(entries.map((e) => e.place.ags)).size;
  const lines = [`Status as of ${asOf}: ${entries.length} service(s) in ${places} place(s)`];
  if (entries.length === 0) return `${lines[0]}\n`;
  const urls: string[] = [];
  const rows = entries.map((e) => {
    let n = urls.indexOf(e.evidence.url);
    if (n < 0) n = urls.push(e.evidence.url) - 1;
    return [placeLabel(e), e.service, e.status, e.since.slice(0, 10), clip(`„${e.evidence.text}“`, 70), `${e.evidence.sourceId} [${n + 1}]`];
  });
  return `${lines[0]}\n${renderTable(['place', 'service', 'status', 'since', 'evidence', 'source'], rows)}\n${urls.map((u, i) => `[${i + 1}] ${u}`).join('\n')}\n`;
}

function renderIncident(incident: Incident): string {
  const lines = [
    `${incident.id}  ${incident.title}`,
    `  ${incident.firstSeen} – ${incident.lastSeen} · ${incident.documentCount} release(s) · sources: ${incident.sourceKinds.join(', ')}`,
  ];
  if (incident.providers.length) lines.push(`  providers: ${incident.providers.map((p) => `${p.name} (${p.id})`).join(', ')}`);
  const places = [...incident.districts, ...incident.municipalities].map((p) => p.name);
  if (places.length) lines.push(`  places: ${places.join(', ')}`);
  lines.push(`  impacts: ${Object.entries(incident.impactCounts).map(([s, n]) => `${n} ${s}`).join(', ')}`, '', 'Timeline:');
  for (const t of incident.timeline) {
    // An undated release is placed by the latest day its text names: shown as that day, marked undated.
    const when = t.publishedAt?.slice(0, 16).replace('T', ' ') ?? `${t.date} (undated)`;
    lines.push(`  ${when}  ${t.sourceKind.padEnd(14)} ${t.sourceId}`);
    lines.push(`      ${t.title}`);
    for (const i of t.impacts) lines.push(`      · ${i.place?.name ?? '?'}: ${i.service} ${i.status} — „${clip(i.evidence, 80)}“`);
    lines.push(`      ${t.url}`);
  }
  return `${lines.join('\n')}\n`;
}

async function output(text: string, out: string | undefined): Promise<void> {
  if (out) {
    await writeFile(out, text);
    process.stderr.write(`written to ${out}\n`);
  } else {
    process.stdout.write(text);
  }
}

interface AreaOptions { municipality?: string; district?: string; state?: string }
const areaOptions = (command: Command): Command => command
  .addOption(new Option('--municipality <ags>', 'only this municipality (8-digit AGS)').argParser(municipalityAgs).conflicts(['district', 'state']))
  .addOption(new Option('--district <ags>', 'only this district and its municipalities (5-digit AGS)').argParser(districtAgs).conflicts(['state']))
  .addOption(new Option('--state <code>', 'only this Land (e.g. NW)').argParser(stateCode));

/** Longest a statement of `lagebild serve` may run on PostgreSQL before it is cancelled (ms). */
export const SERVE_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * The store of `lagebild serve`. SQLite runs in a thread of its own: better-sqlite3 is synchronous,
 * and on the server's thread every search held up every other request, /healthz and /metrics
 * included (20 concurrent searches pushed /healthz to seconds). PostgreSQL statements are cancelled
 * after {@link SERVE_STATEMENT_TIMEOUT_MS}, so no request holds a connection without bound.
 */
export function openServeStore(location: string): Promise<Store> {
  return openStore(location, { thread: true, statementTimeoutMs: SERVE_STATEMENT_TIMEOUT_MS });
}

/** --geometry for GeoJSON: centroid points (the default) or the places' outlines. */
function geometryOption(): Option {
  return new Option('--geometry <geometry>', 'GeoJSON: point (centroids, default) or shape (outlines)').choices(['point', 'shape']);
}

/** Registers status, incidents, incident, export, serve and watch on the program. */
export function registerAnalysisCommands(program: Command): void {
  areaOptions(program.command('status')
    .description("each place's services as of a date: latest status, since when, and the evidence (source, URL, sentence)")
    .addOption(dbOption())
    .option('--as-of <date>', 'as of YYYY-MM-DD (default: today in Berlin)', isoDay))
    .addOption(new Option('--service <service>', 'only this service').choices(SERVICES))
    .addOption(new Option('--status <status>', 'only entries currently in this status').choices(SERVICE_STATUSES))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'ndjson', 'csv', 'geojson']).default('table'))
    .addOption(geometryOption())
    .option('--json', 'same as --format json')
    .action(async (opts: AreaOptions & {
      db?: string; asOf?: string; service?: Service; status?: ServiceStatus; format: string; json?: boolean; geometry?: GeometryKind;
    }) => {
      const { gazetteerPlaces, loadStatus, statusCsv, statusGeoJson, todayInBerlin, toNdjson } = await api();
      const asOf = opts.asOf ?? todayInBerlin();
      await withStore(opts.db, async (store) => {
        const entries = await loadStatus(store, {
          asOf,
          ...(opts.municipality ? { municipality: opts.municipality } : {}),
          ...(opts.district ? { district: opts.district } : {}),
          ...(opts.state ? { state: opts.state } : {}),
          ...(opts.service ? { service: opts.service } : {}),
          ...(opts.status ? { status: opts.status } : {}),
        }, gazetteerPlaces());
        const format = opts.json ? 'json' : opts.format;
        if (opts.geometry && format !== 'geojson') throw new InvalidArgumentError('--geometry applies to --format geojson only');
        if (format === 'json') return printJson({ asOf, items: entries });
        if (format === 'ndjson') return process.stdout.write(toNdjson(entries));
        if (format === 'csv') return process.stdout.write(statusCsv(entries, asOf));
        if (format === 'geojson') return printJson(statusGeoJson(entries, asOf, { geometry: opts.geometry ?? 'point' }));
        process.stdout.write(renderStatus(entries, asOf));
      });
    });

  program.command('incidents')
    .description('incidents: releases about the same incident grouped under one id, newest activity first')
    .addOption(dbOption())
    .addOption(sourcesOption())
    .option('--from <date>', 'active on or after YYYY-MM-DD', isoDay)
    .option('--to <date>', 'active on or before YYYY-MM-DD', isoDay)
    .option('--place <ags>', 'touching this municipality (8 digits) or district (5 digits)')
    .option('--json', 'print JSON (with timelines)')
    .action(async (opts: { db?: string; sources?: string; from?: string; to?: string; place?: string; json?: boolean }) => {
      if (opts.place !== undefined && !/^(\d{5}|\d{8})$/.test(opts.place)) throw new InvalidArgumentError('--place expects a 5- or 8-digit AGS');
      const sourceKind = await kindsFor(opts.sources);
      const { loadIncidents } = await api();
      await withStore(opts.db, async (store) => {
        const incidents = await loadIncidents(store, {
          sourceKind, ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}),
          ...(opts.place ? { place: opts.place } : {}),
        });
        if (opts.json) return printJson(incidents);
        printTable(['incident', 'first', 'last', 'releases', 'sources', 'providers', 'places', 'title'], incidents.map((i) => [
          i.id, i.firstSeen, i.lastSeen, i.documentCount, i.sourceKinds.join(', '), i.providers.map((p) => p.id).join(', ') || '-',
          clip([...i.districts, ...i.municipalities].map((p) => p.name).join(', '), 40), clip(i.title, 50),
        ]));
        process.stdout.write(`${incidents.length} incident(s); details: lagebild incident <id>\n`);
      });
    });

  program.command('incident')
    .description('one incident: a dated timeline across sources (police, prosecutor, city, district, news)')
    .argument('<id>', 'incident id (inc-…)')
    .addOption(dbOption())
    .addOption(sourcesOption())
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { db?: string; sources?: string; json?: boolean }) => {
      if (!/^inc-[0-9a-f]{12}$/.test(id)) throw new InvalidArgumentError('incident ids look like inc-0123456789ab');
      const sourceKind = await kindsFor(opts.sources);
      const { loadIncidents } = await api();
      await withStore(opts.db, async (store) => {
        const incident = (await loadIncidents(store, { sourceKind })).find((i) => i.id === id);
        if (!incident) {
          process.stderr.write(`lagebild incident: no incident ${id} (lagebild incidents lists them)\n`);
          process.exitCode = 1;
          return;
        }
        if (opts.json) return printJson(incident);
        process.stdout.write(renderIncident(incident));
      });
    });

  areaOptions(program.command('export')
    .description('export documents, impacts, status, incidents or reports as NDJSON, CSV or GeoJSON')
    .argument('<what>', 'documents | impacts | status | incidents | reports')
    .requiredOption('--format <format>', 'ndjson | csv | geojson (status only)')
    .option('--out <file>', 'write here instead of stdout')
    .addOption(dbOption())
    .addOption(sourcesOption())
    .option('--as-of <date>', 'status: as of YYYY-MM-DD (default today)', isoDay)
    .option('--from <date>', 'documents, impacts: from YYYY-MM-DD', isoDay)
    .option('--to <date>', 'documents, impacts: to YYYY-MM-DD', isoDay)
    .option('--source <id>', 'documents, impacts: only this source')
    .option('--q <search>', 'documents: full-text search; reports: text in the report')
    .option('--place <ags|name>', 'reports: a place the report mentions (AGS or name)')
    .addOption(new Option('--unit <unit>', 'documents: one line per release (document) or per report, i.e. incident (report)').choices(['document', 'report'])))
    .addOption(new Option('--service <service>', 'only this service').choices(SERVICES))
    .addOption(new Option('--status <status>', 'only this status').choices(SERVICE_STATUSES))
    .addOption(geometryOption())
    .action(async (what: string, opts: AreaOptions & {
      format: string; out?: string; db?: string; sources?: string; asOf?: string; from?: string; to?: string; source?: string;
      q?: string; service?: Service; status?: ServiceStatus; geometry?: GeometryKind; place?: string; unit?: 'document' | 'report';
    }) => {
      const formats: Record<string, string[]> = {
        documents: ['ndjson', 'csv'], impacts: ['ndjson', 'csv'], status: ['ndjson', 'csv', 'geojson'], incidents: ['ndjson'], reports: ['ndjson', 'csv'],
      };
      const allowed = formats[what];
      if (!allowed) throw new InvalidArgumentError(`unknown export "${what}": documents, impacts, status, incidents or reports`);
      if (opts.unit && what !== 'documents') throw new InvalidArgumentError('--unit applies to export documents only');
      if (opts.place && what !== 'reports') throw new InvalidArgumentError('--place applies to export reports only');
      if (!allowed.includes(opts.format)) throw new InvalidArgumentError(`${what} exports as ${allowed.join(' or ')}`);
      if (opts.geometry && opts.format !== 'geojson') throw new InvalidArgumentError('--geometry applies to --format geojson only');
      const sourceKind = what === 'incidents' ? await kindsFor(opts.sources) : undefined;
      const {
        allDocuments, allImpacts, allReports, documentsCsv, impactsCsv, loadIncidents, loadStatus, reportsCsv, statusCsv, statusGeoJson,
        todayInBerlin, toNdjson,
      } = await api();
      await withStore(opts.db, async (store) => {
        const area = {
          ...(opts.municipality ? { municipality: opts.municipality } : {}),
          ...(opts.district ? { district: opts.district } : {}),
          ...(opts.state ? { state: opts.state } : {}),
        };
        if (what === 'status') {
          const asOf = opts.asOf ?? todayInBerlin();
          const entries = await loadStatus(store, {
            asOf, ...area, ...(opts.service ? { service: opts.service } : {}), ...(opts.status ? { status: opts.status } : {}),
          });
          const text = opts.format === 'geojson' ? `${JSON.stringify(statusGeoJson(entries, asOf, { geometry: opts.geometry ?? 'point' }), null, 2)}\n`
            : opts.format === 'csv' ? statusCsv(entries, asOf) : toNdjson(entries);
          return output(text, opts.out);
        }
        if (what === 'impacts') {
          const rows = await allImpacts(store, {
            ...area, ...(opts.service ? { service: opts.service } : {}), ...(opts.status ? { status: opts.status } : {}),
            ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}),
            ...(opts.source ? { sourceId: opts.source } : {}),
          });
          return output(opts.format === 'csv' ? impactsCsv(rows) : toNdjson(rows), opts.out);
        }
        if (what === 'documents') {
          if (opts.state) throw new InvalidArgumentError('documents filter by --municipality or --district, not --state');
          const filter: QueryFilter = {
            ...(opts.municipality ? { municipality: opts.municipality } : {}),
            ...(opts.district ? { district: opts.district } : {}),
            ...(opts.service ? { service: opts.service } : {}), ...(opts.status ? { status: opts.status } : {}),
            ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}),
            ...(opts.source ? { sourceId: opts.source } : {}), ...(opts.q ? { search: opts.q } : {}),
          };
          const hits = await allDocuments(store, filter);
          if (opts.unit === 'report') {
            // One line per report (incident) of the matching releases; a release without reports as one.
            const reports = (await store.getRecords(hits.map((h) => h.documentId))).flatMap(reportRowsOf);
            return output(opts.format === 'csv' ? reportsCsv(reports) : toNdjson(reports), opts.out);
          }
          if (opts.format === 'csv') return output(documentsCsv(hits), opts.out);
          const records = await store.getRecords(hits.map((h) => h.documentId));
          return output(toNdjson(records), opts.out);
        }
        if (what === 'reports') {
          if (opts.municipality || opts.district || opts.state) throw new InvalidArgumentError('reports filter by --place');
          const rows = await allReports(store, {
            ...(opts.place ? { place: opts.place } : {}),
            ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}),
            ...(opts.source ? { sourceId: opts.source } : {}), ...(opts.q ? { text: opts.q } : {}),
          });
          return output(opts.format === 'csv' ? reportsCsv(rows) : toNdjson(rows), opts.out);
        }
        const incidents = await loadIncidents(store, {
          ...(sourceKind ? { sourceKind } : {}),
          ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}),
        });
        return output(toNdjson(incidents), opts.out);
      });
    });

  program.command('serve')
    .description('serve the read-only HTTP API (OpenAPI at /openapi.json) and the dashboard')
    .addOption(dbOption())
    .option('--port <n>', 'port (default 8080; 0 = any free port)', port, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'require Authorization: Bearer <token> (default: $LAGEBILD_TOKEN; prefer the variable, arguments show in ps)')
    .option('--cors <origins...>', 'origins allowed to read the API cross-origin (default: CORS off)')
    .addOption(sourcesOption())
    .option('--redis <url>', 'distributed mode: report queue depths in /metrics')
    .action(async (opts: { db?: string; port: number; host: string; token?: string; cors?: string[]; sources?: string; redis?: string }) => {
      const token = opts.token ?? process.env.LAGEBILD_TOKEN;
      for (const origin of opts.cors ?? []) {
        let parsed: URL;
        try { parsed = new URL(origin); } catch { throw new InvalidArgumentError(`--cors expects origins like https://example.org, got ${origin}`); }
        if (parsed.origin !== origin) throw new InvalidArgumentError(`--cors expects bare origins (scheme://host[:port]), got ${origin}`);
      }
      const sourceKind = await kindsFor(opts.sources);
      const { createServer } = await api();
      const store = await openServeStore(storeLocation(opts.db));
      let closeQueues: (() => Promise<void>) | undefined;
      let queueCounts: (() => Promise<Record<string, Record<string, number>>>) | undefined;
      if (opts.redis) {
        const queue = await import('@lagebild/queue');
        const connection = queue.producerConnection(opts.redis);
        connection.on('error', () => {});
        const queues = queue.createStageQueues(connection);
        // While Redis is away BullMQ's reads wait for it without end: a scrape asks only a connected Redis.
        queueCounts = () => (connection.status === 'ready' ? queue.queueCounts(queues) : Promise.reject(new Error(`Redis ${connection.status}`)));
        closeQueues = async () => { await queue.closeStageQueues(queues); connection.disconnect(); };
      }
      const app = createServer({
        store, sourceKind,
        ...(token ? { token } : {}),
        ...(opts.cors?.length ? { corsOrigins: opts.cors } : {}),
        ...(queueCounts ? { queueCounts } : {}),
      });
      const address = await app.listen({ port: opts.port, host: opts.host });
      const loopback = /^(127\.|::1$|localhost$)/.test(opts.host);
      if (!loopback && !token) process.stderr.write('lagebild serve: warning: listening beyond loopback without --token\n');
      process.stdout.write(`lagebild serve: ${address}/ (dashboard) · API ${address}/openapi.json · store ${store.driver}${token ? ' · bearer token required' : ''}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          void (async () => {
            await app.close();
            await closeQueues?.();
            await store.close();
            resolve();
          })();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });

  areaOptions(program.command('watch')
    .description('post a signed webhook (with retries) when a new outage, degradation or restoration is stored for an area')
    .requiredOption('--webhook <url>', 'http(s) URL that receives POSTed JSON events')
    .option('--secret <secret>', 'HMAC-SHA256 key for the X-Lagebild-Signature header (default: $LAGEBILD_WEBHOOK_SECRET)')
    .option('--interval <duration>', 'poll interval (default 60s)', duration, 60_000)
    .option('--once', 'poll once and exit (for cron; use --delivered-file to remember across runs)')
    .option('--include-existing', 'also alert impacts stored before the watch started')
    .option('--delivered-file <file>', 'remember delivered event ids here (one per line) across restarts')
    .addOption(dbOption()))
    .action(async (opts: AreaOptions & { webhook: string; secret?: string; interval: number; once?: boolean; includeExisting?: boolean; deliveredFile?: string; db?: string }) => {
      if (!opts.municipality && !opts.district && !opts.state) throw new InvalidArgumentError('watch needs --municipality, --district or --state');
      const secret = opts.secret ?? process.env.LAGEBILD_WEBHOOK_SECRET;
      if (!secret) throw new InvalidArgumentError('watch needs --secret or $LAGEBILD_WEBHOOK_SECRET to sign deliveries');
      const known = opts.deliveredFile && existsSync(opts.deliveredFile)
        ? readFileSync(opts.deliveredFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : undefined;
      const { createWatcher } = await api();
      await withStore(opts.db, async (store) => {
        const log = (event: WatchEvent) => process.stderr.write(`lagebild watch: ${JSON.stringify(event)}\n`);
        const watcher = createWatcher({
          store, webhook: opts.webhook, secret,
          area: {
            ...(opts.municipality ? { municipality: opts.municipality } : {}),
            ...(opts.district ? { district: opts.district } : {}),
            ...(opts.state ? { state: opts.state } : {}),
          },
          // A remembered set of ids replaces the silent baseline: what is new since then is alerted.
          includeExisting: opts.includeExisting === true || known !== undefined,
          ...(known ? { delivered: known } : {}),
          ...(opts.deliveredFile ? { onRecorded: (id: string) => appendFileSync(opts.deliveredFile!, `${id}\n`) } : {}),
          onEvent: log,
        });
        if (opts.once) {
          const sent = await watcher.poll();
          process.stdout.write(`lagebild watch: ${sent.length} event(s) delivered\n`);
          return;
        }
        const controller = new AbortController();
        process.once('SIGINT', () => controller.abort());
        process.once('SIGTERM', () => controller.abort());
        process.stderr.write(`lagebild watch: polling every ${opts.interval / 1000}s, posting to ${new URL(opts.webhook).origin}\n`);
        await watcher.run(opts.interval, controller.signal);
      });
    });
}
