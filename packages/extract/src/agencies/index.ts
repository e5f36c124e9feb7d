import type { Agency, Span } from '@lagebild/schema';
import type { AgencyEntry } from '@lagebild/gazetteer';
import type { Resources } from '../resources.js';
import { longestNonOverlapping, overlapsAny, spanOf } from '../text/spans.js';
import type { Scan } from '../lexicon.js';
import { hyphenBefore, isUpperChar, isWordChar } from '../text/tokens.js';
import { derived, detached } from '../resources.js';
import {
  ARTICLES, CONFIDENCE, COORDINATION, POLICE_PRESIDENT_BY_STATE, type GenericBody, STATE_ADJECTIVES, STATE_ER_ADJECTIVES, STATE_LIST_INTRO, STATES, type Designator,
} from './constants.js';
import { institutionAt } from './institutions.js';
import { isPlace, placeKind, readPlace, type PlaceReading } from './places.js';
import { compiledRegistry, nextKey, type CompiledRegistry, type DesignatorForm, type RegistryForm } from './registry.js';
import { slugify } from './slug.js';

export { slugify } from './slug.js';

/** A body named without its Land ("das Landeskriminalamt"), to be resolved once the document's state is known. */
export interface GenericAgencyMention {
  readonly start: number;
  readonly end: number;
  readonly generic: GenericBody;
  /** The Land every registry authority named in the text belongs to, if they agree. */
  readonly state: string | undefined;
}

/** Agencies found in a text, and generic mentions still waiting for the document's state. */
export interface AgencyResult {
  readonly agencies: Agency[];
  readonly generic: GenericAgencyMention[];
}

/** Where a designated body came from, for folding the names of one body into one ("Kripo X" and "KPI X"). */
interface BodyKey {
  readonly branch: NonNullable<Designator['branch']>;
  readonly rank: number;
  readonly place: string;
}

/** The first of `forms` (all starting with the word of `length` at `start`) written at `start` as whole words. */
function formAt(text: string, start: number, length: number, forms: readonly RegistryForm[] | undefined): RegistryForm | undefined {
  if (!forms) return undefined;
  for (const f of forms) {
    if (f.abbreviation && hyphenBefore(text, start)) continue;
    if ((f.written.length === length || text.startsWith(f.written, start)) && !isWordChar(text, start + f.written.length)) return f;
  }
  return undefined;
}

/** What "<designator> <place>" resolves to, remembered per designator and place. */
interface Resolved {
  readonly id: string;
  readonly name: string;
  readonly kind: Agency['kind'];
  readonly known: boolean;
}

/**
 * The body a designator names with a place: a registry entry of exactly that name ("Polizeiinspektion Halle"),
 * the designator's parent ("Bundespolizei Dresden" → Bundespolizei), for an authority designator the registry
 * authority of the place ("Kriminalpolizei Bielefeld" → Polizeipräsidium Bielefeld), else a body of its own named
 * "<Designator> <place>".
 */
function resolve(resources: Resources, registry: CompiledRegistry, designator: Designator, place: string): Resolved {
  // The same few bodies come back document after document: one look-up instead of composing, slugging and three look-ups.
  const caches = derived(resources, 'agencies/bodies', () => new Map<Designator, Map<string, Resolved>>());
  let cache = caches.get(designator);
  if (!cache) {
    cache = new Map();
    caches.set(designator, cache);
  }
  let r = cache.get(place);
  if (r === undefined) {
    const composed = detached(`${designator.canonical} ${canonicalPlace(resources, place)}`);
    const known = registry.byName.get(composed) ?? registry.bySlug.get(slugify(composed))
      ?? (designator.parent ? registry.byId(designator.parent) : undefined)
      ?? (designator.registry === 'authority' ? registry.byPlace.get(`${designator.family}:${place}`) : undefined);
    r = known
      ? { id: known.id, name: known.name, kind: known.kind, known: true }
      : { id: `unknown-${slugify(composed)}`, name: composed, kind: designator.kind, known: false };
    if (cache.size < 5000) cache.set(detached(place), r);
  }
  return r;
}

/**
 * The gazetteer's spelling of a place written another way that folds to the same letters ("Dessau-Rosslau" for
 * Dessau-Roßlau): one body, one name, however a release spells its town.
 */
function canonicalPlace(resources: Resources, place: string): string {
  const bySlug = derived(resources, 'agencies/place-spellings', ({ gazetteer }) => {
    const out = new Map<string, string | null>();
    const add = (name: string): void => {
      const slug = slugify(name);
      const seen = out.get(slug);
      if (seen === undefined) out.set(slug, name);
      else if (seen !== name) out.set(slug, null);
    };
    for (const m of gazetteer.municipalities) add(m.name);
    return out;
  });
  // A written form the gazetteer knows is kept: "Esslingen" is Esslingen am Neckar's short name, not the Eifel's Eßlingen.
  if (resources.gazetteer.municipalityNames.has(place)) return place;
  const spelled = bySlug.get(slugify(place));
  return spelled ?? place;
}

