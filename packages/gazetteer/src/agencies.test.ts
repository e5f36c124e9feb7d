import { describe, expect, it } from 'vitest';
import { checkAgencyEntries, loadAgencyRegistry } from './agencies.js';
import { loadGazetteer } from './gazetteer.js';
import type { AgencyEntry } from './types.js';

const registry = loadAgencyRegistry();

describe('agency registry data', () => {
  it('is consistent', () => {
    expect(checkAgencyEntries(registry.agencies)).toEqual([]);
    expect(registry.source.length).toBeGreaterThan(20);
  });

  it('holds the authorities of the founding case under the ids the pipeline uses', () => {
    expect(registry.byId('polizei-dortmund')?.kind).toBe('police');
    expect(registry.byId('sta-koeln')?.kind).toBe('prosecutor');
    expect(registry.byId('zac-nrw')).toMatchObject({ kind: 'prosecutor', parent: 'sta-koeln' });
    expect(registry.byId('zit')).toMatchObject({ kind: 'prosecutor', parent: 'gsta-frankfurt' });
    expect(registry.byId('lzc-rlp')).toMatchObject({ parent: 'gsta-koblenz' });
    expect(registry.byId('bsi')?.abbreviations).toContain('BSI');
    expect(registry.byId('suedwestfalen-it')).toMatchObject({ kind: 'it-provider', abbreviations: ['SIT'] });
    for (const id of ['bka', 'europol', 'cert-nrw', 'lka-nrw', 'polizei-berlin', 'sta-berlin', 'kdn', 'regio-it', 'itk-rheinland', 'krz', 'civitec']) {
      expect(registry.byId(id), id).toBeDefined();
    }
  });

  it('has all eighteen Polizeipräsidien of North Rhine-Westphalia', () => {
    const pps = registry.agencies.filter((a) => a.name.startsWith('Polizeipräsidium ') && a.jurisdiction.every((j) => j.startsWith('05')));
    expect(pps.map((a) => a.name.slice('Polizeipräsidium '.length)).sort((x, y) => x.localeCompare(y, 'de'))).toEqual([
      'Aachen', 'Bielefeld', 'Bochum', 'Bonn', 'Dortmund', 'Duisburg', 'Düsseldorf', 'Essen', 'Gelsenkirchen', 'Hagen',
      'Hamm', 'Köln', 'Krefeld', 'Mönchengladbach', 'Münster', 'Oberhausen', 'Recklinghausen', 'Wuppertal',
    ]);
  });

  it('has every Staatsanwaltschaft (115) and Generalstaatsanwaltschaft (24) of the Länder, each with the page it was checked against', () => {
    const prosecutors = registry.agencies.filter((a) => a.kind === 'prosecutor');
    const offices = prosecutors.filter((a) => a.name.startsWith('Staatsanwaltschaft '));
    const general = prosecutors.filter((a) => /Generalstaatsanwalt/u.test(a.name));
    expect(offices).toHaveLength(115);
    expect(general).toHaveLength(24);
    const perLand = new Map<string, number>();
    for (const a of offices) perLand.set(a.jurisdiction[0]!.slice(0, 2), (perLand.get(a.jurisdiction[0]!.slice(0, 2)) ?? 0) + 1);
    // The seats per Land as the Länder's justice portals count them (Bayern 22, NRW 19, Baden-Württemberg 17, ...).
    expect(Object.fromEntries([...perLand].sort())).toEqual({
      '01': 4, '02': 1, '03': 11, '04': 1, '05': 19, '06': 9, '07': 8, '08': 17, '09': 22, '10': 1, '11': 1, '12': 4, '13': 4, '14': 5, '15': 4, '16': 4,
    });
    for (const a of [...offices, ...general]) expect(a.checkedAt, a.id).toMatch(/^https?:\/\//u);
    expect(registry.byId('sta-muenchen-ii')?.name).toBe('Staatsanwaltschaft München II');
  });

  it('names jurisdictions that exist in the gazetteer', () => {
    const g = loadGazetteer();
    const states = new Set(g.districts.map((d) => d.ags.slice(0, 2)));
    // A Regierungsbezirk exists where some Kreis's AGS starts with its three digits.
    const regions = new Set(g.districts.map((d) => d.ags.slice(0, 3)));
    for (const a of registry.agencies) {
      for (const j of a.jurisdiction) {
        const known = j.length === 2 ? states.has(j) : j.length === 3 ? regions.has(j) : j.length === 5 ? g.districtByAgs(j) : g.municipalityByAgs(j);
        expect(known, `${a.id} ${j}`).toBeTruthy();
      }
    }
  });
});

describe('checkAgencyEntries', () => {
  const base: AgencyEntry = { id: 'x', name: 'X', aliases: [], abbreviations: [], kind: 'police', jurisdiction: [], verified: true };
  it('reports duplicate ids, unknown parents, bad kinds and shared written forms', () => {
    const problems = checkAgencyEntries([
      base, { ...base, name: 'Y' }, { ...base, id: 'y', name: 'Y', parent: 'nope' },
      { ...base, id: 'z', name: 'Z', kind: 'church' as AgencyEntry['kind'] }, { ...base, id: 'w', name: 'W', jurisdiction: ['5'] },
    ]);
    expect(problems.some((p) => p.includes('duplicate id'))).toBe(true);
    expect(problems.some((p) => p.includes('parent "nope"'))).toBe(true);
    expect(problems.some((p) => p.includes('unknown kind'))).toBe(true);
    expect(problems.some((p) => p.includes('"Y" is also'))).toBe(true);
    expect(problems.some((p) => p.includes('no AGS prefix'))).toBe(true);
  });
  it('accepts a checked-at page only as an http(s) address', () => {
    expect(checkAgencyEntries([{ ...base, checkedAt: 'https://www.justiz.bayern.de/gerichte-und-behoerden/' }])).toEqual([]);
    expect(checkAgencyEntries([{ ...base, checkedAt: 'justiz.bayern.de' }])).toEqual(['x: checkedAt "justiz.bayern.de" is no http(s) address']);
  });
});
