import type { Municipality } from '@lagebild/schema';
import type { Resources } from '../resources.js';
import type { Scan } from '../lexicon.js';
import { hyphenBefore, isUpperChar, isWordChar } from '../text/tokens.js';
import { overlapsAny, spanOf } from '../text/spans.js';
import { endsWithMatch } from '../text/suffix.js';
import {
  ADDRESS_AFTER, AGENCY_DATELINE_AFTER, AREA_WORDS, BEFORE_GATES, BERLIN_LOCALITIES, CITY_STATE_LOCALITIES, CONFIDENCE, ORTSTEIL_WORDS, ROLE_TAILS, ROLE_WORDS, DATELINE_AFTER, DISTRICT_LABEL_AFTER, EXCLUDE_AFTER,
  EXCLUDE_BEFORE, FIRST_NAMES, LINE_START_COMMA, LIST_BEFORE, NOUN_AFTER, NUMBER_AFTER, NUMBERED_NOUNS, ORGANISATION_BLOCK, POSTCODE_BEFORE, ROUTE_BEFORE,
  FAR_KM, NAMED_BODY_WORDS, OFFICE_BEFORE, PLACED_AFTER, PLACED_BEFORE, PLACE_LABEL_BEFORE, STATE_BLOCK, STATE_NAMES, STREET_BEFORE, STRONG_BEFORE, SUBUNIT_WORDS, UNIT_WORDS, WEAK_BEFORE,
} from './constants.js';
import { nameIndex, type NameForm } from './names.js';
import { IRREGULAR_ADJECTIVES, stems } from './adjectives.js';
import { resolveMunicipality, type Anchor, type PlaceHints } from './resolve.js';

type Evidence = 'strong' | 'weak' | 'none';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly form: NameForm;
  /** "name" as written, or an inflected form that counts only before an administrative noun. */
  readonly inflected: boolean;
  /** A capitals dateline ("BAD NEUSTADT A. D. SAALE, LKR. ..."): strong evidence. */
  readonly dateline: boolean;
  /** A town's own web or mail domain ("www.freiburg.de"): inside a contact, and still a mention (see `addresses.ts`). */
  readonly address: boolean;
}

/** Between the items of a list whose first item was excluded ("Anschlussstellen Lüdenscheid-Nord und Hagen-Süd"). */
/** Inside a list of quarters ("in den Ortsteilen Bermoll, Bellersdorf, Königsberg und Blasbach"): a quarter too. */
const QUARTER_LIST_BEFORE = /(?<![\p{L}])(?:Ortsteilen|Ortsteile|Stadtteilen|Stadtteile|Ortschaften|Ortsteil|Stadtteil)[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}-]*(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+))+$/u;
/**
 * Inside a long list of branch names after an office in the plural ("die Bürgerbüros Altstadt, Blasewitz, Cotta, …, Plauen
 * und Prohlis"): a quarter of the city whose offices they are; two names before it at least (a pair is more often two towns).
 */
const BRANCH_LIST_BEFORE = /(?<![\p{L}])(?:Bürgerbüros|Bürgerämter|Bürgerämtern|Ortsämter|Ortsämtern|Stadtteilbibliotheken|Stadtteilbüchereien|Büchereien|Bibliotheken|Zweigstellen|Kundenzentren)[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}-]*[ \u00a0]*,[ \u00a0]*){2,}(?:\p{Lu}[\p{L}\p{M}-]*(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:und|sowie|oder)[ \u00a0]+))*$/u;
const quarterListBefore = endsWithMatch(QUARTER_LIST_BEFORE);
const branchListBefore = endsWithMatch(BRANCH_LIST_BEFORE);
const EXCLUDED_LIST = /^(?:-[\p{L}\p{M}]+)*[ \u00a0]*(?:,|und|sowie|oder|bzw\.|\/|[-–](?=[ \u00a0]))[ \u00a0]*$/u;
const SURNAME_AFTER = /[ \u00a0]+(\p{Lu}[\p{L}\p{M}-]+)/uy;
const STICKY_ORGANISATION = new RegExp(ORGANISATION_BLOCK.source, 'uy');
const STICKY_STATE = new RegExp(STATE_BLOCK.source, 'uy');
const excludeBefore = endsWithMatch(EXCLUDE_BEFORE);
const streetBefore = endsWithMatch(STREET_BEFORE);
const strongBefore = endsWithMatch(STRONG_BEFORE);
const weakBefore = endsWithMatch(WEAK_BEFORE);
const blankLineBefore = endsWithMatch(/(?:^|\n)[ \t]*\n$/u);
const routeBefore = endsWithMatch(ROUTE_BEFORE);
const postcodeBefore = endsWithMatch(POSTCODE_BEFORE);
const placeLabelBefore = endsWithMatch(PLACE_LABEL_BEFORE);
const placedBefore = endsWithMatch(PLACED_BEFORE);

/** Distance in km (equirectangular; enough within Germany). */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (a.lon - b.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180)) * 111.32;
  const y = (a.lat - b.lat) * 110.57;
  return Math.sqrt(x * x + y * y);
}

/**
 * Whether a Gemeinde named with little evidence lies far from everything else the text is about (see `FAR_KM`).
 * So does a town whose name has several readings none of which the text's other places or publisher pick
 * ("die Verwaltungsstelle Auerbach" in a Bensheim notice: a Bensheim Ortsteil, not one of the Auerbachs elsewhere).
 */
