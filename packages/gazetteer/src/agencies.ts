import { readFileSync } from 'node:fs';
import type { AgencyEntry } from './types.js';

/** The registry of real authorities in `data/agencies.json`. */
export interface AgencyRegistry {
  readonly agencies: readonly AgencyEntry[];
  byId(id: string): AgencyEntry | undefined;
}

let shared: AgencyRegistry | undefined;

/** The agency registry, loaded once per process. */
export function loadAgencyRegistry(): AgencyRegistry {
  if (shared) return shared;
  const file = JSON.parse(readFileSync(new URL('../data/agencies.json', import.meta.url), 'utf8')) as { agencies: AgencyEntry[] };
  const byId = new Map(file.agencies.map((a) => [a.id, a]));
  shared = { agencies: file.agencies, byId: (id) => byId.get(id) };
  return shared;
}
