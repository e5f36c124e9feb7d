import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer.js';
import { districtShapes, municipalityShapes, shapeOf, type ShapeGeometry, type ShapePosition } from './shapes.js';

const polygons = (g: ShapeGeometry): ShapePosition[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Even-odd ray casting over all rings, so a point in a hole is outside. */
function contains(g: ShapeGeometry, [x, y]: ShapePosition): boolean {
  let inside = false;
  for (const ring of polygons(g).flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function signedArea(ring: readonly ShapePosition[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return area / 2;
}

const g = loadGazetteer();

describe('shapes (BKG VG250, simplified)', () => {
  it('has one district shape per district of districts.json', () => {
    const shapes = districtShapes();
    expect(shapes.type).toBe('FeatureCollection');
    expect(shapes.features).toHaveLength(402);
    expect(shapes.features.map((f) => f.id)).toEqual(g.districts.map((d) => d.ags));
    expect(shapes.features.find((f) => f.id === '05978')?.properties).toEqual({ ags: '05978', name: 'Unna', bez: 'Kreis' });
  });

  it('has one shape for every municipality of municipalities.json, with its district', () => {
    const shapes = municipalityShapes();
    expect(shapes.features.map((f) => f.id)).toEqual(g.municipalities.map((m) => m.ags));
    for (const f of shapes.features) {
      expect(f.properties.district).toBe(f.properties.ags.slice(0, 5));
      expect(f.properties.name).toBe(g.municipalityByAgs(f.properties.ags)!.name);
    }
  });

  it('gives every ring at least four positions, closed, with area, exteriors counter-clockwise (RFC 7946)', () => {
    // Problems are collected, not asserted one by one: a million expect calls take minutes.
    const problems: string[] = [];
    for (const f of [...districtShapes().features, ...municipalityShapes().features]) {
      if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') problems.push(`${f.id}: ${(f.geometry as { type: string }).type}`);
      for (const polygon of polygons(f.geometry)) {
        polygon.forEach((ring, i) => {
          const [first, last] = [ring[0]!, ring[ring.length - 1]!];
          if (ring.length < 4) problems.push(`${f.id} ring ${i}: ${ring.length} positions`);
          if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${f.id} ring ${i}: not closed`);
          const area = signedArea(ring);
          if (area === 0 || area > 0 !== (i === 0)) problems.push(`${f.id} ring ${i}: area ${area}`);
          // Germany: longitude 5.8–15.1 east, latitude 47.2–55.1 north; swapped axes would fail here.
          if (ring.some(([lon, lat]) => !(lon > 5.8 && lon < 15.1 && lat > 47.2 && lat < 55.1))) problems.push(`${f.id} ring ${i}: outside Germany`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts Werne and Lünen in Kreis Unna, around their centroids', () => {
    const unna = municipalityShapes('05978');
    expect(unna.features.every((f) => f.properties.district === '05978')).toBe(true);
    for (const ags of ['05978040', '05978024']) {
      const shape = unna.features.find((f) => f.id === ags);
      expect(shape, ags).toBeDefined();
      const m = g.municipalityByAgs(ags)!;
      expect(contains(shape!.geometry, [m.lon, m.lat]), ags).toBe(true);
      expect(contains(shapeOf('05978')!, [m.lon, m.lat]), ags).toBe(true);
      expect(contains(shapeOf('05913')!, [m.lon, m.lat]), `${ags} not in Dortmund`).toBe(false);
    }
    expect(shapeOf('05978040')).toBe(unna.features.find((f) => f.id === '05978040')!.geometry);
    expect(municipalityShapes('99999').features).toEqual([]);
    expect(shapeOf('0597')).toBeUndefined();
  });

  it('keeps shared borders shared: neighbours meet on the same vertices', () => {
    const vertices = (ags: string) => new Set(polygons(shapeOf(ags)!).flat(2).map(([x, y]) => `${x},${y}`));
    const shared = (a: string, b: string) => [...vertices(a)].filter((v) => vertices(b).has(v)).length;
    expect(shared('05978', '05913')).toBeGreaterThan(10); // Kreis Unna and Dortmund
    expect(shared('05978040', '05978024')).toBeGreaterThan(2); // Werne and Lünen
  });

  it('ships within the size budget: both files together at most 4 MB', () => {
    const bytes = ['districts', 'municipalities']
      .map((name) => statSync(new URL(`../data/shapes-${name}.topo.json`, import.meta.url)).size)
      .reduce((a, b) => a + b, 0);
    expect(bytes).toBeLessThanOrEqual(4_000_000);
  });
});