function farGemeinde(text: string, c: Candidate, evidence: Evidence, m: { ags: string; type: string; lat: number; lon: number },
  anchors: readonly { lat: number; lon: number; ags?: string }[], guessed = false): boolean {
  // "Möhnesee-Echtrop": a name with its Ortsteil is the municipality.
  // "Standort Burbach", "Bürgeramt Burbach" in a Saarbrücken release: a site of the publisher's own office is named by its
  // quarter; "Standort" is strong evidence of a town only where the town is near.
  const site = siteBefore(text.slice(Math.max(0, c.start - 30), c.start));
  if ((m.type !== 'Gemeinde' && !guessed) || (evidence === 'strong' && !site) || c.inflected || /^-\p{Lu}/u.test(text.slice(c.end, c.end + 2))) return false;
  let others = 0;
  for (const a of anchors) {
    if (a.ags === m.ags) continue;
    others++;
    if (km(a, m) <= FAR_KM) return false;
  }
  if (others === 0) return false;
  return !PLACED_AFTER.test(text.slice(c.end, c.end + 50)) && !placedBefore(text.slice(Math.max(0, c.start - 40), c.start));
}
/** A site or an office right before a name ("Standort Burbach", "Bürgeramt Burbach"). */
const SITE_BEFORE = new RegExp(`(?<![\\p{L}])(?:Standort|Standorte|Standorten|Außenstelle|${[...OFFICE_BEFORE].join('|')})[ \\u00a0]+$`, 'u');
const siteBefore = endsWithMatch(SITE_BEFORE);
const DIGITS = /^\d{1,3}$/u;
const POSTCODE = /^(?:D-)?\d{5}$/u;

function boundaryAfter(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (isWordChar(text, end)) return false;
  // "Lünen-Horstmar", "Dormagen-Nord" name the town; "Köln-typisch" does not.
  if (text[end] === '-') return isUpperChar(text, end + 1);
  return true;
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 160) return false;
  }
  return true;
}

/** Between an administrative noun and a town's genitive, or between two of them ("Kirchlintelns, Langwedels und Achims"). */
const GENITIVE_GAP = /^(?:[ \u00a0]+|[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:und|sowie)[ \u00a0]+)$/u;
/** Länder that are towns too: their genitive is the town's. */
const CITY_STATES: ReadonlySet<string> = new Set(['Berlin', 'Hamburg', 'Bremen']);

/**
 * The town of an adjective written over two words, ending at token `p`: "Neu-Ulmer" (hyphen) or "Bad Kreuznacher"
 * (blank), when a gazetteer form of two words is the adjective's stem.
 */
function compoundAdjective(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, p: number, byFirstWord: ReadonlyMap<string, readonly NameForm[]>): { start: number; form: NameForm } | undefined {
  const first = p - 1;
  const gap = text.slice(ends[first]!, starts[p]!);
  if (gap !== '-' && gap !== ' ') return undefined;
  if (!isUpperChar(text, starts[first]!) || !isUpperChar(text, starts[p]!)) return undefined;
  const forms = byFirstWord.get(text.slice(starts[first]!, ends[first]!));
  if (!forms) return undefined;
  const word = text.slice(starts[first]!, ends[p]!);
  for (const stem of stems(word)) {
    for (const form of forms) if (form.written === stem && !form.compoundOnly) return { start: starts[first]!, form };
  }
  return undefined;
}

function findCandidates(resources: Resources, scan: Scan): Candidate[] {
  const { singleWord, byFirstWord } = nameIndex(resources);
  const { tokens, hits, entries } = scan;
  const { text, starts, ends } = tokens;
  const out: Candidate[] = [];
  let skipUntil = 0;
  for (let h = 0; h < hits.length; h++) {
    const i = hits[h]!;
    const entry = entries[h]!;
    // An inflected form counts only right before an administrative noun ("Werner Stadtverwaltung", "Lünens Bürgermeister").
    if (entry.adminNoun && i > 0) {
      const p = i - 1;
      const last = out[out.length - 1];
      const word = text.slice(starts[p]!, ends[p]!);
      // Read before the test, not at its end, which only an inflected name reaches (a step of its own would deoptimize).
      const joined = hyphenBefore(text, starts[p]!) && isWordChar(text, starts[p]! - 2);
      if (starts[p]! >= skipUntil && (!last || last.end <= starts[p]!) && onlyBlanks(text, ends[p]!, starts[i]!)
        && (word.endsWith('s') || word.endsWith('er') || IRREGULAR_ADJECTIVES.has(word)) && isUpperChar(text, starts[p]!) && !joined) {
        for (const stem of stems(word)) {
          const form = singleWord.get(stem);
          if (form) {
            out.push({ start: starts[p]!, end: ends[p]!, form, inflected: true, dateline: false, address: false });
            skipUntil = ends[p]!;
            break;
          }
        }
      } else if (p > 0 && word.endsWith('er') && onlyBlanks(text, ends[p]!, starts[i]!)) {
        // "Neu-Ulmer Stadtverwaltung", "Bad Kreuznacher Rathaus": the adjective of a name of two words.
        const compound = compoundAdjective(text, starts, ends, p, byFirstWord);
        if (compound && compound.start >= skipUntil && (!last || last.end <= compound.start)) {
          out.push({ start: compound.start, end: ends[p]!, form: compound.form, inflected: true, dateline: false, address: false });
          skipUntil = ends[p]!;
        }
      }
    }
    // "Bewohner einiger Stadtteile Dresdens", "die Verwaltungen Kirchlintelns, Langwedels und Achims": towns' genitives right
    // after an administrative noun. Not a Land's ("im Norden Brandenburgs").
    if (entry.adminNoun) {
      let gapFrom = ends[i]!;
      for (let n = i + 1; n < starts.length; n++) {
        const word = text.slice(starts[n]!, ends[n]!);
        // "und", "sowie" between two of them belong to the gap.
        if ((word === 'und' || word === 'sowie') && gapFrom > ends[i]!) continue;
        const stem = word.slice(0, -1);
        const form = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && isUpperChar(text, starts[n]!) && text[ends[n]!] !== '-'
          && GENITIVE_GAP.test(text.slice(gapFrom, starts[n]!)) && !(STATE_NAMES.has(stem) && !CITY_STATES.has(stem)) ? singleWord.get(stem) : undefined;
        if (!form) break;
        out.push({ start: starts[n]!, end: ends[n]!, form, inflected: true, dateline: false, address: false });
        skipUntil = ends[n]!;
        gapFrom = ends[n]!;
      }
    }
    const forms = entry.names;
    if (!forms) continue;
    const start = starts[i]!;
    if (start < skipUntil) continue;
    // The second part of a hyphenated word ("Lünen-Horstmar", "Nordrhein-Westfalen") is not a name of its own.
    if (hyphenBefore(text, start) && isWordChar(text, start - 2)) continue;
    // "Bad X" that is no form of its own is not the town X ("Bad Homburg" is not Homburg (Saar)).
    if (start >= 4 && text.startsWith('Bad', start - 4) && isBlank(text.charCodeAt(start - 1)) && !isWordChar(text, start - 5)) continue;
    const length = ends[i]! - start;
    for (const form of forms) {
      // Longer forms first ("Alt Tucheband", "Alt Bukow", ... before "Alt"): the character after the first word's separator tells most apart.
      // A form that would run past the text's end is not written here; checked first, as a read past the end is out of bounds.
      if (form.written.length > length + 1
        && (start + form.written.length > text.length || text.charCodeAt(start + length + 1) !== form.written.charCodeAt(length + 1))) continue;
      if (form.compoundOnly && !(text[start + form.written.length] === '-' && isUpperChar(text, start + form.written.length + 1))) continue;
      if ((form.written.length === length || text.startsWith(form.written, start)) && boundaryAfter(text, start + form.written.length)) {
        out.push({ start, end: start + form.written.length, form, inflected: false, dateline: false, address: false });
        skipUntil = start + form.written.length;
        break;
      }
    }
  }
  return out;
}

