import type * as chrono from 'chrono-node';
import { DATE_TIME_GAP } from '../constants.js';

/**
 * Joins a date and the clock time that follows it ("28.09.2025 gegen 22:00 Uhr") into one minute- or
 * hour-precise mention. chrono's own merge knows only "um"/","; German releases write "gegen", "ca.".
 */
export class MergeDateTimeRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    const out: chrono.ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const current = results[i]!;
      const next = results[i + 1];
      if (next && current.start.isCertain('day') && !current.start.isCertain('hour') && !current.end
        && next.start.isOnlyTime() && next.start.isCertain('hour') && /\d/.test(next.text)) {
        const between = context.text.slice(current.index + current.text.length, next.index);
        if (DATE_TIME_GAP.test(between)) {
          current.start.assign('hour', next.start.get('hour') ?? 0);
          current.start.assign('minute', next.start.get('minute') ?? 0);
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
