import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.js';
import { scanText } from '../../lexicon.js';
import { defaultResources } from '../../resources.js';
import { extractDates } from '../index.js';

// A Tuesday noon in summer time.
const PUBLISHED = new Date('2024-08-13T12:00:00+02:00');

function dates(text: string) {
  return extractDates(scanText(defaultResources(), text), splitSentences(text), PUBLISHED, [])
    .map((d) => ({ index: d.span.start, text: d.span.text, value: d.value, ...(d.end ? { end: d.end } : {}) }));
}

describe('ranges of weekdays', () => {
  it('reads "von Samstag bis Montagabend" with the end after the start', () => {
    expect(dates('Die Seite war von Samstag bis Montagabend nicht erreichbar.')).toEqual([
      { index: 18, text: 'Samstag bis Montagabend', value: '2024-08-10', end: '2024-08-12' },
    ]);
  });
  it('reads "Freitag - Sonntag" in the past', () => {
    expect(dates('Gesperrt war die Halle Freitag - Sonntag.')).toEqual([
      { index: 23, text: 'Freitag - Sonntag', value: '2024-08-09', end: '2024-08-11' },
    ]);
  });
  it('drops weekly hours: "von Montag bis Freitag in der Zeit von 10:00 bis 16:00 Uhr"', () => {
    expect(dates('Anfragen nehmen wir von Montag bis Freitag in der Zeit von 10:00 bis 16:00 Uhr entgegen.')).toEqual([]);
    expect(dates('Erreichbar ist das Amt Montag bis Donnerstag, 8 - 12 Uhr.')).toEqual([]);
  });
});

describe('weekdays that are office hours', () => {
  it('drops "die Sprechzeit am Mittwoch" and "der Sprechstunden am Donnerstag"', () => {
    expect(dates('Die Sprechzeit am Mittwoch entfällt, ebenso die Einstellung der Sprechstunden am Donnerstag.')).toEqual([]);
  });
});

describe('weekdays ahead of publication', () => {
  it('reads a weekday with a verb of the future forward, today included', () => {
    expect(dates('Am Samstag wird die Straße gesperrt.')).toEqual([{ index: 3, text: 'Samstag', value: '2024-08-17' }]);
    expect(dates('Das Fest findet am Dienstag statt.')).toEqual([{ index: 19, text: 'Dienstag', value: '2024-08-13' }]);
  });
  it('reads a weekday after "spätestens" or "voraussichtlich" forward', () => {
    expect(dates('Spätestens am Montagmorgen sind alle Beschäftigten bei der Stadt wieder wie gewohnt erreichbar.').map((d) => [d.text, d.value]))
      .toEqual([['Montagmorgen', '2024-08-19']]);
    expect(dates('Voraussichtlich am Freitag öffnet das Bürgerbüro.').map((d) => [d.text, d.value])).toEqual([['Freitag', '2024-08-16']]);
  });
  it('keeps a weekday in the past where the verb is past', () => {
    expect(dates('Am Samstag wurde die Straße gesperrt.')).toEqual([{ index: 3, text: 'Samstag', value: '2024-08-10' }]);
  });
  it('merges a weekday with its date across "dem"', () => {
    expect(dates('Geöffnet ist am Donnerstag, dem 22. August, wie immer.').map((d) => [d.text, d.value])).toEqual([
      ['22. August', '2024-08-22'],
    ]);
  });
});

describe('weekdays that are weekly hours', () => {
  it('drops a weekday with a span of clock times after words of regular hours', () => {
    expect(dates('Die Öffnungszeiten sind Montag von 10 bis 18 Uhr und Dienstag bis Donnerstag von 8 bis 15 Uhr.')).toEqual([]);
    expect(dates('Die Öffnungszeiten sind Montag, Dienstag und Freitag von 8.30 bis 12 Uhr.')).toEqual([]);
  });
  it('keeps a single weekday with clock times elsewhere', () => {
    expect(dates('Das Amt war am Montag von 10 bis 12 Uhr geschlossen.').map((d) => d.value)).toEqual(['2024-08-12T10:00:00+02:00']);
  });
  it('reads "seit Montag" in the past whatever the verb', () => {
    expect(dates('Der Mann wird seit Montag vermisst.').map((d) => d.value)).toEqual(['2024-08-12']);
  });
  it('keeps "werden konnte" in the past', () => {
    expect(dates('Der Mann, der am Montag festgenommen werden konnte, schweigt.').map((d) => d.value)).toEqual(['2024-08-12']);
  });
});

describe('a forward weekday after a day ahead of publication', () => {
  it('counts "Ab Samstag" from the Friday the text spoke of', () => {
    expect(dates('Am Freitag, 23. August, bleibt das Amt zu. Ab Samstag gelten die üblichen Zeiten.').map((d) => [d.text, d.value])).toEqual([
      ['Freitag, 23. August', '2024-08-23'], ['Samstag', '2024-08-24'],
    ]);
  });
  it('counts "Ab Samstag" from publication without such a day', () => {
    expect(dates('Ab Samstag gelten die üblichen Zeiten.').map((d) => d.value)).toEqual(['2024-08-17']);
  });
});

