import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFullText, toFts5Match, toTsquery } from './fulltext.js';

describe('full-text search language', () => {
  it('parses words, OR, phrases and prefixes', () => {
    expect(parseFullText('Standesamt  Werne')).toEqual([[
      { words: ['standesamt'], prefix: false }, { words: ['werne'], prefix: false },
    ]]);
    expect(parseFullText('werne OR "Polizei Dortmund" ermittl*')).toEqual([
      [{ words: ['werne'], prefix: false }],
      [{ words: ['polizei', 'dortmund'], prefix: false }, { words: ['ermittl'], prefix: true }],
    ]);
    expect(parseFullText('"Südwestfalen-IT"*')).toEqual([[{ words: ['südwestfalen', 'it'], prefix: true }]]);
    expect(parseFullText('Südwestfalen-IT')).toEqual([[{ words: ['südwestfalen', 'it'], prefix: false }]]);
  });

  it('drops syntax characters and empty alternatives', () => {
    expect(parseFullText("' OR ''='")).toEqual([]);
    expect(parseFullText('OR OR werne OR')).toEqual([[{ words: ['werne'], prefix: false }]]);
    expect(parseFullText('or')).toEqual([[{ words: ['or'], prefix: false }]]);
    expect(parseFullText('werne:*')).toEqual([[{ words: ['werne'], prefix: false }]]);
    expect(parseFullText('"unclosed phrase')).toEqual([[{ words: ['unclosed', 'phrase'], prefix: false }]]);
    expect(parseFullText('')).toEqual([]);
  });

  it('renders FTS5 and tsquery expressions', () => {
    const query = parseFullText('werne standesamt OR "polizei dortmund" ermittl*');
    expect(toFts5Match(query)).toBe('("werne"* AND "standesamt"*) OR ("polizei dortmund"* AND "ermittl"*)');
    expect(toTsquery(query)).toBe('(werne & standesamt) | ((polizei <-> dortmund) & ermittl:*)');
  });

  it('never throws and never lets a quote, operator or bracket through (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
      const query = parseFullText(input);
      for (const group of query) {
        for (const term of group) for (const word of term.words) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
      }
      expect(query.flat().length).toBeLessThanOrEqual(32);
      const fts = toFts5Match(query).replace(/"[\p{L}\p{N} ]+"\*/gu, 'T');
      expect(fts).toMatch(/^(\((T( AND T)*)\)( OR \((T( AND T)*)\))*)?$/u);
    }), { numRuns: 500 });
  });
});
