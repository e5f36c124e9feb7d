import type * as chrono from 'chrono-node';
import { hasTag } from '../tags.js';

const GAP = /^,?\s*$/;

/**
 * chrono's MergeWeekdayComponentRefiner ("Mittwoch, 24. Juni" → one result spanning both, the date with the
 * weekday), the same merges in the same order, but the date's result is extended in place: chrono's clones
 * it, which builds three sets of components per merge, and the weekday-and-date pair is the commonest
 * date of a release. (A clone also drops the date's tags; no refiner here reads a tag of a result with a
 * certain day other than the relative-date tag, which keeps such results from merging at all.)
 */
export class MergeWeekdayComponentRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    if (results.length < 2) return results;
    const merged: chrono.ParsingResult[] = [];
    let current = results[0]!;
    for (let i = 1; i < results.length; i++) {
      const next = results[i]!;
      if (shouldMerge(context.text.substring(current.index + current.text.length, next.index), current, next)) {
        const weekday = current.start.get('weekday') ?? 0; // certain: see shouldMerge
        next.text = current.text + context.text.substring(current.index + current.text.length, next.index) + next.text;
        next.index = current.index;
        next.start.assign('weekday', weekday);
        if (next.end) next.end.assign('weekday', weekday);
      } else {
        merged.push(current);
      }
      current = next;
    }
    merged.push(current);
    return merged;
  }
}

function shouldMerge(between: string, current: chrono.ParsingResult, next: chrono.ParsingResult): boolean {
  return GAP.test(between) && current.start.isOnlyWeekdayComponent() && !current.start.isCertain('hour')
    && next.start.isCertain('day') && !hasTag(next.start, 'result/relativeDate');
}
