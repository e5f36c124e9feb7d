import type * as chrono from 'chrono-node';
import { MAX_YEAR, MIN_YEAR, WEEKDAYS } from '../constants.js';
import { endsWithMatch } from '../../text/suffix.js';
import { hasTag } from '../tags.js';

const CLOCK = /Uhr|\d[:.]\d{2}|\d\s*h(?![\p{L}])/u;
const COUNT = /\d|(?<![\p{L}])(?:einem|einen|einer|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?![\p{L}])/iu;
/** "vor zwei Tagen", "in drei Tagen": a count of days to one day (not "vergangenen 14 Tagen"). */
const POINT_MODIFIER = /^(?:vor|in)\s/iu;
const articleBeforeMorgen = endsWithMatch(/(?:am|den|dem|des|frühen|späten|heute|gestern|guten|jeden|diesen|nächsten|selben|gleichen)\s+$/iu);

/**
 * Drops what chrono reads as a date but a release does not mean as one: clock times alone ("Stand
 * 11 Uhr", "13.10 Uhr"), parts of the day alone ("Nacht"), "jetzt", the noun "Morgen" ("am Morgen" is
 * the morning, not tomorrow), relative spans other than days ("vor einer Woche") and spans of days without a
 * count ("in den vergangenen Tagen"), implausible years.
 */
/** Two numbers and one slash, nothing else. */
const YEARLESS_SLASH = /^\d{1,2}\/\d{1,2}$/u;

const WEEKDAY = `(?:${Object.keys(WEEKDAYS).join('|')})`;
/** A range of two bare weekdays ("Montag bis Freitag"). */
const WEEKDAY_RANGE = new RegExp(`^${WEEKDAY}\\s*(?:bis|-|–)\\s*${WEEKDAY}$`, 'u');
/** Words that make a weekday range one week's days: "vom Montag bis Freitag", "ab Montag", "kommenden Montag". */
const RANGE_ANCHOR_BEFORE = /(?<![\p{L}])(?:vom|von|ab|am|diesen|dieser|kommenden|nächsten|vergangenen|letzten)\s+$/iu;
const rangeAnchorBefore = endsWithMatch(RANGE_ANCHOR_BEFORE);
/** Hours of the day or a word of routine right after a weekday range: a weekly schedule. */
const SCHEDULE_AFTER = /^[\s,:]*(?:(?:nur|noch|jeweils|immer|durchgehend|regulär|wie gewohnt)\s+)*(?:vormittags|nachmittags|ganztags|ganztägig|von\s+\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr\s*)?bis\s+\d{1,2}|\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr\s*)?(?:bis|-|–)\s*\d{1,2})/iu;

const BARE_NUMBER_AFTER = /[\s,]+\d{1,2}$/u;
const NOW = /^jetzt$/iu;
const MORGEN = /^(?:über)?morgen/iu;
const MORGEN_NOUN = /^Morgen/u;
const DAY_WORD = /Tag/iu;
const DAYS_END = /Tagen?$/iu;

export class DropNonDatesRefiner implements chrono.Refiner {
  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    for (const r of results) {
      // "für den 30. Dezember 2020 14 Kundgebungen": a bare number after a date is no clock time.
      if (r.start.isCertain('hour') && !CLOCK.test(r.text)) {
        r.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
        r.text = r.text.replace(BARE_NUMBER_AFTER, '');
      }
    }
    return results.filter((r) => {
      // Month parts and "Stand" times have neither a certain day nor a weekday, and no refiner gives them one:
      // only such results need their tags looked at here.
      if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) {
        return hasTag(r.start, 'lagebild/monthPart') || hasTag(r.start, 'lagebild/stand');
      }
      const text = r.text.trim();
      if (NOW.test(text)) return false;
      // "JPR 11/23", "Ausgabe 3/24": a number over a short year is a file number or a month, no day (guide §3).
      if (YEARLESS_SLASH.test(text)) return false;
      // "ist Montag bis Freitag nur noch vormittags von 7.30 bis 12 Uhr geöffnet": opening hours, every week, no dates.
      // The words before are read for every result (backwards, a few steps): a look only a range took made V8 drop and
      // recompile the refiners' code.
      const anchored = rangeAnchorBefore(context.text.slice(Math.max(0, r.index - 20), r.index));
      if (WEEKDAY_RANGE.test(text) && !anchored
        && SCHEDULE_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 40))) return false;
      if (MORGEN.test(text)) {
        if (MORGEN_NOUN.test(text)) return false;
        if (articleBeforeMorgen(context.text.slice(Math.max(0, r.index - 20), r.index))) return false;
      }
      if (hasTag(r.start, 'result/relativeDate')) {
        if (!DAY_WORD.test(text)) return false;
        // "in den vergangenen Tagen", "in den nächsten Tagen": a span of days, no day.
        if (DAYS_END.test(text) && !COUNT.test(text)) return false;
        // "in den vergangenen 14 Tagen", "die nächsten drei Tage": a span too; only "vor"/"in" count to a day.
        if (!POINT_MODIFIER.test(text)) return false;
      }
      const year = r.start.get('year') ?? 0;
      return year >= MIN_YEAR && year <= MAX_YEAR;
    });
  }
}
