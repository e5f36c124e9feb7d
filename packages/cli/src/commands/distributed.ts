import { open } from 'node:fs/promises';
import type { Command } from 'commander';
import type { StageName } from '@lagebild/queue';
import { STAGES } from '@lagebild/queue/stages';
import { DEFAULT_BATCH_SIZE, ExtractInputSchema, MAX_JOB_BATCH, toBerlinIso, type Document, type QuarantineItem, type SourcesConfig } from '@lagebild/schema';
import type { Store } from '@lagebild/store';
import { createLogger, createOutageReporter, isConnectionError } from '../logger.js';
import { readNdjsonLines } from '../ndjson.js';
import { printJson, printTable } from '../output.js';

// The pipeline (fetch, extraction) and the store are loaded inside the commands that use them:
// these commands start through `distributed-main`, and `enqueue`'s start-up counts in every backfill.
// BullMQ too: the full program registers these commands for every other command as well.
const pipeline = () => import('@lagebild/press-releases');
const queue = () => import('@lagebild/queue');

const NO_SOURCES: Pick<SourcesConfig, 'userAgent' | 'allowHosts' | 'sources'> = { userAgent: 'lagebild', allowHosts: [], sources: [] };

async function sourcesConfig(file: string | undefined) {
  const path = file ?? process.env.LAGEBILD_SOURCES;
  return path ? (await pipeline()).loadSourcesConfig(path) : NO_SOURCES;
}

