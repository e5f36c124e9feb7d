/**
 * Gold of the real-text corpora (`../shared/corpus/realtrain-*`, `realdev`), written by name as
 * `../shared/annotation-guide.md` asks, turned into the keys {@link scoreDocuments} compares: places by
 * AGS (the document's Land decides between homonyms), agencies by registry id (or by a normalized name
 * for bodies the registry lacks), impacts by place AGS + service + status. `doubtful` items and `other`
 * services are not scored.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AgencyRegistry, DistrictEntry, Gazetteer, MunicipalityEntry } from '@lagebild/gazetteer';
import type { Agency } from '@lagebild/schema';
import type { GoldReleaseLike } from './evaluate.js';
import { STATE_ADJECTIVES, STATE_ER_ADJECTIVES } from '../agencies/constants.js';

/** A corpus document (`docs/NNN.json`). */
export interface CorpusDoc {
  readonly id: string;
  readonly publisher?: string | null;
  readonly publisher_kind?: string | null;
  readonly land?: string | null;
  readonly published?: string | null;
  readonly title?: string | null;
  readonly text: string;
}

/** One gold impact of a corpus (`gold/NNN.json`); realdev writes `municipality`/`service`/`status` beside the keys. */
export interface CorpusGoldImpact {
  readonly place_kind?: string;
  readonly place_name?: string;
  readonly municipality?: string;
  readonly service_key: string;
  readonly status_key: string;
  readonly doubtful?: boolean;
  /** The day the state holds, where the annotator gave it. */
  readonly as_of?: string | null;
}

/** A corpus gold file. */
export interface CorpusGold {
  readonly municipalities: readonly string[];
  readonly districts: readonly string[];
  readonly agencies: readonly string[];
  readonly dates: readonly string[];
  readonly service_impacts: readonly CorpusGoldImpact[];
}

const LAND_CODES: Readonly<Record<string, string>> = {
  'Schleswig-Holstein': '01', Hamburg: '02', Niedersachsen: '03', Bremen: '04', 'Nordrhein-Westfalen': '05',
  Hessen: '06', 'Rheinland-Pfalz': '07', 'Baden-Württemberg': '08', Bayern: '09', Saarland: '10', Berlin: '11',
  Brandenburg: '12', 'Mecklenburg-Vorpommern': '13', Sachsen: '14', 'Sachsen-Anhalt': '15', Thüringen: '16',
};

/** Written abbreviations of designators, spelled out so that "PI Ochsenfurt" and "Polizeiinspektion Ochsenfurt" meet. */
const DESIGNATOR_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/^kpi\b/, 'kriminalpolizeiinspektion'], [/^pi\b/, 'polizeiinspektion'], [/^pp\b/, 'polizeipräsidium'],
  [/^pd\b/, 'polizeidirektion'], [/^kpb\b/, 'kreispolizeibehörde'], [/^sta\b/, 'staatsanwaltschaft'],
  [/^lka\b/, 'landeskriminalamt'], [/^kripo\b/, 'kriminalpolizei'],
  // "Kripo Augsburg" and "Kriminalpolizeiinspektion Augsburg" are one body (guide §2), however either side writes it.
  [/^kriminalpolizei (?=\p{L})/u, 'kriminalpolizeiinspektion '],
];

/** An agency name as a comparison key: lower case, punctuation to spaces, designator abbreviations spelled out. */
export function agencyNameKey(name: string): string {
  // "Der Senator für Inneres und Sport" is the body's official name, "Senator für Inneres und Sport" the same body.
  let s = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^(?:der|die|das) (?=\p{L})/u, '');
  for (const [re, full] of DESIGNATOR_ABBREVIATIONS) s = s.replace(re, full);
  // "Verfassungsgerichtshof des Landes Berlin" and "Verfassungsgerichtshof Berlin" are one body, one key.
  s = s.replace(/ des (?:landes|freistaates|freistaats) (?=\p{L})/u, ' ');
  // "Saarländisches Innenministerium" and "Innenministerium Saarland" are one body, one key.
  const adjective = LAND_ADJECTIVE.exec(s);
  if (adjective) s = `${s.slice(adjective[0].length)} ${LAND_OF_ADJECTIVE[adjective[1]!]!.toLowerCase()}`;
  return s;
}

