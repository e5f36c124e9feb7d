import { shapeOf, type ShapeGeometry } from '@lagebild/gazetteer';
import type { ServiceStatus } from '@lagebild/schema';
import type { PlaceInfo } from '../places.js';
import { summarizePlaces, type ServiceStatusEntry } from '../status.js';

/** RFC 7946 media type. */
export const GEOJSON_CONTENT_TYPE = 'application/geo+json; charset=utf-8';

/** RFC 7946 §3.1.1: [longitude, latitude], WGS84. */
export type Position = [number, number];

export interface PointGeometry { type: 'Point'; coordinates: Position }

/** A place's outline (Polygon or MultiPolygon) from the gazetteer's simplified VG250 shapes. */
export type { ShapeGeometry };

/** Which geometry a place gets: its centroid, or its outline. */
export type GeometryKind = 'point' | 'shape';

/** Options of {@link statusGeoJson}. */
export interface StatusGeoJsonOptions {
  /** `point` (default): the centroid; `shape`: the simplified outline. */
  geometry?: GeometryKind;
}

export interface Feature<P, G = PointGeometry> {
  type: 'Feature';
  /** The place's AGS. */
  id: string;
  geometry: G | null;
  properties: P;
}

export interface FeatureCollection<P, G = PointGeometry> {
  type: 'FeatureCollection';
  /** [west, south, east, north] of all geometries (RFC 7946 §5); absent without geometries. */
  bbox?: [number, number, number, number];
  features: Feature<P, G>[];
}

/** Properties of one place in the status GeoJSON. */
export interface PlaceStatusProperties {
  ags: string;
  name: string;
  kind: PlaceInfo['kind'];
  districtAgs: string | null;
  districtName: string | null;
  state: string | null;
  asOf: string;
  /** Most severe current status: the colour on a map. */
  status: ServiceStatus;
  outage: number;
  degraded: number;
  restored: number;
  operational: number;
  services: {
    service: string; status: ServiceStatus; since: string; statedAsOf: string;
    evidence: string; documentId: string; sourceId: string; url: string;
  }[];
}

/** Six decimals are about 10 cm; RFC 7946 §11.2 advises against false precision. */
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Every position of a geometry, for the bounding box. */
function positions(geometry: PointGeometry | ShapeGeometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/**
 * The status as a FeatureCollection: one feature per place, a point at its gazetteer centroid or,
 * with `geometry: 'shape'`, its outline. Places the gazetteer does not know get a null geometry,
 * which RFC 7946 §3.2 allows.
 */
export function statusGeoJson(
  entries: readonly ServiceStatusEntry[], asOf: string, options?: { geometry?: 'point' },
): FeatureCollection<PlaceStatusProperties>;
export function statusGeoJson(
  entries: readonly ServiceStatusEntry[], asOf: string, options: { geometry: 'shape' },
): FeatureCollection<PlaceStatusProperties, ShapeGeometry>;
export function statusGeoJson(
  entries: readonly ServiceStatusEntry[], asOf: string, options: StatusGeoJsonOptions,
): FeatureCollection<PlaceStatusProperties, PointGeometry | ShapeGeometry>;
export function statusGeoJson(
  entries: readonly ServiceStatusEntry[], asOf: string, options: StatusGeoJsonOptions = {},
): FeatureCollection<PlaceStatusProperties, PointGeometry | ShapeGeometry> {
  const byPlace = new Map<string, ServiceStatusEntry[]>();
  for (const e of entries) byPlace.set(e.place.ags, [...(byPlace.get(e.place.ags) ?? []), e]);
  const geometryOf = (p: PlaceInfo): PointGeometry | ShapeGeometry | null => {
    // Shapes only for places the lookup knows (it gave them a centroid): an unknown AGS draws nothing.
    const has = typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon);
    if (!has) return null;
    if (options.geometry === 'shape') return shapeOf(p.ags) ?? null;
    return { type: 'Point', coordinates: [round6(p.lon!), round6(p.lat!)] };
  };
  const features = summarizePlaces(entries).map((summary): Feature<PlaceStatusProperties, PointGeometry | ShapeGeometry> => {
    const p = summary.place;
    return {
      type: 'Feature',
      id: p.ags,
      geometry: geometryOf(p),
      properties: {
        ags: p.ags, name: p.name, kind: p.kind, districtAgs: p.district?.ags ?? null, districtName: p.district?.name ?? null,
        state: p.state ?? null, asOf, status: summary.worst, ...summary.counts,
        services: (byPlace.get(p.ags) ?? []).map((e) => ({
          service: e.service, status: e.status, since: e.since, statedAsOf: e.asOf, evidence: e.evidence.text,
          documentId: e.evidence.documentId, sourceId: e.evidence.sourceId, url: e.evidence.url,
        })),
      },
    };
  });
  let bbox: [number, number, number, number] | undefined;
  // A loop, not Math.min(...spread): outlines have far more positions than a call takes arguments.
  for (const f of features) {
    if (!f.geometry) continue;
    for (const [lon, lat] of positions(f.geometry)) {
      if (!bbox) bbox = [lon, lat, lon, lat];
      else bbox = [Math.min(bbox[0], lon), Math.min(bbox[1], lat), Math.max(bbox[2], lon), Math.max(bbox[3], lat)];
    }
  }
  return { type: 'FeatureCollection', ...(bbox ? { bbox } : {}), features };
}