function bodyFor(resources: Resources, registry: CompiledRegistry, designator: Designator, place: string, start: number, end: number, text: string, confidence: number): Agency {
  const r = resolve(resources, registry, designator, place);
  // "der Zentralen Kriminalinspektion (ZKI) Oldenburg": Niedersachsen's central units carry the adjective in their name.
  const central = designator.branch === 'kripo' && designator.rank === 1 && !r.known ? CENTRAL_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null;
  if (central) {
    const name = `Zentrale ${r.name}`;
    return { span: spanOf(text, start - central[0].length, end), id: `unknown-${slugify(name)}`, name, kind: r.kind, confidence };
  }
  return { span: spanOf(text, start, end), id: r.id, name: r.name, kind: r.kind, confidence: r.known ? Math.max(confidence, CONFIDENCE.unit) : confidence };
}

const ADJECTIVE_END = /er$/u;
const CENTRAL_BEFORE = /(?<![\p{L}])Zentralen?[ \u00a0]+$/u;

/** "und", "sowie" or a comma right before `start` (blanks between): where a coordinated adjective's list goes on. */
const COORDINATION_BEFORE = /(?:,|[ \u00a0](?:und|sowie))[ \u00a0]*$/u;

/**
 * The places of coordinated adjectives before a designator, after an article: "der Augsburger und Nürnberger
 * Kriminalpolizei" names both towns' Kriminalpolizei (guide §2: each body one agency). Only the adjectives before the
 * last one; none where the list does not open with an article.
 */
function coordinatedPlaceAdjectives(resources: Resources, text: string, last: number, designator: Designator): { place: string; start: number }[] {
  const out: { place: string; start: number }[] = [];
  let at = last;
  for (let n = 0; n < 4; n++) {
    const gap = COORDINATION_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    if (!gap) return [];
    const adjective = placeAdjectiveAt(resources, text, at - gap[0].length, designator, true);
    if (!adjective) return [];
    out.push(adjective);
    if (articleBefore(text, adjective.start, true)) return out;
    at = adjective.start;
  }
  return [];
}

/**
 * The place of a designator written as the adjective before it ("der Kasseler Kripo", "die Bremerhavener Polizei",
 * "der Kieler Bezirkskriminalinspektion"), with the adjective's start; a blank stands before `start` unless `adjacent`, and
 * the caller checks the article. "-er" is taken off ("Kieler" → Kiel), or "-er" turned into "-en" ("Bremer" → Bremen),
 * or "-aner" taken off ("Münsteraner" → Münster).
 */
function placeAdjectiveAt(resources: Resources, text: string, start: number, designator: Designator, adjacent = false): { place: string; start: number } | undefined {
  let i = start - 1;
  if (adjacent) i = start;
  else if (text[i] !== ' ' && text[i] !== '\u00a0') return undefined;
  const end = i;
  while (i > 0 && isWordChar(text, i - 1)) i--;
  if (end - i < 5 || !isUpperChar(text, i) || text.charCodeAt(end - 1) !== 114 /* r */ || text.charCodeAt(end - 2) !== 101 /* e */) return undefined;
  const caches = derived(resources, 'agencies/place-adjectives', () => new Map<Designator, Map<string, string | null>>());
  let cache = caches.get(designator);
  if (!cache) {
    cache = new Map();
    caches.set(designator, cache);
  }
  const word = text.slice(i, end);
  let place = cache.get(word);
  if (place === undefined) {
    const stem = word.replace(ADJECTIVE_END, '');
    place = null;
    for (const candidate of [stem, `${stem}en`, stem.endsWith('an') ? stem.slice(0, -2) : '']) {
      if (candidate.length >= 3 && !STATES.has(candidate) && placeKind(resources, candidate, designator) !== undefined) {
        place = candidate;
        break;
      }
    }
    if (cache.size < 5000) cache.set(detached(word), place === null ? null : detached(place));
  }
  return place === null ? undefined : { place, start: i };
}

/** Whether the word before `start` is an article or preposition ("des AG Pößneck"); `capital` also "Die", "Der", …. */
function articleBefore(text: string, start: number, capital = false): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  const end = i + 1;
  while (i >= 0 && isWordChar(text, i)) i--;
  const word = text.slice(i + 1, end);
  return ARTICLES.has(word) || (capital && isUpperChar(text, i + 1) && ARTICLES.has(word.toLowerCase()));
}

/** Whether `gap` joins two coordinated names: ", ", " und ", " sowie der ". */
function coordinates(text: string, from: number, to: number): boolean {
  return to - from <= 24 && to >= from && COORDINATION.test(text.slice(from, to));
}

/** Between the places of a list, also across a hard line break ("Ratzeburg,\nBad Segeberg"). */
const LIST_GAP = /(?:[ \u00a0]*,[ \u00a0]*\n?[ \u00a0]*|[ \u00a0]*\n?[ \u00a0]*(?:und|sowie|oder)[ \u00a0]*\n?[ \u00a0]*)(?=\p{Lu}|\d)/uy;

/** Further places after a first one: "Sachsen und Sachsen-Anhalt", "Gotha, Erfurt und Eisenach". */
function morePlaces(resources: Resources, text: string, first: PlaceReading, designator: Designator): PlaceReading[] {
  const out: PlaceReading[] = [];
  let end = first.end;
  for (let n = 0; n < 6; n++) {
    LIST_GAP.lastIndex = end;
    if (!LIST_GAP.exec(text)) break;
    // readPlace wants the space before the place.
    const next = readPlace(resources, text, LIST_GAP.lastIndex - 1, designator);
    if (!next || next.start !== LIST_GAP.lastIndex) break;
    out.push(next);
    end = next.end;
  }
  return out;
}

