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

/** Characters a candidate's window reaches before and after it (within its sentence). */
export const WINDOW_BEFORE = 28;
export const WINDOW_AFTER = 40;

/** Month names → month numbers (1-12). */
export const MONTHS: Readonly<Record<string, number>> = {
  Januar: 1, Jänner: 1, Februar: 2, März: 3, April: 4, Mai: 5, Juni: 6, Juli: 7, August: 8, September: 9, Oktober: 10, November: 11, Dezember: 12,
};

/** Parts of a month → which day stands for them. */
export const MONTH_PARTS: Readonly<Record<string, 'start' | 'middle' | 'end'>> = {
  Anfang: 'start', Mitte: 'middle', Ende: 'end', Anfangs: 'start', Endes: 'end',
};

/** Words before a weekday that point forward from publication, today included ("ab Montag", "bis Freitag"). */
export const FROM_WEEKDAY = /(?<![\p{L}])(?:ab|bis|Ab|Bis)\s+(?:(?:dem|den|zum)\s+)?$/u;

/** Text between two dates that makes them a range when "zwischen" comes before the first: "zwischen Freitag und Samstag". */
export const BETWEEN_GAP = /^\s*,?\s*und\s*(?:dem\s+|den\s+)?$/iu;
export const BETWEEN_BEFORE = /zwischen\s+(?:dem\s+|den\s+|am\s+)?$/iu;

/** Years outside this window are not dates of a press release ("1.400", odd OCR). */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
