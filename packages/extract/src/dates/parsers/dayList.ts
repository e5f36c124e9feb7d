import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { closestYear, isValidDate } from '../calendar.js';
import { DAY_LIST_JOIN, MONTHS } from '../constants.js';

// "am 28. und 30. September 2019", "Am 10. und 11. Juni", "am 3., 10., 17. oder 24. Mai": every day but
// the last, which chrono reads with its month. The month (and year) are those written after the last day.
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:-])(\d{1,2})\.(?=(?:\s*,\s*\d{1,2}\.)*${DAY_LIST_JOIN}\d{1,2}\.\s*(${Object.keys(MONTHS).join('|')})(?:\s+(\d{4}))?(?![\p{L}]))`,
  'u',
);

/** Tag of this parser's results (their text is a bare number). */
export const DAY_LIST_TAG = 'lagebild/dayList';

/** A day of a list of days that share the month written after the last of them. */
export class DayListParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const day = Number(match[1]);
    const month = MONTHS[match[2] ?? ''];
    if (month === undefined) return null;
    const written = match[3] ? Number(match[3]) : undefined;
    const year = written ?? closestYear(referenceDate(context), day, month);
    if (!isValidDate(year, month, day)) return null;
    const components = context.createParsingComponents();
    components.assign('day', day);
    components.assign('month', month);
    if (written !== undefined) components.assign('year', year);
    else components.imply('year', year);
    components.addTag(DAY_LIST_TAG);
    return context.createParsingResult(match.index ?? 0, match[0], components);
  }
}