describe('a weekday with a verb of a state to come', () => {
  it('reads "bleibt am Freitag geschlossen" and "öffnet am Montag wieder" forward from publication', () => {
    expect(dates('Das Bürgerbüro bleibt am Freitag geschlossen.').map((d) => d.value)).toEqual(['2024-08-16']);
    expect(dates('Die Bibliothek öffnet am Montag wieder.').map((d) => d.value)).toEqual(['2024-08-19']);
  });
  it('keeps a weekday in a past clause back from publication', () => {
    expect(dates('Das Bürgerbüro war am Freitag geschlossen.').map((d) => d.value)).toEqual(['2024-08-09']);
  });
});

describe('a weekday of a named week beside a written date of that weekday', () => {
  it('keeps "am vergangenen Dienstag" and "am kommenden Dienstag" in their weeks, not on the written Tuesday', () => {
    expect(dates('13.08.2024. Nach dem Ausfall am vergangenen Dienstag tagt der Rat am kommenden Dienstag.').map((d) => [d.text, d.value])).toEqual([
      ['13.08.2024', '2024-08-13'], ['Dienstag', '2024-08-06'], ['Dienstag', '2024-08-20'],
    ]);
  });
});

describe('a state in the present tense on a weekday', () => {
  it('reads "ist am Mittwoch geschlossen" and "hat am Mittwoch geöffnet" as the coming Wednesday', () => {
    expect(dates('Das Rathaus ist am Mittwoch geschlossen.').map((d) => d.value)).toEqual(['2024-08-14']);
    expect(dates('Das Bürgerbüro hat am Mittwoch geöffnet.').map((d) => d.value)).toEqual(['2024-08-14']);
  });
  it('keeps the past where the clause says so ("war", "worden")', () => {
    expect(dates('Das Rathaus war am Mittwoch geschlossen.').map((d) => d.value)).toEqual(['2024-08-07']);
    expect(dates('Das Rathaus ist am Mittwoch geschlossen worden.').map((d) => d.value)).toEqual(['2024-08-07']);
  });
});

describe('"jeweils" before a weekday', () => {
  it('reads "jeweils Dienstag von 8:30 bis 11:30" as a weekly schedule, no date', () => {
    expect(dates('Die Zweigstelle ist jeweils Dienstag von 08:30 bis 11:30 geöffnet.')).toEqual([]);
  });
});

describe('weekdays told by a date beside them', () => {
  it('reads a weekday right after a date of that weekday as that day, weeks before publication', () => {
    expect(dates('In der Nacht vom 11. auf den 12. Juli auf Freitag brannte es.').map((d) => [d.text, d.value]))
      .toEqual([['11.', '2024-07-11'], ['12. Juli', '2024-07-12'], ['Freitag', '2024-07-12']]);
  });
  it('reads "am darauffolgenden Samstag" as the first Saturday after the day spoken of last', () => {
    expect(dates('Am 12. Juli brannte es. Am darauffolgenden Samstag wurde der Mann festgenommen.').map((d) => [d.text, d.value]))
      .toEqual([['12. Juli', '2024-07-12'], ['Samstag', '2024-07-13']]);
  });
});

describe('other verbs in the present tense on a weekday (fifth day)', () => {
  it('reads "müssen … am Dienstag", "stehen … im Kalender", "macht am Montag wieder auf", "lesen Sie am Mittwoch" forward', () => {
    expect(dates('Bürger müssen auch am Donnerstag mit Wartezeiten rechnen.').map((d) => d.value)).toEqual(['2024-08-15']);
    expect(dates('Freitag und Sonnabend aber stehen Trauungen im Kalender.').map((d) => d.value)).toEqual(['2024-08-16', '2024-08-17']);
    expect(dates('Ob sie am Montag wieder auf macht, steht noch nicht fest.').map((d) => d.value)).toEqual(['2024-08-19']);
    expect(dates('Mehr dazu lesen Sie am Mittwoch in der Zeitung.').map((d) => d.value)).toEqual(['2024-08-14']);
  });
  it('keeps the perfect tense in the past: "hat am Montag … gebracht"', () => {
    expect(dates('Das Sturmtief hat am Montag Bäume zu Fall gebracht.').map((d) => d.value)).toEqual(['2024-08-12']);
    expect(dates('Am Montag kam es zu einem Unfall.').map((d) => d.value)).toEqual(['2024-08-12']);
  });
});

describe('"soll" ahead, "bis einschließlich" (sixth day)', () => {
  it('reads "sollen … am Freitag wieder funktionieren" and "soll Samstag … vorgeführt werden" forward, "soll … geschlagen haben" back', () => {
    expect(dates('Am Freitag sollen die Rechner wieder funktionieren.').map((d) => d.value)).toEqual(['2024-08-16']);
    expect(dates('Der Vierte soll Samstag einem Haftrichter vorgeführt werden.').map((d) => d.value)).toEqual(['2024-08-17']);
    expect(dates('Er soll am Montag einen Mann geschlagen haben.').map((d) => d.value)).toEqual(['2024-08-12']);
  });
  it('reads "bis einschließlich Freitag" forward', () => {
    expect(dates('Die Verwaltung ist bis einschließlich Freitag nur telefonisch erreichbar.').map((d) => d.value)).toEqual(['2024-08-16']);
  });
});
