import { berlinOffsetMinutes as intlOffsetMinutes, toBerlinIso as intlBerlinIso } from '@lagebild/schema';
import { describe, expect, it } from 'vitest';
import { berlinOffsetMinutes, toBerlinIso } from './berlin-time.js';

describe('cached Berlin time', () => {
  it('formats every instant exactly as the Intl version, around DST changes and outside the cached range', () => {
    const instants = [
      Date.UTC(2023, 2, 26, 0, 59, 59, 999), Date.UTC(2023, 2, 26, 1), Date.UTC(2023, 9, 29, 0, 59, 59), Date.UTC(2023, 9, 29, 1),
      Date.UTC(2023, 11, 31, 23, 30, 15, 500), Date.UTC(1980, 3, 6, 1), Date.UTC(1969, 11, 31, 23), Date.UTC(1890, 0, 1, 12),
      Date.UTC(2100, 0, 1), Date.UTC(2150, 6, 1), 0, 1, -1,
    ];
    for (let ms = Date.UTC(2018, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 5 * 3_600_000 + 17 * 60_000 + 13_001) instants.push(ms);
    for (const ms of instants) {
      const date = new Date(ms);
      expect(toBerlinIso(date), date.toISOString()).toBe(intlBerlinIso(date));
      expect(berlinOffsetMinutes(date), date.toISOString()).toBe(intlOffsetMinutes(date));
    }
  });
  it('rejects an invalid date as the Intl version does', () => {
    expect(() => toBerlinIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});