/** Registers worker, enqueue, queues and schedule on the program. */
export function registerDistributedCommands(program: Command): void {
  program.command('worker')
    .description('run BullMQ stage workers (distributed mode) until SIGINT/SIGTERM')
    .option('--redis <url>', 'Redis URL (default: $REDIS_URL or redis://127.0.0.1:6379)')
    .option('--db <location>', 'store (default: $DATABASE_URL, else $LAGEBILD_DB, else .lagebild/lagebild.db)')
    .option('--sources <file>', 'sources config, needed for the fetch stages (default: $LAGEBILD_SOURCES)')
    .option('--concurrency <n>', 'jobs in flight per stage (extract: at most 2, as extraction is CPU-bound; store: at least 32)', (v) => Number(v), 4)
    .option('--stages <names...>', `stages to work on (${STAGES.join(', ')})`)
    .action(async (opts: { redis?: string; db?: string; sources?: string; concurrency: number; stages?: string[] }) => {
      const log = createLogger('lagebild-worker');
      const {
        checkRedisForQueues, closeStageQueues, createStageQueues, RedisConfigError, redisUrl, startStageWorkers, workerConnection,
      } = await queue();
      const stages = (opts.stages ?? [...STAGES]) as StageName[];
      const unknown = stages.filter((s) => !(STAGES as readonly string[]).includes(s));
      if (unknown.length > 0) throw new Error(`unknown stages: ${unknown.join(', ')}`);
      const connection = workerConnection(opts.redis);
      // Every connection reports every reconnect attempt while Redis is away: one report for all.
      const redisOutage = createOutageReporter(log, 'Redis');
      connection.on('error', (error) => redisOutage.failed(error, { connection: 'worker' }));
      connection.on('ready', () => redisOutage.recovered());
      try {
        const { warnings } = await checkRedisForQueues(connection);
        for (const warning of warnings) log.warn(warning);
      } catch (error) {
        connection.disconnect();
        if (error instanceof RedisConfigError) {
          process.stderr.write(`lagebild worker: refusing to start: ${error.message}\n`);
          process.exit(2);
        }
        throw error;
      }
      const config = await sourcesConfig(opts.sources);
      const [{ createPressReleaseHandlers, warmUpExtraction }, { openStore }, { storeLocation }] = await Promise.all([pipeline(), import('@lagebild/store'), import('../defaults.js')]);
      const store = await openStore(storeLocation(opts.db));
      if (stages.includes('extract')) log.info({ ms: Math.round(warmUpExtraction()) }, 'extraction indexes built');
      const producer = workerConnection(opts.redis);
      producer.on('error', (error) => redisOutage.failed(error, { connection: 'producer' }));
      const queues = createStageQueues(producer);
      const running = startStageWorkers(createPressReleaseHandlers({ config, store }), queues, connection, {
        concurrency: opts.concurrency, stages,
        ...(process.env.LAGEBILD_LOCK_MS ? { lockDuration: Number(process.env.LAGEBILD_LOCK_MS), stalledInterval: Number(process.env.LAGEBILD_LOCK_MS) } : {}),
        onError: (stage, error) => (isConnectionError(error) ? redisOutage.failed(error, { stage }) : log.error({ stage, err: error }, 'worker error')),
        onFailed: (stage, jobId, reason) => log.warn({ stage, jobId, reason }, 'job failed'),
      });
      log.info({ stages, concurrency: opts.concurrency, redis: redisUrl(opts.redis), store: store.driver, pid: process.pid }, 'worker started');
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        log.info({ signal }, 'closing: finishing active jobs');
        await running.close();
        await closeStageQueues(queues);
        await store.close();
        connection.disconnect();
        producer.disconnect();
        log.info('closed');
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
    });

  program.command('enqueue')
    .description('enqueue documents straight into the extract stage (same NDJSON input as `extract`), in batch jobs')
    .requiredOption('--in <file>', 'input NDJSON: { id, url?, title?, text, published? } per line')
    .option('--redis <url>', 'Redis URL')
    .option('--db <location>', 'store for the quarantine records of invalid lines (default: $DATABASE_URL, else $LAGEBILD_DB, else .lagebild/lagebild.db)')
    .option('--batch-size <n>', `documents per extract job, 1 to ${MAX_JOB_BATCH} (1: one job per document)`, (v) => Number(v), DEFAULT_BATCH_SIZE)
    .option('--wait', 'wait until every stage is idle')
    .action(async (opts: { in: string; redis?: string; db?: string; batchSize: number; wait?: boolean }) => {
      if (!Number.isInteger(opts.batchSize) || opts.batchSize < 1 || opts.batchSize > MAX_JOB_BATCH) {
        throw new Error(`--batch-size must be an integer from 1 to ${MAX_JOB_BATCH}, not ${opts.batchSize}`);
      }
      // The batch subpath only: the package root loads fetch and extraction, which enqueue never runs.
      const [{ BATCH_SOURCE_ID, documentFromInput }, { closeStageQueues, connectProducer, createStageQueues, enqueueDocuments, waitForIdle }] = await Promise.all([
        import('@lagebild/press-releases/batch'), queue(),
      ]);
      // Opened before Redis is: a file that cannot be read fails at once.
      const input = await open(opts.in);
      let connection;
      try {
        connection = await connectProducer(opts.redis);
      } catch (error) {
        await input.close();
        throw error;
      }
      const queues = createStageQueues(connection);
      const now = new Date();
      // Each batch is added as soon as it is full, so workers start while the file is still read.
      const chunk = opts.batchSize === 1 ? 500 : opts.batchSize;
      let batch: Document[] = [];
      let enqueued = 0;
      let jobs = 0;
      let bad = 0;
      // Invalid lines are quarantined in the store the workers write to (opened at the first one,
      // so a clean file costs no database connection), as every other input that cannot be processed.
      let store: Promise<Store> | undefined;
      const quarantineLine = async (line: number, reason: string, text?: string) => {
        bad++;
        process.stderr.write(`enqueue: ${opts.in}:${line} quarantined: ${reason}\n`);
        store ??= (async () => {
          const [{ openStore }, { storeLocation }] = await Promise.all([import('@lagebild/store'), import('../defaults.js')]);
          return openStore(storeLocation(opts.db));
        })();
        const item: QuarantineItem = { sourceId: BATCH_SOURCE_ID, stage: 'extract', at: toBerlinIso(now), reason: `${opts.in}:${line}: ${reason}` };
        if (text !== undefined) item.excerpt = text.slice(0, 300);
        await (await store).quarantine(item);
      };
      const flush = async () => {
        jobs += await enqueueDocuments(queues, batch, { batchSize: opts.batchSize });
        enqueued += batch.length;
        batch = [];
      };
      try {
        for await (const entry of readNdjsonLines(input)) {
          if (entry.error !== undefined) {
            await quarantineLine(entry.line, entry.error);
            continue;
          }
          let parsed;
          try {
            parsed = ExtractInputSchema.safeParse(JSON.parse(entry.text));
          } catch (error) {
            await quarantineLine(entry.line, `not valid JSON: ${(error as Error).message}`, entry.text);
            continue;
          }
          if (!parsed.success) {
            await quarantineLine(entry.line, parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; '), entry.text);
            continue;
          }
          batch.push(documentFromInput(parsed.data, now));
          if (batch.length >= chunk) await flush();
        }
        if (batch.length > 0) await flush();
        process.stdout.write(`enqueued ${enqueued} documents into the extract stage in ${jobs} jobs of up to ${opts.batchSize}\n`);
        if (bad > 0) {
          // Not a success: part of the input did not go in (the exit code tells scripts so).
          process.stderr.write(`enqueue: ${bad} lines quarantined (lagebild quarantine --source ${BATCH_SOURCE_ID})\n`);
          process.exitCode = 1;
        }
        if (opts.wait) await waitForIdle(queues);
      } finally {
        await input.close().catch(() => {});
        await closeStageQueues(queues);
        connection.disconnect();
        if (store) await (await store).close();
      }
    });

  program.command('queues')
    .description('jobs per queue and state (distributed mode); --board serves the Bull Board page')
    .option('--redis <url>', 'Redis URL')
    .option('--json', 'print JSON')
    .option('--board', 'serve a Bull Board page for the queues until interrupted')
    .option('--port <n>', 'port of the Bull Board page (default: a free one)', (v) => Number(v))
    .action(async (opts: { redis?: string; json?: boolean; board?: boolean; port?: number }) => {
      const { closeStageQueues, connectProducer, createStageQueues, queueCounts, startQueueBoard } = await queue();
      const connection = await connectProducer(opts.redis);
      const queues = createStageQueues(connection);
      if (opts.board) {
        const board = await startQueueBoard(queues, opts.port !== undefined ? { port: opts.port } : {});
        process.stdout.write(`Bull Board at ${board.url} (Ctrl-C to stop)\n`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
        await board.app.close();
        await closeStageQueues(queues);
        connection.disconnect();
        return;
      }
      try {
        const counts = await queueCounts(queues);
        if (opts.json) return printJson(counts);
        const states = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed', 'paused'];
        printTable(['queue', ...states], STAGES.map((s) => [s, ...states.map((st) => counts[s][st] ?? 0)]));
      } finally {
        await closeStageQueues(queues);
        connection.disconnect();
      }
    });

  program.command('schedule')
    .description('register repeatable polls for every source (pollEvery, default 15m)')
    .requiredOption('--sources <file>', 'sources config')
    .option('--redis <url>', 'Redis URL')
    .action(async (opts: { sources: string; redis?: string }) => {
      const config = await (await pipeline()).loadSourcesConfig(opts.sources);
      const { closeStageQueues, connectProducer, createStageQueues, scheduleSourcePolls } = await queue();
      const connection = await connectProducer(opts.redis);
      const queues = createStageQueues(connection);
      try {
        const scheduled = await scheduleSourcePolls(queues, config.sources);
        printTable(['source', 'every'], scheduled.map((s) => [s.sourceId, `${s.everyMs / 1000} s`]));
      } finally {
        await closeStageQueues(queues);
        connection.disconnect();
      }
    });
}

/** `ingest --distributed`: enqueue one poll per source and wait until the workers are done. */
export async function ingestDistributed(config: SourcesConfig, options: { redis?: string; only?: string[] }): Promise<void> {
  const { closeStageQueues, connectProducer, createStageQueues, enqueueSources, waitForIdle } = await queue();
  const connection = await connectProducer(options.redis);
  const queues = createStageQueues(connection);
  try {
    const ids = config.sources.map((s) => s.id).filter((id) => !options.only || options.only.includes(id));
    await enqueueSources(queues, ids);
    process.stderr.write(`enqueued ${ids.length} source polls; waiting for the workers (lagebild worker) …\n`);
    let last = '';
    await waitForIdle(queues, {
      pollMs: 500,
      onPoll: (counts) => {
        const line = STAGES.map((s) => `${s}: ${(counts[s].waiting ?? 0) + (counts[s].active ?? 0)} open`).join(' · ');
        if (line !== last && process.stderr.isTTY) process.stderr.write(`\r${line}   `);
        last = line;
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
  } finally {
    await closeStageQueues(queues);
    connection.disconnect();
  }
}
