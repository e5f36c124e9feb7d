/**
 * Named institutions outside the registry: a head ("Landesamt", "Bundesministerium") and its complement
 * ("für Bürger- und Ordnungsangelegenheiten", "des Innern und für Heimat"), optionally after a Land adjective
 * ("bayerischen Landesamt für …" → "Bayerisches Landesamt für …").
 */
import type { Agency } from '@lagebild/schema';
import { spanOf } from '../text/spans.js';
import { isUpperChar, isWordChar } from '../text/tokens.js';
import {
  CONFIDENCE, INSTITUTION_JOINERS, NOT_ADJECTIVES, STATE_ADJECTIVE_STEMS, STATES, type InstitutionHead,
} from './constants.js';
import type { CompiledRegistry } from './registry.js';
import { slugify } from './slug.js';

/** The word at `at` (letters, marks, digits, inner "-" and "."), or undefined; a trailing "-" is kept ("Bürger-"). */
function wordAt(text: string, at: number): { start: number; end: number; word: string } | undefined {
  if (!isWordChar(text, at)) return undefined;
  let i = at;
  while (i < text.length && (isWordChar(text, i) || ((text[i] === '-' || text[i] === '.') && isWordChar(text, i + 1)))) i++;
  if (text[i] === '-' && !isWordChar(text, i + 1)) i++;
  return { start: at, end: i, word: text.slice(at, i) };
}

/** Spaces (not line breaks) from `at`; the offset after them. */
function skipSpaces(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  return i;
}

const ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;

const ALL_CAPS = /^\p{Lu}{2,}$/u;
/** The Kreis an association serves, after its name ("im Kreis Neu-Ulm", "im Landkreis Augsburg"). */
const AREA_AFTER = /^[ \u00a0]+im[ \u00a0]+(?:Land)?[Kk]reis[ \u00a0]+\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*/u;
/** "des Landes Brandenburg" after an institution's complement. */
const OF_STATE_AFTER = /^[ \u00a0]*\n?[ \u00a0]*des[ \u00a0]+(?:Landes|Freistaates)[ \u00a0]+(\p{Lu}[\p{L}-]*)/u;
const STREET = /(?:straße|str\.|platz|weg|allee|damm|ufer)$/u;

/**
 * The end of the complement that starts at `at` (after the link word), or -1. Nouns are joined by "und", "für" and
 * "in der" ("für Sicherheit in der Informationstechnik"); an adjective opens a part ("für technische Sicherheit");
 * "und der …", a second noun in a row (other than a Land), a street or place after "in" end the name, and a comma
 * goes on only where an "und" closes the list ("für Inneres, Digitalisierung und Kommunen").
 */
function complementEnd(text: string, at: number, isPlace: (name: string) => boolean, isBodyWord: (word: string) => boolean): number {
  let i = at;
  let last = -1;
  let beforeComma = -1;
  let commaOpen = false;
  let needsNoun = false;
  let previous: 'noun' | 'joiner' | 'und' | 'adjective' | 'start' | 'in' | 'in-der' = 'start';
  for (let n = 0; n < 12; n++) {
    const w = wordAt(text, i);
    if (!w) break;
    const afterFor = text.slice(Math.max(0, i - 5), i).trimEnd().endsWith('für');
    if (isUpperChar(text, w.start)) {
      // Two nouns in a row end the name unless the second is a Land ("Landesamt für Umwelt Brandenburg").
      if (previous === 'noun' && !STATES.has(w.word)) break;
      if ((previous === 'in' || previous === 'in-der') && (STREET.test(w.word) || isPlace(w.word))) break;
      // "… für Inneres und Sport und BIM", "… und Staatsanwaltschaft": another body begins.
      // Right after "für" a body word is the subject ("und für Kommunales"), not another body.
      if ((previous === 'joiner' || previous === 'und') && (ALL_CAPS.test(w.word) || (isBodyWord(w.word) && !afterFor))) break;
      if (w.word.endsWith('-')) {
        needsNoun = true;
      } else {
        last = w.end;
        needsNoun = false;
      }
      previous = w.word.endsWith('-') ? 'joiner' : 'noun';
    } else if (previous === 'start' && (w.word === 'den' || w.word === 'die' || w.word === 'das')) {
      // "Landesbeauftragte für den Datenschutz": an article right after the link opens the complement.
      previous = 'adjective';
    } else if (w.word === 'der') {
      if (previous !== 'in') break;
      previous = 'in-der';
    } else if (INSTITUTION_JOINERS.has(w.word)) {
      // "des Innern und für Sport": a second complement opened by its own link word after "und".
      if (previous !== 'noun' && !(previous === 'joiner' && w.word === 'und') && !(previous === 'und' && w.word === 'für')) break;
      if (w.word === 'und') commaOpen = false;
      previous = w.word === 'in' ? 'in' : w.word === 'und' ? 'und' : 'joiner';
    } else if (ADJECTIVE.test(w.word) && !NOT_ADJECTIVES.has(w.word) && previous !== 'noun') {
      previous = 'adjective';
    } else {
      break;
    }
    let next = skipSpaces(text, w.end);
    // A hard line break inside the name, after "und" or a hyphenated part ("Liegenschafts- und\nBaubetreuung").
    if ((previous === 'joiner' || previous === 'und') && text[next] === '\n' && text[next + 1] !== '\n') next = skipSpaces(text, next + 1);
    if (next === w.end && text[next] !== undefined && text[next] !== ',') break;
    if (text[next] === ',') {
      const after = skipSpaces(text, next + 1);
      // "Bundesministerium des Innern, für Bau und Heimat": a second complement after a comma, opened by its link word.
      if (previous === 'noun' && text.startsWith('für ', after)) {
        previous = 'und';
        i = after;
        continue;
      }
      if (!isUpperChar(text, after) || previous !== 'noun') break;
      if (!commaOpen) beforeComma = last;
      commaOpen = true;
      previous = 'joiner';
      next = after;
    }
    i = next;
  }
  if (commaOpen) return beforeComma;
  return needsNoun ? -1 : last;
}

