import { extractRecord } from '@lagebild/extract';
import { describe, expect, it } from 'vitest';
import { WARM_UP_DOCUMENT, warmUpExtraction } from './extract-stage.js';

describe('warmUpExtraction', () => {
  it('runs a document through which every extractor finds something, so every lazy index is built', () => {
    expect(warmUpExtraction()).toBeGreaterThanOrEqual(0);
    const { entities } = extractRecord(WARM_UP_DOCUMENT);
    expect(entities.municipalities.map((m) => m.name)).toContain('Kamen');
    expect(entities.districts.length).toBeGreaterThan(0);
    expect(entities.agencies.length).toBeGreaterThan(0);
    expect(entities.dates.length).toBeGreaterThan(0);
    expect(entities.serviceImpacts.length).toBeGreaterThan(0);
    expect(entities.contacts.length).toBeGreaterThan(0);
  });
});
