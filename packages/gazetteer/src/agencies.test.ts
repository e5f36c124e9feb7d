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

  it('names jurisdictions that exist in the gazetteer', () => {
    const g = loadGazetteer();
    const states = new Set(g.districts.map((d) => d.ags.slice(0, 2)));
    for (const a of registry.agencies) {
      for (const j of a.jurisdiction) {
        const known = j.length === 2 ? states.has(j) : j.length === 5 ? g.districtByAgs(j) : g.municipalityByAgs(j);
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
});
