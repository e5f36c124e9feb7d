import { readFileSync } from 'node:fs';
import { AGENCY_KINDS } from '@lagebild/schema/vocabulary';
import type { AgencyEntry } from './types.js';

/** The registry of real authorities in `data/agencies.json`. */
export interface AgencyRegistry {
  readonly agencies: readonly AgencyEntry[];
  /** Where the entries come from and how far they were checked. */
  readonly source: string;
  byId(id: string): AgencyEntry | undefined;
}

interface AgencyFile { source?: string; agencies: AgencyEntry[] }

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** A Land (2 digits), a Regierungsbezirk (3), a Kreis (5) or a municipality (8). */
const JURISDICTION = /^\d{2}(?:\d(?:\d{2}(?:\d{3})?)?)?$/;
const CHECKED_AT = /^https?:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/;

/**
 * Problems of a list of registry entries: malformed or duplicate ids, unknown kinds or parents,
 * malformed jurisdictions, and written forms claimed by two entries (which would make matching
 * depend on order). An empty result means the entries are usable.
 */
export function checkAgencyEntries(entries: readonly AgencyEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  for (const a of entries) {
    if (!ID.test(a.id)) problems.push(`${a.id}: id is not lowercase words joined by "-"`);
    if (ids.has(a.id)) problems.push(`${a.id}: duplicate id`);
    ids.add(a.id);
    if (!a.name.trim()) problems.push(`${a.id}: empty name`);
    if (!(AGENCY_KINDS as readonly string[]).includes(a.kind)) problems.push(`${a.id}: unknown kind "${a.kind}"`);
    if (typeof a.verified !== 'boolean') problems.push(`${a.id}: verified must be true or false`);
    if (a.checkedAt !== undefined && !CHECKED_AT.test(a.checkedAt)) problems.push(`${a.id}: checkedAt "${a.checkedAt}" is no http(s) address`);
    for (const j of a.jurisdiction) if (!JURISDICTION.test(j)) problems.push(`${a.id}: jurisdiction "${j}" is no AGS prefix`);
    for (const form of new Set([a.name, ...a.aliases, ...a.abbreviations])) {
      const owner = forms.get(form);
      if (owner && owner !== a.id) problems.push(`${a.id}: "${form}" is also a written form of ${owner}`);
      forms.set(form, a.id);
    }
  }
  for (const a of entries) {
    if (a.parent !== undefined && !ids.has(a.parent)) problems.push(`${a.id}: parent "${a.parent}" is not in the registry`);
    if (a.parent === a.id) problems.push(`${a.id}: is its own parent`);
  }
  return problems;
}

/**
 * An entry with every field in one order, the optional ones undefined where the file leaves them out. As parsed,
 * the entries come in five shapes (with or without `parent` and `checkedAt`, `parent` before or after `verified`), and the extraction
 * code that reads entries (`jurisdiction`, `id`, …) on every agency mention would see them all: V8 then keeps
 * throwing its compiled code away as each new shape arrives and falls back to slow generic property lookups.
 */
function ofOneShape(a: AgencyEntry): AgencyEntry {
  return {
    id: a.id, name: a.name, aliases: a.aliases, abbreviations: a.abbreviations, kind: a.kind, jurisdiction: a.jurisdiction,
    parent: a.parent, verified: a.verified, checkedAt: a.checkedAt,
  };
}

let shared: AgencyRegistry | undefined;

/** The agency registry, loaded and checked once per process; throws when the data file is inconsistent. */
export function loadAgencyRegistry(): AgencyRegistry {
  if (shared) return shared;
  const file = JSON.parse(readFileSync(new URL('../data/agencies.json', import.meta.url), 'utf8')) as AgencyFile;
  const problems = checkAgencyEntries(file.agencies);
  if (problems.length > 0) throw new Error(`data/agencies.json is inconsistent:\n${problems.join('\n')}`);
  const agencies = file.agencies.map(ofOneShape);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  shared = { agencies, source: file.source ?? '', byId: (id) => byId.get(id) };
  return shared;
}
