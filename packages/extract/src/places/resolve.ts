import type { DistrictEntry, Gazetteer, MunicipalityEntry } from '@lagebild/gazetteer';

/** A point (WGS84) the document is about: the publisher's area or a place with only one reading. */
export interface Anchor {
  readonly lat: number;
  readonly lon: number;
}

/** What the document says about where it is: the publisher's area and the unambiguous places in it. */
export interface PlaceHints {
  /** AGS prefixes of the publisher (its jurisdiction, its agency's jurisdiction), most specific first. */
  readonly jurisdiction: readonly string[];
  /** AGS prefixes of agencies named in the text. */
  readonly agencies: readonly string[];
  /** AGS of places in the text that have only one reading. */
  readonly places: readonly string[];
  /** Centroids of the publisher's area and of the unambiguous places, for the nearest reading of a homonym. */
  readonly anchors?: readonly Anchor[];
}

/** The chosen entry and how sure the choice is (1 for a name with one reading). */
export interface Resolution<T> {
  readonly entry: T;
  readonly certainty: number;
}

function pickByPrefixes<T extends { ags: string }>(entries: readonly T[], prefixes: readonly string[]): T | undefined {
  // Most specific level first: municipality, then district, then state.
  for (const length of [8, 5, 2]) {
    const level = new Set<string>();
    for (const p of prefixes) if (p.length >= length) level.add(p.slice(0, length));
    if (level.size === 0) continue;
    let match: T | undefined;
    let count = 0;
    for (const e of entries) {
      if (level.has(e.ags.slice(0, length))) {
        match = e;
        count++;
      }
    }
    if (count === 1) return match;
    if (count > 1) return undefined;
  }
  return undefined;
}

/** Squared equirectangular distance; enough to compare distances within Germany. */
function distance2(a: Anchor, b: Anchor): number {
  const x = (a.lon - b.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const y = a.lat - b.lat;
  return x * x + y * y;
}

/** The entry clearly nearest to an anchor (at most half as far as the next), or undefined. */
function pickNearest<T extends Anchor>(entries: readonly T[], anchors: readonly Anchor[] | undefined): T | undefined {
  if (!anchors || anchors.length === 0) return undefined;
  const scored = entries.map((e) => ({ e, d: Math.min(...anchors.map((a) => distance2(a, e))) })).sort((a, b) => a.d - b.d);
  const [first, second] = scored;
  if (!first || !second) return first?.e;
  // Squared distances: "half as far" is a quarter of the square.
  return first.d <= second.d * 0.25 ? first.e : undefined;
}

/** Kreisfreie Stadt over Stadt over Gemeinde; among equals, the town whose official name is the written one ("Freiberg", not "Freiberg am Neckar"). */
function rank(gazetteer: Gazetteer, m: MunicipalityEntry, written: string | undefined): number {
  const exact = m.name === written ? 0.5 : 0;
  const district = gazetteer.districtByAgs(m.district.ags);
  if (district && (district.type === 'Kreisfreie Stadt' || district.type === 'Stadtkreis')) return 3 + exact;
  return (m.type === 'Stadt' ? 2 : 1) + exact;
}

/**
 * One municipality for a name with several readings: the one in the publisher's jurisdiction, else in
 * the area of named agencies, else in the district or state of the other places, else the one clearly
 * nearest to the publisher and the other places, else the kreisfreie Stadt or Stadt over a Gemeinde —
 * with certainty falling in that order.
 */
export function resolveMunicipality(gazetteer: Gazetteer, entries: readonly MunicipalityEntry[], hints: PlaceHints, written?: string): Resolution<MunicipalityEntry> | undefined {
  if (entries.length === 0) return undefined;
  // One result built at one place for every way of choosing: a rare way with an exit of its own made V8 drop compiled code.
  let entry: MunicipalityEntry | undefined = entries[0]!;
  let certainty = 1;
  if (entries.length > 1) {
    entry = pickByPrefixes(entries, hints.jurisdiction);
    certainty = 0.9;
    if (!entry) {
      entry = pickByPrefixes(entries, hints.agencies);
      certainty = 0.85;
    }
    if (!entry) {
      entry = pickByPrefixes(entries, hints.places.map((p) => p.slice(0, 5)));
      certainty = 0.8;
    }
    if (!entry) {
      entry = pickByPrefixes(entries, hints.places.map((p) => p.slice(0, 2)));
      certainty = 0.7;
    }
    if (!entry) {
      entry = pickNearest(entries, hints.anchors);
      certainty = 0.65;
    }
    if (!entry) {
      const ranked = [...entries].sort((a, b) => rank(gazetteer, b, written) - rank(gazetteer, a, written) || a.ags.localeCompare(b.ags));
      entry = ranked[0]!;
      certainty = rank(gazetteer, entry, written) > rank(gazetteer, ranked[1]!, written) ? 0.6 : 0.45;
    }
  }
  return { entry, certainty };
}

/** One district for a name with several readings, by jurisdiction, agencies and other places. */
export function resolveDistrict(entries: readonly DistrictEntry[], hints: PlaceHints): Resolution<DistrictEntry> | undefined {
  if (entries.length === 0) return undefined;
  if (entries.length === 1) return { entry: entries[0]!, certainty: 1 };
  const picked = pickByPrefixes(entries, hints.jurisdiction) ?? pickByPrefixes(entries, hints.agencies)
    ?? pickByPrefixes(entries, hints.places.map((p) => p.slice(0, 2))) ?? pickNearest(entries, hints.anchors);
  if (picked) return { entry: picked, certainty: 0.8 };
  return { entry: [...entries].sort((a, b) => a.ags.localeCompare(b.ags))[0]!, certainty: 0.45 };
}

const stateCentroids = new WeakMap<Gazetteer, Map<string, Anchor | undefined>>();

/** The centroid of an AGS prefix: a municipality's or district's own, a state's as the mean of its districts. */
export function centroidOf(gazetteer: Gazetteer, ags: string): Anchor | undefined {
  if (ags.length === 8) return gazetteer.municipalityByAgs(ags);
  if (ags.length === 5) return gazetteer.districtByAgs(ags);
  if (ags.length === 2) {
    let states = stateCentroids.get(gazetteer);
    if (!states) {
      states = new Map();
      stateCentroids.set(gazetteer, states);
    }
    if (states.has(ags)) return states.get(ags);
    let lat = 0;
    let lon = 0;
    let n = 0;
    for (const d of gazetteer.districts) {
      if (!d.ags.startsWith(ags)) continue;
      lat += d.lat;
      lon += d.lon;
      n++;
    }
    const centroid = n > 0 ? { lat: lat / n, lon: lon / n } : undefined;
    states.set(ags, centroid);
    return centroid;
  }
  return undefined;
}
