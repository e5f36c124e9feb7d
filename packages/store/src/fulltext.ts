import { searchKey } from './rows.js';

/**
 * The full-text search language of {@link QueryFilter.search}, parsed once and rendered for each
 * database. Deliberately small so that no user input ever reaches a query parser unescaped:
 *
 * - words are ANDed: `standesamt werne`;
 * - `OR` (upper case) separates alternatives; AND binds tighter: `werne standesamt OR lünen`;
 * - `"…"` is a phrase: `"polizei dortmund"`;
 * - a trailing `*` asks for prefix matching: `ermittl*`.
 *
 * A word is a run of letters and digits; everything else separates words (as FTS5's unicode61 and
 * PostgreSQL's parser do), so "Südwestfalen-IT" is the phrase "südwestfalen it" and characters
 * such as `'`, `;`, `(`, `:` or `^` carry no meaning.
 */

/** One term: a word or a phrase of words, lower-cased; `prefix` applies to its last word. */
export interface FullTextTerm {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

/** Alternatives (OR) of term lists (AND). Empty when the input holds no word: it then matches nothing. */
export type FullTextQuery = readonly (readonly FullTextTerm[])[];

const WORD = /[\p{L}\p{N}]+/gu;
/** Longest input considered; search strings are typed by people. */
const MAX_INPUT = 1000;
/** At most this many terms in all, so that a hostile input cannot build a huge query. */
const MAX_TERMS = 32;

/** Splits the input into phrases (with a flag for a following `*`) and bare chunks. */
function chunks(text: string): { text: string; quoted: boolean; star: boolean }[] {
  const out: { text: string; quoted: boolean; star: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/u.test(c)) { i++; continue; }
    if (c === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close;
      const star = close >= 0 && text[close + 1] === '*';
      out.push({ text: text.slice(i + 1, end), quoted: true, star });
      i = close < 0 ? text.length : close + (star ? 2 : 1);
      continue;
    }
    let j = i;
    while (j < text.length && !/\s/u.test(text[j]!) && text[j] !== '"') j++;
    const chunk = text.slice(i, j);
    out.push({ text: chunk, quoted: false, star: /[\p{L}\p{N}]\*+$/u.test(chunk) });
    i = j;
  }
  return out;
}

/** Parses a search string; never throws. */
export function parseFullText(input: string): FullTextQuery {
  const groups: FullTextTerm[][] = [[]];
  let terms = 0;
  for (const chunk of chunks(input.slice(0, MAX_INPUT))) {
    if (terms >= MAX_TERMS) break;
    if (!chunk.quoted && chunk.text === 'OR') {
      if (groups.at(-1)!.length > 0) groups.push([]);
      continue;
    }
    const words = [...searchKey(chunk.text).matchAll(WORD)].map((m) => m[0]);
    if (words.length === 0) continue;
    groups.at(-1)!.push({ words, prefix: chunk.star });
    terms++;
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * FTS5 MATCH expression. Every word is a quoted string made only of letters and digits, so no FTS5
 * syntax can be smuggled in. FTS5 has no German stemmer; the last word of each term is matched as
 * a prefix, which covers German inflection ("Standesamt" finds "Standesamts").
 */
export function toFts5Match(query: FullTextQuery): string {
  return query
    .map((group) => group.map((t) => `"${t.words.join(' ')}"*`).join(' AND '))
    .map((g) => `(${g})`)
    .join(' OR ');
}

/**
 * Input for PostgreSQL's `to_tsquery('german', …)`: words joined with `<->` (phrase), `&` and `|`;
 * an explicit `*` becomes `:*`. Words hold only letters and digits, so they carry no operators.
 */
export function toTsquery(query: FullTextQuery): string {
  return query
    .map((group) => group.map((t) => {
      const phrase = t.words.join(' <-> ');
      const term = t.prefix ? `${phrase}:*` : phrase;
      return t.words.length > 1 ? `(${term})` : term;
    }).join(' & '))
    .map((g) => `(${g})`)
    .join(' | ');
}
