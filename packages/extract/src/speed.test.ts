import { describe, expect, it } from 'vitest';
import { chronoCalls, extractEntities } from './index.js';
import { releaseText } from './test-support/fragments.js';

// Work is bounded by structure, not by the clock (speed itself is measured by test/bench/extraction-child.ts):
// chrono runs at most once per document, and not at all without a date candidate.
describe('bounded work', () => {
  const context = { publishedAt: '2023-11-06T12:00:00+01:00' };

  it('runs chrono once for a 2,000-character release with many date candidates', () => {
    const text = releaseText(2000);
    expect(text).toHaveLength(2000);
    const before = chronoCalls();
    const dates = extractEntities(text, context).dates;
    expect(dates.length).toBeGreaterThan(3);
    expect(chronoCalls() - before).toBe(1);
  });

  it('does not run chrono on a text without date candidates', () => {
    const before = chronoCalls();
    const text = 'Die Stadt Werne meldet Ausfälle im Standesamt. Die 32. Einsatzhundertschaft half um 11 Uhr, Tel. 0231 132-9901.\n\n'.repeat(20);
    expect(extractEntities(text, context).dates).toEqual([]);
    expect(chronoCalls()).toBe(before);
  });
});