const isBlank = (c: number): boolean => c === 32 || c === 160;
/** Blanks, tabs and line breaks. */
const isSpace = (c: number): boolean => c === 32 || c === 160 || (c >= 9 && c <= 13);

/** The word right before `index` when only blanks separate them ("in" for "in Werne"), with where it starts. */
function wordBefore(text: string, index: number): { word: string; start: number } {
  let i = index;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === index) return { word: '', start: index };
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (c !== 46 /* . */ && c !== 45 /* - */ && !isWordChar(text, j - 1)) break;
    j--;
  }
  return { word: text.slice(j, i), start: j };
}

/** The word before `index` across any whitespace, line breaks too ("Schwerpunktstaatsanwaltschaft⏎⏎Stralsund"). */
function wordBeforeAcrossLines(text: string, index: number, after: string): string {
  let i = index;
  while (i > 0 && index - i <= 6 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === index || index - i > 6) return '';
  // Across a line break only where the sentence goes on ("...staatsanwaltschaft⏎⏎Stralsund und"), never before a dateline
  // ("Kreispolizeibehörde Soest⏎⏎Soest (ots) -").
  if (text.slice(i, index).includes('\n') && !/^[ \u00a0]+\p{Ll}/u.test(after)) return '';
  let j = i;
  while (j > 0 && (isWordChar(text, j - 1) || text.charCodeAt(j - 1) === 45)) j--;
  return text.slice(j, i);
}

/** The character before `index` and the blanks before it. */
function charBeforeBlanks(text: string, index: number): string {
  let i = index;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i > 0 ? text[i - 1]! : '';
}

/** The index after the last non-blank character before `index` (blanks: spaces, tabs, no-break spaces, CR). */
function blanksBackTo(text: string, index: number): number {
  let i = index;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c !== 32 && c !== 9 && c !== 160 && c !== 13) break;
    i--;
  }
  return i;
}

