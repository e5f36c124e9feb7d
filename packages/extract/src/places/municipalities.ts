import type { Municipality } from '@lagebild/schema';
import { overlapsAny, spanOf } from '../text/spans.js';
import {
  ADMIN_NOUNS, AGENCY_DATELINE_AFTER, BERLIN_LOCALITIES, CONFIDENCE, DATELINE_AFTER, EXCLUDE_AFTER, EXCLUDE_BEFORE, FIRST_NAMES, LINE_START_COMMA,
  LIST_BEFORE, ORGANISATION_BLOCK, STATE_BLOCK, STATE_NAMES, STREET_BEFORE, STRONG_BEFORE, WEAK_BEFORE,
} from './constants.js';
import { nameIndex, namesBerlinLocality, type NameForm } from './names.js';
import { resolveMunicipality, type PlaceHints } from './resolve.js';

type Evidence = 'strong' | 'weak' | 'none';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly form: NameForm;
  /** "name" as written, or an inflected form that counts only before an administrative noun. */
  readonly inflected: boolean;
}

const WORD = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*/gu;
const CAPITALIZED_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}]*)[ \u00a0]+$/u;
const PERSON = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?=[ \u00a0]+(\p{Lu}[\p{L}\p{M}-]+))/gu;

function boundaryAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (/[\p{L}\p{M}\p{N}]/u.test(next)) return false;
  // "Lünen-Horstmar", "Dormagen-Nord" name the town; "Köln-typisch" does not.
  if (next === '-') return /\p{Lu}/u.test(text[end + 1] ?? '');
  return true;
}

/** Stems an inflected word may come from: "Lünens" → "Lünen", "Werner" → "Werne", "Lüner" → "Lünen". */
function stems(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('er')) out.push(word.slice(0, -2), word.slice(0, -1), `${word.slice(0, -2)}en`);
  return out;
}

function findCandidates(text: string): Candidate[] {
  const { byFirstWord, singleWord } = nameIndex();
  const out: Candidate[] = [];
  let skipUntil = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (start < skipUntil) continue;
    // The second part of a hyphenated word ("Lünen-Horstmar", "Nordrhein-Westfalen") is not a name of its own.
    if (text[start - 1] === '-' && /[\p{L}\p{M}]/u.test(text[start - 2] ?? '')) continue;
    const forms = byFirstWord.get(m[0]);
    let matched: Candidate | undefined;
    if (forms) {
      for (const form of forms) {
        if (text.startsWith(form.written, start) && boundaryAfter(text, start + form.written.length)) {
          matched = { start, end: start + form.written.length, form, inflected: false };
          break;
        }
      }
    }
    if (!matched) {
      for (const stem of stems(m[0])) {
        const form = singleWord.get(stem);
        if (form && boundaryAfter(text, start + m[0].length) && ADMIN_NOUNS.test(text.slice(start + m[0].length, start + m[0].length + 40))) {
          matched = { start, end: start + m[0].length, form, inflected: true };
          break;
        }
      }
    }
    if (matched) {
      out.push(matched);
      skipUntil = matched.end;
    }
  }
  return out;
}

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