/** Whether the last candidate is a designated police unit in the same sentence, shortly before `start`. */
function afterPoliceUnit(text: string, candidates: readonly Agency[], start: number): boolean {
  const last = candidates[candidates.length - 1];
  if (!last || last.kind !== 'police' || start - last.span.end > 80 || start < last.span.end) return false;
  for (let i = last.span.end; i < start; i++) {
    const c = text[i];
    if (c === '.' || c === '\n' || c === '!' || c === '?' || c === ';') return false;
  }
  return true;
}

/** `a` under the name of `body`; built as every agency is, so that all agencies share one object shape. */
function renamed(a: Agency, body: Agency): Agency {
  return { span: a.span, id: body.id, name: body.name, kind: body.kind, confidence: a.confidence };
}

const APPOSITION = /^[ \u00a0]*,[ \u00a0]*$/u;
const PART_OF = /^[ \u00a0]+(?:der|des)[ \u00a0]+$/u;
/** A label joining a unit and its parent: "PD Hochtaunus - Polizeipräsidium Westhessen". */
const LABEL = /^[ \u00a0]+[-–][ \u00a0]+$/u;

/**
 * A unit named only as part of its parent is the parent: "Polizei Brandenburg, Polizeidirektion Ost" and
 * "PD Hochtaunus - Polizeipräsidium Westhessen" (labels), "die Polizeiinspektion Gotha des Landespolizeipräsidiums …".
 * `agencies` are in text order.
 */
function foldIntoParents(text: string, agencies: Agency[], units: ReadonlySet<Agency>): Agency[] {
  if (units.size === 0) return agencies;
  // Pushed, not mapped: a mapped array is holey, a pushed one packed, and the functions after this one would see both kinds.
  const out: Agency[] = [];
  for (let i = 0; i < agencies.length; i++) out.push(withParent(text, agencies, i, units));
  return out;
}

/** The `i`th of `agencies`, renamed to the police body it belongs to if it is such a unit (see {@link foldIntoParents}). */
function withParent(text: string, agencies: readonly Agency[], i: number, units: ReadonlySet<Agency>): Agency {
  const a = agencies[i]!;
  if (!units.has(a)) return a;
  const before = agencies[i - 1];
  const after = agencies[i + 1];
  const gapBefore = before && before.kind === 'police' && !units.has(before) && before.span.end <= a.span.start && a.span.start - before.span.end < 8
    ? text.slice(before.span.end, a.span.start) : undefined;
  const gapAfter = after && after.kind === 'police' && !units.has(after) && a.span.end <= after.span.start && after.span.start - a.span.end < 8
    ? text.slice(a.span.end, after.span.start) : undefined;
  const parent = gapBefore !== undefined && (APPOSITION.test(gapBefore) || LABEL.test(gapBefore)) ? before
    : gapAfter !== undefined && (PART_OF.test(gapAfter) || LABEL.test(gapAfter)) ? after : undefined;
  return parent ? renamed(a, parent) : a;
}

/** A designator without a place, waiting for a coordinated one that has it ("Polizei und Staatsanwaltschaft Osnabrück"). */
interface Pending {
  readonly form: DesignatorForm;
  readonly start: number;
  readonly end: number;
}

/** The Land of every registry authority among `agencies` with a jurisdiction, if they agree. */
function agreedState(registry: CompiledRegistry, agencies: readonly Agency[]): string | undefined {
  let state: string | undefined;
  for (const a of agencies) {
    const entry: AgencyEntry | undefined = registry.byId(a.id);
    if (!entry || entry.jurisdiction.length === 0) continue;
    for (const j of entry.jurisdiction) {
      const s = j.slice(0, 2);
      if (state === undefined) state = s;
      else if (state !== s) return undefined;
    }
  }
  return state;
}

const NUMBER_QUALIFIED = /^(.* \d{1,3}) \(.+\)$/u;

/**
 * Abbreviations every Land uses for a body of its own, which the registry holds for one Land only: "ZAC" is the
 * Zentral- und Ansprechstelle Cybercrime NRW in NRW, but "die ZAC des LKA Niedersachsen" elsewhere (guide §2:
 * a bare abbreviation that could be many bodies is none of them). By written form: the Land the entry is of.
 */
const ONE_LAND_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['ZAC', '05']]);
/** After such an abbreviation: the body of another Land it belongs to ("(ZAC) des LKA Niedersachsen"). */
const OF_LAND_BODY_AFTER = /^[ \u00a0]*\)?[ \u00a0]*(?:des|beim|im)[ \u00a0]+(?:LKA|Landeskriminalamt\p{L}*|Landeskriminalamts)[ \u00a0]+(\p{Lu}[\p{L}-]*)/u;

/**
 * Abbreviations that name another body more often than the registry's ("SIS" is also the Schengen Information
 * System): counted only where the text names the registry's body in full as well.
 */
const INTRODUCED_ABBREVIATIONS: ReadonlySet<string> = new Set(['SIS']);

/** Drops an {@link INTRODUCED_ABBREVIATIONS} mention whose body the text never names in full. */
function dropUnintroducedAbbreviations(agencies: Agency[]): Agency[] {
  if (!agencies.some((a) => INTRODUCED_ABBREVIATIONS.has(a.span.text))) return agencies;
  return agencies.filter((a) => !INTRODUCED_ABBREVIATIONS.has(a.span.text) || agencies.some((b) => b.id === a.id && !INTRODUCED_ABBREVIATIONS.has(b.span.text)));
}

