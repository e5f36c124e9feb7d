import { describe, expect, it } from 'vitest';
import { extractContacts } from '../contacts/index.js';
import { splitSentences } from '../text/sentences.js';
import { scanText } from '../lexicon.js';
import { defaultResources } from '../resources.js';
import { extractDates } from './index.js';

// A Monday noon in winter time.
const PUBLISHED = new Date('2023-11-06T12:00:00+01:00');

function dates(text: string, published = PUBLISHED) {
  const blocked = extractContacts(text).map((c) => c.span);
  return extractDates(scanText(defaultResources(), text), splitSentences(text), published, blocked)
    .map((d) => ({ index: d.span.start, text: d.span.text, value: d.value, ...(d.end ? { end: d.end } : {}), implied: d.implied }));
}

function precisions(text: string): string[] {
  const blocked = extractContacts(text).map((c) => c.span);
  return extractDates(scanText(defaultResources(), text), splitSentences(text), PUBLISHED, blocked).map((d) => d.precision);
}

describe('dates with month names', () => {
  it('reads "Montag, 6. November" with the year implied', () => {
    expect(dates('Die Stelle öffnet am Montag, 6. November, wieder.')).toEqual([
      { index: 21, text: 'Montag, 6. November', value: '2023-11-06', implied: ['year'] },
    ]);
  });
  it('reads a date in parentheses after "in der Nacht zu Montag" as one date', () => {
    expect(dates('Der Angriff wurde in der Nacht zu Montag (30. Oktober) bemerkt.')).toEqual([
      { index: 42, text: '30. Oktober', value: '2023-10-30', implied: ['year'] },
    ]);
  });
  it('reads "seit Donnerstag, 2. November"', () => {
    expect(dates('Seit Donnerstag, 2. November, gilt ein Notbetrieb.')).toEqual([
      { index: 5, text: 'Donnerstag, 2. November', value: '2023-11-02', implied: ['year'] },
    ]);
  });
  it('reads "am Montagvormittag (6. November)"', () => {
    expect(dates('Neuigkeiten am Montagvormittag (6. November):')).toEqual([
      { index: 32, text: '6. November', value: '2023-11-06', implied: ['year'] },
    ]);
  });
  it('reads written years and ranges', () => {
    expect(dates('Geöffnet vom 2. bis 5. November 2023.')).toEqual([
      { index: 13, text: '2. bis 5. November 2023', value: '2023-11-02', end: '2023-11-05', implied: [] },
    ]);
  });
});

describe('numeric dates', () => {
  it('reads "30.10." without a year', () => {
    expect(dates('Am 30.10. fiel das Netz aus.')).toEqual([{ index: 3, text: '30.10.', value: '2023-10-30', implied: ['year'] }]);
  });
  it('reads a numeric range in parentheses and drops the weekday before it', () => {
    expect(dates('In der Nacht zu Montag (06.11.-07.11.) wurden Scheiben beschädigt.')).toEqual([
      { index: 24, text: '06.11.-07.11.', value: '2023-11-06', end: '2023-11-07', implied: ['year'] },
    ]);
  });
  it('takes the year that agrees with a named weekday', () => {
    // 9 March is a Monday in 2020; published early 2021 the closest year would be 2021 (a Tuesday).
    expect(dates('Am Montagabend (9. März) begann die Suche.', new Date('2021-01-20T10:00:00+01:00'))).toEqual([
      { index: 16, text: '9. März', value: '2020-03-09', implied: ['year'] },
    ]);
  });
  it('joins a date with the time that follows and keeps the Berlin offset', () => {
    expect(dates('Am 28.09.2025 gegen 22:00 Uhr krachte es.')).toEqual([
      { index: 3, text: '28.09.2025 gegen 22:00 Uhr', value: '2025-09-28T22:00:00+02:00', implied: [] },
    ]);
  });
  it('joins two full dates with "bis" into a range', () => {
    const found = dates('Tatzeit: Sonntag, 28.09.2025 um 10:45 Uhr bis Montag, 29.09.2025 gegen 04:00 Uhr.');
    expect(found).toEqual([{
      index: 9, text: 'Sonntag, 28.09.2025 um 10:45 Uhr bis Montag, 29.09.2025 gegen 04:00 Uhr',
      value: '2025-09-28T10:45:00+02:00', end: '2025-09-29T04:00:00+02:00', implied: [],
    }]);
  });
});

