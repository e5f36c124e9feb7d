import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { scanText } from '../../lexicon.js';
import { defaultResources } from '../../resources.js';
import { extractDates } from '../index.js';

const PUBLISHED = new Date('2024-05-22T12:00:00+02:00');

function dates(text: string, published: Date | null = PUBLISHED) {
  return extractDates(scanText(defaultResources(), text), splitSentences(text), published ?? undefined, [])
    .map((d) => ({ index: d.span.start, text: d.span.text, value: d.value, ...(d.end ? { end: d.end } : {}), implied: d.implied }));
}

describe('lists of days sharing a month', () => {
  it('reads "Am 10. und 11. Juni" as two days', () => {
    expect(dates('Am 10. und 11. Juni bleibt das Bürgerbüro zu.')).toEqual([
      { index: 3, text: '10.', value: '2024-06-10', implied: ['year'] },
      { index: 11, text: '11. Juni', value: '2024-06-11', implied: ['year'] },
    ]);
  });
  it('takes the written year of the last day, also without a publication instant', () => {
    expect(dates('Wer am 28. und 30. September 2019 einen Antrag stellte, muss ihn erneuern.', null)).toEqual([
      { index: 7, text: '28.', value: '2019-09-28', implied: [] },
      { index: 15, text: '30. September 2019', value: '2019-09-30', implied: [] },
    ]);
  });
  it('reads the start of a range whose end is numeric: "vom 15. bis 17.11.2023", "15.-17.11.2023"', () => {
    expect(dates('Am Wochenende (15. bis 17.11.2023) wurden 30 Einbrüche gemeldet.')).toEqual([
      { index: 15, text: '15. bis 17.11.2023', value: '2023-11-15', end: '2023-11-17', implied: [] },
    ]);
    expect(dates('Vom 15.-17.11.2023 blieb das Amt zu.').map((d) => [d.value, d.end])).toEqual([['2023-11-15', '2023-11-17']]);
    expect(dates('Vom 15.-17.11. bleibt das Amt zu.').map((d) => [d.value, d.end])).toEqual([['2024-11-15', '2024-11-17']]);
    expect(dates('Az. 12-17.11. liegt vor.')).toEqual([]);
    expect(dates('Von Montag, den 2. bis Mittwoch, den 4. Dezember 2019 ist das Amt zu.').map((d) => [d.value, d.end])).toEqual([['2019-12-02', '2019-12-04']]);
  });
  it('reads longer lists with commas and "oder"', () => {
    expect(dates('Termine gibt es am 3., 10. oder 17. Juni.').map((d) => d.value)).toEqual(['2024-06-03', '2024-06-10', '2024-06-17']);
  });
  it('reads no list without a month name', () => {
    expect(dates('Die 2. und 3. Klasse fällt aus.')).toEqual([]);
  });
});

describe('more lists of days', () => {
  it('reads "1./2. Juli" and "6. sowie am 8. Juni"', () => {
    expect(dates('Am 1./2. Juli und am 6. sowie am 8. Juni ist zu.').map((d) => [d.index, d.text, d.value])).toEqual([
      [3, '1.', '2024-07-01'], [6, '2. Juli', '2024-07-02'], [21, '6.', '2024-06-06'], [33, '8. Juni', '2024-06-08'],
    ]);
  });
  it('reads a list ending in a numeric date: "am 6., 7. und 8.11."', () => {
    expect(dates('Termine am 6., 7. und 8.11.2023 entfallen.').map((d) => [d.index, d.text, d.value, d.implied])).toEqual([
      [11, '6.', '2023-11-06', []], [15, '7.', '2023-11-07', []], [22, '8.11.2023', '2023-11-08', []],
    ]);
  });
  it('reads a list with an abbreviated month: "3. und 4. Okt."', () => {
    expect(dates('Am 3. und 4. Okt. ist zu.').map((d) => [d.text, d.value])).toEqual([['3.', '2024-10-03'], ['4. Okt.', '2024-10-04']]);
  });
});

describe('the night across two days', () => {
  it('reads "in der Nacht vom 17. auf den 18. Mai" and "vom 4. zum 5.5.2024" as both days', () => {
    expect(dates('In der Nacht vom 17. auf den 18. Mai brachen Unbekannte ein.').map((d) => [d.index, d.text, d.value])).toEqual([
      [17, '17.', '2024-05-17'], [29, '18. Mai', '2024-05-18'],
    ]);
    expect(dates('In der Nacht vom 4. zum 5.5.2024 wurde ein Auto gestohlen.').map((d) => d.value)).toEqual(['2024-05-04', '2024-05-05']);
  });
  it('reads "in der Nacht zum 18. Mai" as one day', () => {
    expect(dates('In der Nacht zum 18. Mai brachen Unbekannte ein.').map((d) => d.value)).toEqual(['2024-05-18']);
  });
});

describe('lists and ranges read on the fifth day', () => {
  it('reads a day before a range sharing its month ("24. sowie 27. bis 30. Dezember 2022")', () => {
    expect(dates('An den Brückentagen – 24. sowie 27. bis 30. Dezember 2022 – haben die Dienststellen zu.').map((d) => [d.text, d.value, d.end])).toEqual([
      ['24.', '2022-12-24', undefined], ['27. bis 30. Dezember 2022', '2022-12-27', '2022-12-30'],
    ]);
  });
  it('reads "Vom 20. bis mindestens 24. Juni" with the first day', () => {
    expect(dates('Vom 20. bis mindestens 24. Juni werden die Bürgerbüros geschlossen.').map((d) => d.value)).toEqual(['2024-06-20', '2024-06-24']);
  });
  it('reads a month in the genitive: "vom Abend des 23. Dezembers bis einschließlich 1. Januar 2023"', () => {
    expect(dates('Die Heizung bleibt vom Abend des 23. Dezembers bis einschließlich 1. Januar 2023 aus.', null).map((d) => [d.value, d.end])).toEqual([['2022-12-23', '2023-01-01']]);
  });
});
