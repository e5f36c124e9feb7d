import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';

const PATTERN = /(?<![\p{L}\p{N}])Stand\s*:?\s*(?:(heute|gestern)\s*,?\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*Uhr(?![\p{L}])/u;

/**
 * "Stand: 11 Uhr", "Stand heute, 9.30 Uhr": the time a status report was written, on the publication day
 * (or the day before for "gestern"). A clock time alone is no date; after "Stand" it dates the report.
 */
export class StandTimeParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const hour = Number(match[2]);
    const minute = match[3] ? Number(match[3]) : 0;
    if (hour > 24 || minute > 59) return null;
    const ref = referenceDate(context);
    const day = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate() - (match[1]?.toLowerCase() === 'gestern' ? 1 : 0)));
    const components = context.createParsingComponents();
    components.imply('day', day.getUTCDate());
    components.imply('month', day.getUTCMonth() + 1);
    components.imply('year', day.getUTCFullYear());
    components.assign('hour', hour);
    components.assign('minute', minute);
    components.addTag('lagebild/stand');
    return context.createParsingResult(match.index ?? 0, match[0], components);
  }
}
