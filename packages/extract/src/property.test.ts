import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordSchema, spansInBounds, type Document } from '@lagebild/schema';
import { extractEntities, extractRecord } from './index.js';
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
