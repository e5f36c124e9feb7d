import { describe, expect, it } from 'vitest';
import { toBerlinDate } from '@lagebild/schema';
import { berlinDateOf, districtKey, nameKey, searchKey } from './rows.js';
import { buildQuery, numberPlaceholders } from './sql.js';

describe('name keys', () => {
  it('fold case, whitespace and dashes', () => {
    expect(nameKey('  LÜNEN ')).toBe('lünen');
    expect(nameKey('Siegen\u2013Wittgenstein')).toBe('siegen-wittgenstein');
  });
  it('give "Kreis Unna", "Landkreis Unna" and "Unna" one district key', () => {
    expect(new Set(['Kreis Unna', 'Landkreis Unna', 'Unna', 'unna, Kreis', 'Unna (Kreis)'].map(districtKey))).toEqual(new Set(['unna']));
    expect(districtKey('Märkischer Kreis')).toBe('märkischer kreis');
    expect(districtKey('Kreis')).toBe('kreis');
  });
  it('lower-case search text exactly as the German locale does', () => {
    const text = 'STRAẞE Ärger ÖL Übel İstanbul ΟΔΟΣ Σ. ǅ DŽ ﬀ ŉ À\u0301 Ⅻ Ⓐ 𐐀';
    expect(searchKey(text)).toBe(text.toLocaleLowerCase('de-DE'));
  });
});

describe('berlinDateOf', () => {
  it('gives the Europe/Berlin date that toBerlinDate gives, across DST changes and outside the fast range', () => {
    const instants = [
      Date.UTC(2023, 2, 26, 0, 59, 59), Date.UTC(2023, 2, 26, 1, 0, 0), Date.UTC(2023, 9, 29, 0, 59, 59),
      Date.UTC(2023, 9, 29, 1, 0, 0), Date.UTC(2023, 11, 31, 22, 59, 59), Date.UTC(2023, 11, 31, 23, 0, 0),
      Date.UTC(2024, 1, 28, 23, 30), Date.UTC(1969, 11, 31, 23, 0), Date.UTC(1890, 0, 1, 23, 30), Date.UTC(2150, 5, 1, 22, 30),
      0, -1,
    ];
    for (let ms = Date.UTC(2019, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 7 * 3_600_000 + 13 * 60_000) instants.push(ms);
    for (const ms of instants) expect(berlinDateOf(ms), new Date(ms).toISOString()).toBe(toBerlinDate(new Date(ms)));
  });
});

describe('SQL helpers', () => {
  it('number placeholders in order', () => {
    expect(numberPlaceholders('a = ? AND b IN (?, ?)')).toBe('a = $1 AND b IN ($2, $3)');
  });
  it('keep parameters in placeholder order for every filter combination', () => {
    const { sql, params } = buildQuery({
      municipality: 'Werne', district: 'Kreis Unna', agency: 'bsi', service: 'website', status: 'outage',
      from: '2023-01-01', to: '2023-12-31', sourceId: 's', text: 'x', limit: 5,
    });
    expect(sql.split('?').length - 1).toBe(params.length);
    expect(params.at(-1)).toBe(5);
  });
  it('rejects a non-finite limit', () => {
    expect(() => buildQuery({ limit: Number.NaN })).toThrow(RangeError);
  });
});
