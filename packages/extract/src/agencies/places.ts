/**
 * What may follow a designator as the name of its body: a place ("Würzburg", "Halle (Saale)"), a place with a
 * qualifier ("Würzburg-Land"), a police region ("Mittelfranken", "Schwaben Süd/West"), a Land ("Sachsen"), a
 * compass word ("Ost") or a number ("5 (City)").
 */
import { derived, detached, type Resources } from '../resources.js';
import { STRONG_ONLY } from '../places/constants.js';
import { COMPASS, PLACE_QUALIFIERS, POLICE_REGIONS, STATES, type Designator } from './constants.js';
import { compiledRegistry } from './registry.js';

const PLACE_WORD = '(?:[\\p{Lu}][\\p{L}\\p{M}.\\-/]*|\\([\\p{L}. ]{1,15}\\)|am|an|der|in|im|(?:\\p{Ll}\\.){1,2}|/)';
/** After a designator: the run of words that may name its place ("Halle (Saale)", "Frankfurt am Main"). */
const PLACE_RUN = new RegExp(`(?:[ \\u00a0]+|[ \\u00a0]*\\n[ \\u00a0]*)([\\p{Lu}][\\p{L}\\p{M}.\\-/]*(?:[ \\u00a0]+${PLACE_WORD}){0,3})`, 'uy');
/** "5", "5 (City)", "54". */
const NUMBER_RUN = /[ \u00a0]+(\d{1,3}(?:[ \u00a0]*\([\p{Lu}][\p{L}\- ]{1,20}\))?)(?!\d|[.,:]\d)/uy;
/** Spacing a numbered name does not keep: "5  (City)", "5(City)", a no-break space. */
const UNUSUAL_SPACING = /\u00a0| {2}|[^ ]\(/u;
/** "(PI)" between a designator and its place. */
const ABBREVIATION_RUN = /[ \u00a0]+\([\p{Lu}]{2,6}\)/uy;
/** "Ludwigshafen 1": one digit after the place, not a count of something ("Mainz 2 Beamte") nor a date or number. */
const PLACE_NUMBER = /[ \u00a0]+[1-9](?![\d.,:/\-])(?![ \u00a0]+\p{Lu})/uy;
/** "München II": a Roman numeral after the seat, a word of its own. */
const PLACE_ROMAN = /[ \u00a0]+(I{1,3})(?![\p{L}\p{N}\-])/uy;
/** "mit Zentralaufgaben" between a Bavarian criminal police designator and its region. */
const WITH_CENTRAL_TASKS = /[ \u00a0]+mit[ \u00a0]+Zentralaufgaben(?=[ \u00a0]+\p{Lu})/uy;
/** A compass word after a unit's place: "Regensburg Nord", "Nürnberg Ost". */
const PLACE_COMPASS = /[ \u00a0]+(Nord|Süd|Ost|West|Mitte|Nordost|Nordwest|Südost|Südwest)(?![\p{L}\-])/uy;
/** The parts of a double place: "Aurich/Wittmund", "Oldenburg-Stadt / Ammerland". */
const SLASH = /[ \u00a0]*\/[ \u00a0]*/u;
/** "in" before the place: "das Polizeirevier in Meerane". */
const IN_RUN = /[ \u00a0]+in(?=[ \u00a0]+\p{Lu})/uy;
/** "zur Polizeiautobahnstation nach Butzbach": the way to a station names its place. */
const TO_RUN = /[ \u00a0]+nach(?=[ \u00a0]+\p{Lu})/uy;
/** "des Landes", "des Freistaates" before the Land a body is named by ("Verfassungsgerichtshof des Landes Berlin"). */
const OF_LAND_RUN = /[ \u00a0]+des[ \u00a0]+(?:Landes|Freistaates|Freistaats)(?=[ \u00a0]+\p{Lu})/uy;
const TO_STATION_BEFORE = /(?<![\p{L}])(?:zur|zum)[ \u00a0]+\p{L}+$/u;
/** A "…-Kreis" in the genitive after a designator ("des Rhein-Erft-Kreises"); the group is the name without "-es". */
const KREIS_GENITIVE_RUN = /[ \u00a0]+des[ \u00a0]+(\p{Lu}[\p{L}-]*-Kreis)es(?![\p{L}])/uy;
/**
 * The court a prosecutor's office is attached to, before the place: "Staatsanwaltschaft beim Landgericht Berlin",
 * "Staatsanwaltschaft am Landgericht Ravensburg".
 */
const AT_COURT_RUN = /[ \u00a0]+(?:beim|am|bei[ \u00a0]+dem)[ \u00a0]+(?:Landgericht|Oberlandesgericht|Amtsgericht|Kammergericht)(?=[ \u00a0]+\p{Lu})/uy;

/** A place read after a designator. */
export interface PlaceReading {
  /** The place as the body's name has it ("Würzburg-Land", "5 (City)", "Sachsen"). */
  readonly place: string;
  readonly start: number;
  readonly end: number;
  /** The Land when the place is one. */
  readonly state: string | undefined;
}

/** Whether `place` names a municipality, district or police region. */
export function isPlace(resources: Resources, place: string): boolean {
  const cache = derived(resources, 'agencies/is-place', () => new Map<string, boolean>());
  let known = cache.get(place);
  if (known === undefined) {
    const g = resources.gazetteer;
    known = g.findMunicipalities(place).length > 0 || g.findDistricts(place).length > 0 || POLICE_REGIONS.has(place)
      || g.findDistricts(`${place}kreis`).length > 0 || g.findDistricts(`${place}-Kreis`).length > 0 || mergedTownParts(resources).has(place);
    if (cache.size < 50000) cache.set(detached(place), known);
  }
  return known;
}

/**
 * The towns merged into one municipality by their own names ("Berggießhübel" of Bad Gottleuba-Berggießhübel, "Wolfen"
 * of Bitterfeld-Wolfen): a police unit keeps the name of its town ("Bundespolizeiinspektion Berggießhübel").
 */
function mergedTownParts(resources: Resources): ReadonlySet<string> {
  return derived(resources, 'agencies/merged-town-parts', ({ gazetteer }) => {
    const parts = new Set<string>();
    for (const m of gazetteer.municipalities) {
      if (!m.name.includes('-')) continue;
      for (const part of m.name.split('-')) if (/^\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}+)?$/u.test(part)) parts.add(part);
    }
    return parts;
  });
}

