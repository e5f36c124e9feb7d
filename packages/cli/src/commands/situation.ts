import type { Store } from '@lagebild/store';
import { clip, printTable } from '../output.js';

/**
 * The short situation picture after an ingest: which places have which service in which state,
 * newest statement first, with the release it comes from.
 */
export async function printSituation(store: Store, limit = 20): Promise<void> {
  const hits = await store.query({ limit: 500 });
  const impacts = hits.flatMap((hit) => hit.impacts.map((impact) => ({ hit, impact })));
  impacts.sort((a, b) => (b.impact.asOf ?? '').localeCompare(a.impact.asOf ?? '') || a.hit.documentId.localeCompare(b.hit.documentId));
  if (impacts.length === 0) return;
  process.stdout.write('\nService impacts found (newest first):\n');
  printTable(['as of', 'place', 'service', 'status', 'evidence', 'source'], impacts.slice(0, limit).map(({ hit, impact }) => [
    impact.asOf ?? 'undated', impact.place?.name ?? '?', impact.service, impact.status, clip(impact.evidence, 60), hit.sourceId,
  ]));
  const places = new Map<string, { name: string; docs: Set<string> }>();
  for (const hit of hits) {
    for (const m of hit.municipalities) {
      const entry = places.get(m.ags) ?? { name: m.name, docs: new Set<string>() };
      entry.docs.add(hit.documentId);
      places.set(m.ags, entry);
    }
  }
  const ranked = [...places.entries()].sort((a, b) => b[1].docs.size - a[1].docs.size).slice(0, limit);
  if (ranked.length > 0) {
    process.stdout.write('\nMunicipalities mentioned (AGS, releases):\n');
    printTable(['AGS', 'municipality', 'releases'], ranked.map(([ags, e]) => [ags, e.name, e.docs.size]));
  }
}
