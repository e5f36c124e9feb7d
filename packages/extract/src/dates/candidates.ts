/**
 * The cheap scan for date candidates: a look at each word of a document. Candidates are numeric dates
 * ("30.10.", "06.11.2023", "2023-11-06", "6/11/2023"), days before an abbreviated month ("6. Nov."), weekdays ("Montag", "Montagvormittag",
 * "montags"), month names, relative day words ("heute", "gestern", "morgen", "Tagen") and "Stand"
 * before a clock time. The words are listed in the lexicon (`../lexicon.ts`); ordinals alone
 * ("32. Einsatzhundertschaft") are none: "6. November" is found by its month name.
 */

/** Kinds of candidates, as bits: each date parser runs only where its kind was found. */
export const Kind = {
  Numeric: 1,
  Iso: 2,
  Slash: 4,
  Weekday: 8,
  Month: 16,
  Casual: 32,
  Days: 64,
  Stand: 128,
  Clock: 256,
  /** Not candidates: set by the date parser from the joined windows, to gate the parsers of rare phrases (see dates/index.ts). */
  MonthPart: 512,
  RelativeAdjective: 1024,
} as const;

const NUMERIC = /\d{1,2}\.\d{1,2}\./y;
/** A day before an abbreviated month ("6. Nov.", "6.-12. Okt. 2023"): the lexicon knows full month names only. */
const DAY_MONTH_ABBREVIATION = /\d{1,2}\.\s*(?:[-–]\s*\d{1,2}\.\s*)?(?:Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\.?(?![\p{L}])/uy;
const ISO = /\d{4}-\d\d-\d\d/y;
const SLASH = /\d{1,2}\/\d{1,2}\/\d{2,4}/y;
const STAND_AFTER = /\s*:?\s*(?:heute|gestern)?,?\s*\d/y;

/** The kind of numeric date that starts at `start` (a word of digits ending at `end`), or 0. */
export function numericKind(text: string, start: number, end: number): number {
  if (end - start > 4) return 0;
  // Each form needs its separator right after the word (a period, slash or hyphen is no word character):
  // most numbers (house numbers, ages, phone numbers) are told apart without a regular expression.
  const after = text.charCodeAt(end);
  if (after === 46 /* . */) {
    NUMERIC.lastIndex = start;
    if (NUMERIC.test(text)) return Kind.Numeric;
    DAY_MONTH_ABBREVIATION.lastIndex = start;
    return DAY_MONTH_ABBREVIATION.test(text) ? Kind.Month : 0;
  }
  if (after === 45 /* - */) {
    ISO.lastIndex = start;
    return ISO.test(text) ? Kind.Iso : 0;
  }
  if (after === 47 /* / */) {
    SLASH.lastIndex = start;
    return SLASH.test(text) ? Kind.Slash : 0;
  }
  return 0;
}

/** `Kind.Stand` when a clock time follows "Stand" (ending at `end`), else 0. */
export function standKind(text: string, end: number): number {
  STAND_AFTER.lastIndex = end;
  return STAND_AFTER.test(text) ? Kind.Stand : 0;
}
