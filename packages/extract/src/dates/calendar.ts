import { berlinOffsetMinutes, toBerlinIso } from '@lagebild/schema';

/** Whether year-month-day is a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
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
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A Berlin wall-clock time as ISO 8601 with its offset, e.g. `2023-10-30T09:15:00+01:00`. */
export function berlinDateTime(year: number, month: number, day: number, hour: number, minute: number): string {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - berlinOffsetMinutes(new Date(wall - 60 * 60000)) * 60000;
  instant = wall - berlinOffsetMinutes(new Date(instant)) * 60000;
  return toBerlinIso(new Date(instant));
}