/** Whether the name is listed among German states ("Berlin, Brandenburg und Bremen") rather than meant as a town. */
function listedAmongStates(text: string, c: Candidate): boolean {
  if (!STATE_NAMES.has(c.form.written)) return false;
  const around = text.slice(Math.max(0, c.start - 40), Math.min(text.length, c.end + 40));
  const offset = c.start - Math.max(0, c.start - 40);
  if (!LIST_WORD.test(around)) return false;
  // One pass over the window for every state name, instead of a search per name.
  STATE_NAME_SEARCH.lastIndex = 0;
  for (let m = STATE_NAME_SEARCH.exec(around); m; m = STATE_NAME_SEARCH.exec(around)) {
    const i = m.index;
    if (m[0] !== c.form.written && (i < offset - 1 || i > offset + c.form.written.length)) return true;
    // Overlapping names ("Niedersachsen", "Sachsen") are all seen: the search goes on from the next character.
    STATE_NAME_SEARCH.lastIndex = i + 1;
  }
  return false;
}
const LIST_WORD = /[,(/]|und|sowie/u;
/** Any state name, longest first; see {@link listedAmongStates}. */
const STATE_NAME_SEARCH = new RegExp([...STATE_NAMES].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');

/** Ranges of organisation names with a place ("Feuerwehren Olpe und Attendorn") and multi-part state names. */
function organisationBlocks(scan: Scan): { start: number; end: number }[] {
  const { tokens, hits, entries } = scan;
  const { text, starts } = tokens;
  const out: { start: number; end: number }[] = [];
  for (let h = 0; h < hits.length; h++) {
    const block = entries[h]!.block;
    if (!block) continue;
    const at = starts[hits[h]!]!;
    const sticky = block === 'organisation' ? STICKY_ORGANISATION : STICKY_STATE;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) out.push({ start: at, end: at + m[0].length });
  }
  return out;
}

/** A name written after a first name is a surname, there and everywhere else in the text ("Stefan Sternberg ... sagte Sternberg"). */
function surnamesOf(scan: Scan): Set<string> {
  const { tokens, hits, entries } = scan;
  const { text, ends } = tokens;
  const out = new Set<string>();
  for (let h = 0; h < hits.length; h++) {
    if (!entries[h]!.firstName) continue;
    SURNAME_AFTER.lastIndex = ends[hits[h]!]!;
    const m = SURNAME_AFTER.exec(text);
    if (!m) continue;
    const name = m[1]!;
    out.add(name);
    // "Jürgen Vogt-Zembol", later "sagt Vogt-Zembol": the first part of a double name is the person's too. Added for every
    // name (a single one again, which the set ignores), so that a double name takes no code path of its own.
    const dash = name.indexOf('-');
    out.add(name.slice(0, dash > 0 ? dash : name.length));
  }
  return out;
}

/** What the municipality scan needs to know about the document. */
export interface MunicipalityOptions {
  readonly hints: PlaceHints;
  /** Whether the document is about Berlin (asked only for Berlin's localities, which are then parts of Berlin, not homonymous towns). */
  readonly berlin: () => boolean;
  /** Names of the Kreise the text names ("Biberach" for "Landkreis Biberach"): a bare such name without evidence is ambiguous. */
  readonly districtNames?: ReadonlySet<string>;
  /** Ranges of agency names: a name after "<agency> in" is its seat ("Kraftfahrtbundesamt in Flensburg"). Not district spans. */
  readonly agencySpans?: readonly { readonly start: number; readonly end: number }[];
  /** Centroids of the Kreise the text names, as places the text is about. */
  readonly areas?: readonly { readonly lat: number; readonly lon: number }[];
  /** Names of capitals datelines ("WÜRZBURG, LKR. ..."), see `datelines.ts`. */
  readonly datelines?: readonly { readonly start: number; readonly end: number; readonly form: NameForm; readonly address?: boolean }[];
}

/** What screening left of a candidate: the word before it and the text after it, or why it is no place. */
type Screened = { readonly prev1: string; readonly after: string } | 'exclude' | 'reject';

/** What screening remembers across candidates: where the last name of a unit ("Revierkommissariat Osterburg") ended. */
interface ScreenState {
  unitEnd: number;
  /** Ends of blocked ranges (agency names), for "<agency> in X". */
  readonly blockedEnds: ReadonlySet<number>;
  /** State codes of the city-states the text is about ('02', '04'), whose Stadtteile are no towns elsewhere. */
  readonly cityStates: ReadonlySet<string>;
  /** Single-word municipality forms, for demonym adjectives ("Leininger"). */
  readonly singleWord: ReadonlyMap<string, NameForm>;
}

/** Whether a capitalized word is a role or title before a person's name (see `ROLE_WORDS`). */
function isRole(word: string): boolean {
  if (word.length < 4 || !isUpperChar(word, 0)) return false;
  if (ROLE_WORDS.has(word)) return true;
  // Indexed: leaving a for-of early looks up the iterator's `return`, a path only a role takes.
  for (let i = 0; i < ROLE_TAILS.length; i++) if (word.endsWith(ROLE_TAILS[i]!)) return true;
  return false;
}

/** Whether `word` is the adjective of a municipality ("Leininger", "Kölner"), by {@link stems}. */
function demonymAdjective(word: string, singleWord: ReadonlyMap<string, NameForm>): boolean {
  if (word.length < 5 || !word.endsWith('er') || !isUpperChar(word, 0)) return false;
  for (const stem of stems(word)) if (singleWord.has(stem)) return true;
  return false;
}

/** Whether the name belongs to a body's name: "Polizeirevier Stendal", "Kraftfahrtbundesamt in Flensburg", "Außenstelle Havelberg" after a unit. */
function unitName(text: string, c: Candidate, prev1: string, prev1Start: number, prev2: string, state: ScreenState): boolean {
  const seat = prev1 === 'in';
  const head = seat ? prev2 : wordBeforeAcrossLines(text, c.start, text.slice(c.end, c.end + 3));
  if (UNIT_WORDS.has(head) || (!seat && NAMED_BODY_WORDS.has(head))) return true;
  if (c.start - state.unitEnd < 100 && SUBUNIT_WORDS.has(head)) return true;
  if (seat) {
    let k = prev1Start;
    while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
    if (state.blockedEnds.has(k)) return true;
  }
  return false;
}

/**
 * Whether `EXCLUDE_BEFORE` can match before a name, by the two words before it: "in" only after "Punkte", "Punkten" or a
 * register ("Handelsregister in"), "aus" and "für" only after a newspaper ("Zeitung aus"), so that "in X" costs no search.
 */
function excludeGate(prev1: string, prev2: string): boolean {
  if (prev1 === 'in') return prev2.endsWith('Punkt') || prev2.endsWith('Punkte') || prev2.endsWith('Punkten') || prev2.endsWith('register') || prev2.endsWith('Register');
  if (prev1 === 'aus' || prev1 === 'für') return BEFORE_GATES.paper.has(prev2) || /[Mm]agazin$/u.test(prev2);
  return BEFORE_GATES.exclude.has(prev1) || BEFORE_GATES.team.has(prev2);
}

/** The 60 characters before a candidate, where the "before" patterns look. */
function beforeOf(text: string, c: Candidate): string {
  return text.slice(Math.max(0, c.start - 60), c.start);
}

/** A news site's login link on the line before ("Anmelden⏎Bad Doberan …"). */
const SECTION_AFTER_LOGIN = /(?:^|\n)[ \u00a0]*Anmelden[ \u00a0]*\n[ \u00a0\n]*$/u;
const sectionAfterLogin = endsWithMatch(SECTION_AFTER_LOGIN);

/** A person's role in apposition after a name. */
const ROLE_APPOSITION_AFTER = /^[ \u00a0]*,[ \u00a0]*(?:(?:die|der)[ \u00a0]+)?(?:Leiter|Leiterin|Sprecher|Sprecherin|Pressesprecher|Pressesprecherin|Fachbereichsleit\p{L}*|Amtsleiter\p{L}*|Bürgermeister\p{L}*|Geschäftsführer\p{L}*|Chef|Chefin)(?![\p{L}])/u;

/** Whether `at` lies in parentheses opened right after a newspaper's name ("Schwäbische Zeitung (Ravensburg / Weingarten)"). */
function inNewspaperParentheses(text: string, at: number): boolean {
  // Only the 40 characters before the name are looked at: a search back through the whole text would cost each candidate
  // time linear in the text.
  const from = Math.max(0, at - 40);
  const window = text.slice(from, at);
  const open = window.lastIndexOf('(');
  if (open < 0 || window.includes(')', open)) return false;
  return NEWSPAPER_WORDS.has(wordBefore(text, from + open).word);
}

/** Last words of newspaper names, before a local edition in parentheses ("Schwäbische Zeitung (Biberach)"). */
const NEWSPAPER_WORDS: ReadonlySet<string> = new Set(['Zeitung', 'Kreiszeitung', 'Nachrichten', 'Rundschau', 'Anzeiger', 'Kurier', 'Tagblatt', 'Volksblatt', 'Kreisblatt', 'Bote', 'Echo', 'Allgemeine']);

/** A photo or image credit right before a name. */
const CREDIT_WORDS = '(?:Foto|Fotos|Bild|Bilder|Grafik|Symbolbild|Symbolfoto|Quelle)';
const CREDIT_BEFORE = new RegExp(`(?:(?<![\\p{L}])${CREDIT_WORDS}[ \\u00a0]*:|©)[ \\u00a0]*$`, 'u');
/** The same credit naming a body before the name: "Foto: Stadt Coesfeld". */
const CREDIT_BODY_BEFORE = new RegExp(`(?<![\\p{L}])${CREDIT_WORDS}[ \\u00a0]*:[ \\u00a0]*(?:Stadt|Gemeinde)[ \\u00a0]+$`, 'u');
const creditBefore = endsWithMatch(CREDIT_BEFORE);
const creditBodyBefore = endsWithMatch(CREDIT_BODY_BEFORE);

/**
 * Whether a candidate can be a place at all: not inside an agency or organisation name, no street,
 * person, team, noun, state or Berlin locality. 'exclude' also excludes a list it starts ("Richtung Hamm
 * und Unna").
 */
function screen(
  text: string, c: Candidate, blocked: readonly { start: number; end: number }[], organisations: readonly { start: number; end: number }[],
  surnames: ReadonlySet<string>, berlin: () => boolean, state: ScreenState,
): Screened {
  const { word: prev1, start: prev1Start } = wordBefore(text, c.start);
  const prev2 = prev1 ? wordBefore(text, prev1Start).word : '';
  const unit = unitName(text, c, prev1, prev1Start, prev2, state);
  if (unit) state.unitEnd = c.end;
  if ((!c.address && overlapsAny(c.start, c.end, blocked)) || overlapsAny(c.start, c.end, organisations)) return 'reject';
  if (unit) return 'exclude';
  // A person's name after a role ("Verwaltungsdirektorin Dörte Kröpelin", "Landrat Mager").
  if (isUpperChar(prev1, 0) && (isRole(prev1) || (isRole(prev2) && !BEFORE_GATES.strong.has(prev1)))) return 'reject';
  // A landmark named after another place ("im Leininger Oberhof").
  if (!c.inflected && prev1 && demonymAdjective(prev1, state.singleWord)) return 'reject';
  const cityState = CITY_STATE_LOCALITIES.get(c.form.written);
  if (cityState !== undefined && state.cityStates.has(cityState)) return 'reject';
  // "before" patterns are tested only when the word before the name is one they can end with.
  let beforeText: string | undefined;
  const before = (): string => (beforeText ??= beforeOf(text, c));
  const after = text.slice(c.end, c.end + 40);
  // "Schwäbische Zeitung (Ravensburg / Weingarten)": a newspaper's local editions, not where something happens.
  if (inNewspaperParentheses(text, c.start)) return 'reject';
  // "Anmelden⏎Lauenburg EDV-Kollaps …": a news site's section label after its login link.
  if (prev1 === '' && sectionAfterLogin(text.slice(Math.max(0, c.start - 12), c.start))) return 'reject';
  // "(Foto: R. Miesbach)": an initial makes the name a person's.
  if (/^\p{Lu}\.$/u.test(prev1) && prev1 !== 'St.') return 'reject';
  // "Astrid Lehre, Fachbereichsleitung …", "Inka Jessen, die Leiterin …": a name with a role after it is a person.
  if (isUpperChar(prev1, 0) && !BEFORE_GATES.strong.has(prev1) && !BEFORE_GATES.article.has(prev1) && ROLE_APPOSITION_AFTER.test(text.slice(c.end, c.end + 40))) return 'reject';
  // "Bezirksamt Hamburg-Mitte": the Ortsteil joined to its municipality names the municipality.
  if (excludeGate(prev1, prev2) && excludeBefore(before())
    && !(ORTSTEIL_WORDS.has(prev1) && text.charCodeAt(c.end) === 45 && isUpperChar(text, c.end + 1))) return 'exclude';
  if ((prev1 === '' || DIGITS.test(prev1)) && routeBefore(before())) return 'exclude';
  // "Foto: Nagel", "© Schwerin": a credit names a photographer or an agency, not a place.
  if (prev1 === '' && creditBefore(before())) return 'reject';
  // "Foto: Stadt Coesfeld": the body that gave the picture.
  if ((prev1 === 'Stadt' || prev1 === 'Gemeinde') && creditBodyBefore(before())) return 'reject';
  if (POSTCODE.test(prev1) && postcodeBefore(before())) return 'reject';
  if (ADDRESS_AFTER.test(after) || DISTRICT_LABEL_AFTER.test(after)) return 'reject';
  // "Verantwortlich: Dorothea Benndorf (db)": a press officer's initials after a surname, not a news agency's code.
  // A dateline keeps its editor's initials ("Bad Homburg (kw) –"): only a name after another capitalized word is a person.
  if (prev1 && isUpperChar(prev1, 0) && INITIALS_AFTER.test(after)) return 'reject';
  if (EXCLUDE_AFTER.test(after) || (BEFORE_GATES.street.has(prev1) && streetBefore(before()))) return 'reject';
  if (!c.inflected && BEFORE_GATES.article.has(prev1)) return 'reject';
  // "Verbandsgemeinde Elbe-Heide": an association of Gemeinden named by a compound, of which the first part is no town of it.
  if (ASSOCIATIONS.has(prev1) && /^-\p{Lu}/u.test(after)) return 'reject';
  // Fused articles ("im Leininger Oberhof", "vom Oberhof") only before one-word names: "im Mühlenbecker Land" is a Gemeinde.
  if (!c.inflected && BEFORE_GATES.fused.has(prev1) && !c.form.written.includes(' ')) return 'reject';
  if ((prev1 && FIRST_NAMES.has(prev1)) || surnames.has(c.form.written)) return 'reject';
  if (BERLIN_LOCALITIES.has(c.form.written) && berlin()) return 'reject';
  if (listedAmongStates(text, c)) return 'reject';
  if (c.form.risk !== 'none' && !c.inflected && NOUN_AFTER.test(after)) return 'reject';
  if (NUMBERED_NOUNS.has(c.form.written) && NUMBER_AFTER.test(after)) return 'reject';
  return { prev1, after };
}

const INITIALS_AFTER = /^[ \u00a0]*\((?!(?:ots|dpa|red|pm|lnw|afp|epd|kna|ddp|ap|lby|lsw|lni|lhe|lrs|lmv|lno|lsa|lth|lbb)\))[a-zäöü]{2,3}\)/u;

