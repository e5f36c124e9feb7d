import { describe, expect, it } from 'vitest';
import { districtKey, nameKey, searchKey } from './rows.js';
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
