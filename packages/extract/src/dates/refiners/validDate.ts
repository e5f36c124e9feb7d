import type * as chrono from 'chrono-node';
import { isValidDate } from '../calendar.js';
import { DAY_LIST_TAG } from '../parsers/dayList.js';
import { hasTag } from '../tags.js';

const UNLIKELY = /^\d*(\.\d*)?$/;

const inRange = (value: number | null, max: number): boolean => value !== null && Number.isInteger(value) && value >= 0 && value <= max;

/** Whether a result's text is a bare number ("2024", "13.10"), as chrono's filter tests it (one space removed). */
function bareNumber(text: string): boolean {
  // Any other character than a digit, a period or a space decides it at once; most results have letters.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 32)) return false;
  }
  return UNLIKELY.test(text.replace(' ', ''));
}

/** chrono's calendar check of components (the date's fields survive a round trip through Date.UTC), each field read once. */
function validComponents(c: chrono.ParsingComponents): boolean {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  const hour = c.get('hour');
  const minute = c.get('minute');
  const second = c.get('second');
  const millisecond = c.get('millisecond');
  // Fields within their ranges survive the round trip: known without a Date (years below 100 and odd values take chrono's way).
  if (year !== null && year >= 100 && year <= 200000 && Number.isInteger(year) && month !== null && Number.isInteger(month) && day !== null
    && Number.isInteger(day) && isValidDate(year, month, day) && inRange(hour, 23) && inRange(minute, 59) && inRange(second, 59) && inRange(millisecond, 999)) return true;
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day as number, hour as number, minute as number, second as number, millisecond as number));
  date.setUTCFullYear(year as number);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== (month as number) - 1 || date.getUTCDate() !== day) return false;
  // A missing hour or minute (null) is not checked, as in chrono's.
  if (hour !== null && date.getUTCHours() !== hour) return false;
  if (minute !== null && date.getUTCMinutes() !== minute) return false;
  return true;
}

/**
 * chrono's UnlikelyFormatFilter (casual mode: bare numbers and impossible calendar dates go), with the same
 * tests in the same order; chrono's reads each component several times, a dictionary look-up each, for every
 * result of every document. A day of a list ("28." in "am 28. und 30. September") looks bare but its
 * month follows.
 */
export class ValidDateFilter implements chrono.Refiner {
  refine(_context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    return results.filter((r) => (!bareNumber(r.text) || hasTag(r.start, DAY_LIST_TAG)) && validComponents(r.start) && (!r.end || validComponents(r.end)));
  }
}
