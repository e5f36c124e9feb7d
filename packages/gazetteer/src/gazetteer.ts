// The vocabulary subpath keeps zod out of the gazetteer's import cost (gazetteer load is benchmarked).
import { readFileSync } from 'node:fs';
import { STATES, type StateCode } from '@lagebild/schema/vocabulary';
import { nameVariants, normalizeName, spelledOut } from './names.js';
import type { DistrictEntry, MunicipalityEntry } from './types.js';

type Row = [ags: string, name: string, type: string, lat: number, lon: number];
interface DataFile { source: string; rows: Row[] }

function readData(file: string): DataFile {
  return JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as DataFile;
}

function stateOf(ags: string): StateCode {
  const state = STATES[ags.slice(0, 2) as keyof typeof STATES];
  if (!state) throw new Error(`AGS ${ags} has no known state prefix`);
  return state;
}

/** Official municipalities and districts of Germany with name lookups. */
export interface Gazetteer {
  readonly municipalities: readonly MunicipalityEntry[];
  readonly districts: readonly DistrictEntry[];
  /** Where the data came from (package and version). */
  readonly source: string;
  municipalityByAgs(ags: string): MunicipalityEntry | undefined;
  districtByAgs(ags: string): DistrictEntry | undefined;
  /** Municipalities written as `name` (official name or a variant such as "Halle" for "Halle (Saale)"). */
  findMunicipalities(name: string): readonly MunicipalityEntry[];
  /** Districts written as `name`: bare ("Unna", "Soest") or official ("Märkischer Kreis", "Region Hannover"). */
  findDistricts(name: string): readonly DistrictEntry[];
  /** Every written form → the municipalities it may denote; for scanning text. */
  readonly municipalityNames: ReadonlyMap<string, readonly MunicipalityEntry[]>;
  /** Every written form of a district name → the districts it may denote (kreisfreie Städte excluded). */
  readonly districtNames: ReadonlyMap<string, readonly DistrictEntry[]>;
}

/**
 * "Unna" (Kreis) → "Kreis Unna", "Harz" (Landkreis) → "Landkreis Harz"; names that already say what
 * they are ("Märkischer Kreis", "Hochsauerlandkreis", "Region Hannover") and cities stay as they are.
 */
export function districtLabel(officialName: string, type: string): string {
  if (type !== 'Kreis' && type !== 'Landkreis') return officialName;
  if (/kreis\b|^Kreis |^(Region|Städteregion|Regionalverband) /i.test(officialName)) return officialName;
  return `${type} ${officialName}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Options to restrict the gazetteer, e.g. to measure lookups against a smaller name set. */
export interface GazetteerOptions {
  /** Keep only the municipalities this predicate accepts. */
  readonly filter?: (entry: MunicipalityEntry) => boolean;
}

export function buildGazetteer(options: GazetteerOptions = {}): Gazetteer {
  const districtFile = readData('districts.json');
  const municipalityFile = readData('municipalities.json');
  const districts: DistrictEntry[] = districtFile.rows.map(([ags, name, type, lat, lon]) => ({
    ags, name: districtLabel(name, type), officialName: name, type, state: stateOf(ags), lat, lon,
  }));
  const districtsByAgs = new Map(districts.map((d) => [d.ags, d]));
  let municipalities: MunicipalityEntry[] = municipalityFile.rows.map(([ags, name, type, lat, lon]) => {
    const district = districtsByAgs.get(ags.slice(0, 5));
    if (!district) throw new Error(`municipality ${ags} ${name} has no district`);
    return { ags, name, type, district: { ags: district.ags, name: district.name }, state: stateOf(ags), lat, lon };
  });
  if (options.filter) municipalities = municipalities.filter(options.filter);
  const municipalitiesByAgs = new Map(municipalities.map((m) => [m.ags, m]));

  // Name indexes are built on first use: lookups by AGS (API, status, exports) never pay for them.
  let names: { municipalities: Map<string, MunicipalityEntry[]>; districts: Map<string, DistrictEntry[]> } | undefined;
  const nameIndexes = () => {
    if (names) return names;
    const municipalityNames = new Map<string, MunicipalityEntry[]>();
    for (const m of municipalities) for (const v of nameVariants(m.name)) push(municipalityNames, v, m);
    const districtNames = new Map<string, DistrictEntry[]>();
    for (const d of districts) {
      if (d.type === 'Kreisfreie Stadt' || d.type === 'Stadtkreis') continue;
      for (const v of nameVariants(d.officialName)) push(districtNames, v, d);
      push(districtNames, d.name, d);
      push(districtNames, spelledOut(d.name), d);
    }
    names = { municipalities: municipalityNames, districts: districtNames };
    return names;
  };

  return {
    municipalities,
    districts,
    source: municipalityFile.source,
    municipalityByAgs: (ags) => municipalitiesByAgs.get(ags),
    districtByAgs: (ags) => districtsByAgs.get(ags),
    findMunicipalities: (name) => nameIndexes().municipalities.get(normalizeName(name)) ?? [],
    findDistricts: (name) => nameIndexes().districts.get(normalizeName(name)) ?? [],
    get municipalityNames() {
      return nameIndexes().municipalities;
    },
    get districtNames() {
      return nameIndexes().districts;
    },
  };
}

let shared: Gazetteer | undefined;

/** The full gazetteer, loaded once per process. */
export function loadGazetteer(): Gazetteer {
  shared ??= buildGazetteer();
  return shared;
}
