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

/** One sentence (or line) of a document; `text === document.slice(start, end)`. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BOUNDARY_CANDIDATE = /[.!?\n\r]/g;
const CLOSERS = '"\'“”»«)]’‘';
const OPENERS = '"\'„“»«(‚[';

function isUpperOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && (/\p{Lu}|\p{N}/u.test(ch) || OPENERS.includes(ch));
}

/** The word that ends at `end` (exclusive), e.g. "Tel" for "... Tel." */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.-]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, end);
}

/** Whether a period at `index` ends a sentence. */
function periodEnds(text: string, index: number): boolean {
  const word = wordBefore(text, index);
  const last = word.split('.').pop() ?? '';
  if (last === '') return true; // "..." or a bare period
  if (/^\p{N}+$/u.test(last)) return false; // German ordinal: "6. November", "32. Einsatzhundertschaft"
  if (/^\p{L}$/u.test(last)) return false; // initial or "z. B."
  if (ABBREVIATIONS.has(last)) return false;
  if (word.includes('.') && /^\p{Ll}/u.test(last)) return false; // "u.a", "z.B"
  return true;
}

/**
 * Splits `text` into sentences: at line breaks, and after `.`, `!`, `?` (with closing quotes) that are
 * followed by whitespace and an upper-case letter, digit or opening quote — except after ordinals and
 * abbreviations. Offsets are UTF-16 code units; empty stretches are dropped.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const m of text.matchAll(BOUNDARY_CANDIDATE)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j] ?? '')) j++;
    if (j >= text.length || !/[ \t\u00a0]/u.test(text[j] ?? '')) continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/u.test(text[k] ?? '')) k++;
    if (k < text.length && text[k] !== '\n' && !isUpperOrDigit(text[k])) continue;
    if (ch === '.' && !periodEnds(text, i)) continue;
    if (j <= start) continue;
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}
