import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { DAY_PARTS, FROM_WEEKDAY, LAST_WEEKDAY, NEXT_WEEKDAY, RECURRING_WEEKDAY, WEEKDAYS } from '../constants.js';

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

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingComponents | null {
    const weekday = WEEKDAYS[match[1] ?? ''];
    if (weekday === undefined) return null;
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 30), match.index);
    if (RECURRING_WEEKDAY.test(before)) return null;
    const ref = referenceDate(context);
    const refDay = ref.getDay();
    let delta: number;
    if (NEXT_WEEKDAY.test(before)) delta = ((weekday - refDay + 7) % 7) || 7;
    else if (LAST_WEEKDAY.test(before)) delta = -(((refDay - weekday + 7) % 7) || 7);
    else if (FROM_WEEKDAY.test(before)) delta = (weekday - refDay + 7) % 7;
    else delta = -((refDay - weekday + 7) % 7);
    const target = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + delta, 12);
    const components = context.createParsingComponents({ weekday });
    components.imply('day', target.getDate());
    components.imply('month', target.getMonth() + 1);
    components.imply('year', target.getFullYear());
    components.addTag('lagebild/weekday');
    return components;
  }
}
