import type { Agency } from '@lagebild/schema';
import type { AgencyEntry } from '@lagebild/gazetteer';
import { derived, type Resources } from '../resources.js';
import { longestNonOverlapping, overlapsAny, spanOf } from '../text/spans.js';
import type { Scan } from '../lexicon.js';
import { isWordChar } from '../text/tokens.js';
import { CONFIDENCE, POLICE_REGIONS, POLICE_UNITS, type Designator } from './constants.js';
import { compiledRegistry, nextKey, type RegistryForm } from './registry.js';

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

const PLACE_WORD = '(?:[\\p{Lu}][\\p{L}\\p{M}.\\-]*|\\([\\p{L}. ]{1,15}\\)|am|an|der|in|im|a\\.|d\\.)';
/** After a designator: the run of words that may name its place ("Halle (Saale)", "Frankfurt am Main"). */
const PLACE_RUN = new RegExp(`[ \\u00a0]+([\\p{Lu}][\\p{L}\\p{M}.\\-]*(?:[ \\u00a0]+${PLACE_WORD}){0,3})`, 'uy');

/** Whether `place` names a municipality, district or police region. */
function isPlace(resources: Resources, place: string): boolean {
  const cache = derived(resources, 'agencies/is-place', () => new Map<string, boolean>());
  let known = cache.get(place);
  if (known === undefined) {
    const g = resources.gazetteer;
    known = g.findMunicipalities(place).length > 0 || g.findDistricts(place).length > 0 || POLICE_REGIONS.has(place)
      || g.findDistricts(`${place}kreis`).length > 0;
    if (cache.size < 50000) cache.set(place, known);
  }
  return known;
}