/** Whether the name is listed among German states ("Berlin, Brandenburg und Bremen") rather than meant as a town. */
function listedAmongStates(text: string, c: Candidate): boolean {
  if (!STATE_NAMES.has(c.form.written)) return false;
  const around = text.slice(Math.max(0, c.start - 40), Math.min(text.length, c.end + 40));
  const offset = c.start - Math.max(0, c.start - 40);
  let others = 0;
  for (const state of STATE_NAMES) {
    if (state === c.form.written) continue;
    let i = around.indexOf(state);
    while (i >= 0) {
      if (i < offset - 1 || i > offset + c.form.written.length) others++;
      i = around.indexOf(state, i + 1);
    }
  }
  return others >= 1 && /[,(/]|und|sowie/u.test(around);
}

/** What the municipality scan needs to know about the document. */
export interface MunicipalityOptions {
  readonly hints: PlaceHints;
  /** The document is about Berlin: Berlin's localities are parts of Berlin, not homonymous towns. */
  readonly berlin: boolean;
}

/**
 * Municipalities named as places in `text`, one mention per occurrence. Names inside `blocked` ranges
 * (agency and district names, contacts) and names used as streets, directions, persons, teams or states
 * are skipped; names that are also words need evidence (see `STRONG_ONLY`, `NEEDS_CONTEXT`).
 */
export function extractMunicipalities(text: string, blocked: readonly { start: number; end: number }[], options: MunicipalityOptions): Municipality[] {
  const organisationBlocks: { start: number; end: number }[] = [];
  for (const m of text.matchAll(ORGANISATION_BLOCK)) organisationBlocks.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(STATE_BLOCK)) organisationBlocks.push({ start: m.index, end: m.index + m[0].length });
  // A name written after a first name is a surname, in that place and everywhere else in the text ("Stefan
  // Sternberg ... sagte Sternberg").
  const surnames = new Set<string>();
  for (const m of text.matchAll(PERSON)) if (FIRST_NAMES.has(m[1] ?? '')) surnames.add(m[2] ?? '');

  const accepted: { candidate: Candidate; evidence: Evidence }[] = [];
  let previous: { candidate: Candidate; evidence: Evidence } | undefined;
  for (const c of findCandidates(text)) {
    const before = text.slice(Math.max(0, c.start - 60), c.start);
    const after = text.slice(c.end, c.end + 40);
    const rejected = (): void => { previous = undefined; };
    if (overlapsAny(c, blocked) || overlapsAny(c, organisationBlocks)) { rejected(); continue; }
    if (EXCLUDE_BEFORE.test(before) || EXCLUDE_AFTER.test(after) || STREET_BEFORE.test(before)) { rejected(); continue; }
    const previousWord = CAPITALIZED_WORD_BEFORE.exec(before)?.[1];
    if ((previousWord && FIRST_NAMES.has(previousWord)) || surnames.has(c.form.written)) { rejected(); continue; }
    if (options.berlin && BERLIN_LOCALITIES.has(c.form.written)) { rejected(); continue; }
    if (listedAmongStates(text, c)) { rejected(); continue; }

    let evidence: Evidence = 'none';
    const atLineStart = text.slice(lineStart(text, c.start), c.start).trim() === '';
    // Plain datelines ("Werne. Der ...") count only at the start of a paragraph: hard-wrapped text puts
    // ordinary words ("Drogen. Er ...") at the start of lines too.
    const ls = lineStart(text, c.start);
    const atParagraphStart = atLineStart && (ls === 0 || /(?:^|\n)[ \t]*\n$/u.test(text.slice(Math.max(0, ls - 200), ls)));
    if (c.inflected || STRONG_BEFORE.test(before) || (atLineStart && AGENCY_DATELINE_AFTER.test(after))
      || (atParagraphStart && DATELINE_AFTER.test(after))) evidence = 'strong';
    else if (WEAK_BEFORE.test(before) || /^-\p{Lu}/u.test(after) || (atLineStart && LINE_START_COMMA.test(after))) evidence = 'weak';
    if (previous && previous.evidence !== 'none' && LIST_BEFORE.test(text.slice(previous.candidate.end, c.start))) {
      if (evidence === 'none' || (evidence === 'weak' && previous.evidence === 'strong')) evidence = previous.evidence;
    }
    const needed = c.form.risk === 'strong' ? 'strong' : c.form.risk === 'context' ? 'weak' : 'none';
    const ok = needed === 'none' || evidence === 'strong' || (needed === 'weak' && evidence === 'weak');
    if (!ok) { rejected(); continue; }
    const item = { candidate: c, evidence };
    accepted.push(item);
    previous = item;
  }

  const unambiguous = accepted.filter((a) => a.candidate.form.entries.length === 1).map((a) => a.candidate.form.entries[0]!.ags);
  const hints: PlaceHints = { ...options.hints, places: [...options.hints.places, ...unambiguous] };
  const out: Municipality[] = [];
  for (const { candidate, evidence } of accepted) {
    const resolved = resolveMunicipality(candidate.form.entries, hints);
    if (!resolved) continue;
    const m = resolved.entry;
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

/** Whether `text` is about Berlin: it names Berlin, or a locality that only Berlin has. */
export function mentionsBerlin(text: string): boolean {
  return /(?<![\p{L}])Berlin(?:er|s)?(?![\p{L}])/u.test(text) || namesBerlinLocality(text);
}