/** Associations of Gemeinden, named after a member town ("Verwaltungsgemeinschaft Altenstadt") or by a name of their own. */
const ASSOCIATIONS: ReadonlySet<string> = new Set(['Verbandsgemeinde', 'Samtgemeinde', 'Amt', 'Verwaltungsgemeinschaft', 'Verwaltungsverband', 'Gemeindeverwaltungsverband']);

/** How strongly the text around a candidate says it is a place: inflection, "in X", datelines, lists. */
function evidenceOf(text: string, c: Candidate, prev1: string, after: string): Evidence {
  let beforeText: string | undefined;
  const before = (): string => (beforeText ??= beforeOf(text, c));
  // Back over blanks only, not to the line's start: a text without line breaks would make that quadratic.
  const ls = blanksBackTo(text, c.start);
  const atLineStart = ls === 0 || text.charCodeAt(ls - 1) === 10;
  // Plain datelines ("Werne. Der ...") count only at the start of a paragraph: hard-wrapped text puts
  // ordinary words ("Drogen. Er ...") at the start of lines too.
  const atParagraphStart = atLineStart && (ls === 0 || blankLineBefore(text.slice(Math.max(0, ls - 200), ls)));
  const weakWord = BEFORE_GATES.weak.has(prev1) || prev1.endsWith('ischen') || prev1.endsWith('ischer');
  // One blank, a space, between the word before and the name. Read for every name: a step only an office before a name
  // took made V8 drop and recompile this function.
  const spaceAfterWord = c.start > 0 && text.charCodeAt(c.start - 1) === 32 && text.startsWith(prev1, c.start - prev1.length - 1);
  if (c.inflected || c.dateline || (BEFORE_GATES.strong.has(prev1) && strongBefore(before())) || (atLineStart && AGENCY_DATELINE_AFTER.test(after))
    || (atParagraphStart && DATELINE_AFTER.test(after)) || (atLineStart && LETTER_DATELINE_AFTER.test(after)) || (prev1 === '' && charBeforeBlanks(text, c.start) === ':' && placeLabelBefore(before()))) return 'strong';
  if (weakWord && weakBefore(before()) && !(c.form.risk !== 'none' && BEFORE_GATES.weakOnly.has(prev1))) return 'weak';
  if (/^-\p{Lu}/u.test(after) || (atLineStart && LINE_START_COMMA.test(after))) return 'weak';
  if (OFFICE_BEFORE.has(prev1) && spaceAfterWord) return 'weak';
  // "Werne hat das Rathaus geschlossen.", "Auch Selm und Werne sind betroffen.": a town as the subject of a sentence.
  if (SUBJECT_VERB_AFTER.test(after) && sentenceStartBefore(text, c.start, prev1)) return 'weak';
  return 'none';
}

