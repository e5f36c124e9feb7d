import { describe, expect, it } from 'vitest';
import { buildGazetteer, districtLabel, loadGazetteer } from './gazetteer.js';
import { baseName, nameVariants } from './names.js';

describe('gazetteer data (BKG VG250)', () => {
  const g = loadGazetteer();
  it('holds every German municipality with a district and a state', () => {
    expect(g.municipalities.length).toBeGreaterThan(10_900);
    expect(g.districts.length).toBe(402);
    expect(g.municipalityByAgs('05978040')).toMatchObject({ name: 'Werne', district: { ags: '05978', name: 'Kreis Unna' }, state: 'NW' });
    expect(g.municipalityByAgs('05978024')).toMatchObject({ name: 'Lünen', state: 'NW' });
    expect(g.municipalityByAgs('11000000')).toMatchObject({ name: 'Berlin', state: 'BE' });
  });
  it('places centroids inside Germany', () => {
    for (const m of g.municipalities) {
      expect(m.lat).toBeGreaterThan(47.2);
      expect(m.lat).toBeLessThan(55.1);
      expect(m.lon).toBeGreaterThan(5.8);
      expect(m.lon).toBeLessThan(15.1);
    }
    const werne = g.municipalityByAgs('05978040')!;
    expect(werne.lat).toBeCloseTo(51.66, 1);
    expect(werne.lon).toBeCloseTo(7.63, 1);
  });
  it('finds municipalities under the names releases use', () => {
    expect(g.findMunicipalities('Halle').map((m) => m.ags)).toContain('15002000');
    expect(g.findMunicipalities('Halle (Saale)').map((m) => m.ags)).toEqual(['15002000']);
    expect(g.findMunicipalities('Frankfurt').map((m) => m.ags).sort()).toEqual(['06412000', '12053000']);
    expect(g.findMunicipalities('Frankfurt am Main').map((m) => m.ags)).toEqual(['06412000']);
    expect(g.findMunicipalities('Atlantis')).toEqual([]);
  });
  it('finds districts bare, with designation and by official name', () => {
    expect(g.findDistricts('Unna').map((d) => d.ags)).toEqual(['05978']);
    expect(g.findDistricts('Kreis Unna').map((d) => d.ags)).toEqual(['05978']);
    expect(g.findDistricts('Märkischer Kreis').map((d) => d.ags)).toEqual(['05962']);
    expect(g.findDistricts('Hochsauerlandkreis').map((d) => d.ags)).toEqual(['05958']);
    expect(g.findDistricts('Dortmund')).toEqual([]);
  });
  it('can be restricted to fewer names', () => {
    const small = buildGazetteer({ filter: (m) => m.state === 'SL' });
    expect(small.municipalities.every((m) => m.state === 'SL')).toBe(true);
    expect(small.findMunicipalities('Werne')).toEqual([]);
  });
});

describe('names', () => {
  it('strips qualifiers and builds variants', () => {
    expect(baseName('Halle (Saale)')).toBe('Halle');
    expect(baseName('Mülheim an der Ruhr')).toBe('Mülheim');
    expect(baseName('Werne')).toBeUndefined();
    expect(nameVariants('Frankfurt am Main')).toEqual(expect.arrayContaining(['Frankfurt', 'Frankfurt (Main)', 'Frankfurt/Main']));
    // A merged town's former name, still in use: "Dessau, den 7. Februar 2011".
    expect(nameVariants('Dessau-Roßlau')).toContain('Dessau');
    // A spa title, dropped in prose: "In Heiligenstadt wird das Bürgerbüro …" (Eichsfeld).
    expect(nameVariants('Heilbad Heiligenstadt')).toContain('Heiligenstadt');
  });
  it('writes out the abbreviated joining words of official names, as prose does', () => {
    expect(nameVariants('Mühldorf a. Inn')).toContain('Mühldorf am Inn');
    expect(nameVariants('Lauf a.d. Pegnitz')).toContain('Lauf an der Pegnitz');
    expect(nameVariants('Neumarkt i.d. OPf.')).toContain('Neumarkt in der Oberpfalz');
    expect(nameVariants('Werne')).toEqual(['Werne']);
  });
  it('writes a joined name with a slash, as datelines do', () => {
    expect(nameVariants('Kirchheim unter Teck')).toContain('Kirchheim/Teck');
    expect(nameVariants('Neustadt an der Weinstraße')).toContain('Neustadt/Weinstraße');
    expect(nameVariants('Weiden i.d. OPf.')).toContain('Weiden/OPf.');
  });
  it('labels districts as releases write them', () => {
    expect(districtLabel('Unna', 'Kreis')).toBe('Kreis Unna');
    expect(districtLabel('Harz', 'Landkreis')).toBe('Landkreis Harz');
    expect(districtLabel('Märkischer Kreis', 'Kreis')).toBe('Märkischer Kreis');
    expect(districtLabel('Hochsauerlandkreis', 'Kreis')).toBe('Hochsauerlandkreis');
    expect(districtLabel('Region Hannover', 'Landkreis')).toBe('Region Hannover');
    expect(districtLabel('Dortmund', 'Kreisfreie Stadt')).toBe('Dortmund');
  });
});
