import { Buffer } from 'node:buffer';

/**
 * One pass over a document that finds its words: maximal runs of letters, marks and digits. Every
 * extractor looks words up in maps instead of running its own regular expression over the whole text,
 * so the cost of a document grows with its length once, not once per vocabulary.
 */

/** Words of a text as parallel arrays (UTF-16 offsets). */
export interface Tokens {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Offsets of `.`, `!`, `?`, `\n` and `\r`: where a sentence may end, noted in the same pass. */
  readonly breaks: readonly number[];
}

/**
 * The words of a text, with what the lexicon reads of each word once, right after {@link tokenize}: those two arrays
 * are scratch, valid (for the first `tokens.starts.length` entries) until the next call, and never copied.
 */
export interface Tokenized {
  readonly tokens: Tokens;
  /** `upper[i]` when word `i` starts with an upper-case letter. */
  readonly upper: readonly boolean[];
  /** {@link wordHash} of each word, computed while reading it: dictionary look-ups need no string hashing. */
  readonly hashes: readonly number[];
}

/** A 32-bit hash of a word's code units, the same one {@link tokenize} computes for every word. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

// Per UTF-16 code unit: 0 = not yet classified, 1 = not a word character, 2 = word character, 3 = upper-case letter.
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_CHAR = /\p{Lu}/u;

function classify(code: number): number {
  let c = CLASS[code]!;
  if (c !== 0) return c;
  // Lone surrogates (astral characters) are not word characters here: German words are in the BMP.
  const ch = String.fromCharCode(code);
  c = code >= 0xd800 && code <= 0xdfff ? 1 : UPPER_CHAR.test(ch) ? 3 : WORD_CHAR.test(ch) ? 2 : 1;
  CLASS[code] = c;
  return c;
}
for (let code = 0; code < 128; code++) classify(code);

/** Whether the code unit at `index` is a letter, mark or digit. */
export function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  const c = CLASS[code]!;
  return (c === 0 ? classify(code) : c) >= 2;
}

/**
 * Whether a hyphen stands right before `index`. The text's first character has none before it: reading
 * `text[-1]` gives the same answer but is an out-of-bounds read, which throws the compiled caller back to
 * the interpreter the first time a name stands at the very start (a title).
 */
export function hyphenBefore(text: string, index: number): boolean {
  return index > 0 && text.charCodeAt(index - 1) === 45;
}

/** Whether the code unit at `index` is an upper-case letter. */
export function isUpperChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return classify(text.charCodeAt(index)) === 3;
}

/**
 * Scratch arrays that every call fills from the start; offsets are copied out at their exact length, the rest is read in
 * place (see {@link Tokenized}). Grown by push, each array of a document was allocated two or three times over (half the
 * bytes extraction allocated on the Berlin corpus, each of them a cache line to fetch).
 */
const STARTS: number[] = [];
const ENDS: number[] = [];
const UPPER: boolean[] = [];
const HASHES: number[] = [];
const BREAKS: number[] = [];
/** Scratch arrays grown past this many entries (by a huge text) are given back at the next call. */
const SCRATCH_KEPT = 1 << 16;

/**
 * A text's UTF-16 code units, written by Node's native encoder into scratch memory that every call reuses: the loop below
 * reads a unit with one load, where `charCodeAt` first dispatches on the kind of string (about a third of the time of a
 * pass over a Berlin release). Grown to the longest text, and given back past {@link SCRATCH_KEPT} like the arrays.
 */
let units = new Uint16Array(4096);
let unitBytes = Buffer.from(units.buffer);

function codeUnits(text: string): Uint16Array {
  if (text.length > units.length || (units.length > SCRATCH_KEPT && text.length <= SCRATCH_KEPT)) {
    units = new Uint16Array(Math.max(4096, text.length));
    unitBytes = Buffer.from(units.buffer);
  }
  unitBytes.write(text, 0, text.length * 2, 'utf16le');
  return units;
}

/** The words of `text` (see {@link Tokenized} for how long `upper` and `hashes` hold). */
export function tokenize(text: string): Tokenized {
  const starts = STARTS;
  const ends = ENDS;
  const upper = UPPER;
  const hashes = HASHES;
  const breaks = BREAKS;
  if (starts.length > SCRATCH_KEPT) {
    starts.length = 0;
    ends.length = 0;
    upper.length = 0;
    hashes.length = 0;
  }
  if (breaks.length > SCRATCH_KEPT) breaks.length = 0;
  // Each array is written at its next index only (at most its length), so it stays without holes.
  let count = 0;
  let breakCount = 0;
  const n = text.length;
  const codes = codeUnits(text);
  let i = 0;
  while (i < n) {
    const code = codes[i]!;
    let c = CLASS[code]!;
    if (c === 0) c = classify(code);
    if (c < 2) {
      if (code === 46 || code === 10 || code === 13 || code === 33 || code === 63) breaks[breakCount++] = i;
      i++;
      continue;
    }
    const start = i;
    let h = code;
    i++;
    while (i < n) {
      const next = codes[i]!;
      let k = CLASS[next]!;
      if (k === 0) k = classify(next);
      if (k < 2) break;
      h = (Math.imul(h, 31) + next) | 0;
      i++;
    }
    starts[count] = start;
    ends[count] = i;
    upper[count] = c === 3;
    hashes[count] = h;
    count++;
  }
  return { tokens: { text, starts: starts.slice(0, count), ends: ends.slice(0, count), breaks: breaks.slice(0, breakCount) }, upper, hashes };
}

/** The index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