/** A second name after a spaced dash: "Nürnberg – Fürth". */
const SPACED_DASH_PART = /[ \u00a0]+[–-][ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}-])/uy;

/** Whether `candidate` names the place of a body of `designator`; `known` when the registry has it. */
export function placeKind(resources: Resources, candidate: string, designator: Designator): 'known' | 'state' | 'place' | undefined {
  if (compiledRegistry(resources).byPlace.has(`${designator.family}:${candidate}`)) return 'known';
  if (designator.state && STATES.has(candidate)) return 'state';
  if (designator.stateOnly) return undefined;
  // "Polizeistation Höchst", "Polizeiinspektion Lauf": after a unit's designator a capitalized word is read as its
  // place even where it is an everyday word too; an authority's designator ("Polizei Schutz …") is not that certain.
  if (STRONG_ONLY.has(candidate) && designator.registry !== 'unit') return undefined;
  if (isPlace(resources, candidate)) return 'place';
  if (candidate.includes('/')) {
    // "Aurich/Wittmund", "Oldenburg-Stadt / Ammerland", "Lüneburg/Lüchow-Dannenberg/Uelzen": the bodies of two to
    // four places ("Schwaben Süd/West" is a region, above).
    const parts = candidate.split(SLASH);
    // Two Länder ("Polizei Berlin/Brandenburg") are two bodies, not one.
    return parts.length >= 2 && parts.length <= 4 && parts.every((p) => {
      if (p.length <= 2 || p.includes('/') || STATES.has(p)) return false;
      const kind = placeKind(resources, p, designator);
      return kind === 'place' || kind === 'known';
    }) ? 'place' : undefined;
  }
  const dash = candidate.lastIndexOf('-');
  if (dash > 0) {
    // "Würzburg-Land", "Hannover-Mitte"; "Berlin-Brandenburg" (every part a place or Land).
    const tail = candidate.slice(dash + 1);
    if (PLACE_QUALIFIERS.has(tail) && isPlace(resources, candidate.slice(0, dash))) return 'place';
    // "Polizeirevier Rostock-Reutershagen", "Polizeiwache Dortmund-Hörde": a station named by its town's Ortsteil.
    if (designator.registry === 'unit' && designator.inPlace && /^\p{Lu}\p{Ll}{2,}$/u.test(tail) && candidate.indexOf('-') === dash
      && !STRONG_ONLY.has(candidate.slice(0, dash)) && isPlace(resources, candidate.slice(0, dash))) return 'place';
    const parts = candidate.split('-');
    if (parts.length === 2 && parts.every((p) => p.length > 2 && (STATES.has(p) || (!STRONG_ONLY.has(p) && isPlace(resources, p))))) return 'place';
  }
  return undefined;
}

