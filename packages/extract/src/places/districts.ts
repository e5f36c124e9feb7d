import type { District } from '@lagebild/schema';
import type { DistrictEntry } from '@lagebild/gazetteer';
import { derived, type Resources } from '../resources.js';
import { inflections } from '../text/inflect.js';
import { overlapsAny, spanOf } from '../text/spans.js';
import type { Scan } from '../lexicon.js';
import { isWordChar } from '../text/tokens.js';
import { resolveDistrict, type PlaceHints } from './resolve.js';
import { LANDSCAPE_ADJECTIVES, stems } from './adjectives.js';
import { baseName } from '@lagebild/gazetteer';

/** Plural designators, the only ones a list of names follows ("Landkreisen Rhön-Grabfeld und Haßberge"; "Landkreis Osnabrück und Osnabrück" is the Kreis and the city). */
const PLURAL_DESIGNATORS: ReadonlySet<string> = new Set(['Landkreise', 'Landkreisen', 'Kreise', 'Kreisen', 'Kreisverwaltungen', 'Landratsämter', 'Landratsämtern']);
const GAP = /[ \u00a0]+/uy;
const LKR_GAP = /\.[ \u00a0]*/uy;
/** Between two names of a designator's list; a parenthesis after a name ("Emmendingen (Landrat ...)") is skipped. */
const LIST_JOIN = /^(?:[ \u00a0]*\([^()\n]{1,80}\))?[ \u00a0]*(?:,|und|sowie|oder)[ \u00a0]+/u;
const NAME_RUN = /^[\p{Lu}][\p{L}\p{M}.\-]*(?:[ \u00a0]+(?:\([\p{L}. ]{1,20}\)|[\p{Lu}][\p{L}\p{M}.\-]*|am|an der|a\.d\.|i\.|im)){0,3}/u;

/** A district name that stands alone; `enclosed` ones only in parentheses after a town ("Bad Schwalbach (Rheingau-Taunus)"). */
export interface BareDistrictForm {
  readonly written: string;
  readonly entry: DistrictEntry;
  readonly enclosed?: boolean;
}

interface DistrictIndex {
  /** Official names that stand on their own ("Hochsauerlandkreis", "Märkischen Kreises", "Region Hannover"), by first word, longest first. */
  readonly bareByFirstWord: ReadonlyMap<string, readonly BareDistrictForm[]>;
  /** Districts (no kreisfreie Städte) by {@link looseKey} of their names, for the name after a designator. */
  readonly byLooseKey: ReadonlyMap<string, readonly DistrictEntry[]>;
}

/**
 * A district name with case, blanks and hyphens dropped, so that releases' spellings meet the official one:
 * "Saale-Holzlandkreis" and "Saale-Holzland-Kreis", "Vorpommern Greifswald" and "Vorpommern-Greifswald".
 */
export function looseKey(name: string): string {
  return name.toLowerCase().replace(/[\s\u00a0\u2010-\u2015-]+/gu, '');
}

/** Words of an official name that only say it is a district ("Altmarkkreis Salzwedel" is "Salzwedel" after "Landkreise"). */
const KIND_WORD = /^(?:Landkreis|Kreis|\p{Lu}\p{Ll}+kreis)[ \u00a0]+(?=\p{Lu})/u;

/** What follows a district's stem as a dateline: "Schwalm-Eder. Ein …", "Rhein-Sieg (ots)", "Main-Kinzig – ". */
const STEM_DATELINE_AFTER = /^(?:\.[ \u00a0]+\p{Lu}|:[ \u00a0]|[ \u00a0]+[–-][ \u00a0]|[ \u00a0]*\((?:ots|dpa|red|pm)\))/u;
/** "dem Rhein-Neckar- und dem Hohenlohekreis": the stem with its "-Kreis" left out before a coordinated Kreis. */
const ELIDED_KREIS_AFTER = /^-[ \u00a0]+(?:und|oder|sowie|bzw\.)[ \u00a0]+(?:(?:dem|den|im|in|aus|der|des)[ \u00a0]+)?\p{Lu}[\p{L}-]*(?:[Kk]reis|[Kk]reises)(?![\p{L}])/u;

/** The stem of a Kreis named in one word ("Ostalbkreis" → "Ostalb", "Hochsauerlandkreis" → "Hochsauerland"). */
const JOINED_KREIS = /^(\p{Lu}\p{Ll}{3,})kreis$/u;

/** The name before a trailing "-Kreis" ("Rheingau-Taunus-Kreis" → "Rheingau-Taunus"). */
const STEM_OF_KREIS = /^(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)+)-Kreis$/u;