/** A Land named right after such an abbreviation: "ZAC Niedersachsen" is that Land's body. */
const LAND_AFTER = /^[ \u00a0]+(\p{Lu}[\p{L}-]*)/u;

/**
 * Drops a one-Land abbreviation written in another Land's text or of another Land's body. `state` is the
 * document's Land: the publisher's, or (see {@link dropForeignAbbreviations}) the one its places agree on.
 */
function dropOtherLandsAbbreviations(text: string, agencies: Agency[], state: string | undefined): Agency[] {
  return agencies.filter((a) => {
    const land = ONE_LAND_ABBREVIATIONS.get(a.span.text);
    if (land === undefined) return true;
    const after = text.slice(a.span.end, a.span.end + 60);
    const of = OF_LAND_BODY_AFTER.exec(after);
    if (of) return STATES.get(of[1]!) === land;
    const named = STATES.get(LAND_AFTER.exec(after)?.[1] ?? '');
    if (named !== undefined) return named === land;
    return state === undefined || state === land;
  });
}

/**
 * The same for a document whose publisher gives no Land, once its places have given one: "Anzeige bei der ZAC"
 * in a text about Hildesheim is not NRW's ZAC.
 */
export function dropForeignAbbreviations(text: string, agencies: Agency[], state: string | undefined): Agency[] {
  if (state === undefined || !agencies.some((a) => ONE_LAND_ABBREVIATIONS.has(a.span.text))) return agencies;
  return dropOtherLandsAbbreviations(text, agencies, state);
}

/**
 * One body, one name: "Polizeidirektion 5" and "Polizeidirektion 5 (City)", "Kripo Augsburg" and "Kriminalpolizeiinspektion Augsburg", "Polizei Magdeburg" and
 * "Polizeiinspektion Magdeburg" in one text are one body, named by its most specific designator when only one
 * such name is there.
 */
function foldBodies(agencies: Agency[], keys: ReadonlyMap<Agency, BodyKey>): Agency[] {
  if (agencies.length < 2) return agencies;
  // Most texts have nothing to fold: no two designated bodies of one branch and place, no "<Designator> <n> (<Name>)".
  let keyed = 0;
  let numbered = false;
  for (const a of agencies) {
    if (keys.has(a)) keyed++;
    if (!numbered && a.name.charCodeAt(a.name.length - 1) === 41 /* ) */ && a.id.startsWith('unknown-')) numbered = true;
  }
  if (keyed < 2 && !numbered) return agencies;
  const best = new Map<string, { rank: number; agency: Agency; names: Set<string> }>();
  for (const a of agencies) {
    const k = keys.get(a);
    if (!k) continue;
    const group = `${k.branch}\u0000${k.place}`;
    const b = best.get(group);
    if (!b || k.rank > b.rank) best.set(group, { rank: k.rank, agency: a, names: new Set([a.name]) });
    else if (k.rank === b.rank) b.names.add(a.name);
  }
  const qualified = new Map<string, Agency>();
  if (numbered) {
    for (const a of agencies) {
      const q = NUMBER_QUALIFIED.exec(a.name);
      if (q && a.id.startsWith('unknown-')) qualified.set(q[1]!, a);
    }
  }
  // Pushed, not mapped (see foldIntoParents).
  const out: Agency[] = [];
  for (const a of agencies) out.push(folded(a, keys, best, qualified));
  return out;
}

/** `a` under the name of the body it is one with (see {@link foldBodies}). */
function folded(a: Agency, keys: ReadonlyMap<Agency, BodyKey>, best: ReadonlyMap<string, { rank: number; agency: Agency; names: Set<string> }>,
  qualified: ReadonlyMap<string, Agency>): Agency {
  const full = qualified.size > 0 ? qualified.get(a.name) : undefined;
  if (full && a.id.startsWith('unknown-')) return renamed(a, full);
  const k = keys.get(a);
  if (!k) return a;
  const b = best.get(`${k.branch}\u0000${k.place}`)!;
  // Only a general name folds ("Polizei Trier", "Kripo Augsburg"), also where the registry reads it as an authority
  // ("Polizei Osnabrück" is the Polizeidirektion): beside the "Polizeiinspektion Osnabrück" the text names, it is that
  // unit (guide §2, one body however written). A Polizeiinspektion and a Polizeidirektion both named stay two bodies.
  if (b.names.size !== 1 || b.agency.name === a.name || k.rank > 0) return a;
  return renamed(a, b.agency);
}

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
// No look-behind at its head: the word boundary is checked per match. Sticky: tried only where a match can start (see
// adjectiveStarts), not at every position of the text (a search took 3 % of the Berlin corpus's time, where "Berliner" is everywhere).
const STATE_ADJECTIVE_BODY = new RegExp(
  `(?:(${[...STATE_ADJECTIVES.keys()].flatMap((a) => [a, capitalized(a)]).join('|')})(?:e|en|er|es|em)|(${[...STATE_ER_ADJECTIVES.keys()].join('|')}))[ \\u00a0]+(\\p{Lu}[\\p{L}]*(?:-\\p{Lu}[\\p{L}]*)*)(?![\\p{L}-])`,
  'uy',
);
/**
 * The last three letters of each declined adjective with the "e" every ending starts with ("sche"), and the adjectives that
 * end so: their capital (if any) is before them, so they are the same in both cases.
 */
