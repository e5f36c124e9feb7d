import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { DAY_PARTS, RELATIVE_ADJECTIVES, RELATIVE_TAG, WEEKDAYS } from '../constants.js';

const NOUNS = ['Tag', 'Tages', 'Abend', 'Morgen', 'Vormittag', 'Nachmittag', 'Mittag', 'Nacht', ...Object.keys(WEEKDAYS)];
const PATTERN = new RegExp(
  `(?<![\\p{L}])(${Object.keys(RELATIVE_ADJECTIVES).join('|')})(?:e|en|em|er|es)\\s+(?:${NOUNS.join('|')})(?:${DAY_PARTS.join('|')})?(?![\\p{L}])`,
  'iu',
);

/**
 * "am heutigen Mittwoch", "der morgige Donnerstag", "am gestrigen Abend": a day counted from the reference
 * by an adjective, which chrono's casual parser (only "heute", "gestern", "morgen") does not read. The
 * weekday inside, if any, is the same day and adds nothing. Tagged relative: without a publication instant
 * such a day has nothing to be counted from.
 */
export class RelativeAdjectiveParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const offset = RELATIVE_ADJECTIVES[(match[1] ?? '').toLowerCase()];
    if (offset === undefined) return null;
    const ref = referenceDate(context);
    const day = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate() + offset));
    const components = context.createParsingComponents();
    components.assign('day', day.getUTCDate());
    components.assign('month', day.getUTCMonth() + 1);
    components.assign('year', day.getUTCFullYear());
    components.addTag(RELATIVE_TAG);
    return context.createParsingResult(match.index ?? 0, match[0], components);
  }
}
