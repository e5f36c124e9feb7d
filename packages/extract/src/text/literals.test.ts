import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, HYPOTHETICAL } from '../impacts/constants.js';
import { Gated, topLevelBranches } from './literals.js';
import { findCues, STATUS_PATTERNS } from '../impacts/statuses.js';

/** Every match of `re` in `text`, as index and text (a fresh copy of the pattern, so `lastIndex` is its own). */
function matches(re: RegExp, text: string): [number, string][] {
  const copy = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(copy)].map((m) => [m.index, m[0]]);
}

/** Texts made of the words and signs the gated patterns are about, in any order. */
const PIECES = ['Die', 'Stadt', 'Rathaus', 'bleibt', 'geschlossen', 'bis auf', 'Weiteres', 'mit Ausnahme', 'außer', 'des', 'der',
  ',', ', und', ', aber', ' aber auch', ' jedoch', ':', ' – ', ';', 'ob', 'Ob', 'falls', 'sofern', 'könnte', 'soll', 'werden', 'Ohne',
  'Termin', 'kann', 'darf', 'Welche', 'Wann', 'damit', 'ist', 'sind', 'Bürgerbüro', 'Standesamt', 'oder', 'und', 'wieder', 'ſ', 'ı'];
const TEXTS = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((words) => words.join(' '));

describe('a pattern gated by the strings its branches must hold', () => {
  it('finds in any text exactly what the whole pattern finds (the clause breaks and the conditions)', () => {
    for (const pattern of [CLAUSE_BREAK, HYPOTHETICAL]) {
      const gated = new Gated(pattern);
      fc.assert(fc.property(TEXTS, (text) => {
        const re = gated.for(text);
        expect(re === null ? [] : matches(re, text)).toEqual(matches(pattern, text));
      }), { numRuns: 400 });
    }
  });
  it('runs no pattern on a text that holds none of its branches\' strings, and only the branches a text may match', () => {
    const gated = new Gated(/abc|xy(?=z)|qq/gu);
    expect(gated.for('nothing here')).toBeNull();
    expect(gated.for('an abc')!.source).toBe('abc');
    expect(gated.for('abc and qq')!.source).toBe('abc|qq');
    expect(gated.for('abc qq xyz')).toBe(gated.pattern);
  });
  it('reads the top-level branches of a pattern, not those inside a group', () => {
    expect(topLevelBranches('a|(?:b|c)d|e')).toEqual(['a', '(?:b|c)d', 'e']);
  });
});

/** Status words, negations and the words the patterns' look-arounds need, in any order. */
const STATUS_PIECES = ['Das', 'Rathaus', 'ist', 'sind', 'bleibt', 'nicht', 'kein', 'keine', 'nur', 'noch', 'wieder', 'mehr', 'geschlossen',
  'geöffnet', 'erreichbar', 'zu erreichen', 'telefonisch', 'per E-Mail', 'kann', 'können', 'konnte', 'ausgefallen', 'eingeschränkt',
  'Störung', 'Einschränkungen', 'betroffen', 'wie gewohnt', 'möglich', 'funktioniert', 'läuft', 'alles', 'nichts', 'geht', 'setzt',
  'aus', 'fällt', 'Betrieb', 'aufgenommen', 'zur Verfügung', 'weiterhin', 'gestört', 'offline', 'lahmgelegt', ',', '.', '-'];
const STATUS_TEXTS = fc.array(fc.constantFrom(...STATUS_PIECES), { maxLength: 16 }).map((words) => words.join(' '));

describe('status patterns run branch by branch', () => {
  it('find in any text the cues the whole patterns find', () => {
    const whole = STATUS_PATTERNS.map((p) => ({ ...p, branches: undefined }));
    fc.assert(fc.property(STATUS_TEXTS, (text) => {
      const cues = (patterns: typeof STATUS_PATTERNS) => findCues(text, 0, text.length, patterns).map((c) => `${c.span.start}:${c.span.text}:${c.value}`);
      expect(cues(STATUS_PATTERNS)).toEqual(cues(whole));
    }), { numRuns: 500 });
  });
});

