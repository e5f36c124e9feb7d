import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { DAY_PARTS, RELATIVE_ADJECTIVES, RELATIVE_TAG, WEEKDAYS } from '../constants.js';

const NOUNS = ['Tag', 'Tages', 'Abend', 'Morgen', 'Vormittag', 'Nachmittag', 'Mittag', 'Nacht', ...Object.keys(WEEKDAYS)];
const ENDINGS = '(?:e|en|em|er|es)';
/** Adjectives that date any noun ("der gestrigen Kontrolle"); "heutig" also means "present-day" ("die heutigen Zahlen"). */
const ANY_NOUN = Object.keys(RELATIVE_ADJECTIVES).filter((a) => a !== 'heutig')
  .map((a) => `[${a[0]!.toUpperCase()}${a[0]}]${a.slice(1)}`);
const PATTERN = new RegExp(
  `(?<![\\p{L}])(?:([Hh]eutig)${ENDINGS}\\s+(?:${NOUNS.join('|')})(?:${DAY_PARTS.join('|')})?|(${ANY_NOUN.join('|')})${ENDINGS}\\s+\\p{Lu}\\p{L}*)(?![\\p{L}])`,
  'u',
);

/**
 * "am heutigen Mittwoch", "der morgige Donnerstag", "am gestrigen Abend", "bei der gestrigen Kontrolle": a day
 * counted from the reference by an adjective, which chrono's casual parser (only "heute", "gestern", "morgen") does not read. The
 * weekday inside, if any, is the same day and adds nothing. Tagged relative: without a publication instant
 * such a day has nothing to be counted from.
 */
export class RelativeAdjectiveParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const offset = RELATIVE_ADJECTIVES[(match[1] ?? match[2] ?? '').toLowerCase()];
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
