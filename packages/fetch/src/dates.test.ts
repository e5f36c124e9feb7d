import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDateTimeSchema } from '@lagebild/schema';
import { berlinLocalToDate, parsePublished } from './dates.js';

describe('parsePublished', () => {
  it.each([
    ['06.11.2023, 10:15 Uhr', '2023-11-06T10:15:00+01:00'],
    ['06.11.2023 10:15', '2023-11-06T10:15:00+01:00'],
    ['6.11.2023 – 10.15 Uhr', '2023-11-06T10:15:00+01:00'],
    ['Veröffentlicht am 30.10.2023 um 9 Uhr', '2023-10-30T09:00:00+01:00'],
    ['06.11.23', '2023-11-06T00:00:00+01:00'],
    ['27.10.2023, 08:30 Uhr', '2023-10-27T08:30:00+02:00'],
    ['6. November 2023', '2023-11-06T00:00:00+01:00'],
    ['Montag, 6. Nov. 2023, 10:15 Uhr', '2023-11-06T10:15:00+01:00'],
    ['1. März 2024', '2024-03-01T00:00:00+01:00'],
    ['12. Oktober 2023 um 14:05', '2023-10-12T14:05:00+02:00'],
    ['2023-11-06', '2023-11-06T00:00:00+01:00'],
    ['2023-11-06T10:15', '2023-11-06T10:15:00+01:00'],
    ['2023-11-06T09:15:00Z', '2023-11-06T10:15:00+01:00'],
    ['2023-10-30T09:15:00.000+01:00', '2023-10-30T09:15:00+01:00'],
    ['2023-07-01T12:00:00+0000', '2023-07-01T14:00:00+02:00'],
    ['Mon, 06 Nov 2023 10:15:00 +0100', '2023-11-06T10:15:00+01:00'],
    ['Mon, 06 Nov 2023 09:15:00 GMT', '2023-11-06T10:15:00+01:00'],
    ['Fri, 27 Oct 2023 10:15:00 CEST', '2023-10-27T10:15:00+02:00'],
    ['Mo, 06 Nov 2023 10:15:00 MEZ', '2023-11-06T10:15:00+01:00'],
    ['06 Nov 2023 10:15', '2023-11-06T10:15:00+01:00'],
    ['November 6, 2023', '2023-11-06T00:00:00+01:00'],
  ])('%s → %s', (input, expected) => {
    expect(parsePublished(input)).toBe(expected);
  });

  it.each(['', 'gestern', '31.02.2023', '99.99.2023', 'Tel. 0231 132-1020', '10:15 Uhr', '2023-13-01'])('rejects %j', (input) => {
    expect(parsePublished(input)).toBeUndefined();
  });

  it('never throws and returns a valid ISO date-time or undefined', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => {
      const r = parsePublished(s);
      return r === undefined || IsoDateTimeSchema.safeParse(r).success;
    }), { numRuns: 500 });
  });
});

describe('berlinLocalToDate', () => {
  it('takes summer time for the repeated October hour and shifts the skipped March hour', () => {
    expect(berlinLocalToDate(2023, 10, 29, 2, 30).toISOString()).toBe('2023-10-29T00:30:00.000Z');
    expect(berlinLocalToDate(2023, 10, 29, 3, 30).toISOString()).toBe('2023-10-29T02:30:00.000Z');
    expect(berlinLocalToDate(2023, 3, 26, 2, 30).toISOString()).toBe('2023-03-26T01:30:00.000Z');
    expect(berlinLocalToDate(2023, 3, 26, 1, 30).toISOString()).toBe('2023-03-26T00:30:00.000Z');
  });
});
