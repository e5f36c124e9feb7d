import type * as chrono from 'chrono-node';
import { MONTHS } from '../constants.js';
import { dayMonthComponents } from './dayMonth.js';

/** Month names in the genitive ("des 23. Dezembers") → month numbers; chrono's German dictionary has the plain forms only. */
const GENITIVE_MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(MONTHS).map(([name, month]) => [`${name}${name === 'März' ? 'es' : 's'}`, month]),
);

const PATTERN = new RegExp(String.raw`(?<![\p{L}\p{N}.,/:-])(\d{1,2})\.\s*(${Object.keys(GENITIVE_MONTHS).join('|')})(?:\s+(\d{4}))?(?![\p{L}\p{N}])`, 'u');

/** "vom Abend des 23. Dezembers bis einschließlich 1. Januar 2023": a day with its month in the genitive. */
export class GenitiveMonthParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const day = Number(match[1]);
    const month = GENITIVE_MONTHS[match[2] ?? ''];
    if (month === undefined) return null;
    const components = dayMonthComponents(context, day, month, match[3] ? Number(match[3]) : undefined);
    return components ? context.createParsingResult(match.index ?? 0, match[0], components) : null;
  }
}