const ADJECTIVE_ANCHORS: ReadonlyMap<string, readonly { readonly adjective: string; readonly middle: string }[]> = (() => {
  const anchors = new Map<string, { adjective: string; middle: string }[]>();
  for (const a of STATE_ADJECTIVES.keys()) {
    const anchor = `${a.slice(-3)}e`;
    const list = anchors.get(anchor) ?? [];
    // The letters between the first and the anchor, cut once here rather than at every anchor a text has.
    list.push({ adjective: a, middle: a.slice(1, -3) });
    anchors.set(anchor, list);
  }
  return anchors;
})();

/**
 * Every position where {@link STATE_ADJECTIVE_BODY} can match, ascending: where a declined adjective (in either case of its
 * first letter) ends in one of the anchors, and where an undeclined one ("Berliner") stands. The pattern tried at these finds
 * the matches a search through the whole text finds: a match elsewhere would start with no adjective.
 */
function adjectiveStarts(text: string): { starts: number[]; undeclined: boolean } {
  const starts: number[] = [];
  for (const [anchor, adjectives] of ADJECTIVE_ANCHORS) {
    for (let q = text.indexOf(anchor); q !== -1; q = text.indexOf(anchor, q + 1)) {
      for (const { adjective: a, middle } of adjectives) {
        const at = q - a.length + 3;
        if (at >= 0 && text.startsWith(middle, at + 1) && text[at]!.toLowerCase() === a[0]) starts.push(at);
      }
    }
  }
  const declined = starts.length;
  for (const word of STATE_ER_ADJECTIVES.keys()) for (let q = text.indexOf(word); q !== -1; q = text.indexOf(word, q + 1)) starts.push(q);
  if (starts.length > 1) starts.sort((a, b) => a - b);
  return { starts, undeclined: starts.length > declined };
}
/** A letter or hyphen right before the sticky position (the look-behind {@link STATE_ADJECTIVE_BODY} leaves out). */
const LETTER_OR_HYPHEN_BEFORE = /(?<=[\p{L}-])/uy;
/** Short names of a Land's government bodies; group 1 for the neuter ones. */
const GOVERNMENT_NOUN = /^(?:\p{Lu}\p{Ll}+(ministerium)|(?:Staats|Senats)kanzlei)$/u;

/**
 * A Land's body named by the Land's adjective, in any case: "der sächsischen Bereitschaftspolizei" (Bereitschaftspolizei
 * Sachsen), "die saarländische Polizei" (guide §2: the text makes the body certain) where the registry knows the body,
 * and a Land's ministry or chancellery by its short name ("Saarländisches Innenministerium") where it does not.
 */
function stateAdjectiveBodies(registry: CompiledRegistry, text: string): Agency[] {
  const { starts, undeclined } = adjectiveStarts(text);
  // Bodies are looked for only in texts with "isch" or an undeclined adjective ("Berliner"), which adjectiveStarts has found.
  if (starts.length === 0 || (!undeclined && !text.includes('isch'))) return [];
  const out: Agency[] = [];
  // Where the search goes on: after a match, or after the start of one inside a word.
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    STATE_ADJECTIVE_BODY.lastIndex = at;
    const m = STATE_ADJECTIVE_BODY.exec(text);
    if (!m) continue;
    LETTER_OR_HYPHEN_BEFORE.lastIndex = m.index;
    if (LETTER_OR_HYPHEN_BEFORE.test(text)) {
      // Inside a word: the search goes on from the next character, as the look-behind would have.
      from = m.index + 1;
      continue;
    }
    from = m.index + m[0].length;
    const adjective = m[1]?.toLowerCase();
    const land = adjective ? STATE_ADJECTIVES.get(adjective) : STATE_ER_ADJECTIVES.get(m[2]!);
    // "des Berliner IT-Dienstleistungszentrums": the genitive's "-s"/"-es" off for the registry's name.
    const written = m[3]!;
    const noun = registry.byName.has(`${written} ${land}`) ? written : written.replace(/e?s$/u, '');
    const entry = registry.byName.get(`${noun} ${land}`) ?? registry.byName.get(`${written} ${land}`)
      ?? (adjective ? registry.byName.get(`${capitalized(adjective)}e ${noun}`) : registry.byName.get(`${m[2]} ${noun}`));
    if (entry) {
      out.push({ span: spanOf(text, m.index, m.index + m[0].length), id: entry.id, name: entry.name, kind: entry.kind, confidence: CONFIDENCE.abbreviation });
      continue;
    }
    // "das saarländische Innenministerium", "die Bayerische Staatskanzlei": a Land's ministry or chancellery by its short name.
    const government = adjective ? GOVERNMENT_NOUN.exec(noun) : null;
    if (government) {
      const name = `${capitalized(adjective!)}${government[1] ? 'es' : 'e'} ${noun}`;
      out.push({ span: spanOf(text, m.index, m.index + m[0].length), id: `unknown-${slugify(name)}`, name, kind: 'state-agency', confidence: CONFIDENCE.institution });
    }
  }
  return out;
}