const isCity = (d: DistrictEntry): boolean => d.type === 'Kreisfreie Stadt' || d.type === 'Stadtkreis';

/** District names that stand alone, by their first word; built once per gazetteer. */
export function districtWords(resources: Resources): DistrictIndex['bareByFirstWord'] {
  return districtIndex(resources).bareByFirstWord;
}

function districtIndex(resources: Resources): DistrictIndex {
  return derived(resources, 'places/districts', ({ gazetteer }) => {
    /** Official names that are unmistakably districts without a designator. */
    const standsAlone = (d: DistrictEntry): boolean => {
      if (isCity(d)) return false;
      const official = d.officialName;
      if (/kreis/iu.test(official) || /^(?:Region|Städteregion|Regionalverband)\s/u.test(official) || /\sLand$/u.test(official)) return true;
      return official.includes('-') && gazetteer.findMunicipalities(official).length === 0;
    };
    const seen = new Set<string>();
    const bareByFirstWord = new Map<string, BareDistrictForm[]>();
    for (const d of gazetteer.districts) {
      if (!standsAlone(d)) continue;
      const forms = inflections(d.officialName);
      if (d.officialName.startsWith('Städteregion ')) forms.push(d.officialName.replace('Städteregion', 'StädteRegion'));
      for (const written of forms) {
        if (seen.has(written)) continue;
        seen.add(written);
        const first = /^[\p{L}\p{M}\p{N}]+/u.exec(written)?.[0];
        if (!first) continue;
        const list = bareByFirstWord.get(first) ?? [];
        list.push({ written, entry: d });
        bareByFirstWord.set(first, list);
      }
    }
    // Hyphenated names written with a blank ("Vorpommern Greifswald") where no municipality is called so.
    for (const d of gazetteer.districts) {
      if (!standsAlone(d) || !/^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u.test(d.officialName)) continue;
      const written = d.officialName.replace('-', ' ');
      if (seen.has(written) || gazetteer.findMunicipalities(written).length > 0) continue;
      seen.add(written);
      const first = written.slice(0, written.indexOf(' '));
      const list = bareByFirstWord.get(first) ?? [];
      list.push({ written, entry: d });
      bareByFirstWord.set(first, list);
    }
    // The stem of a "…-Kreis" as news writes it after a town: "(Rheingau-Taunus)", "(Rhein-Sieg)".
    for (const d of gazetteer.districts) {
      const written = STEM_OF_KREIS.exec(d.officialName)?.[1];
      if (!written || seen.has(written) || gazetteer.findMunicipalities(written).length > 0) continue;
      seen.add(written);
      const first = written.slice(0, written.indexOf('-'));
      const list = bareByFirstWord.get(first) ?? [];
      list.push({ written, entry: d, enclosed: true });
      bareByFirstWord.set(first, list);
    }
    for (const list of bareByFirstWord.values()) list.sort((a, b) => b.written.length - a.written.length);
    const byLooseKey = new Map<string, DistrictEntry[]>();
    const addLoose = (name: string, d: DistrictEntry): void => {
      const key = looseKey(name);
      const list = byLooseKey.get(key) ?? [];
      if (!list.includes(d)) list.push(d);
      byLooseKey.set(key, list);
    };
    for (const d of gazetteer.districts) {
      if (isCity(d)) continue;
      addLoose(d.officialName, d);
      addLoose(d.name, d);
      const short = d.officialName.replace(KIND_WORD, '');
      if (short !== d.officialName) addLoose(short, d);
      // "Landkreis Neumarkt" for "Landkreis Neumarkt i.d. OPf."; homonyms ("Neustadt") are told apart when resolved.
      const base = baseName(short);
      if (base) addLoose(base, d);
      // "Landkreis Rheingau-Taunus", "Kreis Rhein-Sieg" for the "…-Kreis" of the official name.
      const stem = STEM_OF_KREIS.exec(d.officialName)?.[1];
      if (stem) addLoose(stem, d);
      // "Landkreisen Ostalb, Schwäbisch Hall und Rems-Murr": a "…kreis" written in one word, its stem after a designator.
      // Not where the stem is a town's name too ("Kreisverwaltung Heide" is Dithmarschen's seat, not the Heidekreis).
      const joined = JOINED_KREIS.exec(d.officialName)?.[1];
      if (joined && gazetteer.findMunicipalities(joined).length === 0) addLoose(joined, d);
      // "Kreis Neuss" for the Rhein-Kreis Neuss, "Kreis Lauenburg" for the Kreis Herzogtum Lauenburg.
      const tail = /^(?:Rhein-Kreis|Herzogtum)[ \u00a0]+(\p{Lu}[\p{L}-]+)$/u.exec(d.officialName)?.[1];
      if (tail) addLoose(tail, d);
    }
    return { bareByFirstWord, byLooseKey };
  });
}

