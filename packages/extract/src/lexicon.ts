/**
 * One dictionary of every word any extractor looks for (municipality names, registry forms, district
 * names and designators, date words, organisation and state names, first names, Berlin localities,
 * administrative nouns), so that a document costs one lookup per word; each extractor then walks only
 * the words that hit.
 */
import type { DistrictEntry } from '@lagebild/gazetteer';
import { compiledRegistry, type WordEntry } from './agencies/registry.js';
import { Kind } from './dates/candidates.js';
import { DAY_PARTS, WEEKDAYS } from './dates/constants.js';
import { NOUN_PHRASE_HEADS, VERB_PHRASE_SERVICES } from './impacts/constants.js';
import { ADMIN_NOUNS, BERLIN_LOCALITIES, FIRST_NAMES } from './places/constants.js';
import { districtWords, type BareDistrictForm } from './places/districts.js';
import { nameIndex, type NameForm } from './places/names.js';
import { derived, type Resources } from './resources.js';
import { tokenize, wordHash, type Tokenized, type Tokens } from './text/tokens.js';

/** What a word may be, for each extractor. */
export interface LexEntry {
  /** Municipality names that start with the word, longest first. */
  names?: readonly NameForm[];
  /** Registry forms, designators and generic LKA words that start with the word. */
  agency?: WordEntry;
  /** District names that stand alone and start with the word, longest first. */
  districts?: readonly BareDistrictForm[];
  /** A word that introduces district names ("Kreis", "Landkreisen", "Kreisverwaltung"). */
  districtDesignator?: boolean;
  /** The kind of date candidate the word is (see `Kind`). */
  date?: number;
  /** The first word of an organisation or a multi-part state name ("Feuerwehr", "Nordrhein"). */
  block?: 'organisation' | 'state';
  firstName?: boolean;
  adminNoun?: boolean;
  /** "Berlin", "Berliner", "Berlins". */
  berlin?: boolean;
  /** A Berlin locality that is no municipality anywhere, or the first word of a two-word one ("Prenzlauer"). */
  berlinLocality?: 'one' | 'first';
  /** A verb or noun of a service named by a phrase ("zugelassen", "Abmeldung"; impacts/constants.ts). */
  phrase?: boolean;
}

/** The words of a document that are in the lexicon: their token indexes and entries, in text order. */
export interface Scan {
  readonly tokens: Tokens;
  readonly hits: readonly number[];
  readonly entries: readonly LexEntry[];
}

/** Words that introduce district names. */
export const DISTRICT_DESIGNATORS: ReadonlySet<string> = new Set([
  'Landkreis', 'Landkreises', 'Landkreise', 'Landkreisen', 'Kreis', 'Kreises', 'Kreise', 'Kreisen', 'Kreisverwaltung',
  'Kreisverwaltungen', 'Kreisgebiet', 'Kreisgebiets', 'Kreisgebietes', 'Lkr', 'Landratsamt', 'Landratsamtes', 'Landratsamts',
  'Kreishaus', 'Landkreisverwaltung', 'Landratsämter', 'Landratsämtern',
]);

const ORGANISATION_WORDS = ['Feuerwehr', 'Feuerwehren', 'Berufsfeuerwehr', 'Wasserrettung', 'DLRG', 'Sparkasse', 'Volksbank', 'Klinikum',
  'Universität', 'Hochschule', 'Bistum', 'Erzbistum', 'Landesfunkhaus', 'Verkehrsverbund', 'Verkehrsbetriebe', 'Jobcenter', 'Zollfahndungsamt',
  'Zollfahndungsämter', 'Hauptzollamt', 'Hauptzollämter', 'Bundespolizeiinspektion', 'Bundespolizeidirektion', 'Bundespolizei',
  'Justizvollzugsanstalt', 'JVA', 'Bereitschaftsgericht', 'Polizeidirektionen', 'Polizeipräsidien', 'Polizeiinspektionen', 'Staatsanwaltschaften',
  'Kreispolizeibehörden', 'Amtsgerichte', 'Landgerichte'];
const STATE_WORDS = ['Schleswig', 'Sachsen', 'Baden', 'Mecklenburg', 'Rheinland', 'Nordrhein', 'Niedersachsen', 'Thüringen', 'Saarland', 'Hessen',
  'Bayern', 'Freistaat', 'Land'];
const MONTHS = ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const CASUAL = ['heute', 'heutigen', 'heutige', 'heutigem', 'gestern', 'gestrigen', 'gestrige', 'gestrigem', 'vorgestrigen', 'vorgestrige', 'morgigen', 'morgige', 'morgigem', 'vorgestern', 'morgen', 'morgens', 'übermorgen'];

/**
 * The lexicon as an open-addressing table over word hashes ({@link wordHash}, which the tokenizer computes
 * while reading a word): a look-up probes a few integers and compares text only where a hash agrees,
 * instead of hashing a fresh string per word as a Map would.
 */
export interface Lexicon {
  /** Slot → index into `words`, `hashes` and `entries`, or -1; the size is a power of two. */
  readonly table: Int32Array;
  readonly words: readonly string[];
  readonly hashes: Int32Array;
  readonly entries: readonly LexEntry[];
  /**
   * A bit per {@link filterBit} of each word's hash: most words of a text are in no lexicon, and a clear bit in this
   * table of 64 KB spares them the probe of the larger one (which, read at random, misses the cache).
   */
  readonly filter: Uint32Array;
}

const filterBit = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> 13;

