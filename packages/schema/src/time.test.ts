import { describe, expect, it } from 'vitest';
import { toBerlinDate, toBerlinIso } from './time.js';

describe('toBerlinIso', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(toBerlinIso(new Date('2023-10-30T08:15:00Z'))).toBe('2023-10-30T09:15:00+01:00');
    expect(toBerlinIso(new Date('2023-10-27T08:15:00Z'))).toBe('2023-10-27T10:15:00+02:00');
  });
  it('gives the Berlin calendar date around midnight UTC', () => {
    expect(toBerlinDate(new Date('2023-11-01T23:30:00Z'))).toBe('2023-11-02');
  });
});
