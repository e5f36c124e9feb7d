import { loadGazetteer, type Gazetteer } from '@lagebild/gazetteer';
import { STATES, type StateCode } from '@lagebild/schema';

/** A municipality or district as the situation picture shows it: name, hierarchy and centroid. */
export interface PlaceInfo {
  kind: 'municipality' | 'district';
  ags: string;
  name: string;
  /** The municipality's district; absent for districts. */
  district?: { ags: string; name: string };
  state?: StateCode;
  /** WGS84 centroid from the gazetteer; absent for places it does not know. */
  lat?: number;
  lon?: number;
}

/** Looks places up by AGS; the gazetteer's names win over names written in a record. */
export type PlaceLookup = (ags: string, fallbackName?: string) => PlaceInfo;

/** The Land of an AGS, from its first two digits. */
export function stateOfAgs(ags: string): StateCode | undefined {
  return STATES[ags.slice(0, 2) as keyof typeof STATES];
}

/** AGS prefix of a Land code ("NW" → "05"); undefined for unknown codes. */
export function statePrefixOf(code: string): string | undefined {
  const upper = code.toUpperCase();
  return Object.entries(STATES).find(([, c]) => c === upper)?.[0];
}

/** A {@link PlaceLookup} over the gazetteer (the full one unless another is given). */
export function gazetteerPlaces(gazetteer: Gazetteer = loadGazetteer()): PlaceLookup {
  return (ags, fallbackName) => {
    const state = stateOfAgs(ags);
    if (ags.length === 8) {
      const m = gazetteer.municipalityByAgs(ags);
      if (m) return { kind: 'municipality', ags, name: m.name, district: { ...m.district }, state: m.state, lat: m.lat, lon: m.lon };
      const d = gazetteer.districtByAgs(ags.slice(0, 5));
      return {
        kind: 'municipality', ags, name: fallbackName ?? ags,
        ...(d ? { district: { ags: d.ags, name: d.name } } : {}), ...(state ? { state } : {}),
      };
    }
    const d = gazetteer.districtByAgs(ags);
    if (d) return { kind: 'district', ags, name: d.name, state: d.state, lat: d.lat, lon: d.lon };
    return { kind: 'district', ags, name: fallbackName ?? ags, ...(state ? { state } : {}) };
  };
}
