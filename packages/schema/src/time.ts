/** The time zone every publication instant and resolved date is expressed in. */
export const BERLIN_TIME_ZONE = 'Europe/Berlin';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: BERLIN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function berlinParts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of parts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** Offset of Europe/Berlin from UTC at `date`, in minutes (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(date: Date): number {
  const p = berlinParts(date);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** `date` as ISO 8601 in Europe/Berlin with its offset, seconds precision: `2023-10-30T09:15:00+01:00`. */
export function toBerlinIso(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
  const p = berlinParts(date);
  const offset = berlinOffsetMinutes(date);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hh}:${mm}`;
}

/** The Europe/Berlin calendar date of `date` as `YYYY-MM-DD`. */
export function toBerlinDate(date: Date): string {
  const p = berlinParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}
