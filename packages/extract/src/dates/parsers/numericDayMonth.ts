import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { closestYear, isValidDate } from '../calendar.js';

// "30.10.", "(27.2.)", "06.11.-07.11.", "06.11. bis 07.11.2022". Dates with a year are chrono's; these
// have none, which chrono's German configuration does not read at all. A dash before the day is allowed only
// after a day ("15.-17.11.", the end of a range), not after a number ("Az. 12-17.11.").
const PATTERN = /(?<![\p{L}\p{N}.,/:]|(?<!\d\.)-)(\d{1,2})\.(\d{1,2})\.(?:\s*(?:-|–|bis(?:\s+(?:zum|am))?)\s*(\d{1,2})\.(\d{1,2})\.(\d{4})?)?(?![\p{N}]|\.\p{N}|\p{L})/u;

/** Day and month written numerically without a year; the year is the one closest to publication. */
export class NumericDayMonthParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const ref = referenceDate(context);
    const endYear = match[5] ? Number(match[5]) : undefined;
    const year = endYear ?? closestYear(ref, day, month);
    if (!isValidDate(year, month, day)) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('day', day);
    result.start.assign('month', month);
    if (endYear !== undefined) result.start.assign('year', year);
    else result.start.imply('year', year);
    result.start.addTag('lagebild/numericDayMonth');
    if (match[3] && match[4]) {
      const endDay = Number(match[3]);
      const endMonth = Number(match[4]);
      let endY = endYear ?? year;
      if (endYear === undefined && (endMonth < month || (endMonth === month && endDay < day))) endY = year + 1;
      if (!isValidDate(endY, endMonth, endDay)) return null;
      result.end = result.start.clone();
      result.end.assign('day', endDay);
      result.end.assign('month', endMonth);
      if (endYear !== undefined) result.end.assign('year', endY);
      else result.end.imply('year', endY);
    }
    return result;
  }
}