/**
 * Authorities in the text: registry names, aliases and abbreviations (whole words, case-sensitive);
 * "<designator> <place>" ("Polizeiinspektion Würzburg-Land", "das Polizeirevier in Meerane", "PD Ost",
 * "Polizeiabschnitt 54"), coordinated ("Polizei und Staatsanwaltschaft Osnabrück", "der Landespolizeien Sachsen
 * und Sachsen-Anhalt"); named institutions ("Landesamt für Bürger- und Ordnungsangelegenheiten"). A unit with
 * a place of its own is an agency of its own; bodies the registry lacks get an `unknown-…` id and lower
 * confidence. Overlaps are resolved longest first, so "Polizeipräsidium Dortmund" is one mention. A bare
 * "Landeskriminalamt" or "Polizeipräsident" is returned as generic. `state` (two AGS digits), when known, is
 * the publisher's Land.
 */
export function extractAgencies(resources: Resources, scan: Scan, state?: string): AgencyResult {
  const registry = compiledRegistry(resources);
  const { tokens, hits, entries } = scan;
  const { text, starts, ends } = tokens;
  const found: Found = { candidates: [], keys: new Map(), units: new Set() };
  const { candidates } = found;
  const generic: { start: number; end: number; generic: GenericAgencyMention['generic'] }[] = [];
  let pending: Pending[] = [];
  for (let h = 0; h < hits.length; h++) {
    const entry = entries[h]!.agency;
    if (!entry) continue;
    const i = hits[h]!;
    const start = starts[i]!;
    const end = ends[i]!;
    let formEnd = -1;
    if (entry.forms) {
      // The longest form written here: those that go on past the word come before the short ones.
      const f = formAt(text, start, end - start, entry.formsByNext?.get(nextKey(text, end))) ?? formAt(text, start, end - start, entry.shortForms);
      if (f) {
        formEnd = start + f.written.length;
        candidates.push({ span: spanOf(text, start, start + f.written.length), id: f.entry.id, name: f.entry.name, kind: f.entry.kind, confidence: f.confidence });
      }
    }
    if (entry.generic && !hyphenBefore(text, start)) generic.push({ start, end, generic: entry.generic });
    if (entry.institution) {
      const institution = institutionAt(registry, text, start, end, entry.institution, (name) => isPlace(resources, name));
      if (institution) candidates.push(institution);
    }
    const form = entry.designator;
    if (!form) continue;
    if (form.abbreviation && (hyphenBefore(text, start) || (form.articleOnly && !articleBefore(text, start)))) continue;
    pending = designatedBodies(resources, registry, text, { form, start, end }, formEnd, pending, found);
  }
  for (const a of stateAdjectiveBodies(registry, text)) candidates.push(a);
  // Registry matches come first, so they win ties of equal length.
  const agencies = dropStationLabels(text, dropUnintroducedAbbreviations(dropOtherLandsAbbreviations(text, foldBodies(foldIntoParents(text, longestNonOverlapping(candidates), found.units), found.keys), state)));
  const agencyState = generic.length > 0 ? state ?? agreedState(registry, agencies) : undefined;
  // Pushed, not mapped: every range list handed to `overlapsAny` has the elements kind of a pushed array.
  const spans: Span[] = [];
  for (const a of agencies) spans.push(a.span);
  const open: GenericAgencyMention[] = [];
  for (const g of generic) if (!overlapsAny(g.start, g.end, spans)) open.push({ start: g.start, end: g.end, generic: g.generic, state: agencyState });
  return { agencies, generic: open };
}

/** The candidates of one text and what is known of the designated bodies among them. */
interface Found {
  readonly candidates: Agency[];
  /** Where each designated body came from, for folding the names of one body into one. */
  readonly keys: Map<Agency, BodyKey>;
  /** Units the registry does not know, to be folded into their parents. */
  readonly units: Set<Agency>;
}

/** Adds a designated body to the candidates. */
function addBody(found: Found, agency: Agency, designator: Designator, place: string): void {
  found.candidates.push(agency);
  if (designator.registry === 'unit' && agency.id.startsWith('unknown-')) found.units.add(agency);
  if (designator.branch) found.keys.set(agency, { branch: designator.branch, rank: designator.rank ?? 0, place });
}

/**
 * The bodies a designator word names ("Polizeiinspektion Würzburg-Land", "der Kasseler Kripo", "Polizei und Staatsanwaltschaft
 * Osnabrück"), added to `found`; returns the designators still waiting for their place. `formEnd` is where a registry form
 * written at the same word ends (-1 where none is). A function of its own, apart from the loop over the hits: when a rare
 * text sends V8's compiled code of one of them back to the interpreter, only that one is compiled again.
 */