/** Land adjectives as {@link agencyNameKey} writes them (lower case, blanks for hyphens) → the Land, likewise. */
const LAND_OF_ADJECTIVE: Readonly<Record<string, string>> = Object.fromEntries([
  ...[...STATE_ADJECTIVES].map(([adjective, land]) => [adjective.replace(/-/gu, ' '), land.replace(/-/gu, ' ')]),
  ...[...STATE_ER_ADJECTIVES].map(([adjective, land]) => [adjective.toLowerCase(), land]),
]);
const LAND_ADJECTIVE = new RegExp(`^(${Object.keys(LAND_OF_ADJECTIVE).join('|')})(?:e|es|er|en|em)? (?=\\p{L})`, 'u');

/** Every written form of the registry's agencies → id, keyed by {@link agencyNameKey}. */
function registryForms(registry: AgencyRegistry): Map<string, string> {
  const forms = new Map<string, string>();
  for (const a of registry.agencies) {
    for (const f of [a.name, ...a.aliases, ...a.abbreviations]) if (!forms.has(agencyNameKey(f))) forms.set(agencyNameKey(f), a.id);
  }
  return forms;
}

/** The scoring key of an extracted agency: its registry id, or `~` and its normalized name for a body the registry lacks. */
export function predictedAgencyKey(registry: AgencyRegistry, agency: Pick<Agency, 'id' | 'name'>): string {
  return registry.byId(agency.id) ? agency.id : `~${agencyNameKey(agency.name)}`;
}

/**
 * The entry a gold name means among homonyms: one in the document's Land, else a kreisfreie Stadt ("Schwerin"
 * the city, not the village in Brandenburg), else a Stadt, else the first.
 */
function pickByState<T extends { ags: string; type?: string }>(entries: readonly T[], state: string | undefined, rankMore: (e: T) => number = () => 0): T | undefined {
  if (entries.length <= 1) return entries[0];
  const rank = (e: T): number => rankMore(e) + (state && e.ags.startsWith(state) ? 4 : 0) + (e.ags.length === 8 && e.ags.endsWith('000') ? 2 : 0)
    + (e.type === 'Stadt' || e.type === 'Kreisfreie Stadt' ? 1 : 0);
  let best = entries[0]!;
  for (const e of entries) if (rank(e) > rank(best)) best = e;
  return best;
}

/** A place name without blanks after abbreviation dots: "Bad Neustadt a. d. Saale", "a.d.Saale" and "a.d. Saale" meet. */
const compactName = (name: string): string => name.replace(/\.\s+/gu, '.').replace(/\s+/gu, ' ').trim();

/** Qualifiers written out, as official names abbreviate them: "Neuburg an der Donau" → "Neuburg a.d. Donau". */
const TOWN_TITLE = /^(?:Lutherstadt|Hansestadt|Universitätsstadt|Kreisstadt|Stadt)\s+/u;
const abbreviated = (name: string): string => name.replace(/ in Sachsen$/u, ' i. Sa.').replace(/ an der /u, ' a.d. ').replace(/ vor der /u, ' v.d. ').replace(/ am /u, ' a. ')
  .replace(/ im /u, ' i. ').replace(/ bei /u, ' b. ').replace(/ in der /u, ' i.d. ');

const DISTRICT_PREFIX = /^(?:Landkreis|Kreis|Lkr\.?|LK)\s+/;

/** Resolves gold's place names; unresolvable names keep a readable `?name` key so they still count as misses. */
export class CorpusPlaces {
  private compact: Map<string, MunicipalityEntry[]> | undefined;

  constructor(private readonly gazetteer: Gazetteer) {}

