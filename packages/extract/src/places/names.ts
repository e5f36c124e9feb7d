import type { MunicipalityEntry } from '@lagebild/gazetteer';
import { derived, type Resources } from '../resources.js';
import { isWordChar } from '../text/tokens.js';
import { BERLIN_LOCALITIES, CITY_STATE_LOCALITIES, FIRST_NAMES, NEEDS_CONTEXT, STATE_NAMES, STRONG_ONLY } from './constants.js';

/** A written form of municipality names and what it may denote. */
export interface NameForm {
  readonly written: string;
  readonly entries: readonly MunicipalityEntry[];
  /** How much evidence the form needs before it counts as a place. */
  readonly risk: 'strong' | 'context' | 'none';
  /** A form that counts only joined to an Ortsteil: "Wünnenberg-Haaren" for Bad Wünnenberg. */
  readonly compoundOnly?: boolean;
}

/** Written forms indexed by their first word, longest first, so a document is scanned word by word. */
export interface NameIndex {
  readonly byFirstWord: ReadonlyMap<string, readonly NameForm[]>;
  /** Single-word forms, for genitive ("Lünens") and adjective ("Werner") lookups. */
  readonly singleWord: ReadonlyMap<string, NameForm>;
}


function riskOf(written: string): NameForm['risk'] {
  // Berlin's localities are written "in Lichtenberg" far more often than the small towns of that name.
  if (STRONG_ONLY.has(written) || BERLIN_LOCALITIES.has(written)) return 'strong';
  // Hamburg's and Bremen's Stadtteile that are also small towns elsewhere ("Damit hat Harburg am Mittwoch ...").
  if (NEEDS_CONTEXT.has(written) || CITY_STATE_LOCALITIES.has(written) || written.length <= 3) return 'context';
  if (FIRST_NAMES.has(written)) return 'strong';
  return 'none';
}

/** Abbreviations in official names and how releases write them out ("Neustadt b. Coburg" → "Neustadt bei Coburg"). */
const SPELLED_OUT: readonly [RegExp, string][] = [
  [/ b\. /u, ' bei '], [/ a\. ?d\. ?/u, ' an der '], [/ a\. /u, ' am '], [/ i\. ?/u, ' im '], [/ v\. ?d\. ?/u, ' vor der '],
];

/** Written-out forms of official names that the gazetteer does not list ("Neustadt an der Donau", "Neustadt bei Coburg"). */
function spelledOutNames(entries: Iterable<MunicipalityEntry>, known: ReadonlyMap<string, unknown>): Map<string, MunicipalityEntry[]> {
  const out = new Map<string, MunicipalityEntry[]>();
  for (const m of entries) {
    if (!m.name.includes('.')) continue;
    for (const [abbreviation, full] of SPELLED_OUT) {
      if (!abbreviation.test(m.name)) continue;
      const written = m.name.replace(abbreviation, full).replace(/\s+/gu, ' ').trim();
      if (known.has(written)) continue;
      const list = out.get(written) ?? [];
      list.push(m);
      out.set(written, list);
    }
  }
  return out;
}

/** Qualifiers the gazetteer's base names miss: "Bad Homburg v.d. Höhe" is written "Bad Homburg", "Garching b. München" "Garching". */
const SHORT_QUALIFIER = / (?:b\.|v\. ?d\.) /u;

/** Base names of official names with a qualifier in {@link SHORT_QUALIFIER}, merged with the gazetteer's own forms. */
function withShortBases(known: ReadonlyMap<string, readonly MunicipalityEntry[]>, entries: Iterable<MunicipalityEntry>): Map<string, MunicipalityEntry[]> {
  const out = new Map<string, MunicipalityEntry[]>();
  for (const [written, list] of known) out.set(written, [...list]);
  for (const m of entries) {
    const q = SHORT_QUALIFIER.exec(m.name);
    if (!q || q.index < 2) continue;
    const base = m.name.slice(0, q.index);
    // "Sachsen b. Ansbach" is never written "Sachsen": that is the Land.
    if (STATE_NAMES.has(base)) continue;
    const list = out.get(base) ?? [];
    if (!list.includes(m)) list.push(m);
    out.set(base, list);
  }
  return out;
}

/**
 * "Bad X" written without "Bad" where it is joined to an Ortsteil ("Wünnenberg-Haaren", "Salzuflen-Schötmar"), for
 * single words X that name no municipality of their own.
 */
function withoutBad(known: ReadonlyMap<string, readonly MunicipalityEntry[]>): Map<string, MunicipalityEntry[]> {
  const out = new Map<string, MunicipalityEntry[]>();
  for (const [written, entries] of known) {
    const m = /^Bad (\p{Lu}[\p{L}]+)$/u.exec(written);
    if (!m || known.has(m[1]!)) continue;
    const list = out.get(m[1]!) ?? [];
    for (const e of entries) if (!list.includes(e)) list.push(e);
    out.set(m[1]!, list);
  }
  return out;
}

/** Names with "ß" as written without it ("Giessen (ots)", "Weissenfels"), where no other name is written so. */
function withSs(known: ReadonlyMap<string, readonly MunicipalityEntry[]>): Map<string, MunicipalityEntry[]> {
  const out = new Map<string, MunicipalityEntry[]>();
  for (const [written, entries] of known) {
    if (!written.includes('ß')) continue;
    const ss = written.replaceAll('ß', 'ss');
    if (known.has(ss)) continue;
    const list = out.get(ss) ?? [];
    for (const e of entries) if (!list.includes(e)) list.push(e);
    out.set(ss, list);
  }
  return out;
}

/** The name index over the gazetteer of `resources`, built once per gazetteer. */
export function nameIndex(resources: Resources): NameIndex {
  return derived(resources, 'places/names', ({ gazetteer }) => {
    const byFirstWord = new Map<string, NameForm[]>();
    const singleWord = new Map<string, NameForm>();
    const add = (written: string, entries: readonly MunicipalityEntry[], compoundOnly = false): void => {
      let end = 0;
      while (end < written.length && isWordChar(written, end)) end++;
      if (end === 0) return;
      const first = end === written.length ? written : written.slice(0, end);
      const form: NameForm = compoundOnly ? { written, entries, risk: riskOf(written), compoundOnly } : { written, entries, risk: riskOf(written) };
      const list = byFirstWord.get(first);
      if (list) list.push(form);
      else byFirstWord.set(first, [form]);
      if (first === written) singleWord.set(written, form);
    };
    const known = withShortBases(gazetteer.municipalityNames, gazetteer.municipalities);
    for (const [written, entries] of known) add(written, entries);
    for (const [written, entries] of spelledOutNames(gazetteer.municipalities, known)) add(written, entries);
    for (const [written, entries] of withoutBad(known)) add(written, entries, true);
    for (const [written, entries] of withSs(known)) add(written, entries);
    for (const list of byFirstWord.values()) list.sort((a, b) => b.written.length - a.written.length);
    return { byFirstWord, singleWord };
  });
}

