import type * as chrono from 'chrono-node';
import { weekdayOf } from '../calendar.js';
import { WEEKDAY_DATE_GAP } from '../constants.js';

/**
 * A weekday right before the date it names ("Montag (30. Oktober)", "Dienstagvormittag (27.2.)") is not
 * a second date: it is dropped and lends its weekday to the date. (chrono itself merges only "Montag,
 * 6. November".) Where the year was inferred and the weekday disagrees with it, the neighbouring year
 * whose calendar agrees is taken: "Montag (9. März)" in a release from early 2021 is 9 March 2020.
 */
export class MergeWeekdayDateRefiner implements chrono.Refiner {
  /**
   * Whether a weekday may move an inferred year. Off without a publication instant: the guide then fixes
   * the reference (the latest date with a written year) and a year-less date is its nearest occurrence.
   */
  fixYears = true;

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const out: chrono.ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const current = results[i]!;
      const next = results[i + 1];
      if (next && current.start.isOnlyWeekdayComponent() && next.start.isCertain('day')) {
        const between = context.text.slice(current.index + current.text.length, next.index);
        if (WEEKDAY_DATE_GAP.test(between)) {
          next.start.assign('weekday', current.start.get('weekday') ?? 0);
          continue;
        }
      }
      out.push(current);
    }
    // "Donnerstag und Freitag, 19. und 20. März": the weekdays name the days of the list in turn, so the one before the
    // first day is no evidence against its year.
    if (this.fixYears) for (const result of out) if (!LIST_AFTER.test(context.text.slice(result.index + result.text.length, result.index + result.text.length + 12))) fixYearByWeekday(result.start);
    return out;
  }
}

/** Another day of a list right after a date: "19. und 20. März". */
const LIST_AFTER = /^[ \u00a0]*(?:und|bis|,|–|-)[ \u00a0]*\d{1,2}\./u;

function fixYearByWeekday(components: chrono.ParsingComponents): void {
  if (!components.isCertain('weekday') || !components.isCertain('day') || components.isCertain('year')) return;
  const weekday = components.get('weekday');
  const day = components.get('day') ?? 0;
  const month = components.get('month') ?? 0;
  const year = components.get('year') ?? 0;
  if (weekday === null || weekdayOf(year, month, day) === weekday) return;
  for (const candidate of [year - 1, year + 1]) {
    if (weekdayOf(candidate, month, day) === weekday) {
      components.imply('year', candidate);
      return;
    }
  }
}