describe('weekdays and relative days', () => {
  it('resolves a weekday alone to the most recent such day on or before publication', () => {
    expect(dates('Am Mittwoch wurde eingebrochen.')).toEqual([
      { index: 3, text: 'Mittwoch', value: '2023-11-01', implied: ['year', 'month', 'day'] },
    ]);
    expect(dates('Am Montag fiel das Netz aus.')[0]?.value).toBe('2023-11-06');
    expect(dates('Am kommenden Montag öffnet es.')[0]?.value).toBe('2023-11-13');
    expect(dates('Am vergangenen Montag fiel es aus.')[0]?.value).toBe('2023-10-30');
  });
  it('reads the tense of the whole clause, however far the verb stands from the weekday', () => {
    // Published on a Monday: "am Mittwoch" in a present-tense state is the coming one, in the past tense the one before.
    expect(dates('Die Stadtverwaltung ist am Mittwoch wegen einer Personalversammlung ab elf Uhr geschlossen.')[0]).toMatchObject({ index: 27, text: 'Mittwoch', value: '2023-11-08' });
    expect(dates('Die Stadtverwaltung war am Mittwoch wegen einer Personalversammlung ab elf Uhr geschlossen.')[0]?.value).toBe('2023-11-01');
  });
  it('resolves "gestern" and "heute" against publication', () => {
    expect(dates('Gestern Abend brannte es, heute ist es ruhig.').map((d) => d.value)).toEqual(['2023-11-05', '2023-11-06']);
  });
  it('ignores recurring weekdays', () => {
    expect(dates('Das Amt ist jeden Montag und montags geschlossen.')).toEqual([]);
  });
});

describe('status times, month parts and ranges', () => {
  it('dates "Stand: 11 Uhr" on the publication day, with the day implied', () => {
    expect(dates('Stand: 11 Uhr. Das Amt bleibt zu.')).toEqual([
      { index: 0, text: 'Stand: 11 Uhr', value: '2023-11-06T11:00:00+01:00', implied: ['year', 'month', 'day'] },
    ]);
  });
  it('reads "bis voraussichtlich Ende November" with month precision (day implied)', () => {
    expect(dates('Das Amt bleibt bis voraussichtlich Ende November geschlossen.')).toEqual([
      { index: 35, text: 'Ende November', value: '2023-11-30', implied: ['year', 'day'] },
    ]);
    expect(precisions('Das Amt bleibt bis voraussichtlich Ende November geschlossen.')).toEqual(['month']);
  });
  it('gives every part of a month month precision, and a written day day precision', () => {
    expect(precisions('Anfang Dezember öffnet das Bürgerbüro, Mitte Januar 2024 das Standesamt.')).toEqual(['month', 'month']);
    expect(dates('Anfang Dezember öffnet das Bürgerbüro, Mitte Januar 2024 das Standesamt.').map((d) => [d.value, d.implied])).toEqual([
      ['2023-12-01', ['year', 'day']], ['2024-01-15', ['day']],
    ]);
    expect(precisions('Am 30. November um 9 Uhr öffnet das Amt.')).toEqual(['hour']);
    expect(precisions('Am 1. Dezember um 10:30 Uhr öffnet das Amt.')).toEqual(['minute']);
    expect(precisions('Das Amt bleibt bis zum 30. November geschlossen.')).toEqual(['day']);
  });
  it('reads "zwischen ... und ..." as a range', () => {
    expect(dates('Die Tat geschah zwischen Freitag, 3. November, und Samstag, 4. November.')).toEqual([
      { index: 25, text: 'Freitag, 3. November, und Samstag, 4. November', value: '2023-11-03', end: '2023-11-04', implied: ['year'] },
    ]);
  });
  it('reads a weekday after "ab" or "bis" forward from publication', () => {
    expect(dates('Ab Mittwoch ist das Amt wieder offen.').map((d) => d.value)).toEqual(['2023-11-08']);
    expect(dates('Am Mittwoch war das Amt zu.').map((d) => d.value)).toEqual(['2023-11-01']);
  });
  it('does not read a clock time after a month name as a two-digit year', () => {
    expect(dates('Vermisst seit dem 14. Oktober, 18 Uhr.').map((d) => [d.text, d.value])).toEqual([['14. Oktober, 18 Uhr', '2023-10-14T18:00:00+02:00']]);
    expect(dates('Geöffnet am 29. Juni, 6. und 14. Juli.').map((d) => d.value)).toEqual(['2023-06-29', '2023-07-14']);
  });
});

