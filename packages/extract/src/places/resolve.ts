import { loadGazetteer, type DistrictEntry, type MunicipalityEntry } from '@lagebild/gazetteer';

/** What the document says about where it is: the publisher's area and the unambiguous places in it. */
export interface PlaceHints {
  /** AGS prefixes of the publisher (its jurisdiction, its agency's jurisdiction), most specific first. */
  readonly jurisdiction: readonly string[];
  /** AGS prefixes of agencies named in the text. */
  readonly agencies: readonly string[];
  /** AGS of places in the text that have only one reading. */
  readonly places: readonly string[];
}

/** The chosen entry and how sure the choice is (1 for a name with one reading). */
export interface Resolution<T> {
  readonly entry: T;
  readonly certainty: number;
}

function pickByPrefixes<T extends { ags: string }>(entries: readonly T[], prefixes: readonly string[]): T | undefined {
  // Most specific level first: municipality, then district, then state.
  for (const length of [8, 5, 2]) {
    const level = new Set(prefixes.filter((p) => p.length >= length).map((p) => p.slice(0, length)));
    if (level.size === 0) continue;
    const matching = entries.filter((e) => level.has(e.ags.slice(0, length)));
    if (matching.length === 1) return matching[0];
    if (matching.length > 1) return undefined;
  }
  return undefined;
}

function rank(m: MunicipalityEntry): number {
  const district = loadGazetteer().districtByAgs(m.district.ags);
  if (district && (district.type === 'Kreisfreie Stadt' || district.type === 'Stadtkreis')) return 3;
  return m.type === 'Stadt' ? 2 : 1;
}

/**
 * One municipality for a name with several readings: the one in the publisher's jurisdiction, else in
 * the area of named agencies, else in the district or state of the other places, else the kreisfreie
 * Stadt or Stadt over a Gemeinde — with certainty falling in that order.
 */
export function resolveMunicipality(entries: readonly MunicipalityEntry[], hints: PlaceHints): Resolution<MunicipalityEntry> | undefined {
  if (entries.length === 0) return undefined;
  if (entries.length === 1) return { entry: entries[0]!, certainty: 1 };
  const byJurisdiction = pickByPrefixes(entries, hints.jurisdiction);
  if (byJurisdiction) return { entry: byJurisdiction, certainty: 0.9 };
  const byAgency = pickByPrefixes(entries, hints.agencies);
  if (byAgency) return { entry: byAgency, certainty: 0.85 };
  const byPlaces = pickByPrefixes(entries, hints.places.map((p) => p.slice(0, 5)));
  if (byPlaces) return { entry: byPlaces, certainty: 0.8 };
  const ranked = [...entries].sort((a, b) => rank(b) - rank(a) || a.ags.localeCompare(b.ags));
  const top = ranked[0]!;
  const unique = rank(top) > rank(ranked[1]!);
  return { entry: top, certainty: unique ? 0.65 : 0.45 };
}

/** One district for a name with several readings, by jurisdiction, agencies and other places. */
export function resolveDistrict(entries: readonly DistrictEntry[], hints: PlaceHints): Resolution<DistrictEntry> | undefined {
  if (entries.length === 0) return undefined;
  if (entries.length === 1) return { entry: entries[0]!, certainty: 1 };
  const picked = pickByPrefixes(entries, hints.jurisdiction) ?? pickByPrefixes(entries, hints.agencies)
    ?? pickByPrefixes(entries, hints.places.map((p) => p.slice(0, 2)));
  if (picked) return { entry: picked, certainty: 0.8 };
  return { entry: [...entries].sort((a, b) => a.ags.localeCompare(b.ags))[0]!, certainty: 0.45 };
}