/** Districts (no kreisfreie Städte) by {@link looseKey}. */
export function districtsByLooseKey(resources: Resources): ReadonlyMap<string, readonly DistrictEntry[]> {
  return districtIndex(resources).byLooseKey;
}

/** The longest leading words of `run` that name a district, with the entries. */
function districtPrefix(resources: Resources, run: string): { written: string; entries: readonly DistrictEntry[] } | undefined {
  const g = resources.gazetteer;
  const { byLooseKey } = districtIndex(resources);
  const words = run.split(/[ \u00a0]+/u);
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const written = words.slice(0, n).join(' ').replace(/[.,;:]+$/u, '');
    const entries = g.findDistricts(written).filter((d) => !isCity(d));
    if (entries.length > 0) return { written, entries };
    const loose = byLooseKey.get(looseKey(written));
    if (loose) return { written, entries: loose };
    const inflected = /^(.*?)(?:es|s)$/u.exec(written)?.[1];
    if (inflected && n === 1) {
      const base = g.findDistricts(inflected).filter((d) => !isCity(d));
      if (base.length > 0 && /kreis$/iu.test(inflected)) return { written, entries: base };
    }
  }
  return undefined;
}

/** A Kreis's authority, named with the seat it stands in ("Kreisverwaltung in Bad Dürkheim"). */
const AUTHORITY_AT_SEAT: ReadonlySet<string> = new Set(['Landratsamt', 'Landratsamtes', 'Landratsamts', 'Kreisverwaltung', 'Kreishaus']);
const IN_SEAT = /^in[ \u00a0]+(?=\p{Lu})/u;
/** "die Kreisverwaltung von Nordwestmecklenburg": the Kreis the authority is of. */
const OF_KREIS = /^von[ \u00a0]+(?=\p{Lu})/u;

/** Designators a town's adjective may stand before ("im Göttinger Landkreis", "das Pfaffenhofener Landratsamt"). */
const SINGULAR_KREIS: ReadonlySet<string> = new Set(['Landkreis', 'Landkreises', 'Landkreise', 'Kreis', 'Kreises', 'Kreise', 'Landratsamt', 'Landratsamtes', 'Landratsamts', 'Kreisverwaltung']);
/** The town's adjective right before the designator: "Münchner", "Göttinger". */
const ADJECTIVE_BEFORE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:er|sche[n]?))[ \u00a0]$/u;
/** A landscape's adjective right before the designator, lower-cased: "die nordfriesische Kreisverwaltung". */
const LANDSCAPE_ADJECTIVE_BEFORE = /(?<![\p{L}-])(\p{Ll}+isch)(?:e|en|er|es)?[ \u00a0]$/u;

/** Options of the district scan. */
export interface DistrictOptions {
  readonly hints: PlaceHints;
  /** Kreise found elsewhere (capitals datelines: "LKR. RHÖN-GRABFELD"). */
  readonly extra?: readonly { start: number; end: number; entries: readonly DistrictEntry[]; address?: boolean }[];
}

/**
 * Districts in the text, named as releases write them (the gazetteer's label: "Kreis Unna", "Märkischer
 * Kreis"): a designator with one or more names ("Kreis Soest", "Kreisverwaltungen Siegen-Wittgenstein und
 * Soest", "Landkreisen Rhön-Grabfeld und Haßberge"), an official name that stands alone
 * ("Hochsauerlandkreis", "des Märkischen Kreises", "Region Hannover"), or a name labelled as a Kreis ("Bautzen, DER
 * LANDKREIS"). "Kreisgebiet" or "die Kreisverwaltung" without a name names no Kreis, not even in the Kreis's own
 * release (guide §1: a Kreis named as such; the publisher's impacts need no mention); the labels are found with the capitals
 * datelines (see `datelines.ts`, `extra`). Mentions inside `blocked`
 * ranges (agency names) are skipped.
 */
