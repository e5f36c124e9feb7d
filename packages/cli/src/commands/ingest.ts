import { ingestEmbedded } from '@lagebild/press-releases';
import type { RunSummary } from '@lagebild/queue';
import type { SourcesConfig } from '@lagebild/schema';
import type { Stats, Store } from '@lagebild/store';
import { createRunProgress } from '../progress.js';
import { clip, printTable } from '../output.js';

export interface IngestRun {
  summary: RunSummary;
  stats: Stats;
}

/** Runs the embedded ingest with a progress bar and returns the run summary and store stats. */
export async function runIngest(config: SourcesConfig, store: Store, options: { concurrency?: number; only?: string[] } = {}): Promise<IngestRun> {
  const progress = createRunProgress();
  try {
    const summary = await ingestEmbedded({ config, store }, {
      onEvent: progress.onEvent,
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.only ? { only: options.only } : {}),
    });
    return { summary, stats: await store.stats() };
  } finally {
    progress.stop();
  }
}

/** Prints what a run found: documents per source and the entities stored for them. */
export async function printIngestReport(config: SourcesConfig, run: IngestRun, store: Store): Promise<void> {
  const { summary, stats } = run;
  const rows = config.sources.filter((s) => summary.perSource[s.id]).map((source) => {
    const r = summary.perSource[source.id]!;
    const s = stats.perSource[source.id];
    return [
      source.id, source.kind, r.ok ? r.items : `failed: ${clip(r.error ?? '', 40)}`, r.stored,
      s?.documents ?? 0, s?.municipalities ?? 0, s?.districts ?? 0, s?.agencies ?? 0, s?.dates ?? 0, s?.serviceImpacts ?? 0, r.quarantined,
    ];
  });
  rows.push(['all', '', summary.items, summary.inserted + summary.updated, stats.documents, stats.municipalities, stats.districts, stats.agencies, stats.dates, stats.serviceImpacts, summary.quarantined]);
  printTable(['source', 'kind', 'listed', 'new/changed', 'documents', 'places', 'districts', 'agencies', 'dates', 'impacts', 'quarantined'], rows);
  process.stdout.write(`This run: ${summary.inserted} inserted, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.quarantined} quarantined.\n`);

  const quarantined = await store.listQuarantine();
  const ids = new Set(Object.keys(summary.perSource));
  const ours = quarantined.filter((q) => ids.has(q.sourceId));
  if (ours.length > 0) {
    process.stdout.write('\nQuarantined (source, stage, reason):\n');
    printTable(['source', 'stage', 'url', 'reason'], ours.map((q) => [q.sourceId, q.stage, clip(q.url ?? '', 50), clip(q.reason, 60)]));
  }
}
