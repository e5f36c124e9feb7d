import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { PIPELINE_STAGES } from '@lagebild/schema';
import type { Store } from '@lagebild/store';

/** Jobs per queue and state, as `@lagebild/queue`'s `queueCounts` returns them. */
export type QueueCountsFn = () => Promise<Record<string, Record<string, number>>>;

/** Options of {@link createMetrics}. */
export interface MetricsOptions {
  store: Store;
  /** Distributed mode: reads queue depths at every scrape. */
  queueCounts?: QueueCountsFn;
  /** Also export Node.js process metrics (default true). */
  processMetrics?: boolean;
  /**
   * Longest a scrape waits for the store or the queues (ms, default {@link SCRAPE_PART_TIMEOUT_MS}):
   * a part that takes longer (a store busy with searches, a Redis that is down and never answers)
   * is counted as a scrape error and its gauges keep their last values.
   */
  partTimeoutMs?: number;
}

/** Default of {@link MetricsOptions.partTimeoutMs}: a scrape answers within about a second. */
export const SCRAPE_PART_TIMEOUT_MS = 800;

/** `promise`, or a rejection after `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** The Prometheus metrics of one server. */
export interface Metrics {
  readonly registry: Registry;
  /** Counts one answered HTTP request. */
  observeRequest(route: string, method: string, status: number): void;
  /** Refreshes the store and queue gauges and renders the exposition text. */
  render(): Promise<string>;
  readonly contentType: string;
}

/**
 * Metrics on a registry of their own (not prom-client's global one), so that several servers in
 * one process do not collide. Document counts are read from the store at scrape time, so they
 * cover every process writing to it, embedded or distributed:
 *
 * - stored = documents in the store;
 * - extracted = stored + quarantined at the store stage (extracted, then refused);
 * - fetched = extracted + quarantined at the extract stage (fetched, then not extractable);
 * - failed = quarantined items per stage (feed, article, extract, store).
 */
export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'lagebild_' });
  const gauge = (name: string, help: string, labelNames: string[]) => new Gauge({ name, help, labelNames, registers: [registry] });
  const fetched = gauge('lagebild_documents_fetched', 'Documents fetched per source (stored or quarantined after fetching).', ['source']);
  const extracted = gauge('lagebild_documents_extracted', 'Documents extracted per source (stored or quarantined at the store stage).', ['source']);
  const stored = gauge('lagebild_documents_stored', 'Documents in the store per source.', ['source']);
  const failed = gauge('lagebild_documents_failed', 'Quarantined inputs per source and pipeline stage.', ['source', 'stage']);
  const impacts = gauge('lagebild_service_impacts_stored', 'Service impact statements in the store per source.', ['source']);
  const lastSuccess = gauge('lagebild_source_last_success_timestamp_seconds', 'Finish time of the last successful poll per source.', ['source']);
  const queueJobs = gauge('lagebild_queue_jobs', 'Jobs per pipeline queue and state (distributed mode).', ['queue', 'state']);
  const scrapeErrors = new Counter({ name: 'lagebild_metrics_scrape_errors_total', help: 'Failed reads of store or queues during a scrape.', labelNames: ['part'], registers: [registry] });
  const requests = new Counter({ name: 'lagebild_http_requests_total', help: 'HTTP requests answered.', labelNames: ['route', 'method', 'status'], registers: [registry] });

  async function refreshStore(): Promise<void> {
    const [stats, quarantined, health] = await Promise.all([
      options.store.stats(), options.store.listQuarantine(), options.store.sourceHealth(),
    ]);
    for (const g of [fetched, extracted, stored, failed, impacts, lastSuccess]) g.reset();
    const failedBy = new Map<string, Record<string, number>>();
    for (const q of quarantined) {
      const perStage = failedBy.get(q.sourceId) ?? Object.fromEntries(PIPELINE_STAGES.map((s) => [s, 0]));
      perStage[q.stage] = (perStage[q.stage] ?? 0) + 1;
      failedBy.set(q.sourceId, perStage);
    }
    const sources = new Set([...Object.keys(stats.perSource), ...failedBy.keys(), ...health.map((h) => h.sourceId)]);
    for (const source of sources) {
      const docs = stats.perSource[source]?.documents ?? 0;
      const perStage = failedBy.get(source) ?? Object.fromEntries(PIPELINE_STAGES.map((s) => [s, 0]));
      stored.set({ source }, docs);
      impacts.set({ source }, stats.perSource[source]?.serviceImpacts ?? 0);
      extracted.set({ source }, docs + (perStage['store'] ?? 0));
      fetched.set({ source }, docs + (perStage['store'] ?? 0) + (perStage['extract'] ?? 0));
      for (const stage of PIPELINE_STAGES) failed.set({ source, stage }, perStage[stage] ?? 0);
    }
    for (const h of health) {
      if (h.lastSuccessAt) lastSuccess.set({ source: h.sourceId }, Date.parse(h.lastSuccessAt) / 1000);
    }
  }

  async function refreshQueues(): Promise<void> {
    if (!options.queueCounts) return;
    const counts = await options.queueCounts();
    queueJobs.reset();
    for (const [queue, states] of Object.entries(counts)) {
      for (const [state, n] of Object.entries(states)) queueJobs.set({ queue, state }, n);
    }
  }

  return {
    registry,
    contentType: registry.contentType,
    observeRequest(route, method, status) {
      requests.inc({ route, method, status: String(status) });
    },
    async render() {
      // A failing or slow part is counted and left stale rather than failing or holding up the
      // whole scrape; both parts are read at once, so a scrape waits at most one deadline.
      const timeout = options.partTimeoutMs ?? SCRAPE_PART_TIMEOUT_MS;
      await Promise.all([
        within(refreshStore(), timeout, 'store').catch(() => scrapeErrors.inc({ part: 'store' })),
        within(refreshQueues(), timeout, 'queues').catch(() => scrapeErrors.inc({ part: 'queues' })),
      ]);
      return registry.metrics();
    },
  };
}
