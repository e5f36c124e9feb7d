import * as chrono from 'chrono-node';
import { berlinOffsetMinutes, type DateMention } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { overlapsAny, spanOf } from '../text/spans.js';
import { berlinDateTime, isoDate, isValidDate } from './calendar.js';
import { CASE_NUMBER_BEFORE, DATE_CANDIDATE } from './constants.js';
import { NumericDayMonthParser } from './parsers/numericDayMonth.js';
import { WeekdayParser } from './parsers/weekday.js';
import { DropNonDatesRefiner } from './refiners/dropNonDates.js';
import { MergeDateTimeRefiner } from './refiners/mergeDateTime.js';
import { MergeRangeRefiner } from './refiners/mergeRange.js';
import { MergeWeekdayDateRefiner } from './refiners/mergeWeekdayDate.js';

/** chrono's casual German configuration with this package's parsers and refiners. */
function createParser(): chrono.Chrono {
  const config = chrono.de.createCasualConfiguration(true);
  // Replaced: chrono's weekday parser reads "so"/"mo" as weekdays; its range merge joins times with dates.
  config.parsers = config.parsers.filter((p) => p.constructor.name !== 'DEWeekdayParser');
  config.refiners = config.refiners.filter((r) => r.constructor.name !== 'DEMergeDateRangeRefiner');
  config.parsers.push(new WeekdayParser(), new NumericDayMonthParser());
  config.refiners.push(new MergeWeekdayDateRefiner(), new MergeDateTimeRefiner(), new DropNonDatesRefiner(), new MergeRangeRefiner());
  return new chrono.Chrono(config);
}

let parser: chrono.Chrono | undefined;

const LEADING = /^(?:[\s,(]|(?:am|Am|an|An|den|Den|vom|Vom)\s)+/u;
const TRAILING = /[\s,)]+$/u;

function componentsValue(c: chrono.ParsedComponents, text: string): { value: string; precision: DateMention['precision'] } | undefined {
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 0;
  const day = c.get('day') ?? 0;
  if (!isValidDate(year, month, day)) return undefined;
  if (c.isCertain('hour')) {
    const hour = c.get('hour') ?? 0;
    const minute = c.get('minute') ?? 0;
    return { value: berlinDateTime(year, month, day, hour, minute), precision: /\d[:.]\d{2}/.test(text) ? 'minute' : 'hour' };
  }
  return { value: isoDate(year, month, day), precision: 'day' };
}

/**
 * Calendar dates in `text`, resolved against the publication instant in Europe/Berlin. chrono runs only
 * on sentences where a cheap pattern finds a candidate; mentions overlapping `blocked` ranges (phone
 * numbers, URLs, e-mail addresses) and numbers after "Az."/"Nr." are dropped.
 */
export function extractDates(
  text: string, sentences: readonly Sentence[], publishedAt: Date, blocked: readonly { start: number; end: number }[],
): DateMention[] {
  parser ??= createParser();
  const reference = { instant: publishedAt, timezone: berlinOffsetMinutes(publishedAt) };
  const out: DateMention[] = [];
  for (const sentence of sentences) {
    if (!DATE_CANDIDATE.test(sentence.text)) continue;
    for (const result of parser.parse(sentence.text, reference)) {
      let start = sentence.start + result.index;
      let end = start + result.text.length;
      const raw = text.slice(start, end);
      const lead = LEADING.exec(raw)?.[0].length ?? 0;
      const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
      start += lead;
      end -= trail;
      if (end <= start) continue;
      const range = { start, end };
      if (overlapsAny(range, blocked)) continue;
      if (CASE_NUMBER_BEFORE.test(text.slice(Math.max(sentence.start, start - 25), start))) continue;
      const startValue = componentsValue(result.start, result.text);
      if (!startValue) continue;
      const implied = (['year', 'month', 'day'] as const).filter((c) => !result.start.isCertain(c));
      const mention: DateMention = { span: spanOf(text, start, end), value: startValue.value, precision: startValue.precision, implied: [...implied] };
      if (result.end) {
        const endValue = componentsValue(result.end, result.text);
        if (endValue && endValue.value !== startValue.value) mention.end = endValue.value;
      }
      out.push(mention);
    }
  }
  return out;
}
