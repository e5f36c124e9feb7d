import { loadGazetteer } from '@lagebild/gazetteer';
import { describe, expect, it } from 'vitest';
import { loadAgencyRegistry } from '@lagebild/gazetteer';
import { agencyNameKey, corpusContext, corpusRelease, CorpusPlaces, publishedInstant } from './corpus.js';

describe('gold names as keys', () => {
  it('gives one key to a body written with its Land\'s adjective or its Land\'s name', () => {
    expect(agencyNameKey('Saarländisches Innenministerium')).toBe(agencyNameKey('Innenministerium Saarland'));
    expect(agencyNameKey('Bayerisches Landesamt für Statistik')).toBe(agencyNameKey('Landesamt für Statistik Bayern'));
    expect(agencyNameKey('Verfassungsgerichtshof des Landes Berlin')).toBe(agencyNameKey('Verfassungsgerichtshof Berlin'));
    expect(agencyNameKey('Der Senator für Inneres und Sport')).toBe(agencyNameKey('Senator für Inneres und Sport'));
    expect(agencyNameKey('PI Ochsenfurt')).toBe(agencyNameKey('Polizeiinspektion Ochsenfurt'));
    expect(agencyNameKey('Kripo Augsburg')).toBe(agencyNameKey('Kriminalpolizeiinspektion Augsburg'));
    expect(agencyNameKey('Kriminalpolizei Würzburg')).toBe(agencyNameKey('Kriminalpolizeiinspektion Würzburg'));
    expect(agencyNameKey('Innenministerium Saarland')).not.toBe(agencyNameKey('Innenministerium Sachsen'));
  });
  it('resolves place names with written-out or unspaced qualifiers', () => {
    const places = new CorpusPlaces(loadGazetteer());
    expect(places.municipality('Neuburg an der Donau', '09')).toBe('09185149');
    expect(places.district('Landkreis Neumarkt i.d.OPf.', '09')).toBe('09373');
    expect(places.municipality('Nirgendwo am See', '09')).toBe('?Nirgendwo am See');
    // An exact official name wins over another town's base name.
    expect(places.municipality('Freiberg', undefined)).toBe('14522180');
    // A town's title before its name, "in Sachsen" for "i. Sa.".
    expect(places.municipality('Lutherstadt Wittenberg', '15')).toBe('15091375');
    expect(places.municipality('Neustadt in Sachsen', '14')).toBe('14628260');
    // A qualifier the gold adds picks the homonym without another qualifier of its own.
    expect(places.municipality('Lauterbach (Schwarzwald)', undefined)).toBe('08325036');
  });
});

describe('gold impacts', () => {
  it('keeps the day an annotator gives for a state, and gives none where the gold has none', () => {
    const gold = {
      municipalities: ['Werne'], districts: [], agencies: [], dates: [], notes: '',
      service_impacts: [
        { place_kind: 'municipality', place_name: 'Werne', service_key: 'civil-registry', status_key: 'outage', as_of: '2023-11-02' },
        { place_kind: 'municipality', place_name: 'Werne', service_key: 'library', status_key: 'operational', as_of: null },
      ],
    };
    const release = corpusRelease({ id: 'x', text: 'Werne' }, gold, loadGazetteer(), loadAgencyRegistry());
    expect(release.gold.serviceImpacts).toEqual([
      { place: '05978040', service: 'civil-registry', status: 'outage', asOf: '2023-11-02' },
      { place: '05978040', service: 'library', status: 'operational' },
    ]);
  });
});

describe('gold towns with homonyms', () => {
  it('reads a homonym beside the districts of the gold\'s unambiguous towns', () => {
    const gold = { municipalities: ['Saarburg', 'Mannebach', 'Palzem'], districts: [], agencies: [], dates: [], service_impacts: [], notes: '' };
    const release = corpusRelease({ id: 'x', text: 'In Saarburg, Mannebach und Palzem.' }, gold, loadGazetteer(), loadAgencyRegistry());
    // Mannebach in the Landkreis Trier-Saarburg (07235), as Saarburg and Palzem, not Mannebach in the Vulkaneifel (07233).
    expect(release.gold.municipalities.map((m) => m.ags)).toEqual(['07235118', '07235082', '07235104']);
  });
});

describe('a corpus document\'s publication date', () => {
  it('takes a day alone at noon in Berlin and a full timestamp as written', () => {
    expect(publishedInstant('2021-03-04')).toBe('2021-03-04T12:00:00+01:00');
    expect(publishedInstant('2020-05-14T13:39:00+02:00')).toBe('2020-05-14T13:39:00+02:00');
  });
});

describe('a corpus document\'s publisher as its jurisdiction', () => {
  const gazetteer = loadGazetteer();
  const doc = (publisher: string, kind: string) => ({ id: 'x', source_url: '', publisher, publisher_kind: kind, published: null, title: null, text: '' });
  it('reads a city publisher by its name, and a body named without its place by the place in parentheses', () => {
    expect(corpusContext(doc('Stadt Marl', 'city'), gazetteer)).toEqual({ jurisdiction: '05562024' });
    expect(corpusContext(doc('Bezirksamt Reinickendorf (Berlin)', 'city'), gazetteer)).toEqual({ jurisdiction: '11000000' });
    expect(corpusContext(doc('Westdeutsche Zeitung (wz.de)', 'news'), gazetteer)).toEqual({});
  });
});
