/**
 * One report per incident: the sections of a release that bundles several incidents ("1. … 2. …",
 * headed sections, "POL-XX:" blocks, paragraphs led by their place), each with its span, its heading
 * line and the mentions inside it.
 *
 * Precision first: a release is split only when one way of marking sections yields at least
 * {@link MIN_REPORTS} sections that each hold a body of their own; otherwise it has no reports (it is
 * its own one report). Text before the first section (the release's header) and the trailer after the
 * last (contact block, "Rückfragen bitte an") belong to no report. One pass over the lines per way of
 * marking, each line tested by anchored, bounded patterns: linear in the text's length. Never throws.
 */
import type { Entities, Report } from '@lagebild/schema';
import { CONTACT_IN_LINE, MIN_REPORTS, MIN_SECTION_BODY, TRAILER_LINE } from './constants.js';
import { head, linesOf, type Line } from './lines.js';
import { headedHeadings, numberedHeadings, placeLedHeadings, portalHeadings, type Heading, type Range } from './sections.js';

export { isHeadline } from './sections.js';

/** One incident section of a text. */
export interface Section {
  /** The section: from its heading line's start to the end of its last line of text. */
  readonly start: number;
  readonly end: number;
  /** Its title: the heading line, or the lead of the line that opens it. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** Which way of marking sections found it. */
  readonly kind: SectionKind;
}

export type SectionKind = 'portal' | 'numbered' | 'headed' | 'place-led';

/** What the splitter knows besides the text. */
export interface SplitOptions {
  /** Where the body starts (after `title + "\n\n"`); the title line is the release's header, never a section. */
  bodyStart?: number;
  /** Spans of place mentions (municipalities, districts), sorted by start: a place-led paragraph must lead with one. */
  places?: readonly Range[];
}

/** A sentence's end: a word in lower case, then . ! or ?, then a blank or the end. */
const SENTENCE_END = /\p{Ll}[.!?](?:\s|$)/u;
const NON_BLANK = /\S/g;
const STARTS_LOWER = /^\p{Ll}/u;

/** Whether the text from `from` to `to` is a body of its own: enough non-blank characters and a sentence. */
function isBody(text: string, from: number, to: number): boolean {
  if (to - from < MIN_SECTION_BODY) return false;
  const s = text.slice(from, Math.min(to, from + 4000));
  if ((s.match(NON_BLANK)?.length ?? 0) < MIN_SECTION_BODY) return false;
  return SENTENCE_END.test(s);
}

/** The first trailer line at or after line `from` and before `to`, or `to`. */
function trailerFrom(text: string, lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (TRAILER_LINE.test(head(text, line, 60))) return i;
    // A short line with a phone number, address or e-mail and no sentence: a signature ("Name, Telefon: …").
    // Not a wrapped line of a sentence (it starts in lower case): a witness call's phone number stays in its report.
    if (line.end - line.start <= 160 && !STARTS_LOWER.test(text.slice(line.start, line.start + 1))
      && CONTACT_IN_LINE.test(head(text, line, 160)) && !SENTENCE_END.test(head(text, line, 160))) return i;
  }
  return to;
}

/**
 * Sections from heading candidates: each runs to the next kept heading (the last to the trailer or the
 * text's end). A candidate whose section has no body of its own is dropped, its lines joining the
 * section before (or the header).
 */