describe('what is not a date', () => {
  it('drops phone numbers', () => {
    expect(dates('Termine unter Tel. (02306) 104-2030 oder 0231/132-1234.')).toEqual([]);
  });
  it('drops times alone, bare years, case numbers and "so"/"Mo"', () => {
    expect(dates('Gegen 11 Uhr, um 13.10 Uhr. Im Jahr 2023 so viele. Mo bis Fr offen. Az. 12.10. Nr. 3.4.')).toEqual([]);
  });
  it('drops dates inside URLs and e-mail addresses', () => {
    expect(dates('Siehe https://beispiel.de/2023-11-06/meldung und termin-06.11.@beispiel.de.')).toEqual([]);
  });
  it('drops "am Morgen" and "jetzt"', () => {
    expect(dates('Am Morgen war es ruhig, jetzt nicht mehr.')).toEqual([]);
  });
});

describe('spans of days', () => {
  it('drops "in den vergangenen 14 Tagen" and keeps "vor zwei Tagen"', () => {
    expect(dates('In den vergangenen 14 Tagen war es zu.')).toEqual([]);
    expect(dates('Es fiel vor zwei Tagen aus.')).toEqual([{ index: 8, text: 'vor zwei Tagen', value: '2023-11-04', implied: [] }]);
  });
});

describe('days before abbreviated months and split sentences', () => {
  it('reads "6. Nov." (the lexicon knows full month names only)', () => {
    expect(dates('Am 6. Nov. war das Amt zu.')).toEqual([{ index: 3, text: '6. Nov.', value: '2023-11-06', implied: ['year'] }]);
  });
  it('reads "vom 6.-12. November", whose day period the sentence splitter takes for a sentence end', () => {
    expect(dates('Das Amt war vom 6.-12. November zu.')).toEqual([
      { index: 16, text: '6.-12. November', value: '2023-11-06', end: '2023-11-12', implied: ['year'] },
    ]);
  });
});

describe('weekdays before a list of days', () => {
  it('does not move the year of "Freitag, 19." in "Donnerstag und Freitag, 19. und 20. März" by the weekday', () => {
    const found = dates('Am Donnerstag und Freitag, 19. und 20. März, ist geschlossen.', new Date('2020-03-18T12:00:00+01:00')).map((d) => d.value);
    expect(found).not.toContain('2021-03-19');
    expect(found).toContain('2020-03-20');
  });
});

describe('numbers and weekdays that are no days', () => {
  it('drops a number over a short year ("JPR 11/23"), also inside another date\'s window', () => {
    expect(dates('Mitteilung vom 09.08.2023 - JPR 11/23) wurde eingestellt.').map((d) => d.text)).toEqual(['09.08.2023']);
  });
  it('drops the weekdays of a week\'s opening hours', () => {
    expect(dates('Die Ausländerbehörde ist Montag bis Freitag nur noch vormittags von 7.30 bis 12 Uhr geöffnet.')).toEqual([]);
    expect(dates('Es gelten die Öffnungszeiten (Montag, Dienstag und Donnerstag 7.30 bis 18 Uhr, Mittwoch und Freitagnachmittag geschlossen).')).toEqual([]);
  });
  it('keeps a weekday that is one day, also beside the word "Öffnungszeiten"', () => {
    expect(dates('Die Öffnungszeiten werden ab Montag geändert.').map((d) => d.value)).toEqual(['2023-11-06']);
    expect(dates('Außerhalb der Öffnungszeiten zwischen Samstagabend und Montagvormittag wurde eingebrochen.').map((d) => d.text)).toEqual(['Samstagabend', 'Montagvormittag']);
    expect(dates('Die Zulassungsstelle ist Montag bis Mittwoch geschlossen.').map((d) => d.text)).toEqual(['Montag bis Mittwoch']);
  });
});