export function extractDistricts(resources: Resources, scan: Scan, blocked: readonly { start: number; end: number }[], options: DistrictOptions): District[] {
  const { tokens, hits, entries } = scan;
  const { text, starts, ends } = tokens;
  const found: { start: number; end: number; entries: readonly DistrictEntry[] }[] = [];
  for (let h = 0; h < hits.length; h++) {
    const e = entries[h]!;
    if (!e.districts && !e.districtDesignator) continue;
    const i = hits[h]!;
    const start = starts[i]!;
    const end = ends[i]!;
    const word = text.slice(starts[i]!, ends[i]!);
    const bare = e.districts;
    if (bare && !(start > 0 && (isWordChar(text, start - 1) || text[start - 1] === '-'))) {
      for (const { written, entry, enclosed } of bare) {
        if ((written.length === word.length || text.startsWith(written, start)) && !isWordChar(text, start + written.length)) {
          // The stem of a "…-Kreis" stands in parentheses after a town, or as a news dateline ("Schwalm-Eder. Ein Bagger …").
          if (enclosed && !(text[start - 1] === '(' && text[start + written.length] === ')')
            && !((start === 0 || text[start - 1] === '\n') && STEM_DATELINE_AFTER.test(text.slice(start + written.length, start + written.length + 12)))
            && !ELIDED_KREIS_AFTER.test(text.slice(start + written.length, start + written.length + 60))) continue;
          found.push({ start, end: start + written.length, entries: [entry] });
          break;
        }
      }
    }
    if (!e.districtDesignator || (start > 0 && text[start - 1] === '-')) continue;
    // "aus dem westlichen Münchner Landkreis": the town's adjective names the Kreis of the town's name.
    if (SINGULAR_KREIS.has(word)) {
      const adjective = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
      if (adjective) {
        for (const stem of stems(adjective)) {
          const hit = districtPrefix(resources, stem);
          if (hit && hit.written === stem) {
            found.push({ start: start - adjective.length - 1, end, entries: hit.entries });
            break;
          }
        }
      }
      const landscape = LANDSCAPE_ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      const kreis = landscape ? LANDSCAPE_ADJECTIVES.get(landscape[1]!) : undefined;
      const hit = kreis ? districtPrefix(resources, kreis) : undefined;
      if (landscape && hit && hit.written === kreis) found.push({ start: start - landscape[0].length, end, entries: hit.entries });
    }
    const gap = word === 'Lkr' ? LKR_GAP : GAP;
    gap.lastIndex = end;
    const g = gap.exec(text);
    let cursor = g ? end + g[0].length : end;
    // "die Kreisverwaltung in Bad Dürkheim": the authority at its seat, where the Kreis bears the seat's name; the
    // authority's word names the Kreis, the seat stays a town.
    if (g && AUTHORITY_AT_SEAT.has(word)) {
      const at = IN_SEAT.exec(text.slice(cursor, cursor + 4));
      if (at) {
        const run = NAME_RUN.exec(text.slice(cursor + at[0].length, cursor + at[0].length + 80))?.[0];
        const hit = run ? districtPrefix(resources, run) : undefined;
        if (hit) found.push({ start, end, entries: hit.entries });
        continue;
      }
      const of = OF_KREIS.exec(text.slice(cursor, cursor + 5));
      if (of) {
        const from = cursor + of[0].length;
        const run = NAME_RUN.exec(text.slice(from, from + 80))?.[0];
        const hit = run ? districtPrefix(resources, run) : undefined;
        if (hit) found.push({ start, end: from + hit.written.length, entries: hit.entries });
        continue;
      }
    }
    let first = true;
    for (let guard = 0; g && guard < 12; guard++) {
      const run = NAME_RUN.exec(text.slice(cursor, cursor + 80))?.[0];
      if (!run) break;
      const hit = districtPrefix(resources, run);
      if (!hit) break;
      found.push({ start: first ? start : cursor, end: cursor + hit.written.length, entries: hit.entries });
      first = false;
      cursor += hit.written.length;
      if (!PLURAL_DESIGNATORS.has(word)) break;
      const join = LIST_JOIN.exec(text.slice(cursor, cursor + 100));
      if (!join) break;
      cursor += join[0].length;
    }
  }
  if (options.extra) for (const f of options.extra) found.push(f);
  const out: District[] = [];
  for (const f of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    // A Kreis's own mail address is a contact and still names it (see `addresses.ts`).
    if ((!('address' in f) && overlapsAny(f.start, f.end, blocked)) || out.some((o) => o.span.start < f.end && f.start < o.span.end)) continue;
    const resolved = resolveDistrict(f.entries, options.hints);
    if (!resolved) continue;
    const d = resolved.entry;
    const confidence = 0.9 * resolved.certainty;
    out.push({ span: spanOf(text, f.start, f.end), ags: d.ags, name: d.name, state: d.state, confidence: Math.round(confidence * 100) / 100 });
  }
  return out;
}