function sectionsOf(text: string, lines: readonly Line[], candidates: readonly Heading[], kind: SectionKind): Section[] {
  let headings = candidates;
  if (headings.length < MIN_REPORTS) return [];
  // A heading directly followed by another (nothing between): one heading group, titled by the first.
  const grouped: Heading[] = [];
  for (const heading of headings) {
    const previous = grouped[grouped.length - 1];
    if (previous !== undefined && heading.line === previous.line + 1 && kind === 'headed') continue;
    grouped.push(heading);
  }
  headings = grouped;
  const kept: Heading[] = [];
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h]!;
    const nextLine = h + 1 < headings.length ? headings[h + 1]!.line : lines.length;
    const bodyFrom = heading.titleEnd;
    const bodyTo = nextLine < lines.length ? lines[nextLine]!.start : lines[lines.length - 1]!.end;
    // A heading without a body of its own (a sub-heading) is dropped: its lines stay with the section before it.
    if (isBody(text, bodyFrom, bodyTo)) kept.push(heading);
  }
  if (kept.length < MIN_REPORTS) return [];
  const sections: Section[] = [];
  for (let k = 0; k < kept.length; k++) {
    const heading = kept[k]!;
    const start = lines[heading.line]!.start;
    const limit = k + 1 < kept.length ? kept[k + 1]!.line : lines.length;
    // Each section ends before the first line of a contact block or trailer after its heading.
    const endLine = Math.min(limit, trailerFrom(text, lines, heading.line + 1, limit)) - 1;
    const end = Math.max(lines[Math.max(endLine, heading.line)]!.end, heading.titleEnd);
    const section = { start, end, titleStart: heading.titleStart, titleEnd: heading.titleEnd, kind };
    // Cut at its trailer, a section must still hold a body.
    if (isBody(text, section.titleEnd, section.end)) sections.push(section);
  }
  return sections.length >= MIN_REPORTS ? sections : [];
}

/**
 * The incident sections of `text`, in order and non-overlapping, or none when the text is a single
 * incident (or no way of marking sections is certain). Never throws.
 */
export function splitSections(text: string, options: SplitOptions = {}): Section[] {
  try {
    const lines = linesOf(text, options.bodyStart ?? 0);
    if (lines.length < MIN_REPORTS) return [];
    const ways: [SectionKind, () => Heading[]][] = [
      ['portal', () => portalHeadings(text, lines)],
      ['numbered', () => numberedHeadings(text, lines)],
      ['headed', () => headedHeadings(text, lines)],
      ['place-led', () => placeLedHeadings(text, lines, options.places ?? [])],
    ];
    for (const [kind, find] of ways) {
      const sections = sectionsOf(text, lines, find(), kind);
      if (sections.length >= MIN_REPORTS) return sections;
    }
    return [];
  } catch {
    return [];
  }
}

/** Index of the section containing [start, end), or -1; `sections` ordered and non-overlapping. */
function sectionOf(sections: readonly Section[], start: number, end: number): number {
  // The last section starting at or before `start`.
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && end <= sections[i]!.end ? i : -1;
}

/** Each kind of `entities` distributed over `sections` by span containment, in one pass per kind. */
function distribute(entities: Entities, sections: readonly Section[]): Entities[] {
  const out: Entities[] = sections.map(() => ({ dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [] }));
  const put = <K extends keyof Entities>(kind: K): void => {
    for (const mention of entities[kind] as Entities[K][number][]) {
      const i = sectionOf(sections, mention.span.start, mention.span.end);
      if (i >= 0) (out[i]![kind] as Entities[K][number][]).push(mention);
    }
  };
  put('dates'); put('municipalities'); put('districts'); put('agencies'); put('serviceImpacts'); put('contacts');
  return out;
}

/**
 * The reports of a release: its sections (see {@link splitSections}) with their spans, titles and the
 * mentions of `entities` inside each. Empty when the release is a single incident.
 */
export function reportsOf(text: string, entities: Entities, options: SplitOptions = {}): Report[] {
  let places = options.places;
  if (places === undefined) {
    const ranges: Range[] = [];
    for (const m of entities.municipalities) ranges.push({ start: m.span.start, end: m.span.end });
    for (const d of entities.districts) ranges.push({ start: d.span.start, end: d.span.end });
    ranges.sort((a, b) => a.start - b.start || a.end - b.end);
    places = ranges;
  }
  const sections = splitSections(text, { ...options, places });
  if (sections.length === 0) return [];
  const parts = distribute(entities, sections);
  return sections.map((s, index) => ({
    index,
    span: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
    title: text.slice(s.titleStart, s.titleEnd),
    entities: parts[index]!,
  }));
}
