/** The time zone every publication instant and resolved date is expressed in. */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

// Since 1970 the offset is a whole number of minutes and is cached (below); before, local mean time
// has seconds in its offset, so those instants are formatted by Intl field by field.
const CACHED_FROM_MS = 0;
const CACHED_TO_MS = 4_102_444_800_000; // 2100-01-01

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: BERLIN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function intlParts(date: Date): Record<string, string> {
  const p: Record<string, string> = {};
  for (const part of parts.formatToParts(date)) p[part.type] = part.value;
  return p;
}

const inCachedRange = (ms: number): boolean => ms >= CACHED_FROM_MS && ms < CACHED_TO_MS;

/** Offset at `date` from the time-zone database (about 30 µs a call): the reference for the cached path. */
export function intlBerlinOffsetMinutes(date: Date): number {
  const p = intlParts(date);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

// Since 1970 Europe/Berlin changes its offset only at full UTC hours, at most once a day: a UTC day
// whose first and last millisecond share an offset has it throughout, and the two days a year with
// a change are looked up per hour. Intl then runs once per day instead of several times per article.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MAX_CACHED = 100_000;
/** Offset per UTC day, or null for a day with a change (looked up per hour). */
const offsetByDay = new Map<number, number | null>();
const offsetByHour = new Map<number, number>();

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_CACHED) map.clear();
  map.set(key, value);
  return value;
}

function offsetAt(ms: number): number {
  if (!inCachedRange(ms)) return intlBerlinOffsetMinutes(new Date(ms));
  const day = Math.floor(ms / DAY_MS);
  let byDay = offsetByDay.get(day);
  if (byDay === undefined) {
    const first = intlBerlinOffsetMinutes(new Date(day * DAY_MS));
    const last = intlBerlinOffsetMinutes(new Date((day + 1) * DAY_MS - 1));
    byDay = remember(offsetByDay, day, first === last ? first : null);
  }
  if (byDay !== null) return byDay;
  const hour = Math.floor(ms / HOUR_MS);
  return offsetByHour.get(hour) ?? remember(offsetByHour, hour, intlBerlinOffsetMinutes(new Date(hour * HOUR_MS)));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Offset of Europe/Berlin from UTC at `date`, in minutes (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(date: Date): number {
  return offsetAt(date.getTime());
}

/** Berlin wall-clock fields of an instant, shifted into a UTC Date (read with getUTC*). */
function berlinWallClock(ms: number): { local: Date; offset: number } {
  const offset = offsetAt(ms);
  return { local: new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000), offset };
}

/** `date` as ISO 8601 in Europe/Berlin with its offset, seconds precision: `2023-10-30T09:15:00+01:00`. */
export function toBerlinIso(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid date');
  if (!inCachedRange(ms)) {
    const p = intlParts(date);
    const offset = intlBerlinOffsetMinutes(date);
    const abs = Math.abs(offset);
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset >= 0 ? '+' : '-'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  }
  const { local, offset } = berlinWallClock(ms);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** The Europe/Berlin calendar date of `date` as `YYYY-MM-DD`. */
export function toBerlinDate(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid date');
  if (!inCachedRange(ms)) {
    const p = intlParts(date);
    return `${p.year}-${p.month}-${p.day}`;
  }
  const { local } = berlinWallClock(ms);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
}
