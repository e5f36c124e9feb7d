import type * as chrono from 'chrono-node';

const UHR_AFTER = /^\s*Uhr(?![\p{L}])/u;

/**
 * chrono's time parser reads "um 14 Uhr" as "um 14": the result then looks like a bare number. Its "Uhr"
 * belongs to it, so that merges and the clock test of {@link DropNonDatesRefiner} see a clock time.
 */
export class AbsorbUhrRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const r of results) {
      if (!r.start.isCertain('hour') || /Uhr$/u.test(r.text)) continue;
      const m = UHR_AFTER.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 8));
      if (m) r.text += m[0];
    }
    return results;
  }
}