/** "Burg, den 08.10.2012" at a line's start: a letter's dateline, which no ordinary word at a line start looks like. */
const LETTER_DATELINE_AFTER = /^,[ \u00a0]+den[ \u00a0]+\d{1,2}\.[ \u00a0]*(?:\d{1,2}\.|\p{Lu})/u;

/** A finite verb of a body right after a name, or after "und <Name>": the name is a sentence's subject. */
const SUBJECT_VERB_AFTER = /^(?:[ \u00a0]+und[ \u00a0]+\p{Lu}[\p{L}-]+)?[ \u00a0]+(?:ist|sind|war|waren|hat|haben|hatte|hatten|kann|können|konnte|konnten|bleibt|bleiben|blieb|blieben|meldet|melden|meldete|meldeten|teilt|teilen|teilte|teilten|schließt|schließen|schloss|öffnet|öffnen|öffnete|muss|müssen|musste|mussten)(?![\p{L}])/u;

/** Words that may open a sentence before its subject ("Auch Werne hat …"). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['Auch', 'Ebenfalls', 'Zudem', 'Dagegen', 'Hingegen', 'Nun', 'Jetzt', 'Inzwischen']);

/** Whether a name at `start` opens its sentence (after a full stop, a line break or the text's start, or an opener). */
function sentenceStartBefore(text: string, start: number, prev1: string): boolean {
  let at = start;
  if (SENTENCE_OPENERS.has(prev1)) at = blanksBackTo(text, start) - prev1.length;
  const c = charBeforeBlanks(text, at);
  return c === '' || c === '.' || c === '!' || c === '?' || c === '\n' || c === ':';
}

