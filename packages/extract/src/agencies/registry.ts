import { loadAgencyRegistry, type AgencyEntry } from '@lagebild/gazetteer';
import { escapeRegex as escape, inflections } from '../text/inflect.js';
import { DESIGNATORS } from './constants.js';

/** Written forms of the registry, compiled once per process. */
export interface CompiledRegistry {
  /** Names and aliases with their inflected forms (case-sensitive) → entry. */
  readonly forms: ReadonlyMap<string, AgencyEntry>;
  /** Abbreviations (case-sensitive) → entry. */
  readonly abbreviations: ReadonlyMap<string, AgencyEntry>;
  /** One regex over all names and aliases, longest first. */
  readonly formPattern: RegExp;
  /** One regex over all abbreviations, longest first. */
  readonly abbreviationPattern: RegExp | undefined;
  /** Place part of designator forms, per family: "police" + "Dortmund" → polizei-dortmund. */
  readonly byPlace: ReadonlyMap<string, AgencyEntry>;
  readonly byId: (id: string) => AgencyEntry | undefined;
  /** The state LKA for a two-digit state prefix. */
  readonly lkaByState: ReadonlyMap<string, AgencyEntry>;
}

function familyOf(designator: string): string | undefined {
  for (const d of DESIGNATORS) if (d.forms.includes(designator)) return d.family;
  return undefined;
}

let compiled: CompiledRegistry | undefined;

/** The registry's written forms, compiled once. */
export function compiledRegistry(): CompiledRegistry {
  if (compiled) return compiled;
  const registry = loadAgencyRegistry();
  const forms = new Map<string, AgencyEntry>();
  const abbreviations = new Map<string, AgencyEntry>();
  const byPlace = new Map<string, AgencyEntry>();
  const lkaByState = new Map<string, AgencyEntry>();
  for (const entry of registry.agencies) {
    for (const written of [entry.name, ...entry.aliases]) {
      for (const v of inflections(written)) if (!forms.has(v)) forms.set(v, entry);
      const space = written.indexOf(' ');
      const family = space > 0 ? familyOf(written.slice(0, space)) : undefined;
      if (family) {
        const key = `${family}:${written.slice(space + 1)}`;
        if (!byPlace.has(key)) byPlace.set(key, entry);
      }
    }
    for (const a of entry.abbreviations) if (!abbreviations.has(a)) abbreviations.set(a, entry);
    if (entry.id.startsWith('lka-') && entry.jurisdiction.length === 1 && entry.jurisdiction[0]?.length === 2) {
      lkaByState.set(entry.jurisdiction[0], entry);
    }
  }
  const alternation = (keys: Iterable<string>): string => [...keys].sort((a, b) => b.length - a.length).map(escape).join('|');
  const formPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(forms.keys())})(?![\\p{L}\\p{N}])`, 'gu');
  const abbreviationPattern = abbreviations.size > 0
    ? new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${alternation(abbreviations.keys())})(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;
  compiled = { forms, abbreviations, formPattern, abbreviationPattern, byPlace, byId: registry.byId, lkaByState };
  return compiled;
}
