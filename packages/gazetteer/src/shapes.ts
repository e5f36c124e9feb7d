// Shapes are read on first use only: the extractor imports this package and never draws a map.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';

// Required on first use, not imported: importing topojson-client costs every importer of the
// gazetteer about 10 ms of startup.
const require = createRequire(import.meta.url);

/** RFC 7946 position: [longitude, latitude], WGS84. */
export type ShapePosition = [number, number];

/** A place's outline: one polygon, or several (exclaves, islands). */
export type ShapeGeometry =
  | { type: 'Polygon'; coordinates: ShapePosition[][] }
  | { type: 'MultiPolygon'; coordinates: ShapePosition[][][] };

/** Properties of a district shape: AGS, official name (GEN) and designation (BEZ) from VG250. */
export interface DistrictShapeProperties {
  /** 5-digit AGS, as in `districts.json`. */
  ags: string;
  name: string;
  bez: string;
}

/** Properties of a municipality shape; `district` is the 5-digit AGS of its district. */
export interface MunicipalityShapeProperties extends DistrictShapeProperties {
  district: string;
}

/** One place as a GeoJSON feature; `id` is its AGS. */
export interface ShapeFeature<P> {
  type: 'Feature';
  id: string;
  properties: P;
  geometry: ShapeGeometry;
}

/** A GeoJSON FeatureCollection of place shapes, sorted by AGS. */
export interface ShapeCollection<P> {
  type: 'FeatureCollection';
  features: ShapeFeature<P>[];
}

/** Shoelace area, positive for counter-clockwise rings (x = longitude, y = latitude). */
function signedArea(ring: readonly ShapePosition[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return area / 2;
}

/**
 * Six decimals (about 10 cm, RFC 7946 §11.2) instead of the 17 digits the quantization grid yields:
 * the grid is ~1e-4 degrees, so no two points merge and shared borders stay identical.
 */
const round6 = ([x, y]: ShapePosition): ShapePosition => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise (VG250 does not promise either). */
function rewind(polygon: ShapePosition[][]): ShapePosition[][] {
  return polygon.map((input, i) => {
    const ring = input.map(round6);
    return (signedArea(ring) > 0) === (i === 0) ? ring : ring.reverse();
  });
}

function load<P extends { ags: string }>(name: 'districts' | 'municipalities'): ShapeCollection<P> {
  const text = readFileSync(new URL(`../data/shapes-${name}.topo.json`, import.meta.url), 'utf8');
  const topology = JSON.parse(text) as Topology<Record<string, GeometryCollection<P>>>;
  const { feature } = require('topojson-client') as typeof import('topojson-client');
  const collection = feature(topology, topology.objects[name]!);
  const features = collection.features.map((f): ShapeFeature<P> => {
    const geometry = f.geometry as ShapeGeometry;
    return {
      type: 'Feature',
      id: f.properties.ags,
      properties: f.properties,
      geometry: geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) },
    };
  });
  return { type: 'FeatureCollection', features };
}

let districts: ShapeCollection<DistrictShapeProperties> | undefined;
let municipalities: ShapeCollection<MunicipalityShapeProperties> | undefined;
let byDistrict: Map<string, ShapeCollection<MunicipalityShapeProperties>> | undefined;

/**
 * The simplified outlines of all districts (BKG VG250, land part), as GeoJSON in lon/lat. Read and
 * converted on the first call, then shared: treat the result as read-only.
 */
export function districtShapes(): ShapeCollection<DistrictShapeProperties> {
  districts ??= load<DistrictShapeProperties>('districts');
  return districts;
}

/**
 * The simplified outlines of all municipalities, or of one district's municipalities (an empty
 * collection for a district AGS without any). Gemeindefreie Gebiete are not included, as in
 * `municipalities.json`. Read on the first call, then shared: treat the result as read-only.
 */
export function municipalityShapes(districtAgs?: string): ShapeCollection<MunicipalityShapeProperties> {
  municipalities ??= load<MunicipalityShapeProperties>('municipalities');
  if (districtAgs === undefined) return municipalities;
  if (!byDistrict) {
    byDistrict = new Map();
    for (const f of municipalities.features) {
      const list = byDistrict.get(f.properties.district);
      if (list) list.features.push(f);
      else byDistrict.set(f.properties.district, { type: 'FeatureCollection', features: [f] });
    }
  }
  return byDistrict.get(districtAgs) ?? { type: 'FeatureCollection', features: [] };
}

/** The outline of one district (5-digit AGS) or municipality (8-digit AGS); undefined if unknown. */
export function shapeOf(ags: string): ShapeGeometry | undefined {
  if (ags.length === 5) return districtShapes().features.find((f) => f.id === ags)?.geometry;
  if (ags.length === 8) return municipalityShapes(ags.slice(0, 5)).features.find((f) => f.id === ags)?.geometry;
  return undefined;
}
