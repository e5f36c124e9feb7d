/**
 * The ways a release marks its incidents, one function per way. Each returns heading candidates:
 * the line where a section starts and the stretch of that line that is its title.
 */
import {
  CONTACT_IN_LINE, DATELINE_LINE, OTS_LEAD, RUN_ON_END, MAX_HEADING_LENGTH, MAX_HEADING_WORDS, MAX_TITLE_LENGTH, NON_PLACE_LABEL, NUMBERED_ITEM, PLACE_LEAD,
  PORTAL_HEADER, SUB_HEADING_START, SUB_HEADING_WHOLE, TRAILER_LINE,
} from './constants.js';
import { head, type Line } from './lines.js';

/** A section start: index of its heading line and its title's extent in the text. */
export interface Heading {
  readonly line: number;
  readonly titleStart: number;
  readonly titleEnd: number;
}

/** A range of the text: a place mention's span. */
export interface Range { readonly start: number; readonly end: number }

/** The title of a heading line: the whole line, or when it runs on as a sentence, its first sentence (at most {@link MAX_TITLE_LENGTH}). */
function titleOf(text: string, line: Line): Heading['titleEnd'] {
  if (line.end - line.start <= MAX_TITLE_LENGTH) return line.end;
  const s = head(text, line, MAX_TITLE_LENGTH);
  const stop = /[.!?:](?=\s)/g;
  let m: RegExpExecArray | null;
  while ((m = stop.exec(s)) !== null) if (m.index >= 12) return line.start + m.index + 1;
  const space = s.lastIndexOf(' ');
  return line.start + (space > 20 ? space : s.length);
}

const ENDS_IN_SENTENCE = /\p{Ll}[.!?]$/u;
const FIRST_COMMA = /,(?:\s|$)/;

/**
 * Whether a numbered item's heading (after its number) reads as a headline: the whole line, or a headline
 * followed by place and time after a comma ("Explosion an Wohnhaus, Steinbach, Freitag, 5 Uhr") when the line
 * does not end as a sentence does ("Es ist untersagt, Fahnen zu verbrennen." is an enumeration's sentence).
 */
function numberedHeadline(text: string, start: number, end: number): boolean {
  if (isHeadline(text, { start, end, paragraph: true })) return true;
  const s = text.slice(start, Math.min(end, start + 300));
  if (ENDS_IN_SENTENCE.test(text.slice(Math.max(start, end - 2), end))) return false;
  const comma = FIRST_COMMA.exec(s);
  return comma !== null && isHeadline(text, { start, end: start + comma.index, paragraph: true });
}

/** "1. …", "2. …" in order from 1: each item a section. */
export function numberedHeadings(text: string, lines: readonly Line[]): Heading[] {
  const out: Heading[] = [];
  let expected = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = text.charCodeAt(line.start);
    if (c < 0x30 || c > 0x39) continue;
    const m = NUMBERED_ITEM.exec(head(text, line, 8));
    if (!m) continue;
    const n = Number(m[1]);
    // A list that starts again ("1." after "2.") is an enumeration, not a release's incidents.
    if (n === 1 && expected > 1) return [];
    if (n !== expected) continue;
    // The item's heading reads as a headline ("1. Sachbeschädigung in A"), not as a sentence of a list.
    if (!numberedHeadline(text, line.start + m[0].length, line.end)) return [];
    out.push({ line: i, titleStart: line.start, titleEnd: line.end });
    expected++;
  }
  return out;
}

/** "POL-XX: …" block headers (presseportal), each a section. */
export function portalHeadings(text: string, lines: readonly Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!PORTAL_HEADER.test(head(text, line, 40))) continue;
    out.push({ line: i, titleStart: line.start, titleEnd: titleOf(text, line) });
  }
  return out;
}

const SENTENCE_INSIDE = /[.!?;](?=\s)/;
const DATE_LINE = /^\d{1,2}\.\s?\d{1,2}\./;
const FIRST_IS_CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

/** Whether a line reads as a headline: short, no sentence, not a sub-heading, a dateline or furniture. */
export function isHeadline(text: string, line: Line): boolean {
  const length = line.end - line.start;
  if (length < 4 || length > MAX_HEADING_LENGTH) return false;
  const s = text.slice(line.start, line.end);
  if (!FIRST_IS_CAPITAL_OR_DIGIT.test(s) || DATE_LINE.test(s)) return false;
  const last = s.charCodeAt(s.length - 1);
  // . , ; : ? ( -  — a sentence, a label, a question to readers, a line that runs on
  if (last === 0x2e || last === 0x2c || last === 0x3b || last === 0x3a || last === 0x3f || last === 0x28 || last === 0x2d) return false;
  if (SENTENCE_INSIDE.test(s)) return false;
  let words = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x20 && ++words > MAX_HEADING_WORDS) return false;
  if (SUB_HEADING_START.test(s) || SUB_HEADING_WHOLE.test(s) || TRAILER_LINE.test(s) || DATELINE_LINE.test(s)) return false;
  if (CONTACT_IN_LINE.test(s) || RUN_ON_END.test(s)) return false;
  return true;
}

const STARTS_LOWER = /^[\p{Ll}]/u;

/** Whether line `i` continues on the next line (hard-wrapped text): the next line starts in lower case. */
function runsOn(text: string, lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && STARTS_LOWER.test(text.slice(next.start, next.start + 2));
}

/** Whether a line ends a sentence (or is a heading-like line ending in a quote or bracket). */
const ENDS_SENTENCE = /[.!?"“”)]$/;

/** Headlines that open a paragraph ("Brennende Hecke", "Werne - Einbruch in Kiosk"), each a section. */
export function headedHeadings(text: string, lines: readonly Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i + 1 >= lines.length) continue;
    // A headline opens a paragraph, or (presseportal bodies without blank lines) stands between a
    // finished sentence and an "(ots)" lead.
    if (!line.paragraph) {
      const before = lines[i - 1]!;
      if (!ENDS_SENTENCE.test(text.slice(Math.max(before.start, before.end - 1), before.end))) continue;
      if (!OTS_LEAD.test(head(text, lines[i + 1]!, 60))) continue;
    }
    if (!isHeadline(text, line) || runsOn(text, lines, i)) continue;
    out.push({ line: i, titleStart: line.start, titleEnd: line.end });
  }
  return out;
}

/** Whether a place mention lies inside [start, end); `places` sorted by start. */
function hasPlaceIn(places: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < places.length && places[lo]!.start < end && places[lo]!.end <= end;
}

/** Paragraphs led by their place ("Cottbus: Am Donnerstag …"), each a section; the place must be a place mention. */
export function placeLedHeadings(text: string, lines: readonly Line[], places: readonly Range[]): Heading[] {
  const out: Heading[] = [];
  if (places.length === 0) return out;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.paragraph) continue;
    const m = PLACE_LEAD.exec(head(text, line, 200));
    if (!m) continue;
    const label = m[1]!;
    if (NON_PLACE_LABEL.test(label) || !hasPlaceIn(places, line.start, line.start + label.length)) continue;
    out.push({ line: i, titleStart: line.start, titleEnd: line.start + label.length });
  }
  return out;
}
