import type * as chrono from 'chrono-node';
import { closestYear } from '../calendar.js';
import { referenceDate } from '../reference.js';

/** A year of one to three digits after a month name ("14. März, 18", "29. Juni, 6."): what chrono took for a year. */
const SHORT_YEAR = /(?:[-/,]|\s)\s*(\d{1,3})\.?$/u;
const CLOCK_AFTER = /^\s*(?:[:.](\d{2}))?\s*Uhr(?![\p{L}])/u;

/**
 * chrono reads any one- to four-digit number after a month name as the year: "seit dem 14. März, 18 Uhr"
 * becomes 14 March 2018, "am 29. Juni, 6. und 14. Juli" 29 June 2006. Releases write years with four
 * digits; a shorter number is a clock time (then it becomes the hour) or the next item of a list.
 */
export class FixShortYearRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const r of results) {
      const year = r.start.get('year');
      if (!r.start.isCertain('year') || year === null || !r.start.isCertain('month')) continue;
      const m = SHORT_YEAR.exec(r.text);
      if (!m || /\d{4}\.?$/u.test(r.text)) continue;
      const kept = r.text.slice(0, m.index);
      if (!/\p{L}/u.test(kept.slice(-12))) continue; // only after a month name, not in "30.10.23"
      const day = r.start.get('day') ?? 1;
      const month = r.start.get('month') ?? 1;
      const implied = closestYear(referenceDate(context), day, month);
      r.start.delete('year');
      r.start.imply('year', implied);
      if (r.end && r.end.isCertain('year')) {
        r.end.delete('year');
        r.end.imply('year', implied);
      }
      const after = context.text.slice(r.index + r.text.length);
      const clock = CLOCK_AFTER.exec(after);
      if (clock && !/\.$/u.test(m[0]) && Number(m[1]) <= 24) {
        r.start.assign('hour', Number(m[1]));
        r.start.assign('minute', clock[1] ? Number(clock[1]) : 0);
        r.text = r.text + after.slice(0, clock[0].length);
      } else {
        r.text = kept;
      }
    }
    return results;
  }
}