/** The capitalized Land adjective ending right before `start` ("bayerischen " → "Bayerisches"), with its start. */
function stateAdjectiveBefore(text: string, start: number): { start: number; canonical: string } | undefined {
  let i = start - 1;
  if (text[i] !== ' ' && text[i] !== '\u00a0') return undefined;
  const end = i;
  while (i > 0 && isWordChar(text, i - 1)) i--;
  const word = text.slice(i, end);
  const upper = word.charAt(0).toUpperCase() + word.slice(1);
  for (const stem of STATE_ADJECTIVE_STEMS) {
    if (!upper.startsWith(stem)) continue;
    const ending = upper.slice(stem.length);
    if (stem.endsWith('er') ? ending === '' : /^(?:e|es|en|em|er)$/u.test(ending)) return { start: i, canonical: stem.endsWith('er') ? stem : `${stem}es` };
  }
  return undefined;
}

/**
 * The institution whose head word is at `start`..`end`, or undefined when no complement follows. Registry
 * names win: a composed name that the registry knows gets its id.
 */
export function institutionAt(
  registry: CompiledRegistry, text: string, start: number, end: number, head: InstitutionHead,
  isPlace: (name: string) => boolean,
): Agency | undefined {
  let headStart = start;
  if (head.article) {
    // "Der Senator für Inneres und Sport": the article is part of the name.
    const a = head.article.length;
    if (start < a + 1 || (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') || !text.startsWith(head.article, start - a - 1) || isWordChar(text, start - a - 2)) return undefined;
    headStart = start - a - 1;
  }
  const linkAt = skipSpaces(text, end);
  if (linkAt === end) return undefined;
  const link = wordAt(text, linkAt);
  if (!link) return undefined;
  // "Landesbetrieb Verkehr": a head that takes its complement without a link word.
  const linked = head.links.has(link.word);
  // A lower-case start ("Zweckverband gemeindliche Datenverarbeitung") only where the complement is checked.
  if (!linked && !(head.direct && (isUpperChar(text, link.start) || head.complement !== undefined))) return undefined;
  const complementAt = linked ? skipSpaces(text, link.end) : link.start;
  let last = complementEnd(text, complementAt, isPlace, (word) => { const e = registry.byWord.get(word); return e !== undefined && (e.designator !== undefined || e.institution !== undefined || e.forms !== undefined); });
  if (last < 0) return undefined;
  // "Zweckverband gemeindliche Datenverarbeitung im Kreis Neu-Ulm": an association's area is part of its name.
  if (head.complement) {
    const area = AREA_AFTER.exec(text.slice(last, last + 60));
    if (area) last += area[0].length;
  }
  // "… des Landes Brandenburg": the Land the body belongs to, also after a line break.
  const ofState = OF_STATE_AFTER.exec(text.slice(last, last + 50));
  if (ofState && STATES.has(ofState[1]!)) last += ofState[0].length;
  const complement = text.slice(complementAt, last).replace(/\s+/gu, ' ');
  if (head.complement && !head.complement.test(complement)) return undefined;
  const base = linked ? `${head.canonical} ${link.word} ${complement}` : `${head.canonical} ${complement}`;
  const adjective = head.article ? undefined : stateAdjectiveBefore(text, start);
  const full = adjective ? `${adjective.canonical} ${base}` : base;
  const known = registry.byName.get(full) ?? registry.byName.get(base);
  const spanStart = adjective && (known === undefined || registry.byName.get(full) === known) ? adjective.start : headStart;
  const span = spanOf(text, spanStart, last);
  if (known) return { span, id: known.id, name: known.name, kind: known.kind, confidence: CONFIDENCE.name };
  return { span, id: `unknown-${slugify(full)}`, name: full, kind: head.kind, confidence: CONFIDENCE.institution };
}
