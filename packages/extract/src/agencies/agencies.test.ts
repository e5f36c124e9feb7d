import { describe, expect, it } from 'vitest';
import { defaultResources } from '../resources.js';
import { scanText } from '../lexicon.js';
import { extractAgencies as extractWith, resolveGenericAgencies as resolveWith, type GenericAgencyMention } from './index.js';

const extractAgencies = (text: string) => extractWith(defaultResources(), scanText(defaultResources(), text));
const resolveGenericAgencies = (text: string, generic: readonly GenericAgencyMention[], state: string | undefined) => resolveWith(defaultResources(), text, generic, state);

const found = (text: string) => extractAgencies(text).agencies.map((a) => ({ index: a.span.start, text: a.span.text, id: a.id }));

describe('registry names and aliases', () => {
  it('finds the longest form once', () => {
    expect(found('Das Polizeipräsidium Dortmund ermittelt.')).toEqual([{ index: 4, text: 'Polizeipräsidium Dortmund', id: 'polizei-dortmund' }]);
  });
  it('knows aliases, adjective forms and genitives', () => {
    expect(found('Laut Polizei Dortmund und der Dortmunder Polizei sowie des Polizeipräsidiums Hagen')).toEqual([
      { index: 5, text: 'Polizei Dortmund', id: 'polizei-dortmund' },
      { index: 30, text: 'Dortmunder Polizei', id: 'polizei-dortmund' },
      { index: 59, text: 'Polizeipräsidiums Hagen', id: 'polizei-hagen' },
    ]);
  });
  it('finds the BSI by its full name in the genitive and by abbreviation', () => {
    expect(found('Hilfe des Bundesamtes für Sicherheit in der Informationstechnik (BSI).')).toEqual([
      { index: 10, text: 'Bundesamtes für Sicherheit in der Informationstechnik', id: 'bsi' },
      { index: 65, text: 'BSI', id: 'bsi' },
    ]);
  });
  it('matches abbreviations case-sensitively and only as words', () => {
    expect(found('Die SIT und die SIT-Anwendungen, nicht aber SITZUNG, Sitte oder sit.')).toEqual([
      { index: 4, text: 'SIT', id: 'suedwestfalen-it' },
      { index: 16, text: 'SIT', id: 'suedwestfalen-it' },
    ]);
  });
  it('finds ZAC NRW at the Staatsanwaltschaft Köln', () => {
    expect(found('die bei der Staatsanwaltschaft Köln angesiedelte ZAC NRW')).toEqual([
      { index: 12, text: 'Staatsanwaltschaft Köln', id: 'sta-koeln' },
      { index: 49, text: 'ZAC NRW', id: 'zac-nrw' },
    ]);
  });
});

describe('designator patterns', () => {
  it('folds units into their registry authority', () => {
    expect(found('Die Autobahnpolizei Bielefeld meldet')).toEqual([{ index: 4, text: 'Autobahnpolizei Bielefeld', id: 'polizei-bielefeld' }]);
  });
  it('gives authorities outside the registry an unknown id', () => {
    const result = extractAgencies('Die Polizei Hildesheim und die Staatsanwaltschaft Ulm sowie das Amtsgericht Hagen.').agencies;
    expect(result.map((a) => [a.span.text, a.id, a.kind])).toEqual([
      ['Polizei Hildesheim', 'unknown-polizei-hildesheim', 'police'],
      ['Staatsanwaltschaft Ulm', 'unknown-staatsanwaltschaft-ulm', 'prosecutor'],
      ['Amtsgericht Hagen', 'unknown-amtsgericht-hagen', 'court'],
    ]);
    expect(result[0]!.confidence).toBeLessThan(0.7);
  });
  it('keeps courts of different instances apart', () => {
    expect(found('Das Landgericht Köln und das Amtsgericht Köln')).toEqual([
      { index: 4, text: 'Landgericht Köln', id: 'lg-koeln' },
      { index: 29, text: 'Amtsgericht Köln', id: 'unknown-amtsgericht-koeln' },
    ]);
  });
  it('folds units of federal and state police into their authority', () => {
    expect(found('Die Bundespolizeiinspektion Dresden und die Kriminalpolizei Ludwigshafen')).toEqual([
      { index: 4, text: 'Bundespolizeiinspektion Dresden', id: 'bundespolizei' },
      { index: 44, text: 'Kriminalpolizei Ludwigshafen', id: 'polizei-rheinpfalz' },
    ]);
  });
  it('needs a place after the designator', () => {
    expect(found('Die Polizei Hinweise und die Staatsanwaltschaft Ermittlungen')).toEqual([]);
  });
  it('keeps qualified names together', () => {
    expect(found('Polizeiinspektion Halle (Saale) meldet')).toEqual([{ index: 0, text: 'Polizeiinspektion Halle (Saale)', id: 'polizei-halle' }]);
  });
});

describe('generic Landeskriminalamt', () => {
  it('resolves to the state LKA when the state is known', () => {
    const text = 'Der Staatsschutz des Landeskriminalamtes ermittelt.';
    const { agencies, generic } = extractAgencies(text);
    expect(agencies).toEqual([]);
    expect(resolveGenericAgencies(text, generic, '11').map((a) => [a.span.text, a.id])).toEqual([['Landeskriminalamtes', 'lka-berlin']]);
    expect(resolveGenericAgencies(text, generic, undefined)).toEqual([]);
  });
  it('prefers the named state', () => {
    expect(found('Beamte des Landeskriminalamts Brandenburg')).toEqual([{ index: 11, text: 'Landeskriminalamts Brandenburg', id: 'lka-brandenburg' }]);
  });
});

describe('authorities of the issue cases', () => {
  it('reads presseportal codes and folds units into the authority of the document\'s state', () => {
    expect(found('POL-PDNW: Taschendiebe. POL-F: Schockanruf. POL-HL: Badeunfall.').map((a) => a.id)).toEqual(['polizei-rheinpfalz', 'polizei-frankfurt', 'polizei-luebeck']);
    const units = extractWith(defaultResources(), scanText(defaultResources(), 'Die Polizeiinspektion Neunkirchen ermittelt.'), '10').agencies;
    expect(units.map((a) => a.id)).toEqual(['polizei-saarland']);
    const unknown = extractWith(defaultResources(), scanText(defaultResources(), 'Die Polizeiinspektion Neunkirchen ermittelt.')).agencies;
    expect(unknown.map((a) => a.id)).toEqual(['unknown-polizei-neunkirchen']);
  });
  it('keeps a longer registry name over a shorter alias ("Staatsanwaltschaft Frankfurt (Oder)")', () => {
    expect(found('Die Staatsanwaltschaft Frankfurt (Oder) prüft.')).toEqual([{ index: 4, text: 'Staatsanwaltschaft Frankfurt (Oder)', id: 'sta-frankfurt-oder' }]);
  });
});
