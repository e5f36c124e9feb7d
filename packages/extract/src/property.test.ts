import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordSchema, spansInBounds, type Document } from '@lagebild/schema';
import { extractEntities, extractRecord, splitSections } from './index.js';
import { FRAGMENTS } from './test-support/fragments.js';

function documentOf(text: string, publishedAt: string): Document {
  return { id: 'p', sourceId: 's', url: 'http://127.0.0.1/p', title: '', publishedAt, fetchedAt: publishedAt, text, contentHash: 'h' };
}

const publishedAt = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().replace('Z', '+00:00'));

function check(text: string, published: string): void {
  const record = extractRecord(documentOf(text, published));
  expect(spansInBounds(record)).toEqual([]);
  const parsed = RecordSchema.safeParse(record);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
}

describe('extractEntities on arbitrary input', () => {
  it('never throws and keeps every span in bounds for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), publishedAt, (text, published) => check(text, published)), { numRuns: 300 });
  });
  it('handles any Unicode, including lone surrogates', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => check(text, '2023-11-06T12:00:00+01:00')), { numRuns: 200 });
  });
  it('handles random concatenations of German release fragments', () => {
    const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fragmentText, publishedAt, (text, published) => check(text, published)), { numRuns: 300 });
  });
  it('rejects a publication time that is not a date', () => {
    expect(() => extractEntities('Text', { publishedAt: 'gestern' })).toThrow(RangeError);
  });
});

describe('splitSections on arbitrary input', () => {
  const ordered = (text: string, bodyStart: number): void => {
    const sections = splitSections(text, { bodyStart, places: [{ start: 0, end: Math.min(3, text.length) }] });
    let at = 0;
    for (const s of sections) {
      expect(s.start).toBeGreaterThanOrEqual(Math.max(at, 0));
      expect(s.start).toBeLessThanOrEqual(s.titleStart);
      expect(s.titleStart).toBeLessThanOrEqual(s.titleEnd);
      expect(s.titleEnd).toBeLessThanOrEqual(s.end);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeGreaterThanOrEqual(bodyStart);
      at = s.end + 1;
    }
    if (sections.length === 1) throw new Error('a single section is never returned');
  };
  it('never throws; sections are in bounds, ordered and non-overlapping, for fragments with section marks', () => {
    const marks = ['\n1. Einbruch in Werne\n', '\n2. Diebstahl in Unna\n', '\n\nPOL-DO: Unfall\n', '\n\nBrennende Hecke\n', '\n\nCottbus: ', '\n\nRückfragen bitte an:\n', '\n\n'];
    const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...marks)), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.nat(40), (t, b) => ordered(t, Math.min(b, t.length))), { numRuns: 300 });
  });
  it('never throws for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(20), (t, b) => ordered(t, b > t.length ? 0 : b)), { numRuns: 300 });
  });
  it('keeps every report of a record inside its span (spansInBounds covers reports)', () => {
    const marks = ['\n1. Einbruch in Werne\n', '\n2. Diebstahl in Unna\n', '\n\nWerne - Einbruch in Kiosk\n', '\n\nKamen - Unfall\n'];
    const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...marks)), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(text, publishedAt, (t, published) => check(t, published)), { numRuns: 100 });
  });
});