function designatedBodies(
  resources: Resources, registry: CompiledRegistry, text: string, hit: Pending, formEnd: number, pending: Pending[], found: Found,
): Pending[] {
  const { form, start, end } = hit;
  const add = (agency: Agency, designator: Designator, place: string): void => addBody(found, agency, designator, place);
  const designator = form.designator;
  if (designator.afterPoliceUnit && !afterPoliceUnit(text, found.candidates, start)) return pending;
  let place: PlaceReading | undefined;
  let listed = form.plural;
  if (designator.state && !form.plural) {
    // "der Polizei der Länder Brandenburg und Sachsen"
    for (const intro of STATE_LIST_INTRO) {
      if (text[end] === ' ' && text.startsWith(intro, end + 1)) {
        place = readPlace(resources, text, end + intro.length, designator);
        listed = place !== undefined;
        break;
      }
    }
  }
  place ??= readPlace(resources, text, end, designator);
  if (!place && !form.plural && !form.abbreviation) {
    // "der Kasseler Kripo": the place as an adjective before the designator.
    const adjective = placeAdjectiveAt(resources, text, start, designator);
    const listed = adjective && !articleBefore(text, adjective.start, true) ? coordinatedPlaceAdjectives(resources, text, adjective.start, designator) : [];
    // "die Stralsunder Polizei" may be any of the town's police units; "die Bremerhavener Polizei" is the registry's one body.
    const named = (a: { place: string }): boolean => designator.branch !== 'police' || designator.rank !== 0 || resolve(resources, registry, designator, a.place).known;
    if (adjective && (articleBefore(text, adjective.start, true) || listed.length > 0) && named(adjective)) {
      add(bodyFor(resources, registry, designator, adjective.place, adjective.start, end, text, CONFIDENCE.designated), designator, adjective.place);
      // "der Augsburger und Nürnberger Kriminalpolizei": each adjective before names a body of its own, its span the adjective.
      for (const other of listed) {
        if (!named(other)) continue;
        const otherEnd = other.start + (text.slice(other.start).match(/^[\p{L}-]+/u)?.[0].length ?? 0);
        add(bodyFor(resources, registry, designator, other.place, other.start, otherEnd, text, CONFIDENCE.designated), designator, other.place);
      }
      return [];
    }
  }
  if (!place) {
    const last = pending[pending.length - 1];
    return last && coordinates(text, last.end, start) ? [...pending, { form, start, end }] : [{ form, start, end }];
  }
  if (listed) {
    // Each place of a list names a body of its own; the span is the place.
    for (const p of [place, ...morePlaces(resources, text, place, designator)]) {
      add(bodyFor(resources, registry, designator, p.place, p.start, p.end, text, CONFIDENCE.coordinated), designator, p.place);
    }
  } else {
    // A registry name written here as long or longer wins anyway ("Polizei Berlin"): no second candidate to build and drop.
    if (place.end > formEnd) add(bodyFor(resources, registry, designator, place.place, start, place.end, text, CONFIDENCE.designated), designator, place.place);
    // "Polizei Kleve und Krefeld" in a joint release: a second place joined on names that place's body of the registry too.
    const second = designator.registry === 'authority' ? morePlaces(resources, text, place, designator)[0] : undefined;
    if (second && /^[ \u00a0]+und[ \u00a0]+$/u.test(text.slice(place.end, second.start)) && resolve(resources, registry, designator, second.place).known) {
      add(bodyFor(resources, registry, designator, second.place, second.start, second.end, text, CONFIDENCE.coordinated), designator, second.place);
    }
  }
  const last = pending[pending.length - 1];
  if (last && coordinates(text, last.end, start)) {
    for (const p of pending) {
      if (p.form.plural) continue;
      add(bodyFor(resources, registry, p.form.designator, place.place, p.start, p.end, text, CONFIDENCE.coordinated), p.form.designator, place.place);
    }
  }
  return [];
}

