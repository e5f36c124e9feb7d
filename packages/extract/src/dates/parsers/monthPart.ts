import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { closestYear, daysInMonth } from '../calendar.js';
import { MONTHS, MONTH_PARTS } from '../constants.js';

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(MONTH_PARTS).join('|')})\\s+(${Object.keys(MONTHS).join('|')})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`, 'u',
);

/** Tag of this parser's results: the mention gets precision `month`. */
export const MONTH_PART_TAG = 'lagebild/monthPart';

/**
 * "Anfang Dezember", "Mitte Januar 2024", "bis voraussichtlich Ende November": a part of a month, with month
 * precision. chrono reads none of these. The day is implied (1, 15 or the month's last day) and the mention
 * carries precision `month` and `implied: ["day", ...]` so that consumers know only the month was written.
 */
export class MonthPartParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const part = MONTH_PARTS[match[1] ?? ''];
    const month = MONTHS[match[2] ?? ''];
    if (part === undefined || month === undefined) return null;
    const ref = referenceDate(context);
    const written = match[3] ? Number(match[3]) : undefined;
    const year = written ?? closestYear(ref, 15, month);
    const day = part === 'end' ? daysInMonth(year, month) : part === 'middle' ? 15 : 1;
    const components = context.createParsingComponents();
    components.assign('month', month);
    if (written !== undefined) components.assign('year', year);
    else components.imply('year', year);
    components.imply('day', day);
    components.addTag(MONTH_PART_TAG);
    return context.createParsingResult(match.index ?? 0, match[0], components);
  }
}
