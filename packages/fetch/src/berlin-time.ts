import { berlinOffsetMinutes as intlOffsetMinutes, toBerlinIso as intlBerlinIso } from '@lagebild/schema';

/**
 * `toBerlinIso` and `berlinOffsetMinutes` of @lagebild/schema, with the Intl lookup (about 30 µs a
 * call, several per fetched article) done once per UTC day. Since 1970 Europe/Berlin changes its
 * offset only at full UTC hours, at most once a day: a day whose first and last millisecond have
 * the same offset has it throughout, and the two days with a change are looked up per hour. The
 * wall-clock fields are then plain arithmetic. Instants outside 1970–2100 take the Intl path.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const FAST_FROM_MS = 0;
const FAST_TO_MS = 4_102_444_800_000;
const MAX_CACHED = 100_000;
/** Offset per UTC day, or null for the two days a year with a change (looked up per hour). */
const offsetByDay = new Map<number, number | null>();
const offsetByHour = new Map<number, number>();

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_CACHED) map.clear();
  map.set(key, value);
  return value;
}

function cachedOffset(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  let byDay = offsetByDay.get(day);
  if (byDay === undefined) {
    const first = intlOffsetMinutes(new Date(day * DAY_MS));
    const last = intlOffsetMinutes(new Date((day + 1) * DAY_MS - 1));
    byDay = remember(offsetByDay, day, first === last ? first : null);
  }
  if (byDay !== null) return byDay;
  const hour = Math.floor(ms / HOUR_MS);
  return offsetByHour.get(hour) ?? remember(offsetByHour, hour, intlOffsetMinutes(new Date(hour * HOUR_MS)));
}

const inFastRange = (ms: number): boolean => ms >= FAST_FROM_MS && ms < FAST_TO_MS;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Offset of Europe/Berlin from UTC at `date`, in minutes (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(date: Date): number {
  const ms = date.getTime();
  return inFastRange(ms) ? cachedOffset(ms) : intlOffsetMinutes(date);
}

/** `date` as ISO 8601 in Europe/Berlin with its offset, seconds precision: `2023-10-30T09:15:00+01:00`. */
export function toBerlinIso(date: Date): string {
  const ms = date.getTime();
  if (!inFastRange(ms)) return intlBerlinIso(date);
  const offset = cachedOffset(ms);
  const local = new Date(ms + offset * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
