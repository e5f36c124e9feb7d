import type { DateMention } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { endsWithMatch } from '../text/suffix.js';
import { SINCE_BEFORE, UNTIL_BEFORE } from './constants.js';
import { spansWithin } from './cues.js';

const sinceBefore = endsWithMatch(SINCE_BEFORE);
const untilBefore = endsWithMatch(UNTIL_BEFORE);

const dateSpan = (d: DateMention): { start: number; end: number } => d.span;

/** What the time of an impact is read from (dates in text order). */
export interface TimeInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly dates: readonly DateMention[];
  readonly referenceDate: string | undefined;
}

function dayOf(value: string): string {
  return value.slice(0, 10);
}

function notAfterReference(input: TimeInput, value: string): boolean {
  return input.referenceDate === undefined || dayOf(value) <= input.referenceDate;
}

/** When an impact holds: every field present (undefined where the text gives nothing), one object shape for the hot code that reads it. */
export interface ImpactTime {
  readonly asOf: string | undefined;
  readonly since: string | undefined;
  readonly until: string | undefined;
  /** Whether asOf comes from the sentence's own dates (or the heading it follows), not from the reference. */
  readonly own: boolean;
}

/** asOf, since and until for an impact in `sentence`. */
export function timeOf(input: TimeInput, sentence: Sentence, index: number): ImpactTime {
  const inSentence = spansWithin(input.dates, dateSpan, sentence.start, sentence.end);
  let since: string | undefined;
  let until: string | undefined;
  let asOf: string | undefined;
  let announced: string | undefined;
  for (const d of inSentence) {
    const before = input.text.slice(Math.max(sentence.start, d.span.start - 30), d.span.start);
    if (sinceBefore(before)) since ??= d.value;
    else if (untilBefore(before)) until ??= d.end ?? d.value;
    else if (notAfterReference(input, d.value) && (!asOf || d.value > asOf)) asOf = d.value;
    // "Am Montag, den 23. Dezember ist die Zulassungsstelle geschlossen": an announced day is the day the state holds.
    // "vom 24. bis 31. Dezember geschlossen": an announced stretch holds from its first day.
    else if (!notAfterReference(input, d.value) && d.precision === 'day') announced ??= d.value;
  }
  // "17. Juni 2019: Am Mittwoch, den 26.06.2019 ist das Landratsamt … geschlossen": the day of the release beside an
  // announced day is when it was told, not when the state holds.
  if (announced !== undefined && asOf !== undefined && dayOf(asOf) === input.referenceDate) asOf = announced;
  asOf ??= announced;
  // "seit Montag", "ab dem 6. November", "ab Montag wieder erreichbar": the day the state begins is the day it holds
  // (guide §4: asOf is the day the text gives, and for a return the day it comes back).
  if (since !== undefined && (asOf === undefined || asOf === announced)) asOf = since;
  if (!asOf && index > 0) {
    // A heading like "Update am Montagvormittag (6. November):" dates what follows it.
    const previous = input.sentences[index - 1]!;
    if (previous.text.trimEnd().endsWith(':')) {
      const heading = spansWithin(input.dates, dateSpan, previous.start, previous.end).filter((d) => notAfterReference(input, d.value));
      asOf = heading[heading.length - 1]?.value;
    }
  }
  const own = asOf !== undefined;
  asOf ??= input.referenceDate;
  return { asOf, since, until, own };
}

