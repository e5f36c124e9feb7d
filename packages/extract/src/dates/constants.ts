/** Vocabulary of German date expressions used by the custom parsers and refiners (chrono's own lives in chrono). */

/**
 * Words between a day and the next that make a list sharing one month: "am 28. und 30. September", "3., 10. oder
 * 17. Mai", "1./2. Juli", "6. sowie am 8. Mai", and the night across two days of police releases ("in der Nacht vom
 * 17. auf den 18. September", "vom 14. zum 15. Juli"), and the start of a range whose end is numeric ("vom 15. bis
 * 17.11.2013", "15.-17.11.2013", "von Montag, den 2. bis Mittwoch, den 4. Dezember"), which {@link MergeRangeRefiner} then
 * joins with its end.
 */
export const DAY_LIST_JOIN = String.raw`\s*(?:,\s*(?:und|oder|sowie)?|und|oder|sowie|zum|auf|bis(?:\s+(?:zum|einschließlich|mindestens|voraussichtlich|spätestens|längstens))?|[-–]|&|/)\s*(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),?\s*)?(?:(?:am|den|dem|vom|zum)\s+)?`;

/** Tag of results whose day is counted from the reference by a word ("heute", "am gestrigen Abend"). */
export const RELATIVE_TAG = 'lagebild/relative';

/** Adjectives of relative days (stems, lower case) → days from the reference: "am heutigen Mittwoch", "der morgige Tag". */
export const RELATIVE_ADJECTIVES: Readonly<Record<string, number>> = {
  heutig: 0, gestrig: -1, vorgestrig: -2, morgig: 1, übermorgig: 2,
};

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
/**
 * Words before a weekday that make it recurring, not a date: "jeden Montag", and the regular hours of an
 * office ("die Sprechzeit am Mittwoch", "Öffnungszeiten am Samstag").
 */
export const RECURRING_WEEKDAY = /(?:jeden|jedem|jeweils|immer|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|(?:Sprechzeit|Sprechstunde|Öffnungszeit|Servicezeit)(?:en|n)?\s+(?:am|an))\s+$/iu;

/** Text between two weekdays that makes them a range: "von Samstag bis Montagabend", "Montag - Freitag". */
export const WEEKDAY_RANGE_GAP = String.raw`\s*(?:bis(?:\s+(?:zum|einschließlich))?|-|–)\s*`;

/**
 * Text after a range of weekdays that makes it recurring hours: "Montag bis Freitag in der Zeit von 10:00
 * bis 16:00 Uhr", "Montag - Freitag: 8-12 Uhr", "von Montag bis Donnerstag jeweils".
 */
export const RECURRING_AFTER_RANGE = /^\s*[,:]?\s*(?:(?:jeweils|immer|regulär|in\s+der\s+Zeit|zwischen|von|ab)\s*)*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr|bis|und|-|–)|jeweils|immer|zu\s+den\s|\p{L}*(?:zeiten|stunden)(?![\p{L}]))/iu;

/** Words of regular hours: a weekday after them with a span of clock times is a weekly one ("Die Öffnungszeiten sind Montag von 10 bis 18 Uhr"). */
export const HOURS_WORDS = /(?:Öffnungs|Sprech|Dienst|Service|Büro|Besuchs)zeit|Sprechstunde/iu;

/**
 * A finite verb of the future around a weekday ("Am Samstag wird es ...", "Der Markt findet am Freitag
 * statt"): the weekday lies ahead of publication.
 */
export const FUTURE_VERB = /(?<![\p{L}])(?:wird|findet|finden|bleibt|bleiben|öffnet|schließt|rechnen|werden(?!\s+(?:konnte|konnten|musste|mussten|sollte|sollten|durfte|durften)(?![\p{L}])))(?![\p{L}])/u;
// Not "soll"/"sollen": in releases mostly reported speech about the past ("soll am Dienstag ... geschlagen haben").

/** Words before a weekday that tie it to the past whatever the verb ("wird seit Montag vermisst"). */
export const SINCE_WEEKDAY = /(?<![\p{L}])(?:seit|Seit)\s+(?:dem\s+)?$/u;

/** Text between a date and a following time that joins them: "28.09.2025 gegen 22:00 Uhr". */
export const DATE_TIME_GAP = /^\s*,?\s*(?:(?:um|gegen|ab|etwa|ca\.|circa|zirka|kurz\s+(?:vor|nach))\s*)*$/iu;

/** Text between two dates that makes them a range: "28.09. bis 29.09.", "06.11.-07.11.". */
export const RANGE_GAP = /^\s*(?:-|–|bis(?:\s+(?:zum|am|einschließlich))?)\s*$/iu;

/** Text between a weekday and the date that names it: "Montag, 6. November", "Montag (30. Oktober)". */
export const WEEKDAY_DATE_GAP = /^\s*(?:,|\(|,?\s*(?:den|dem))?\s*$/u;

/** Text right before a number that makes it a file or case number, not a date. */
export const CASE_NUMBER_BEFORE = /(?:Az\.?|Aktenzeichen|Geschäftszeichen|Gz\.?|Tagebuch-?(?:nummer|nr\.?)|Vorgangs?-?(?:nummer|nr\.?)|Nr\.|Nummer|Ziffer|§)\s*:?\s*$/iu;

/** Characters a candidate's window reaches before and after it (within its sentence). */
export const WINDOW_BEFORE = 28;
export const WINDOW_AFTER = 40;

/** Month names → month numbers (1-12). */
export const MONTHS: Readonly<Record<string, number>> = {
  Januar: 1, Jänner: 1, Februar: 2, März: 3, April: 4, Mai: 5, Juni: 6, Juli: 7, August: 8, September: 9, Oktober: 10, November: 11, Dezember: 12,
};

/** Abbreviated month names (chrono's German dictionary reads them too) → month numbers. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1, Feb: 2, Mär: 3, Mrz: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Okt: 10, Nov: 11, Dez: 12,
};

/** Parts of a month → which day stands for them. */
export const MONTH_PARTS: Readonly<Record<string, 'start' | 'middle' | 'end'>> = {
  Anfang: 'start', Mitte: 'middle', Ende: 'end', Anfangs: 'start', Endes: 'end',
};

/** Words before a weekday that point forward from publication, today included ("ab Montag", "bis Freitag"). */
export const FROM_WEEKDAY = /(?<![\p{L}])(?:(?:ab|bis|Ab|Bis)\s+(?:(?:dem|den|zum)\s+)?(?:(?:einschließlich|inklusive|spätestens)\s+)?|(?:spätestens|Spätestens|frühestens|Frühestens|voraussichtlich|Voraussichtlich)\s+(?:(?:am|ab|bis)\s+)?)$/u;

/** Text between two dates that makes them a range when "zwischen" comes before the first: "zwischen Freitag und Samstag". */
export const BETWEEN_GAP = /^\s*,?\s*und\s*(?:dem\s+|den\s+)?$/iu;
export const BETWEEN_BEFORE = /zwischen\s+(?:dem\s+|den\s+|am\s+)?$/iu;

/** Years outside this window are not dates of a press release ("1.400", odd OCR). */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

/** Before a weekday that follows the day the text spoke of last: "am darauffolgenden Samstag", "tags darauf am Montag". */
export const FOLLOWING_WEEKDAY_BEFORE = /(?<![\p{L}])(?:darauf[ \u00a0]*folgenden|tags[ \u00a0]+darauf[ \u00a0]+am)[ \u00a0]+$/iu;
