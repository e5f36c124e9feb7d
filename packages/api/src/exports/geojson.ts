import type { ServiceStatus } from '@lagebild/schema';
import type { PlaceInfo } from '../places.js';
import { summarizePlaces, type ServiceStatusEntry } from '../status.js';

/** RFC 7946 media type. */
export const GEOJSON_CONTENT_TYPE = 'application/geo+json; charset=utf-8';

/** RFC 7946 §3.1.1: [longitude, latitude], WGS84. */
export type Position = [number, number];

export interface PointGeometry { type: 'Point'; coordinates: Position }

export interface Feature<P> {
  type: 'Feature';
  /** The place's AGS. */
  id: string;
  geometry: PointGeometry | null;
  properties: P;
}

export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  /** [west, south, east, north] of all geometries (RFC 7946 §5); absent without geometries. */
  bbox?: [number, number, number, number];
  features: Feature<P>[];
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

/**
 * The status as a FeatureCollection of points: one feature per place at its gazetteer centroid
 * (the gazetteer holds no polygons). Places without coordinates get a null geometry, which
 * RFC 7946 §3.2 allows.
 */
export function statusGeoJson(entries: readonly ServiceStatusEntry[], asOf: string): FeatureCollection<PlaceStatusProperties> {
  const byPlace = new Map<string, ServiceStatusEntry[]>();
  for (const e of entries) byPlace.set(e.place.ags, [...(byPlace.get(e.place.ags) ?? []), e]);
  const features = summarizePlaces(entries).map((summary): Feature<PlaceStatusProperties> => {
    const p = summary.place;
    const has = typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon);
    return {
      type: 'Feature',
      id: p.ags,
      geometry: has ? { type: 'Point', coordinates: [round6(p.lon!), round6(p.lat!)] } : null,
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
  const points = features.flatMap((f) => (f.geometry ? [f.geometry.coordinates] : []));
  const bbox: [number, number, number, number] | undefined = points.length === 0 ? undefined : [
    Math.min(...points.map((c) => c[0])), Math.min(...points.map((c) => c[1])),
    Math.max(...points.map((c) => c[0])), Math.max(...points.map((c) => c[1])),
  ];
  return { type: 'FeatureCollection', ...(bbox ? { bbox } : {}), features };
}
