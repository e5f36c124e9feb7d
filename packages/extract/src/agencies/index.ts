import type { Agency } from '@lagebild/schema';
import { loadAgencyRegistry, loadGazetteer, type AgencyEntry } from '@lagebild/gazetteer';
import { escapeRegex as escape } from '../text/inflect.js';
import { longestNonOverlapping, overlapsAny, spanOf } from '../text/spans.js';
import { CONFIDENCE, DESIGNATORS, GENERIC_LKA, POLICE_REGIONS, POLICE_UNITS, type Designator } from './constants.js';
import { compiledRegistry } from './registry.js';

/** "Landeskriminalamt" without a state, to be resolved once the document's state is known. */
export interface GenericAgencyMention {
  readonly start: number;
  readonly end: number;
  readonly generic: 'lka';
}

/** Agencies found in a text, and generic mentions still waiting for the document's state. */
export interface AgencyResult {
  readonly agencies: Agency[];
  readonly generic: GenericAgencyMention[];
}


const DESIGNATOR_FORMS = new Map<string, Designator>();
for (const d of DESIGNATORS) for (const f of d.forms) DESIGNATOR_FORMS.set(f, d);
const PLACE_WORD = '(?:[\\p{Lu}][\\p{L}\\p{M}.\\-]*|\\([\\p{L}. ]{1,15}\\)|am|an|der|in|im|a\\.|d\\.)';
const DESIGNATED = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...DESIGNATOR_FORMS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})[ \\u00a0]+`
  + `([\\p{Lu}][\\p{L}\\p{M}.\\-]*(?:[ \\u00a0]+${PLACE_WORD}){0,3})`,
  'gu',
);

/** Whether `place` names a municipality, district or police region. */
function isPlace(place: string): boolean {
  const g = loadGazetteer();
  return g.findMunicipalities(place).length > 0 || g.findDistricts(place).length > 0 || POLICE_REGIONS.has(place)
    || g.findDistricts(`${place}kreis`).length > 0;
}

/** The longest leading run of words of `raw` that names a place, or undefined. */
function placePrefix(raw: string, family: string): string | undefined {
  const registry = compiledRegistry();
  const words = raw.split(/[ \u00a0]+/u);
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ').replace(/[.,;:\-]+$/u, '');
    if (!candidate) continue;
    if (registry.byPlace.has(`${family}:${candidate}`) || isPlace(candidate)) return candidate;
  }
  return undefined;
}

/** The registry police authority whose district-level jurisdiction covers `place`, if exactly one does. */
function policeCovering(place: string): AgencyEntry | undefined {
  const g = loadGazetteer();
  const ags = [...g.findMunicipalities(place).map((m) => m.ags), ...g.findDistricts(place).map((d) => d.ags),
    ...g.findDistricts(`${place}kreis`).map((d) => d.ags)];
  if (ags.length === 0) return undefined;
  const registry = loadAgencyRegistry();
  const covering = registry.agencies.filter((a) => a.id.startsWith('polizei-')
    && a.jurisdiction.some((j) => j.length >= 5 && ags.some((x) => x.startsWith(j))));
  return covering.length === 1 ? covering[0] : undefined;
}

/** Lowercase ASCII slug: "Halle (Saale)" → "halle-saale". */
export function slugify(s: string): string {
  return s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function baseForm(written: string, designator: Designator): string {
  for (const f of designator.forms) if (written !== f && written.startsWith(f) && /^(?:e?s)$/u.test(written.slice(f.length))) return f;
  return written;
}

/**
 * Authorities in `text`: registry names, aliases and abbreviations (whole words, abbreviations
 * case-sensitive), and "Polizei X" / "Staatsanwaltschaft X" / "Amtsgericht X" with X a place; those not in
 * the registry get an `unknown-…` id and lower confidence. Overlaps are resolved longest first, so
 * "Polizeipräsidium Dortmund" is one mention. A bare "Landeskriminalamt" is returned as generic.
 */
export function extractAgencies(text: string): AgencyResult {
  const registry = compiledRegistry();
  const candidates: Agency[] = [];
  for (const m of text.matchAll(registry.formPattern)) {
    const entry = registry.forms.get(m[0]);
    if (!entry) continue;
    candidates.push({ span: spanOf(text, m.index, m.index + m[0].length), id: entry.id, name: entry.name, kind: entry.kind, confidence: CONFIDENCE.name });
  }
  if (registry.abbreviationPattern) {
    for (const m of text.matchAll(registry.abbreviationPattern)) {
      const entry = registry.abbreviations.get(m[0]);
      if (!entry) continue;
      const confidence = m[0].length <= 3 ? CONFIDENCE.shortAbbreviation : CONFIDENCE.abbreviation;
      candidates.push({ span: spanOf(text, m.index, m.index + m[0].length), id: entry.id, name: entry.name, kind: entry.kind, confidence });
    }
  }
  for (const m of text.matchAll(DESIGNATED)) {
    const written = m[1] ?? '';
    const designator = DESIGNATOR_FORMS.get(written);
    if (!designator) continue;
    const place = placePrefix(m[2] ?? '', designator.family);
    if (!place) continue;
    const end = m.index + written.length + (m[0].length - written.length - (m[2] ?? '').length) + place.length;
    const span = spanOf(text, m.index, end);
    const known = registry.byPlace.get(`${designator.family}:${place}`) ?? (designator.parent ? registry.byId(designator.parent) : undefined);
    const parent = !known && POLICE_UNITS.has(written) ? policeCovering(place) : undefined;
    if (known) {
      candidates.push({ span, id: known.id, name: known.name, kind: known.kind, confidence: CONFIDENCE.unit });
    } else if (parent) {
      candidates.push({ span, id: parent.id, name: parent.name, kind: parent.kind, confidence: CONFIDENCE.unitByJurisdiction });
    } else {
      const name = `${baseForm(written, designator)} ${place}`;
      candidates.push({ span, id: `${designator.unknownPrefix}${slugify(place)}`, name, kind: designator.kind, confidence: CONFIDENCE.unknown });
    }
  }
  // Registry matches come first, so they win ties of equal length.
  const agencies = longestNonOverlapping(candidates);
  const generic: GenericAgencyMention[] = [];
  for (const m of text.matchAll(GENERIC_LKA)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (!overlapsAny(range, agencies.map((a) => a.span))) generic.push({ ...range, generic: 'lka' });
  }
  return { agencies, generic };
}

/**
 * Agency mentions for generic "Landeskriminalamt"/"LKA" once the state is known (from the publisher's
 * jurisdiction or the places of the text); none when the state is unknown.
 */
export function resolveGenericAgencies(text: string, generic: readonly GenericAgencyMention[], state: string | undefined): Agency[] {
  if (!state) return [];
  const lka = compiledRegistry().lkaByState.get(state);
  if (!lka) return [];
  return generic.map((g) => ({ span: spanOf(text, g.start, g.end), id: lka.id, name: lka.name, kind: lka.kind, confidence: CONFIDENCE.genericLka }));
}
