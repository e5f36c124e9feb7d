/**
 * Sentence splitting for German press releases.
 *
 * Why not compromise: `compromise/one` splits English-style and breaks German text after ordinals
 * and common abbreviations ("Am 6." | "November ist ...", "Tel. (02306) 104-2030 bzw." | "per Mail.",
 * "Die 32." | "Einsatzhundertschaft", "Nr." | "1698 ..."), measured on a release-like sample.
 * Dates, impacts and place context all depend on sentence boundaries, so a small splitter that knows
 * German ordinals and abbreviations is the better tool here; compromise is not used by this package.
 */
import { ABBREVIATIONS } from './constants.js';
import { isUpperChar, isWordChar } from './tokens.js';

/** One sentence (or line) of a document; `text === document.slice(start, end)`. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A sentence whose text is sliced only when asked for: most sentences are only ever ranges. */
class SentenceRange implements Sentence {
  declare private readonly document: string;
  declare readonly start: number;
  declare readonly end: number;
  constructor(document: string, start: number, end: number) {
    this.document = document;
    this.start = start;
    this.end = end;
  }
  get text(): string {
    return this.document.slice(this.start, this.end);
  }
}

/**
 * One sentence kept alive for good: V8 holds a class's hidden classes only while an instance lives, and a
 * full collection between documents would otherwise drop them and the optimized code that has seen them.
 */
export const KEPT_SENTENCE: Sentence = new SentenceRange('', 0, 0);

const BOUNDARY_CANDIDATE = /[.!?\n\r]/g;

/** Where `text` may end a sentence: its `.`, `!`, `?` and line breaks (the tokenizer finds them on its way, see `Tokens.breaks`). */
function boundaryCandidates(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BOUNDARY_CANDIDATE)) out.push(m.index);
  return out;
}
const CLOSERS = '"\'“”»«)]’‘';
const OPENERS = '"\'„“»«(‚[';
/** Whether a code unit is one of `marks` (a lookup by code, not a one-character string searched for in them). */
const markSet = (marks: string): ((c: number) => boolean) => {
  const codes = new Set<number>();
  for (let i = 0; i < marks.length; i++) codes.add(marks.charCodeAt(i));
  return (c) => codes.has(c);
};
const isCloser = markSet(CLOSERS);
const isOpener = markSet(OPENERS);

function isUpperOrDigit(text: string, index: number): boolean {
  const ch = text[index];
  if (ch === undefined) return false;
  if (isOpener(text.charCodeAt(index)) || isUpperChar(text, index)) return true;
  const c = text.charCodeAt(index);
  return (c >= 48 && c <= 57) || (isWordChar(text, index) && /\p{N}/u.test(ch));
}


const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 160;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 0x2028 || c === 0x2029
  || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff;

/** Whether a period at `index` ends a sentence. */
function periodEnds(text: string, index: number): boolean {
  // The word before (letters, digits, dots, hyphens: "Tel" of "... Tel.") walked back once; its last dot noted on the way.
  let start = index;
  let dot = -1;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c !== 46 /* . */ && c !== 45 /* - */ && !isWordChar(text, start - 1)) break;
    if (c === 46 && dot < 0) dot = start - 1;
    start--;
  }
  // After the word's last dot ("a" of "u.a"), else the word.
  const last = text.slice(dot >= 0 ? dot + 1 : start, index);
  if (last === '') return true; // "..." or a bare period
  if (isDigits(last)) return false; // German ordinal: "6. November", "32. Einsatzhundertschaft"
  if (last.length === 1 && isWordChar(last, 0) && !isDigits(last)) return false; // initial or "z. B."
  if (last.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(last)) return false;
  const lower = lowerStart(last);
  if (dot >= 0 && lower) return false; // "u.a", "z.B"
  // "ab Montag. 16. März": a weekday with its date after a stray period, one statement.
  if (WEEKDAYS.has(last) && DATE_AFTER.test(text.slice(index + 1, index + 20))) return false;
  return true;
}

const LOWER_START = /^\p{Ll}/u;
/**
 * Whether `word` starts with a lower-case letter: ASCII by its code, other letters by {@link LOWER_START}. Called for every
 * word, not only for the dotted ones that need it: a step only they took made V8 drop and recompile the sentence splitter.
 */
function lowerStart(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(word);
}

/** The length of the longest of {@link ABBREVIATIONS}: a longer word is none of them. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const WEEKDAYS: ReadonlySet<string> = new Set(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag']);
/** A day of the month right after: " 16. März", " 16.03.". */
const DATE_AFTER = /^[ \u00a0]*\d{1,2}\.[ \u00a0]*(?:\p{Lu}|\d)/u;

/** A word of three or more lower-case letters ending right before `at`, not part of an address or a dotted abbreviation. */
const GLUED_BEFORE = /(?<![\p{L}\p{N}./@:_-])\p{Ll}{3,}$/u;
/** A capitalised word of three or more letters right after the mark. */
const GLUED_AFTER = /^\p{Lu}\p{Ll}{2,}/u;

/** No word: a match of its own, so that every value `glued` looks into has the one shape of a match. */
const NO_WORD = /(?:)/u.exec('')!;

/** Whether the `.`, `!` or `?` at `at` ends a sentence though no blank follows it ("geöffnet.Das"). */
function glued(text: string, at: number): boolean {
  if (!GLUED_AFTER.test(text.slice(at + 1, at + 4))) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  const word = GLUED_BEFORE.exec(before) ?? NO_WORD;
  // Looked up for the empty word too: a step only a glued word took made V8 drop and recompile the sentence splitter.
  const abbreviation = ABBREVIATIONS.has(word[0]!);
  return word !== NO_WORD && !abbreviation;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return /^\p{N}+$/u.test(s);
  }
  return s.length > 0;
}

/**
 * Splits `text` into sentences: at line breaks, and after `.`, `!`, `?` (with closing quotes) that are
 * followed by whitespace and an upper-case letter, digit or opening quote — except after ordinals and
 * abbreviations. Offsets are UTF-16 code units; empty stretches are dropped. `candidates` are the offsets of
 * the text's `.`, `!`, `?`, `\n` and `\r`, in order, when already known.
 */
export function splitSentences(text: string, candidates: readonly number[] = boundaryCandidates(text)): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push(new SentenceRange(text, s, e));
  };
  for (const i of candidates) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isCloser(text.charCodeAt(j))) j++;
    if (j < text.length && !isBlank(text.charCodeAt(j))) {
      // "… angeboten werden.Die Öffnungszeiten …": pages lose the blank after a period; a word closed by it and a
      // capitalised word right after still part two sentences (at the one push below: a push of its own made V8 drop and
      // recompile this function).
      if (!(j === i + 1 && j > start && glued(text, i))) continue;
    } else {
      if (j >= text.length) continue;
      let k = j;
      while (k < text.length && isBlank(text.charCodeAt(k))) k++;
      if (k < text.length && text[k] !== '\n' && !isUpperOrDigit(text, k)) continue;
      if (ch === '.' && !periodEnds(text, i)) continue;
      if (j <= start) continue;
    }
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}