/**
 * Municipalities named as places in the text, one mention per occurrence. Names inside `blocked` ranges
 * (agency and district names, contacts) and names used as streets, directions, persons, teams, nouns or
 * states are skipped; names that are also words need evidence (see `STRONG_ONLY`, `NEEDS_CONTEXT`).
 * Screening, evidence and resolution are functions of their own, each small enough for V8 to optimize quickly.
 */
export function extractMunicipalities(resources: Resources, scan: Scan, blocked: readonly { start: number; end: number }[], options: MunicipalityOptions): Municipality[] {
  const { text } = scan.tokens;
  let candidates = findCandidates(resources, scan);
  if (options.datelines && options.datelines.length > 0) candidates = withDatelines(candidates, options.datelines);
  if (candidates.length === 0) return [];
  const organisations = organisationBlocks(scan);
  const surnames = surnamesOf(scan);

  const accepted: Accepted[] = [];
  let previous: Accepted | undefined;
  let excluded: Candidate | undefined;
  // A name that is also a word, after a preposition of place but without the strong evidence it needs ("in Waren,
  // Neustrelitz und Demmin"): taken if a plain place name follows it in a list.
  let pending: Accepted | undefined;
  const blockedEnds = new Set<number>();
  for (const b of options.agencySpans ?? []) blockedEnds.add(b.end);
  const state: ScreenState = { unitEnd: -Infinity, blockedEnds, cityStates: cityStatesOf(options.hints.jurisdiction, candidates), singleWord: nameIndex(resources).singleWord };
  const districtNames = options.districtNames;
  const takenNames = new Set<string>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // A name right before another on the same line qualifies it: "Rathaus St. Johann Saarbrücken" is Saarbrücken's St. Johann.
    const next = candidates[k + 1];
    // A kreisfreie Stadt is no such qualifier ("in Berlin Lichtenberg", "Flughafen Berlin Brandenburg").
    if (next && !c.inflected && !c.dateline && onlyBlanks(text, c.end, next.start) && !c.form.entries.some((e) => e.ags.endsWith('000'))) {
      previous = undefined;
      excluded = undefined;
      continue;
    }
    // A list continues what its first item is: "Anschlussstellen Lüdenscheid-Nord und Hagen-Süd", "Richtung Hamm und Unna".
    const continuesExcluded = (excluded !== undefined && EXCLUDED_LIST.test(text.slice(excluded.end, c.start)))
      || quarterListBefore(text.slice(Math.max(0, c.start - 120), c.start)) || branchListBefore(text.slice(Math.max(0, c.start - 160), c.start));
    excluded = undefined;
    const screened = continuesExcluded ? 'exclude' : screen(text, c, blocked, organisations, surnames, options.berlin, state);
    if (screened === 'exclude' || screened === 'reject') {
      previous = undefined;
      if (screened === 'exclude') excluded = c;
      continue;
    }
    let evidence = evidenceOf(text, c, screened.prev1, screened.after);
    // Worked out for every candidate after another, used where they form a list: a step only a list took would make V8
    // drop and recompile this function.
    const listed = previous ? listEvidence(evidence, previous.evidence) : evidence;
    if (previous && LIST_BEFORE.test(text.slice(previous.candidate.end, c.start))) evidence = listed;
    const needed = c.form.risk === 'strong' ? 'strong' : c.form.risk === 'context' ? 'weak' : 'none';
    // A name the text also gives a Kreis ("Landratsamt Augsburg", "Kreise Biberach und ...") is the Kreis's area after
    // "im Raum" and undecided without evidence.
    // Only kreisfreie Städte (AGS ending in 000) share the name of a different Kreis ("Augsburg", "Leipzig"); the seat town of
    // a Kreis of its name ("Unna") stays a place.
    const kreisName = districtNames !== undefined && districtNames.has(c.form.written)
      && (AREA_WORDS.has(screened.prev1) || (evidence === 'none' && c.form.entries.some((e) => e.ags.endsWith('000'))));
    const ok = !kreisName && (needed === 'none' || evidence === 'strong' || (needed === 'weak' && evidence === 'weak'));
    // A name the text has already taken as a place counts again without evidence of its own ("die Stadtverwaltungen von
    // Bergen und Güstrow … Im Rathaus von Bergen …").
    if (!ok && !(!kreisName && takenNames.has(c.form.written))) {
      previous = undefined;
      pending = !kreisName && needed === 'strong' && evidence === 'weak' ? { candidate: c, evidence } : undefined;
      continue;
    }
    takenNames.add(c.form.written);
    if (pending && needed === 'none' && LIST_BEFORE.test(text.slice(pending.candidate.end, c.start))) accepted.push(pending);
    pending = undefined;
    const item = { candidate: c, evidence };
    accepted.push(item);
    previous = item;
  }
  return accepted.length === 0 ? [] : resolveAccepted(resources, text, accepted, options);
}

