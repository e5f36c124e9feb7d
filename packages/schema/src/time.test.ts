import { describe, expect, it } from 'vitest';
import { berlinOffsetMinutes, intlBerlinOffsetMinutes, toBerlinDate, toBerlinIso } from './time.js';

/** What Intl says, field by field: the reference the cached path must equal. */
const berlinFields = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function intlIso(date: Date): string {
  const f = berlinFields;
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(date)) p[part.type] = part.value;
  const offset = intlBerlinOffsetMinutes(date);
  const abs = Math.abs(offset);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset >= 0 ? '+' : '-'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('toBerlinIso', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(toBerlinIso(new Date('2023-10-30T08:15:00Z'))).toBe('2023-10-30T09:15:00+01:00');
    expect(toBerlinIso(new Date('2023-10-27T08:15:00Z'))).toBe('2023-10-27T10:15:00+02:00');
  });
  it('gives the Berlin calendar date around midnight UTC', () => {
    expect(toBerlinDate(new Date('2023-11-01T23:30:00Z'))).toBe('2023-11-02');
  });
  it('equals the time-zone database around DST changes, over years and outside the cached range', () => {
    const instants = [
      Date.UTC(2023, 2, 26, 0, 59, 59, 999), Date.UTC(2023, 2, 26, 1), Date.UTC(2023, 9, 29, 0, 59, 59), Date.UTC(2023, 9, 29, 1),
      Date.UTC(2023, 11, 31, 23, 30, 15, 500), Date.UTC(1980, 3, 6, 1), Date.UTC(1969, 11, 31, 23), Date.UTC(1890, 0, 1, 12),
      Date.UTC(2100, 0, 1), Date.UTC(2150, 6, 1), 0, 1, -1,
    ];
    for (let ms = Date.UTC(2018, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 5 * 3_600_000 + 17 * 60_000 + 13_001) instants.push(ms);
    for (const ms of instants) {
      const date = new Date(ms);
      expect(toBerlinIso(date), date.toISOString()).toBe(intlIso(date));
      expect(toBerlinDate(date), date.toISOString()).toBe(intlIso(date).slice(0, 10));
      expect(berlinOffsetMinutes(date), date.toISOString()).toBe(intlBerlinOffsetMinutes(date));
    }
  });
  it('rejects an invalid date', () => {
    expect(() => toBerlinIso(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toBerlinDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
