import type * as chrono from 'chrono-node';
import { BETWEEN_BEFORE, BETWEEN_GAP, RANGE_GAP } from '../constants.js';
import { endsWithMatch } from '../../text/suffix.js';

const betweenBefore = endsWithMatch(BETWEEN_BEFORE);

/**
 * Two dates joined by "bis" or a dash become one range ("Sonntag, 28.09.2025 ... bis Montag, 29.09.2025"),
 * as do two dates after "zwischen" joined by "und" ("zwischen Freitag, 18 Uhr, und Samstag, 9 Uhr").
 * Replaces chrono's German range merge, which also joins a clock time with a later date.
 * A start without year borrows the end's written year.
 */
export class MergeRangeRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const out: chrono.ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const current = results[i]!;
      const next = results[i + 1];
      if (next && !current.end && !next.end && current.start.isCertain('day') && next.start.isCertain('day')) {
        const between = context.text.slice(current.index + current.text.length, next.index);
        const zwischen = BETWEEN_GAP.test(between) && betweenBefore(context.text.slice(Math.max(0, current.index - 20), current.index));
        if (RANGE_GAP.test(between) || zwischen) {
          if (!current.start.isCertain('year') && next.start.isCertain('year')) {
            const endYear = next.start.get('year') ?? 0;
            const later = (current.start.get('month') ?? 0) * 100 + (current.start.get('day') ?? 0)
              > (next.start.get('month') ?? 0) * 100 + (next.start.get('day') ?? 0);
            current.start.imply('year', later ? endYear - 1 : endYear);
          }
          current.end = next.start;
          current.text = context.text.slice(current.index, next.index + next.text.length);
          out.push(current);
          i++;
          continue;
        }
      }
      out.push(current);
    }
    return out;
  }
}