  /**
   * A gold municipality name's AGS. Among homonyms the gold's own districts decide first ("Altenstadt" beside
   * "Landkreis Neu-Ulm", "Neunkirchen" beside "Kreis Siegen-Wittgenstein"), then the Land (the document's, else
   * that of the gold's districts), then the kind of town.
   */
  municipality(name: string, state: string | undefined, districts: readonly string[] = []): string {
    // Among homonyms the gold's districts decide first, then an exact official name ("Freiberg", not "Freiberg am Neckar").
    const inDistricts = (e: MunicipalityEntry): number => (districts.includes(e.district.ags) ? 8 : 0) + (e.name === name ? 1 : 0);
    const states = new Set(districts.filter((d) => /^\d{5}$/u.test(d)).map((d) => d.slice(0, 2)));
    const land = state ?? (states.size === 1 ? [...states][0] : undefined);
    const hit: MunicipalityEntry | undefined = pickByState(this.gazetteer.findMunicipalities(name), land, inDistricts)
      ?? pickByState(this.gazetteer.findMunicipalities(name.replace(/\s*\(.*\)$/, ''))
        // "Lauterbach (Schwarzwald)": not the homonym whose official name carries another qualifier ("Lauterbach (Hessen)").
        .filter((e, _, all) => all.length === 1 || !/\(/u.test(name) || !/\(/u.test(e.name) || e.name === name), land, inDistricts)
      ?? pickByState(this.compactIndex().get(compactName(name)) ?? [], land, inDistricts)
      ?? pickByState(this.compactIndex().get(compactName(abbreviated(name))) ?? [], land, inDistricts)
      // "Lutherstadt Wittenberg": a town's title before its official name.
      ?? pickByState(this.gazetteer.findMunicipalities(name.replace(TOWN_TITLE, '')), land, inDistricts);
    return hit?.ags ?? `?${name}`;
  }

  private compactIndex(): Map<string, MunicipalityEntry[]> {
    if (!this.compact) {
      this.compact = new Map();
      for (const [written, entries] of this.gazetteer.municipalityNames) {
        const key = compactName(written);
        const list = this.compact.get(key) ?? [];
        for (const e of entries) if (!list.includes(e)) list.push(e);
        this.compact.set(key, list);
      }
    }
    return this.compact;
  }

  district(name: string, state: string | undefined): string {
    const bare = name.replace(DISTRICT_PREFIX, '');
    const hit: DistrictEntry | undefined = pickByState(this.gazetteer.findDistricts(name), state)
      ?? pickByState(this.gazetteer.findDistricts(bare), state)
      ?? pickByState(this.gazetteer.findDistricts(`Landkreis ${bare}`), state)
      ?? pickByState(this.gazetteer.findDistricts(`Kreis ${bare}`), state)
      ?? pickByState(this.gazetteer.districts.filter((d) => compactName(d.name) === compactName(name) || compactName(d.officialName) === compactName(name)), state);
    return hit?.ags ?? `?${name}`;
  }
}

/**
 * Publisher context of a corpus document, as a sources config would give it: the publisher's name read from
 * its end ("Hanse- und Universitätsstadt Rostock" → Rostock, "Stadt Cottbus/Chóśebuz" → Cottbus, "Bezirksamt
 * Mitte von Berlin" → Berlin, "Landeshauptstadt Potsdam (via publicnow)" → Potsdam).
 */
export function corpusContext(doc: CorpusDoc, gazetteer: Gazetteer): { jurisdiction?: string } {
  const state = doc.land ? LAND_CODES[doc.land] : undefined;
  if (!doc.publisher || (doc.publisher_kind !== 'city' && doc.publisher_kind !== 'district')) return {};
  // "Bezirksamt Reinickendorf (Berlin)": a body named without its place has the place in parentheses.
  const inParentheses = /\(([^()]+)\)/u.exec(doc.publisher)?.[1]?.trim();
  let name = doc.publisher.replace(/\s*\(.*?\)\s*/gu, ' ').replace(/\s*\/.*$/u, '').trim();
  const of = /\svon\s+(.+)$/u.exec(name);
  if (of) name = of[1]!;
  const words = name.split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const candidate = words.slice(i).join(' ');
    if (doc.publisher_kind === 'city') {
      // "Stadt Freiberg" is Freiberg, not Freiberg am Neckar (whose base name it also is).
      const m = pickByState(gazetteer.findMunicipalities(candidate), state, (e) => (e.name === candidate ? 3 : 0));
      if (m) return { jurisdiction: m.ags };
    } else {
      const d = pickByState(gazetteer.findDistricts(candidate), state);
      if (d) return { jurisdiction: d.ags };
      const city = pickByState(gazetteer.findMunicipalities(candidate), state);
      if (city && city.ags.endsWith('000')) return { jurisdiction: city.ags };
    }
  }
  if (inParentheses && doc.publisher_kind === 'city' && !/\./u.test(inParentheses)) {
    const m = pickByState(gazetteer.findMunicipalities(inParentheses), state, (e) => (e.name === inParentheses ? 3 : 0));
    if (m) return { jurisdiction: m.ags };
  }
  return {};
}

/** A corpus document and its gold as a gold release in the record vocabulary. */
export function corpusRelease(doc: CorpusDoc, gold: CorpusGold, gazetteer: Gazetteer, registry: AgencyRegistry): GoldReleaseLike {
  const state = doc.land ? LAND_CODES[doc.land] : undefined;
  const places = new CorpusPlaces(gazetteer);
  const forms = registryForms(registry);
  const agencyKey = (name: string): string => forms.get(agencyNameKey(name)) ?? `~${agencyNameKey(name)}`;
  const text = doc.title ? `${doc.title}\n\n${doc.text}` : doc.text;
  const goldDistricts = gold.districts.map((n) => places.district(n, state));
  // Homonyms among the gold's towns ("Mannebach" beside Saarburg and Palzem) are read beside the districts of its unambiguous towns.
  const nearDistricts = [...goldDistricts];
  for (const n of gold.municipalities) {
    const entries = gazetteer.findMunicipalities(n);
    if (entries.length === 1 && !nearDistricts.includes(entries[0]!.district.ags)) nearDistricts.push(entries[0]!.district.ags);
  }
  const keyOf = (i: CorpusGoldImpact) => {
    const name = i.place_name ?? i.municipality ?? '';
    const place = i.place_kind === 'district' ? places.district(name, state) : places.municipality(name, state, nearDistricts);
    return { place, service: i.service_key, status: i.status_key, ...(i.as_of ? { asOf: i.as_of } : {}) };
  };
  const scored = gold.service_impacts.filter((i) => i.service_key !== 'other');
  const serviceImpacts = scored.filter((i) => !i.doubtful).map(keyOf);
  const unscoredImpacts = scored.filter((i) => i.doubtful).map(keyOf);
  return {
    id: doc.id,
    text,
    ...(doc.published ? { publishedAt: publishedInstant(doc.published) } : {}),
    ...(doc.publisher_kind ? { sourceKind: doc.publisher_kind } : {}),
    context: corpusContext(doc, gazetteer),
    gold: {
      municipalities: gold.municipalities.map((n) => ({ ags: places.municipality(n, state, nearDistricts), name: n })),
      districts: gold.districts.map((n, k) => ({ ags: goldDistricts[k]!, name: n })),
      agencies: gold.agencies.map((n) => ({ id: agencyKey(n) })),
      dates: gold.dates.map((value) => ({ value })),
      serviceImpacts,
      unscoredImpacts,
    },
  };
}

/**
 * The releases of a corpus folder (`docs/NNN.json` with `gold/NNN.json` beside, as in
 * `../shared/corpus/realtrain-east`), their gold turned into record keys. Document ids are prefixed with the
 * folder's name so that misses say where they come from; an unreadable file throws with its path.
 */
export function readCorpus(dir: string, gazetteer: Gazetteer, registry: AgencyRegistry): GoldReleaseLike[] {
  const set = basename(dir.replace(/\/+$/u, ''));
  const read = (path: string): unknown => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`);
    }
  };
  return readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const doc = read(join(dir, 'docs', file)) as CorpusDoc;
    return corpusRelease({ ...doc, id: `${set}/${file.replace(/\.json$/u, '')}` }, read(join(dir, 'gold', file)) as CorpusGold, gazetteer, registry);
  });
}

/**
 * A corpus document's publication date as an instant: a day alone ("2021-03-04") is taken at noon in Berlin, a full
 * timestamp ("2020-05-14T13:39:00+02:00") as written.
 */
export function publishedInstant(published: string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(published) ? `${published}T12:00:00+01:00` : published;
}
