import { describe, expect, it } from 'vitest';
import { extractEntities } from './index.js';
import { releaseText } from './test-support/fragments.js';

describe('speed', () => {
  it('extracts a 2,000-character release in well under a second once indexes are built', () => {
    const text = releaseText(2000);
    expect(text).toHaveLength(2000);
    extractEntities(text, { publishedAt: '2023-11-06T12:00:00+01:00' }); // builds the name indexes once
    const runs = 10;
    const started = performance.now();
    for (let i = 0; i < runs; i++) extractEntities(text, { publishedAt: '2023-11-06T12:00:00+01:00' });
    const perText = (performance.now() - started) / runs;
    expect(perText).toBeLessThan(250);
  });
});