/** The longest leading run of words of `raw` that names a place, or undefined; remembered per designator family and run. */
function placePrefix(resources: Resources, raw: string, family: string): string | undefined {
  // The same runs come back document after document ("Dortmund", "Unna vor dem"): a look-up instead of splitting and joining words.
  const cache = derived(resources, 'agencies/place-prefix', () => new Map<string, string | null>());
  const key = `${family}\u0000${raw}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const found = findPlacePrefix(resources, raw, family);
  if (cache.size < 50000) cache.set(key, found ?? null);
  return found;
}

function findPlacePrefix(resources: Resources, raw: string, family: string): string | undefined {
  const registry = compiledRegistry(resources);
  const words = raw.split(/[ \u00a0]+/u);
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ').replace(/[.,;:\-]+$/u, '');
    if (!candidate) continue;
    if (registry.byPlace.has(`${family}:${candidate}`) || isPlace(resources, candidate)) return candidate;
  }
  return undefined;
}

/**
 * The registry police authority whose district-level jurisdiction covers `place`, if exactly one does;
 * with several readings of the place, the document's state decides.
 */
function policeCovering(resources: Resources, place: string, state: string | undefined): AgencyEntry | undefined {
  const cache = derived(resources, 'agencies/covering', () => new Map<string, AgencyEntry[]>());
  let covering = cache.get(place);
  if (!covering) {
    const g = resources.gazetteer;
    const ags = [...g.findMunicipalities(place).map((m) => m.ags), ...g.findDistricts(place).map((d) => d.ags),
      ...g.findDistricts(`${place}kreis`).map((d) => d.ags)];
    covering = ags.length === 0 ? [] : compiledRegistry(resources).localPolice.filter((a) => a.jurisdiction.some((j) => j.length >= 5 && ags.some((x) => x.startsWith(j))));
    cache.set(place, covering);
  }
  if (covering.length === 1) return covering[0];
  if (state && covering.length > 1) {
    const inState = covering.filter((a) => a.jurisdiction.some((j) => j.startsWith(state)));
    if (inState.length === 1) return inState[0];
  }
  return undefined;
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

/** The first of `forms` (all starting with the word of `length` at `start`) written at `start` as whole words. */
function formAt(text: string, start: number, length: number, forms: readonly RegistryForm[] | undefined): RegistryForm | undefined {
  if (!forms) return undefined;
  for (const f of forms) {
    if (f.abbreviation && text[start - 1] === '-') continue;
    if ((f.written.length === length || text.startsWith(f.written, start)) && !isWordChar(text, start + f.written.length)) return f;
  }
  return undefined;
}

/**
 * "Polizei X", "Staatsanwaltschaft X", "Polizeiwache X": the agency a designator word at `start`..`end`
 * names with the place after it, or undefined when no place follows. Kept apart from
 * {@link extractAgencies} so that both stay small enough for V8 to optimize quickly.
 */
function designatedAgency(
  resources: Resources, registry: ReturnType<typeof compiledRegistry>, text: string, word: string, start: number, end: number,
  designator: Designator, state: string | undefined,
): Agency | undefined {
  PLACE_RUN.lastIndex = end;
  const m = PLACE_RUN.exec(text);
  if (!m) return undefined;
  const place = placePrefix(resources, m[1]!, designator.family);
  if (!place) return undefined;
  const placeStart = end + m[0].length - m[1]!.length;
  const span = spanOf(text, start, placeStart + place.length);
  const known = registry.byPlace.get(`${designator.family}:${place}`) ?? (designator.parent ? registry.byId(designator.parent) : undefined);
  if (known) return { span, id: known.id, name: known.name, kind: known.kind, confidence: CONFIDENCE.unit };
  const parent = POLICE_UNITS.has(word) || designator.family === 'police' ? policeCovering(resources, place, state) : undefined;
  if (parent) return { span, id: parent.id, name: parent.name, kind: parent.kind, confidence: CONFIDENCE.unitByJurisdiction };
  const name = `${baseForm(word, designator)} ${place}`;
  return { span, id: `${designator.unknownPrefix}${slugify(place)}`, name, kind: designator.kind, confidence: CONFIDENCE.unknown };
}

/**
 * Authorities in the text: registry names, aliases and abbreviations (whole words, case-sensitive), and
 * "Polizei X" / "Staatsanwaltschaft X" / "Amtsgericht X" with X a place; a police unit in a place that one
 * registry police authority covers folds into it ("Polizeiwache Werne" → Kreispolizeibehörde Unna), the
 * rest get an `unknown-…` id and lower confidence. Overlaps are resolved longest first, so
 * "Polizeipräsidium Dortmund" is one mention. A bare "Landeskriminalamt" is returned as generic.
 * `state` (two AGS digits), when known, decides between police authorities for a place name with readings
 * in several states.
 */
export function extractAgencies(resources: Resources, scan: Scan, state?: string): AgencyResult {
  const registry = compiledRegistry(resources);
  const { tokens, hits, entries } = scan;
  const { text, starts, ends } = tokens;
  const candidates: Agency[] = [];
  const lka: { start: number; end: number }[] = [];
  for (let h = 0; h < hits.length; h++) {
    const entry = entries[h]!.agency;
    if (!entry) continue;
    const i = hits[h]!;
    const word = text.slice(starts[i]!, ends[i]!);
    const start = starts[i]!;
    const end = ends[i]!;
    if (entry.forms) {
      // The longest form written here: those that go on past the word come before the short ones.
      const f = formAt(text, start, word.length, entry.formsByNext?.get(nextKey(text, end))) ?? formAt(text, start, word.length, entry.shortForms);
      if (f) {
        const confidence = !f.abbreviation ? CONFIDENCE.name : f.written.length <= 3 ? CONFIDENCE.shortAbbreviation : CONFIDENCE.abbreviation;
        candidates.push({ span: spanOf(text, start, start + f.written.length), id: f.entry.id, name: f.entry.name, kind: f.entry.kind, confidence });
      }
    }
    if (entry.lka && text[start - 1] !== '-') lka.push({ start, end });
    const designator = entry.designator;
    if (!designator) continue;
    const unit = designatedAgency(resources, registry, text, word, start, end, designator, state);
    if (unit) candidates.push(unit);
  }
  // Registry matches come first, so they win ties of equal length.
  const agencies = longestNonOverlapping(candidates);
  const generic: GenericAgencyMention[] = [];
  const spans = agencies.map((a) => a.span);
  for (const range of lka) if (!overlapsAny(range, spans)) generic.push({ ...range, generic: 'lka' });
  return { agencies, generic };
}

/**
 * Agency mentions for generic "Landeskriminalamt"/"LKA" once the state is known (from the publisher's
 * jurisdiction or the places of the text); none when the state is unknown.
 */
export function resolveGenericAgencies(resources: Resources, text: string, generic: readonly GenericAgencyMention[], state: string | undefined): Agency[] {
  if (!state || generic.length === 0) return [];
  const lka = compiledRegistry(resources).lkaByState.get(state);
  if (!lka) return [];
  return generic.map((g) => ({ span: spanOf(text, g.start, g.end), id: lka.id, name: lka.name, kind: lka.kind, confidence: CONFIDENCE.genericLka }));
}
