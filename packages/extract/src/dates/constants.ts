/** Vocabulary of German date expressions used by the custom parsers and refiners (chrono's own lives in chrono). */

/** Full weekday names → JavaScript weekday numbers. Abbreviations ("So", "Mo") are deliberately absent: "so" is a word. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  Sonntag: 0, Montag: 1, Dienstag: 2, Mittwoch: 3, Donnerstag: 4, Freitag: 5, Samstag: 6, Sonnabend: 6,
};

/** Parts of the day written as one word with a weekday: "Montagvormittag", "Dienstagabend". */
export const DAY_PARTS = ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht', 'früh'] as const;

/** Words before a weekday that point forward ("am kommenden Montag"). */
export const NEXT_WEEKDAY = /(?:kommenden|nächsten|naechsten|folgenden)\s+$/iu;
/** Words before a weekday that point strictly back ("am vergangenen Montag"). */
export const LAST_WEEKDAY = /(?:vergangenen|letzten|vorigen|zurückliegenden)\s+$/iu;
/** Words before a weekday that make it recurring, not a date ("jeden Montag"). */
export const RECURRING_WEEKDAY = /(?:jeden|jedem|immer|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)\s+$/iu;

/** Text between a date and a following time that joins them: "28.09.2025 gegen 22:00 Uhr". */
export const DATE_TIME_GAP = /^\s*,?\s*(?:(?:um|gegen|ab|etwa|ca\.|circa|zirka|kurz\s+(?:vor|nach))\s*)*$/iu;

/** Text between two dates that makes them a range: "28.09. bis 29.09.", "06.11.-07.11.". */
export const RANGE_GAP = /^\s*(?:-|–|bis(?:\s+(?:zum|am|einschließlich))?)\s*$/iu;

/** Text between a weekday and the date that names it: "Montag, 6. November", "Montag (30. Oktober)". */
export const WEEKDAY_DATE_GAP = /^\s*(?:,|\(|,\s*den)?\s*$/u;

/** Text right before a number that makes it a file or case number, not a date. */
export const CASE_NUMBER_BEFORE = /(?:Az\.?|Aktenzeichen|Geschäftszeichen|Gz\.?|Tagebuch-?(?:nummer|nr\.?)|Vorgangs?-?(?:nummer|nr\.?)|Nr\.|Nummer|Ziffer|§)\s*:?\s*$/iu;

/**
 * Cheap test for whether a sentence may hold a date at all; chrono runs only where it matches.
 * Ordinals or numeric dates, ISO dates, weekdays, month names and relative day words.
 */
export const DATE_CANDIDATE = /\d{1,2}\.\s*(?:\d|\p{L})|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:Sonn|Mon|Diens|Donners|Frei|Sams)tag|Mittwoch|Sonnabend|heute|gestern|morgen|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember/iu;

/** Years outside this window are not dates of a press release ("1.400", odd OCR). */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