/** The longest leading run of words of `raw` that names a place of `designator`; remembered per designator and run. */
function placePrefix(resources: Resources, raw: string, designator: Designator): string | undefined {
  // The same runs come back document after document ("Dortmund", "Unna vor dem"): a look-up instead of splitting and joining words.
  const caches = derived(resources, 'agencies/place-prefix', () => new Map<Designator, Map<string, string | null>>());
  let cache = caches.get(designator);
  if (!cache) {
    cache = new Map();
    caches.set(designator, cache);
  }
  const hit = cache.get(raw);
  if (hit !== undefined) return hit ?? undefined;
  let found: string | undefined;
  const words = raw.split(/[ \u00a0]+/u);
  for (let n = Math.min(words.length, 4); n >= 1 && !found; n--) {
    const joined = words.slice(0, n).join(' ');
    // "Neumarkt i.d. OPf.": an abbreviation's period is part of the name; a sentence's is not.
    const abbreviated = joined.endsWith('.') && n > 1 ? joined.replace(/[ ,;:\-/]+$/u, '') : undefined;
    const candidate = joined.replace(/[ .,;:\-/]+$/u, '');
    if (abbreviated && placeKind(resources, abbreviated, designator)) found = abbreviated;
    else if (candidate && placeKind(resources, candidate, designator)) found = candidate;
  }
  if (!found && designator.compass && COMPASS.has(words[0]!)) found = words[0];
  if (cache.size < 20000) cache.set(detached(raw), found === undefined ? null : detached(found));
  return found;
}

