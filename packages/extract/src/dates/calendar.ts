// The zod-free subpath: the package root loads zod (about 20 MB RSS) into every extraction worker.
import { berlinOffsetMinutes } from '@lagebild/schema/time';

/** Years whose calendar is computed here without a Date (Date.UTC reads years 0 to 99 as 1900 to 1999). */
const isPlainYear = (year: number): boolean => year >= 100 && year <= 200000;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (days past a month's end run on, as in Date.UTC). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** Whether year-month-day is a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  // Arithmetic, not a Date per call: this runs for every date candidate.
  if (isPlainYear(year)) return day <= (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The number of days of a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year that puts day/month closest to `ref` (a date whose local fields are Berlin wall time). */
export function closestYear(ref: Date, day: number, month: number): number {
  const refTime = Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate());
  let best = ref.getFullYear();
  let bestDistance = Infinity;
  for (const y of [best - 1, best, best + 1]) {
    const distance = Math.abs(Date.UTC(y, month - 1, day) - refTime);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** The weekday (0 = Sunday) of a calendar day. */
export function weekdayOf(year: number, month: number, day: number): number {
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && isPlainYear(year) && Math.abs(day) < 1e6) {
    return (((daysFromCivil(year, month, day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  }
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const pad = (n: number, width = 2): string => (width === 2 && n >= 0 && n < 100 && Number.isInteger(n) ? TWO_DIGITS[n]! : String(n).padStart(width, '0'));

/** `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** 01:00 UTC on the last Sunday of a month: when EU summer time starts (March) or ends (October). */
function lastSundayOneUtc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86400000;
}

const transitions = new Map<number, readonly [number, number]>();

/**
 * Offset of Europe/Berlin from UTC at `date` in minutes (60 or 120). The EU rule (summer time from 01:00 UTC
 * on the last Sunday of March to 01:00 UTC on the last Sunday of October) is computed directly for 1996 to
 * 2099, where it holds; other years ask the time-zone database. Much cheaper than `Intl` per call.
 */
export function berlinOffset(date: Date): number {
  const t = date.getTime();
  const year = date.getUTCFullYear();
  if (year < 1996 || year > 2099 || Number.isNaN(t)) return berlinOffsetMinutes(date);
  let range = transitions.get(year);
  if (!range) {
    range = [lastSundayOneUtc(year, 2), lastSundayOneUtc(year, 9)];
    transitions.set(year, range);
  }
  return t >= range[0] && t < range[1] ? 120 : 60;
}

/** The Europe/Berlin calendar date of an instant as `YYYY-MM-DD`. */
export function berlinDate(date: Date): string {
  const wall = new Date(date.getTime() + berlinOffset(date) * 60000);
  const year = wall.getUTCFullYear();
  // toISOString costs several times more; it alone writes years beyond four digits (with a sign).
  if (year < 0 || year > 9999) return wall.toISOString().slice(0, 10);
  return isoDate(year, wall.getUTCMonth() + 1, wall.getUTCDate());
}

/** A Berlin wall-clock time as ISO 8601 with its offset, e.g. `2023-10-30T09:15:00+01:00`. */
export function berlinDateTime(year: number, month: number, day: number, hour: number, minute: number): string {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let offset = berlinOffset(new Date(wall - 60 * 60000));
  offset = berlinOffset(new Date(wall - offset * 60000));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${isoDate(year, month, day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
