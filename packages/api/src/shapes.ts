import { createHash } from 'node:crypto';
import { districtShapes, municipalityShapes } from '@lagebild/gazetteer';

/** A response body serialized once, with its strong ETag. */
export interface CachedBody {
  body: string;
  etag: string;
}

function cached(value: unknown): CachedBody {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

let districts: CachedBody | undefined;
const byDistrict = new Map<string, CachedBody>();

/**
 * GET /shapes/districts: every district's outline with `kind: 'district'`. Serialized on first use
 * (the shapes never change while the process runs), so later requests cost a string send.
 */
export function districtShapesBody(): CachedBody {
  districts ??= cached({
    type: 'FeatureCollection',
    features: districtShapes().features.map((f) => ({
      type: 'Feature', id: f.id, geometry: f.geometry,
      properties: { ags: f.properties.ags, name: f.properties.name, bez: f.properties.bez, kind: 'district' },
    })),
  });
  return districts;
}

/** GET /shapes/municipalities?district=: one district's municipalities with `kind: 'municipality'`. */
export function municipalityShapesBody(districtAgs: string): CachedBody {
  let entry = byDistrict.get(districtAgs);
  if (!entry) {
    entry = cached({
      type: 'FeatureCollection',
      features: municipalityShapes(districtAgs).features.map((f) => ({
        type: 'Feature', id: f.id, geometry: f.geometry,
        properties: { ags: f.properties.ags, name: f.properties.name, bez: f.properties.bez, district: f.properties.district, kind: 'municipality' },
      })),
    });
    byDistrict.set(districtAgs, entry);
  }
  return entry;
}

/** Whether an If-None-Match header names this ETag (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