/** The place named after a designator that ends at `end`, or undefined. */
export function readPlace(resources: Resources, text: string, end: number, designator: Designator): PlaceReading | undefined {
  let at = end;
  ABBREVIATION_RUN.lastIndex = at;
  if (ABBREVIATION_RUN.exec(text)) at = ABBREVIATION_RUN.lastIndex;
  if (designator.numbered) {
    NUMBER_RUN.lastIndex = at;
    const n = NUMBER_RUN.exec(text);
    if (n) {
      // "5 (City)" is mostly written as the name has it: no new strings then.
      const written = n[1]!;
      const place = UNUSUAL_SPACING.test(written) ? written.replace(/[ \u00a0]+/gu, ' ').replace(/ ?\(/u, ' (') : written;
      return { place, start: at + n[0].length - written.length, end: NUMBER_RUN.lastIndex, state: undefined };
    }
  }
  let afterIn = false;
  if (designator.inPlace || designator.state) {
    IN_RUN.lastIndex = at;
    TO_RUN.lastIndex = at;
    if (IN_RUN.exec(text)) {
      at = IN_RUN.lastIndex;
      afterIn = true;
    } else if (designator.inPlace && TO_RUN.exec(text) && TO_STATION_BEFORE.test(text.slice(Math.max(0, end - 60), end))) {
      at = TO_RUN.lastIndex;
      afterIn = true;
    }
  }
  if (designator.stateOnly && !afterIn) {
    OF_LAND_RUN.lastIndex = at;
    if (OF_LAND_RUN.exec(text)) at = OF_LAND_RUN.lastIndex;
  }
  // "die Kreispolizeibehörde des Rhein-Erft-Kreises": the Kreis in the genitive, the registry's "… Rhein-Erft-Kreis".
  if (designator.canonical === 'Kreispolizeibehörde') {
    KREIS_GENITIVE_RUN.lastIndex = at;
    const k = KREIS_GENITIVE_RUN.exec(text);
    if (k) {
      const start = KREIS_GENITIVE_RUN.lastIndex - k[1]!.length - 2;
      return { place: k[1]!, start, end: KREIS_GENITIVE_RUN.lastIndex, state: undefined };
    }
  }
  if (designator.atCourt) {
    AT_COURT_RUN.lastIndex = at;
    if (AT_COURT_RUN.exec(text)) at = AT_COURT_RUN.lastIndex;
  }
  // "Kriminalpolizei mit Zentralaufgaben Oberfranken": Bavaria's regional criminal police, the qualifier part of its name.
  WITH_CENTRAL_TASKS.lastIndex = at;
  const central = WITH_CENTRAL_TASKS.exec(text);
  if (central) at = WITH_CENTRAL_TASKS.lastIndex;
  PLACE_RUN.lastIndex = at;
  const m = PLACE_RUN.exec(text);
  if (!m) return undefined;
  const place = placePrefix(resources, m[1]!, designator);
  if (!place) return undefined;
  // "die Polizei in Hamburg" names the Land's police, "die Polizei in Mittelfranken" the authority the registry has for that
  // area; "die Polizei in Lünen" only where it works (guide §2).
  if (afterIn && !designator.inPlace && !STATES.has(place) && placeKind(resources, place, designator) !== 'known') return undefined;
  const start = at + m[0].length - m[1]!.length;
  const state = designator.state ? STATES.get(place) : undefined;
  const placeEnd = start + place.length;
  // "Staatsanwaltschaft Nürnberg – Fürth": a double name written with a spaced dash is the hyphenated one.
  SPACED_DASH_PART.lastIndex = placeEnd;
  const dashed = SPACED_DASH_PART.exec(text);
  // Not where the first name alone is a body the registry has ("Polizeipräsidium Nordhessen - Kassel": its seat after it).
  const joined = dashed && !afterIn && placeKind(resources, dashed[1]!, designator) ? placeKind(resources, `${place}-${dashed[1]!}`, designator) : undefined;
  if (dashed && joined && (joined === 'known' || placeKind(resources, place, designator) !== 'known')) {
    return { place: `${place}-${dashed[1]!}`, start, end: SPACED_DASH_PART.lastIndex, state };
  }
  if (central) return { place: `mit Zentralaufgaben ${place}`, start, end: placeEnd, state };
  if (designator.placeNumber) {
    PLACE_NUMBER.lastIndex = placeEnd;
    if (PLACE_NUMBER.exec(text)) {
      const numberEnd = PLACE_NUMBER.lastIndex;
      return { place: `${place} ${text[numberEnd - 1]!}`, start, end: numberEnd, state };
    }
  }
  if (designator.placeRoman) {
    PLACE_ROMAN.lastIndex = placeEnd;
    const roman = PLACE_ROMAN.exec(text);
    if (roman) return { place: `${place} ${roman[1]!}`, start, end: PLACE_ROMAN.lastIndex, state };
  }
  if (designator.placeNumber || designator.compass) {
    // "Polizeiinspektion Regensburg Nord": a compass word after the place is part of a unit's name.
    PLACE_COMPASS.lastIndex = placeEnd;
    const compass = PLACE_COMPASS.exec(text);
    if (compass) return { place: `${place} ${compass[1]!}`, start, end: PLACE_COMPASS.lastIndex, state };
  }
  return { place, start, end: placeEnd, state };
}
