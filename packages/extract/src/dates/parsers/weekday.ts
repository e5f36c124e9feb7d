import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { endsWithMatch } from '../../text/suffix.js';
import { DAY_PARTS, FROM_WEEKDAY, LAST_WEEKDAY, NEXT_WEEKDAY, RECURRING_WEEKDAY, WEEKDAYS } from '../constants.js';

const recurringBefore = endsWithMatch(RECURRING_WEEKDAY);
const nextBefore = endsWithMatch(NEXT_WEEKDAY);
const lastBefore = endsWithMatch(LAST_WEEKDAY);
const fromBefore = endsWithMatch(FROM_WEEKDAY);

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(WEEKDAYS).join('|')})(${DAY_PARTS.join('|')})?(?![\\p{L}\\p{N}])`, 'u',
);

/**
 * Weekdays written in full, alone or joined with a part of the day ("Montag", "Montagvormittag").
 * Replaces chrono's German weekday parser, which also takes "so", "mo", "do" and so turns the word "so"
 * into a Sunday. Without a modifier a weekday is the most recent such day on or before publication
 * (releases report what happened: "in der Nacht zu Montag", "seit Donnerstag"); "kommenden" points
 * forward, "vergangenen" strictly back, "ab"/"bis" forward from publication, today included.
 */
export class WeekdayParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const weekday = WEEKDAYS[match[1] ?? ''];
    if (weekday === undefined) return null;
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 30), match.index);
    if (recurringBefore(before)) return null;
    const ref = referenceDate(context);
    const refDay = ref.getDay();
    let delta: number;
    if (nextBefore(before)) delta = ((weekday - refDay + 7) % 7) || 7;
    else if (lastBefore(before)) delta = -(((refDay - weekday + 7) % 7) || 7);
    else if (fromBefore(before)) delta = (weekday - refDay + 7) % 7;
    else delta = -((refDay - weekday + 7) % 7);
    // Calendar arithmetic in UTC: the same day as in local time, without a time-zone look-up.
    const target = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate() + delta));
    const components = context.createParsingComponents({ weekday });
    components.imply('day', target.getUTCDate());
    components.imply('month', target.getUTCMonth() + 1);
    components.imply('year', target.getUTCFullYear());
    components.addTag('lagebild/weekday');
    // A result, not bare components: chrono would build one with default components only to replace them.
    return context.createParsingResult(match.index ?? 0, match[0], components);
  }
}