/** The evidence of a name listed after one with `previous` evidence. */
function listEvidence(evidence: Evidence, previous: Evidence): Evidence {
  // A list of places is evidence for a name that needs context: "Bergkamen, Bönen, Kamen und Werne".
  if (previous === 'none') return evidence === 'none' ? 'weak' : evidence;
  return evidence === 'none' || (evidence === 'weak' && previous === 'strong') ? previous : evidence;
}

/** Names of the city-states' municipalities, with their state codes. */
const CITY_STATE_FORMS: ReadonlyMap<string, string> = new Map([['Hamburg', '02'], ['Bremen', '04'], ['Bremerhaven', '04']]);

/** State codes of the city-states a text is about: the publisher's, or Hamburg, Bremen or Bremerhaven named in it. */
function cityStatesOf(jurisdiction: readonly string[], candidates: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const j of jurisdiction) if (j.startsWith('02') || j.startsWith('04')) out.add(j.slice(0, 2));
  for (const c of candidates) {
    const state = CITY_STATE_FORMS.get(c.form.written);
    if (state !== undefined) out.add(state);
  }
  return out;
}

/** Candidates with the capitals datelines in text order; a dateline replaces candidates inside it. */
function withDatelines(candidates: readonly Candidate[], datelines: NonNullable<MunicipalityOptions['datelines']>): Candidate[] {
  const out: Candidate[] = candidates.filter((c) => !datelines.some((d) => c.start < d.end && d.start < c.end));
  for (const d of datelines) out.push({ start: d.start, end: d.end, form: d.form, inflected: false, dateline: true, address: d.address === true });
  return out.sort((a, b) => a.start - b.start);
}

/** A candidate taken as a place, with its evidence. */
interface Accepted { readonly candidate: Candidate; readonly evidence: Evidence }

/** The municipalities of accepted candidates: homonyms resolved with the other places of the text as hints. */
function resolveAccepted(resources: Resources, text: string, accepted: readonly Accepted[], options: MunicipalityOptions): Municipality[] {
  const { gazetteer } = resources;
  const places: string[] = [];
  for (const p of options.hints.places) places.push(p);
  const anchors: Anchor[] = [];
  for (const a of options.hints.anchors ?? []) anchors.push({ lat: a.lat, lon: a.lon });
  const placed: { lat: number; lon: number; ags?: string }[] = [...anchors];
  for (const a of options.areas ?? []) placed.push(a);
  for (const a of accepted) {
    if (a.candidate.form.entries.length !== 1) continue;
    const entry = a.candidate.form.entries[0]!;
    places.push(entry.ags);
    anchors.push({ lat: entry.lat, lon: entry.lon });
  }
  const hints: PlaceHints = { jurisdiction: options.hints.jurisdiction, agencies: options.hints.agencies, places, anchors };
  const out: Municipality[] = [];
  const resolvedAll = accepted.map((a) => resolveMunicipality(gazetteer, a.candidate.form.entries, hints, a.candidate.form.written));
  // One anchor per municipality, so that a text with many mentions costs one distance per distinct place.
  const seen = new Set<string>();
  for (const r of resolvedAll) {
    if (!r || seen.has(r.entry.ags)) continue;
    seen.add(r.entry.ags);
    placed.push(r.entry);
  }
  for (let k = 0; k < accepted.length; k++) {
    const { candidate, evidence } = accepted[k]!;
    const resolved = resolvedAll[k];
    if (!resolved) continue;
    const m = resolved.entry;
    // Certainty below every pick by the text, its publisher or size: among readings of one rank, a guess.
    if (farGemeinde(text, candidate, evidence, m, placed, resolved.certainty < 0.6)) continue;
    const base = candidate.inflected ? CONFIDENCE.inflected
      : evidence === 'strong' ? CONFIDENCE.strong
        : candidate.form.risk === 'none' ? CONFIDENCE.plain : CONFIDENCE.weak;
    out.push({
      span: spanOf(text, candidate.start, candidate.end), ags: m.ags, name: m.name, district: { ags: m.district.ags, name: m.district.name },
      state: m.state, lat: m.lat, lon: m.lon, confidence: Math.round(base * resolved.certainty * 100) / 100,
    });
  }
  return out;
}

/** Whether the text is about Berlin: it names Berlin ("Berlin", "Berliner", "Berlins") or a locality only Berlin has. */
export function namesBerlin(scan: Scan): boolean {
  const { tokens, hits, entries } = scan;
  const { text, starts, ends } = tokens;
  for (let h = 0; h < hits.length; h++) {
    const e = entries[h]!;
    if (e.berlin || e.berlinLocality === 'one') return true;
    if (e.berlinLocality === 'first') {
      const i = hits[h]!;
      const two = text.slice(starts[i]!, ends[i + 1] ?? ends[i]!);
      if (BERLIN_LOCALITIES.has(two)) return true;
    }
  }
  return false;
}
