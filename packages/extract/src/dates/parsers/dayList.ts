import type * as chrono from 'chrono-node';
import { DAY_LIST_JOIN, MONTHS, MONTH_ABBREVIATIONS } from '../constants.js';
import { dayMonthComponents } from './dayMonth.js';

const MONTH_NAMES = { ...MONTHS, ...MONTH_ABBREVIATIONS };

// "am 28. und 30. September 2019", "Am 10. und 11. Juni", "am 3., 10., 17. oder 24. Mai", "am 6. und
// 7.11.", "24. sowie 27. bis 30. Dezember": every day but the last, which chrono (or the numeric parser) reads with its month. The month
// (and year) are those written after the last day.
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:-])(\d{1,2})\.(?=(?:\s*,\s*\d{1,2}\.)*(?:${DAY_LIST_JOIN}\d{1,2}\.){1,3}(?:\s*(${Object.keys(MONTH_NAMES).join('|')})\.?(?:\s+(\d{4}))?(?![\p{L}])|(\d{1,2})\.(\d{4})?(?![\p{N}])))`,
  'u',
);

/** Tag of this parser's results (their text is a bare number). */
export const DAY_LIST_TAG = 'lagebild/dayList';

/** A day followed by a joining word or sign: every list the pattern reads has one, and most texts none. */
const LIST_START = new RegExp(String.raw`\d\.${DAY_LIST_JOIN}\d`, 'u');
/** Never matches, and fails at once: anchored, it is tried at the start only (a bare `(?!)` is tried at every position). */
const NEVER = /^(?!)/u;

/** A day of a list of days that share the month written after the last of them. */
export class DayListParser implements chrono.Parser {
  pattern(context: chrono.ParsingContext): RegExp {
    // A cheap look for "6. und 7" first: the full pattern tests a look-behind and a look-ahead at every digit.
    return LIST_START.test(context.text) ? PATTERN : NEVER;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const day = Number(match[1]);
    const month = match[2] ? MONTH_NAMES[match[2]] : Number(match[4]);
    if (month === undefined || month < 1 || month > 12) return null;
    const yearText = match[3] ?? match[5];
    const components = dayMonthComponents(context, day, month, yearText ? Number(yearText) : undefined);
    if (!components) return null;
    components.addTag(DAY_LIST_TAG);
    return context.createParsingResult(match.index ?? 0, match[0], components);
  }
}
