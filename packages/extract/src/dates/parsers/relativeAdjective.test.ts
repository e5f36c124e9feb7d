import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { scanText } from '../../lexicon.js';
import { defaultResources } from '../../resources.js';
import { extractDates } from '../index.js';

// A Wednesday noon in winter time.
const PUBLISHED = new Date('2025-03-26T12:00:00+01:00');

function dates(text: string, published: Date | null = PUBLISHED) {
  return extractDates(scanText(defaultResources(), text), splitSentences(text), published ?? undefined, [])
    .map((d) => ({ index: d.span.start, text: d.span.text, value: d.value }));
}

describe('days named by an adjective', () => {
  it('reads "am heutigen Mittwoch", "der morgige Donnerstag", "am gestrigen Abend"', () => {
    expect(dates('Am heutigen Mittwoch ist zu, der morgige Donnerstag auch. Am gestrigen Abend brannte es.')).toEqual([
      { index: 3, text: 'heutigen Mittwoch', value: '2025-03-26' },
      { index: 33, text: 'morgige Donnerstag', value: '2025-03-27' },
      { index: 61, text: 'gestrigen Abend', value: '2025-03-25' },
    ]);
  });

  it('reads "gestrig" and "morgig" before any noun: they date whatever they describe', () => {
    expect(dates('Bei der gestrigen Kontrolle fiel es auf, die morgige Sitzung fällt aus.')).toEqual([
      { index: 8, text: 'gestrigen Kontrolle', value: '2025-03-25' },
      { index: 45, text: 'morgige Sitzung', value: '2025-03-27' },
    ]);
  });
  it('reads nothing from "die ewig Gestrigen"', () => {
    expect(dates('Die ewig Gestrigen sind wieder da.')).toEqual([]);
  });
  it('reads nothing from an adjective before another noun', () => {
    expect(dates('Die heutigen Zahlen sind gut.')).toEqual([]);
  });
  it('emits nothing without a publication instant', () => {
    expect(dates('Am heutigen Mittwoch ist zu.', null)).toEqual([]);
  });
});