/** A phone number right after a name: "bei der Polizei Hoya unter 04251/934640", "Polizei Hoya (Tel. 04251 …)". */
const PHONE_LABEL_AFTER = /^[ \u00a0]*,?[ \u00a0]*(?:unter(?:[ \u00a0]+(?:der|den)[ \u00a0]+(?:Telefonnummer|Rufnummer|Nummern?))?|\(?[ \u00a0]*(?:Tel\.?|Telefon|Tel\.-Nr\.|Rufnummer)[ \u00a0:]*)[ \u00a0]*\(?[ \u00a0]*(?:\+49|0)\d/u;

/**
 * A police station the release does not name as a body of its own (guide §2): "die Polizei in Nienburg" beside the
 * "Polizeiinspektion Nienburg / Schaumburg" is that body; "bei der Polizei Hoya unter 04251/934640" labels a phone
 * number of the releasing body. Only bare "Polizei <Ort>" bodies outside the registry, and only beside another police body.
 */
function dropStationLabels(text: string, agencies: Agency[]): Agency[] {
  const stations = agencies.filter((a) => a.kind === 'police' && a.id.startsWith('unknown-polizei-'));
  if (stations.length === 0) return agencies;
  const others = agencies.filter((a) => a.kind === 'police' && !a.id.startsWith('unknown-polizei-'));
  if (others.length === 0) return agencies;
  return agencies.filter((a) => {
    if (!stations.includes(a)) return true;
    const place = a.name.replace(/^Polizei[ \u00a0]+/u, '');
    const within = new RegExp(`(?<![\\p{L}])${place.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u');
    if (others.some((o) => within.test(o.name))) return false;
    return !PHONE_LABEL_AFTER.test(text.slice(a.span.end, a.span.end + 40));
  });
}

/** Berlin, Hamburg and Bremen have senators, not ministries: "das Innenministerium" there is the federal one. */
const CITY_STATES: ReadonlySet<string> = new Set(['11', '02', '04']);

/** Land names by their two AGS digits, for bodies named after their Land. */
const LAND_NAMES: ReadonlyMap<string, string> = new Map([...STATES].filter(([name]) => name !== 'NRW').map(([name, code]) => [code, name]));

/** Heads of a Land's ministries, whose name alone does not tell which Land's they are ("Ministerium für Inneres"). */
const LAND_MINISTRY = /^(?:Ministerium|Staatsministerium|Landesministerium)(?![\p{L}])/u;
/** A Land named in an institution's name already ("… des Landes Brandenburg", "… Sachsen-Anhalt"). */
const NAMES_A_LAND = new RegExp(`(?<![\\p{L}])(?:${[...STATES.keys()].map((n) => n.replace(/-/gu, '[- ]')).join('|')}|Landes)(?![\\p{L}])`, 'u');

/**
 * "Das Ministerium für Infrastruktur und Digitales" in a text of one Land is that Land's ministry: named with its Land
 * ("Ministerium für Infrastruktur und Digitales Sachsen-Anhalt"), as the one body it is, once the state is known.
 */
export function withTheirLand(agencies: Agency[], state: string | undefined): Agency[] {
  const land = state === undefined ? undefined : LAND_NAMES.get(state);
  const unnamed = (a: Agency): boolean => a.id.startsWith('unknown-') && a.kind === 'state-agency' && LAND_MINISTRY.test(a.name) && !NAMES_A_LAND.test(a.name);
  // Most texts name no such ministry: their list is returned as it is.
  if (!land || !agencies.some(unnamed)) return agencies;
  return agencies.map((a) => {
    if (!unnamed(a)) return a;
    const name = `${a.name} ${land}`;
    return { ...a, id: `unknown-${slugify(name)}`, name };
  });
}

/**
 * Agency mentions for bodies named without their Land ("das Landeskriminalamt", "der Polizeipräsident", "die
 * Landespolizei", "das Landespolizeiamt", "das Innenministerium") once the state is known (from the publisher's jurisdiction, the
 * places of the text or the registry authorities it names); none when the state is unknown. "Das Regierungspräsidium" is
 * the one of `region`, the Regierungsbezirk (3-digit AGS prefix) of the publisher or of every place the text names.
 */
export function resolveGenericAgencies(
  resources: Resources, text: string, generic: readonly GenericAgencyMention[], state: string | undefined, region?: string,
): Agency[] {
  if (generic.length === 0) return [];
  const registry = compiledRegistry(resources);
  const out: Agency[] = [];
  for (const g of generic) {
    // The Land of the publisher or of the places the text names; else the one its named authorities agree on.
    const span = spanOf(text, g.start, g.end);
    if (g.generic === 'regional-government') {
      // Not the Land's: the Regierungsbezirk's, which only the places (or the publisher) tell.
      const body = region ? registry.byRegion.get(region) : undefined;
      if (body) out.push({ span, id: body.id, name: body.name, kind: body.kind, confidence: CONFIDENCE.genericLka });
      continue;
    }
    const s = state ?? g.state;
    if (!s) continue;
    const land = LAND_NAMES.get(s);
    if (g.generic === 'lka') {
      const lka = registry.lkaByState.get(s);
      if (lka) out.push({ span, id: lka.id, name: lka.name, kind: lka.kind, confidence: CONFIDENCE.genericLka });
    } else if (g.generic === 'police-president') {
      const id = POLICE_PRESIDENT_BY_STATE.get(s);
      const police = id ? registry.byId(id) : undefined;
      if (police) out.push({ span, id: police.id, name: police.name, kind: police.kind, confidence: CONFIDENCE.genericPolice });
    } else if (g.generic === 'land-police') {
      const police = land ? registry.byName.get(`Landespolizei ${land}`) ?? registry.byName.get(`Polizei ${land}`) : undefined;
      if (police) out.push({ span, id: police.id, name: police.name, kind: police.kind, confidence: CONFIDENCE.genericPolice });
    } else if (g.generic === 'land-office') {
      // "des Landespolizeiamtes": the office's name without its genitive ending.
      const word = text.slice(g.start, g.end);
      const office = land ? registry.byName.get(`${word} ${land}`) ?? registry.byName.get(`${word.replace(/e?s$/u, '')} ${land}`) : undefined;
      if (office) out.push({ span, id: office.id, name: office.name, kind: office.kind, confidence: CONFIDENCE.genericLka });
    } else if (g.generic === 'riot-police') {
      // Not in the registry: a Land's Bereitschaftspolizei by the name the Länder give it.
      if (land && !CITY_STATES.has(s)) {
        const name = `Bereitschaftspolizei ${land}`;
        out.push({ span, id: `unknown-${slugify(name)}`, name, kind: 'police', confidence: CONFIDENCE.genericPolice });
      }
    } else if (g.generic === 'ministry') {
      // "das Bildungsministerium" in a text of one Land (not a city-state, which has senators): that Land's.
      if (land && !CITY_STATES.has(s)) {
        const name = `${text.slice(g.start, g.end).replace(/(?<=(?:ministerium|kanzlei))s$/u, '')} ${land}`;
        const ministry = registry.byName.get(name);
        out.push(ministry
          ? { span, id: ministry.id, name: ministry.name, kind: ministry.kind, confidence: CONFIDENCE.genericLka }
          : { span, id: `unknown-${slugify(name)}`, name, kind: 'state-agency', confidence: CONFIDENCE.genericLka });
      }
    } else if (land && !CITY_STATES.has(s)) {
      // The registry keeps each ministry under all the names it had since 2015, and "Innenministerium <Land>" among them.
      const name = `Innenministerium ${land}`;
      const ministry = registry.byName.get(name);
      out.push(ministry
        ? { span, id: ministry.id, name: ministry.name, kind: ministry.kind, confidence: CONFIDENCE.genericLka }
        : { span, id: `unknown-${slugify(name)}`, name, kind: 'state-agency', confidence: CONFIDENCE.genericLka });
    }
  }
  return out;
}