function hashTable(byWord: ReadonlyMap<string, LexEntry>): Lexicon {
  let size = 1;
  while (size < byWord.size * 3) size <<= 1;
  const table = new Int32Array(size).fill(-1);
  const words: string[] = [];
  const hashes = new Int32Array(byWord.size);
  const entries: LexEntry[] = [];
  const filter = new Uint32Array(1 << 14);
  for (const [word, entry] of byWord) {
    const h = wordHash(word);
    const bit = filterBit(h);
    filter[bit >>> 5] = filter[bit >>> 5]! | (1 << (bit & 31));
    let slot = h & (size - 1);
    while (table[slot] !== -1) slot = (slot + 1) & (size - 1);
    table[slot] = words.length;
    hashes[words.length] = h;
    words.push(word);
    entries.push(ofOneShape(entry));
  }
  return { table, words, hashes, entries, filter };
}

/**
 * `entry` with every field present (undefined where absent), always in the same order. Built field by field as the
 * word lists are read, the entries had hundreds of hidden classes, and each extractor's read of a field of the
 * entries it hits was megamorphic: a look-up in V8's shared megamorphic cache, which chrono's parsers, run on
 * most documents between those reads, keep evicting. Entries of one hidden class make those reads monomorphic.
 */
function ofOneShape(entry: LexEntry): LexEntry {
  // The defaults fix the order; assigning the entry over them keeps it, and keeps any field added to LexEntry later.
  return Object.assign({
    names: undefined, agency: undefined, districts: undefined, districtDesignator: undefined, date: undefined, block: undefined,
    firstName: undefined, adminNoun: undefined, berlin: undefined, berlinLocality: undefined, phrase: undefined,
  }, entry);
}

/** The lexicon over `resources`, built once per gazetteer and registry. */
export function lexicon(resources: Resources): Lexicon {
  return derived(resources, 'lexicon', () => {
    const byWord = new Map<string, LexEntry>();
    const entry = (word: string): LexEntry => {
      let e = byWord.get(word);
      if (!e) {
        e = {};
        byWord.set(word, e);
      }
      return e;
    };
    for (const [word, forms] of nameIndex(resources).byFirstWord) entry(word).names = forms;
    for (const [word, agency] of compiledRegistry(resources).byWord) entry(word).agency = agency;
    for (const [word, forms] of districtWords(resources)) entry(word).districts = forms;
    for (const word of DISTRICT_DESIGNATORS) entry(word).districtDesignator = true;
    const date = (word: string, kind: number): void => {
      for (const w of new Set([word, word.charAt(0).toUpperCase() + word.slice(1), word.charAt(0).toLowerCase() + word.slice(1)])) entry(w).date = kind;
    };
    for (const weekday of Object.keys(WEEKDAYS)) {
      date(weekday, Kind.Weekday);
      date(`${weekday}s`, Kind.Weekday);
      for (const part of DAY_PARTS) {
        date(`${weekday}${part}`, Kind.Weekday);
        date(`${weekday}${part}s`, Kind.Weekday);
      }
    }
    for (const month of MONTHS) {
      date(month, Kind.Month);
      date(`${month}s`, Kind.Month);
    }
    for (const casual of CASUAL) date(casual, Kind.Casual);
    date('Tagen', Kind.Days);
    date('Tage', Kind.Days);
    entry('Stand').date = Kind.Stand;
    for (const word of ORGANISATION_WORDS) entry(word).block = 'organisation';
    for (const word of STATE_WORDS) entry(word).block = 'state';
    for (const word of FIRST_NAMES) entry(word).firstName = true;
    for (const word of ADMIN_NOUNS) entry(word).adminNoun = true;
    for (const word of ['Berlin', 'Berliner', 'Berlins']) entry(word).berlin = true;
    for (const v of VERB_PHRASE_SERVICES) for (const word of v.verbs) if (!word.endsWith('-')) entry(word).phrase = true;
    for (const word of NOUN_PHRASE_HEADS) entry(word).phrase = true;
    const names = resources.gazetteer.municipalityNames;
    for (const locality of BERLIN_LOCALITIES) {
      if (names.has(locality)) continue;
      const space = locality.indexOf(' ');
      const dash = locality.indexOf('-');
      if (space > 0) entry(locality.slice(0, space)).berlinLocality ??= 'first';
      else if (dash > 0) entry(locality.slice(dash + 1)).berlinLocality = 'one';
      else entry(locality).berlinLocality = 'one';
    }
    return hashTable(byWord);
  });
}

/** The words of a document that are in the lexicon (read right after {@link tokenize}, see {@link Tokenized}). */
function scan(lex: Lexicon, tokenized: Tokenized): Scan {
  const hits: number[] = [];
  const entries: LexEntry[] = [];
  const { tokens, upper, hashes } = tokenized;
  const { text, starts, ends } = tokens;
  const { table, words, hashes: wordHashes, filter } = lex;
  const mask = table.length - 1;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const length = ends[i]! - start;
    // Most words of a text are short lower-case ones or numbers, and no lexicon word is.
    if (!upper[i]) {
      const c = text.charCodeAt(start);
      if (length < 3 || (c >= 48 && c <= 57)) continue;
    }
    const h = hashes[i]!;
    const bit = filterBit(h);
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const w = table[slot]!;
      if (w < 0) break;
      if (wordHashes[w] === h && words[w]!.length === length && text.startsWith(words[w]!, start)) {
        hits.push(i);
        entries.push(lex.entries[w]!);
        break;
      }
    }
  }
  return { tokens, hits, entries };
}

/** The lexicon words of `text`, with its tokens. */
export function scanText(resources: Resources, text: string): Scan {
  return scan(lexicon(resources), tokenize(text));
}
