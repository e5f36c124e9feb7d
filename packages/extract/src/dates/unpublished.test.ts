import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractContacts } from '../contacts/index.js';
import { splitSentences } from '../text/sentences.js';
import { scanText } from '../lexicon.js';
import { defaultResources } from '../resources.js';
import { extractDates } from './index.js';

/** Dates of a text without a publication instant. */
function dates(text: string) {
  const blocked = extractContacts(text).map((c) => c.span);
  return extractDates(scanText(defaultResources(), text), splitSentences(text), undefined, blocked)
    .map((d) => ({ index: d.span.start, text: d.span.text, value: d.value, ...(d.end ? { end: d.end } : {}), implied: d.implied }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('dates without a publication instant', () => {
  it('resolves a year-less date against the latest date with a written year', () => {
    expect(dates('Der Antrag vom 12.03.2022 wurde am 4. Februar beschieden.')).toEqual([
      { index: 15, text: '12.03.2022', value: '2022-03-12', implied: [] },
      { index: 35, text: '4. Februar', value: '2022-02-04', implied: ['year'] },
    ]);
  });
  it('emits no year-less date where no year is written', () => {
    expect(dates('Am 4. Februar und am 30.10. blieb das Amt zu.')).toEqual([]);
  });
  it('takes the written year of a range\'s end as the reference, for the range\'s own start too', () => {
    expect(dates('Vom 27. Oktober bis einschließlich 7. November 2025 gibt es Einschränkungen, am 3. November auch.')).toEqual([
      { index: 4, text: '27. Oktober bis einschließlich 7. November 2025', value: '2025-10-27', implied: ['year'], end: '2025-11-07' },
      { index: 80, text: '3. November', value: '2025-11-03', implied: ['year'] },
    ]);
  });
  it('takes no month as the reference: "Ende Mai 2019" is no calendar date (guide §3)', () => {
    expect(dates('Am 27. und 28. Dezember ist das Standesamt zu, der Umbau dauert bis Ende Mai 2019.')
      .filter((d) => !d.implied.includes('day'))).toEqual([]);
  });
  it('still emits no year-less date where no year is written (range case)', () => {
    expect(dates('Am 4. Februar und am 30.10. blieb das Amt zu.')).toEqual([]);
  });
  it('drops days counted from "today": "heute", "gestern", a weekday alone, "vor zwei Tagen"', () => {
    expect(dates('Am 7. Mai 2024 fiel das Netz aus. Gestern Abend und heute war es ruhig, am Mittwoch auch, vor zwei Tagen nicht.')).toEqual([
      { index: 3, text: '7. Mai 2024', value: '2024-05-07', implied: [] },
    ]);
  });
  it('does not take "heute" as the latest written date', () => {
    expect(dates('Heute ist das Amt zu, am Montag öffnet es wieder.')).toEqual([]);
  });
  it('keeps a weekday alone that names a written date of the text', () => {
    expect(dates('Am Dienstag, 7. Mai 2024, schließt das Amt. Am Dienstag ist es zu.')).toEqual([
      { index: 3, text: 'Dienstag, 7. Mai 2024', value: '2024-05-07', implied: [] },
      { index: 47, text: 'Dienstag', value: '2024-05-07', implied: [] },
    ]);
  });
  it('gives the same result whatever the machine clock says', () => {
    const text = 'Seit dem 23. September 2019 und bis 8. Oktober ist geschlossen; am Montag, 30.09., heute und gestern auch.';
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-06-15T08:00:00Z'));
    const first = dates(text);
    vi.setSystemTime(new Date('1999-12-31T23:30:00Z'));
    const second = dates(text);
    expect(second).toEqual(first);
    expect(first.map((d) => d.value)).toEqual(['2019-09-23', '2019-10-08', '2019-09-30']);
  });
});

describe('a weekday beside a year-less date without a publication instant', () => {
  it('keeps the nearest occurrence to the reference (the guide fixes it), not the year the weekday fits', () => {
    // 10 May is a Friday in 2024, a Wednesday in 2023; the reference is 3 July 2023.
    expect(dates('Am Freitag, 10. Mai, ist zu. Stand 03.07.2023').map((d) => [d.text, d.value])).toEqual([
      ['Freitag, 10. Mai', '2023-05-10'], ['03.07.2023', '2023-07-03'],
    ]);
  });
});
