import type { AgencyKind } from '@lagebild/schema';

/** Confidence of a mention by how it was found. */
export const CONFIDENCE = {
  name: 0.95,
  abbreviation: 0.9,
  shortAbbreviation: 0.8,
  unit: 0.8,
  unitByJurisdiction: 0.7,
  designated: 0.6,
  institution: 0.6,
  coordinated: 0.55,
  unknown: 0.5,
  genericLka: 0.6,
  genericPolice: 0.55,
} as const;

/** Registry families a designator looks up "<designator> <place>" in ("Autobahnpolizei Bielefeld" → "Polizei Bielefeld"). */
export type Family = 'police' | 'prosecutor' | 'general-prosecutor' | 'local-court' | 'regional-court' | 'higher-regional-court'
  | 'administrative-court' | 'court' | 'customs' | 'federal-police' | 'federal-police-unit' | 'state-government' | 'fire-service' | 'prison';

/** A Land's ministries and chancellery by their short names (besides the interior ministry, which the registry keeps). */
export const LAND_MINISTRY_SHORT_NAMES: readonly string[] = ['Justizministerium', 'Finanzministerium', 'Digitalministerium', 'Wirtschaftsministerium',
  'Sozialministerium', 'Kultusministerium', 'Gesundheitsministerium', 'Umweltministerium', 'Verkehrsministerium', 'Bildungsministerium',
  'Kommunalministerium', 'Staatskanzlei'];

/**
 * A word before a place (or a qualifier, a number) that makes a public body: "Polizeiinspektion Würzburg-Land",
 * "Staatsanwaltschaft Kleve", "Polizeidirektion Ost", "Polizeiabschnitt 54".
 */
export interface Designator {
  /** The spelled-out designator, the first word of the canonical name: "Polizeiinspektion". */
  readonly canonical: string;
  /** Further written forms of the singular: genitives, variants ("Kripo"). */
  readonly forms?: readonly string[];
  /** Abbreviations, matched case-sensitively as whole words ("PI", "KPI"). */
  readonly abbreviations?: readonly string[];
  /** Abbreviations that count only after an article or preposition ("des AG Pößneck"; "AG" alone is a company form). */
  readonly articleAbbreviations?: readonly string[];
  /** Plural forms, which may name several places: "der Landespolizeien Sachsen und Sachsen-Anhalt". */
  readonly plurals?: readonly string[];
  readonly kind: AgencyKind;
  readonly family: Family;
  /**
   * How the registry is consulted: 'authority' folds into the registry authority of the same place and family
   * ("Kriminalpolizei Bielefeld" → Polizeipräsidium Bielefeld), 'unit' only into an entry of exactly this name
   * (a Polizeiinspektion, Polizeirevier or Polizeistation with a place of its own is an agency of its own).
   */
  readonly registry: 'authority' | 'unit';
  /** Registry id every match folds into (units of a federal authority: "Bundespolizeiinspektion Dresden"). */
  readonly parent?: string;
  /** "das Polizeirevier in Meerane": the place may follow "in". */
  readonly inPlace?: boolean;
  /** "Staatsanwaltschaft beim Landgericht Berlin": the place may follow the court the body is attached to. */
  readonly atCourt?: boolean;
  /** "Polizeidirektion 5 (City)", "Polizeiabschnitt 54": a number names the body. */
  readonly numbered?: boolean;
  /** "Polizeidirektion Ost": a compass word names the body. */
  readonly compass?: boolean;
  /** "Polizeiinspektion Ludwigshafen 1": a single digit after the place is part of the name. */
  readonly placeNumber?: boolean;
  /** "Staatsanwaltschaft München II", "Landgericht München I": a Roman numeral after the seat tells two bodies of one town apart. */
  readonly placeRoman?: boolean;
  /** "Polizei Sachsen": a Land names the body. */
  readonly state?: boolean;
  /** Only a Land may follow ("Landespolizei Sachsen"), no municipality. */
  readonly stateOnly?: boolean;
  /**
   * A word too general on its own ("Außenstelle"): a body only in a list of police units, right after one in the
   * same sentence ("das Polizeirevier Stendal mit dem Revierkommissariat Osterburg und der Außenstelle Havelberg").
   */
  readonly afterPoliceUnit?: boolean;
  /**
   * Bodies of one place and the same branch are one body: "Kripo Augsburg" and "Kriminalpolizeiinspektion Augsburg";
   * the more specific name (higher rank) wins.
   */
  readonly branch?: 'police' | 'kripo';
  readonly rank?: number;
}

const police = { kind: 'police', family: 'police' } as const;

export const DESIGNATORS: readonly Designator[] = [
  { ...police, canonical: 'Polizei', plurals: ['Polizeien'], registry: 'authority', state: true, branch: 'police', rank: 0 },
  { ...police, canonical: 'Landespolizei', plurals: ['Landespolizeien'], registry: 'authority', state: true, stateOnly: true },
  // A Land's riot police, a body of its own ("Bereitschaftspolizei Niedersachsen", "die Thüringer Bereitschaftspolizei").
  { ...police, canonical: 'Bereitschaftspolizei', registry: 'unit', state: true, stateOnly: true },
  // Mecklenburg-Vorpommern's riot police office, named by its Land ("Landesbereitschaftspolizeiamt Mecklenburg-Vorpommern").
  { ...police, canonical: 'Landesbereitschaftspolizeiamt', forms: ['Landesbereitschaftspolizeiamts', 'Landesbereitschaftspolizeiamtes'], registry: 'unit', state: true, stateOnly: true },
  { ...police, canonical: 'Polizeipräsidium', forms: ['Polizeipräsidiums'], abbreviations: ['PP'], plurals: ['Polizeipräsidien'], registry: 'authority', inPlace: true, compass: true, branch: 'police', rank: 2 },
  // The short form in joint releases ("des Präsidiums Mannheim und des LKA"): only with a place of its own.
  { ...police, canonical: 'Polizeipräsidium', forms: ['Präsidium', 'Präsidiums'], registry: 'authority' },
  { ...police, canonical: 'Landespolizeipräsidium', forms: ['Landespolizeipräsidiums'], registry: 'authority', state: true },
  { ...police, canonical: 'Kreispolizeibehörde', abbreviations: ['KPB'], plurals: ['Kreispolizeibehörden'], registry: 'authority', branch: 'police', rank: 2 },
  { ...police, canonical: 'Polizeidirektion', abbreviations: ['PD'], plurals: ['Polizeidirektionen'], registry: 'unit', inPlace: true, numbered: true, compass: true, branch: 'police', rank: 2 },
  { ...police, canonical: 'Landespolizeidirektion', abbreviations: ['LPD'], registry: 'unit', compass: true, branch: 'police', rank: 2 },
  { ...police, canonical: 'Landespolizeiinspektion', abbreviations: ['LPI'], plurals: ['Landespolizeiinspektionen'], registry: 'unit', inPlace: true, branch: 'police', rank: 2 },
  { ...police, canonical: 'Polizeiinspektion', abbreviations: ['PI'], plurals: ['Polizeiinspektionen'], registry: 'unit', inPlace: true, compass: true, branch: 'police', rank: 1, placeNumber: true },
  { ...police, canonical: 'Verkehrspolizeiinspektion', abbreviations: ['VPI'], plurals: ['Verkehrspolizeiinspektionen'], registry: 'unit', inPlace: true },
  { ...police, canonical: 'Grenzpolizeiinspektion', abbreviations: ['GPI'], registry: 'unit', inPlace: true },
  { ...police, canonical: 'Wasserschutzpolizeiinspektion', registry: 'unit', inPlace: true },
  { ...police, canonical: 'Polizeirevier', forms: ['Polizeireviers', 'Polizeirevieres'], plurals: ['Polizeireviere'], registry: 'unit', inPlace: true, numbered: true, compass: true, placeNumber: true },
  // The short form in police releases ("des Reviers Offenburg", "des Görlitzer Reviers"): only with a place of its own, not
  // by a compass word or number ("des Reviers Nord" is a part of its Polizeipräsidium).
  { ...police, canonical: 'Polizeirevier', forms: ['Revier', 'Reviers', 'Revieres'], registry: 'unit' },
  { ...police, canonical: 'Autobahnpolizeirevier', forms: ['Autobahnpolizeireviers', 'Autobahnpolizeirevieres'], registry: 'unit', inPlace: true },
  { ...police, canonical: 'Revierkommissariat', forms: ['Revierkommissariats', 'Revierkommissariates'], registry: 'unit', inPlace: true },
  { ...police, canonical: 'Polizeikommissariat', forms: ['Polizeikommissariats', 'Polizeikommissariates'], plurals: ['Polizeikommissariate'], registry: 'unit', inPlace: true, numbered: true, placeNumber: true },
  { ...police, canonical: 'Polizeistation', plurals: ['Polizeistationen'], registry: 'unit', inPlace: true },
  // Baden-Württemberg's traffic police stations: "Verkehrskommissariat Laupheim".
  { ...police, canonical: 'Verkehrskommissariat', forms: ['Verkehrskommissariats', 'Verkehrskommissariates'], registry: 'unit', inPlace: true },
  { ...police, canonical: 'Polizeihauptrevier', forms: ['Polizeihauptreviers', 'Polizeihauptrevieres'], registry: 'unit', inPlace: true },
  { ...police, canonical: 'Polizeiautobahnstation', registry: 'unit', inPlace: true },
  { ...police, canonical: 'Autobahnpolizeistation', plurals: ['Autobahnpolizeistationen'], registry: 'unit', inPlace: true },
  { ...police, canonical: 'Wasserschutzpolizeistation', registry: 'unit', inPlace: true },
  { ...police, canonical: 'Polizeiwache', plurals: ['Polizeiwachen'], registry: 'unit', inPlace: true, numbered: true, placeNumber: true },
  { ...police, canonical: 'Polizeiposten', registry: 'unit', inPlace: true },
  // Thuringia's inspection services, named by their seat ("Inspektionsdienst Gotha", a part of a Landespolizeiinspektion).
  { ...police, canonical: 'Inspektionsdienst', forms: ['Inspektionsdienstes', 'Inspektionsdiensts'], registry: 'unit', inPlace: true },
  // Bavaria's border police, named by their seat: "Beamte der Grenzpolizei Murnau", "Grenzpolizeistation Piding".
  { ...police, canonical: 'Grenzpolizei', registry: 'unit', inPlace: true },
  { ...police, canonical: 'Grenzpolizeistation', plurals: ['Grenzpolizeistationen'], registry: 'unit', inPlace: true },
  // The operations centre of a Polizeipräsidium, named by its seat in Rheinland-Pfalz and the Saarland ("Führungszentrale Trier").
  { ...police, canonical: 'Führungszentrale', registry: 'unit', inPlace: true },
  { ...police, canonical: 'Polizeiabschnitt', forms: ['Polizeiabschnitts', 'Polizeiabschnittes'], plurals: ['Polizeiabschnitte', 'Polizeiabschnitten'], registry: 'unit', numbered: true },
  { ...police, canonical: 'Kriminalpolizei', forms: ['Kripo'], registry: 'unit', inPlace: true, branch: 'kripo', rank: 0 },
  { ...police, canonical: 'Kriminalpolizeiinspektion', abbreviations: ['KPI'], plurals: ['Kriminalpolizeiinspektionen'], registry: 'unit', inPlace: true, branch: 'kripo', rank: 1 },
  { ...police, canonical: 'Kriminalpolizeidirektion', abbreviations: ['KPD'], registry: 'unit', branch: 'kripo', rank: 1 },
  // Rheinland-Pfalz's criminal police directorates, one per Polizeipräsidium, named by their seat ("Kriminaldirektion Trier").
  { ...police, canonical: 'Kriminaldirektion', plurals: ['Kriminaldirektionen'], registry: 'unit', inPlace: true, branch: 'kripo', rank: 1 },
  { ...police, canonical: 'Bezirkskriminalinspektion', forms: ['Bezirkskriminalinspektionen'], abbreviations: ['BKI'], registry: 'unit', inPlace: true, branch: 'kripo', rank: 1 },
  { ...police, canonical: 'Kriminalinspektion', plurals: ['Kriminalinspektionen'], registry: 'unit', inPlace: true, branch: 'kripo', rank: 1 },
  // Schleswig-Holstein's criminal police stations: "Kriminalpolizeistelle Rendsburg", "Kriminalpolizeistation Eckernförde".
  { ...police, canonical: 'Kriminalpolizeistelle', registry: 'unit', inPlace: true, branch: 'kripo', rank: 1 },
  { ...police, canonical: 'Kriminalpolizeistation', registry: 'unit', inPlace: true, branch: 'kripo', rank: 1 },
  { ...police, canonical: 'Kriminalaußenstelle', plurals: ['Kriminalaußenstellen'], registry: 'unit', inPlace: true },
  { ...police, canonical: 'Außenstelle', plurals: ['Außenstellen'], registry: 'unit', inPlace: true, afterPoliceUnit: true },
  // The Saarland's criminal police units, named by their seat: "Kriminaldienst Saarbrücken".
  { ...police, canonical: 'Kriminaldienst', forms: ['Kriminaldienstes', 'Kriminaldiensts'], registry: 'unit', inPlace: true, branch: 'kripo', rank: 1 },
  { ...police, canonical: 'Kriminaldauerdienst', forms: ['Kriminaldauerdienstes', 'Kriminaldauerdiensts'], registry: 'unit' },
  { ...police, canonical: 'Autobahnpolizei', registry: 'authority' },
  { ...police, canonical: 'Wasserschutzpolizei', registry: 'authority' },
  { kind: 'prosecutor', family: 'prosecutor', canonical: 'Staatsanwaltschaft', abbreviations: ['StA'], plurals: ['Staatsanwaltschaften'], registry: 'authority', inPlace: true, atCourt: true, placeRoman: true },
  { kind: 'prosecutor', family: 'prosecutor', canonical: 'Schwerpunktstaatsanwaltschaft', registry: 'unit', inPlace: true },
  { kind: 'prosecutor', family: 'general-prosecutor', canonical: 'Generalstaatsanwaltschaft', abbreviations: ['GenStA', 'GStA'], plurals: ['Generalstaatsanwaltschaften'], registry: 'authority', inPlace: true, atCourt: true },
  { kind: 'court', family: 'local-court', canonical: 'Amtsgericht', forms: ['Amtsgerichts', 'Amtsgerichtes'], articleAbbreviations: ['AG'], plurals: ['Amtsgerichte'], registry: 'authority', inPlace: true },
  { kind: 'court', family: 'regional-court', canonical: 'Landgericht', forms: ['Landgerichts', 'Landgerichtes'], abbreviations: ['LG'], plurals: ['Landgerichte'], registry: 'authority', inPlace: true, placeRoman: true },
  { kind: 'court', family: 'higher-regional-court', canonical: 'Oberlandesgericht', forms: ['Oberlandesgerichts', 'Oberlandesgerichtes'], abbreviations: ['OLG'], registry: 'authority', inPlace: true },
  { kind: 'court', family: 'administrative-court', canonical: 'Verwaltungsgericht', forms: ['Verwaltungsgerichts', 'Verwaltungsgerichtes'], registry: 'authority', inPlace: true },
  { kind: 'court', family: 'court', canonical: 'Oberverwaltungsgericht', forms: ['Oberverwaltungsgerichts', 'Oberverwaltungsgerichtes'], abbreviations: ['OVG'], registry: 'unit' },
  { kind: 'court', family: 'court', canonical: 'Sozialgericht', forms: ['Sozialgerichts', 'Sozialgerichtes'], registry: 'unit', inPlace: true },
  { kind: 'court', family: 'court', canonical: 'Schöffengericht', forms: ['Schöffengerichts', 'Schöffengerichtes'], registry: 'unit', inPlace: true },
  { kind: 'court', family: 'court', canonical: 'Jugendschöffengericht', forms: ['Jugendschöffengerichts', 'Jugendschöffengerichtes'], registry: 'unit', inPlace: true },
  // A Land's constitutional court, named by its Land ("Verfassungsgerichtshof Sachsen", "… des Landes Berlin").
  { kind: 'court', family: 'court', canonical: 'Verfassungsgerichtshof', forms: ['Verfassungsgerichtshofs', 'Verfassungsgerichtshofes'], registry: 'unit', state: true, stateOnly: true },
  { kind: 'court', family: 'court', canonical: 'Arbeitsgericht', forms: ['Arbeitsgerichts', 'Arbeitsgerichtes'], registry: 'unit', inPlace: true },
  { kind: 'court', family: 'court', canonical: 'Finanzgericht', forms: ['Finanzgerichts', 'Finanzgerichtes'], registry: 'unit' },
  // A prison by its seat: "Justizvollzugsanstalt Zwickau", "JVA Moabit" (a public body with a name, guide §2).
  { kind: 'state-agency', family: 'prison', canonical: 'Justizvollzugsanstalt', forms: ['Justizvollzugsanstalten'], abbreviations: ['JVA'], registry: 'unit', inPlace: true },
  { kind: 'federal-agency', family: 'customs', canonical: 'Hauptzollamt', forms: ['Hauptzollamts', 'Hauptzollamtes'], registry: 'unit', inPlace: true },
  { kind: 'federal-agency', family: 'customs', canonical: 'Zollfahndungsamt', forms: ['Zollfahndungsamts', 'Zollfahndungsamtes'], registry: 'unit' },
  { kind: 'police', family: 'federal-police', canonical: 'Bundespolizei', registry: 'authority', parent: 'bundespolizei' },
  // Units of the Bundespolizei with a place of their own are agencies of their own ("Bundespolizeiinspektion Kiel").
  { kind: 'police', family: 'federal-police-unit', canonical: 'Bundespolizeidirektion', registry: 'unit', inPlace: true },
  { kind: 'police', family: 'federal-police-unit', canonical: 'Bundespolizeiinspektion', plurals: ['Bundespolizeiinspektionen'], registry: 'unit', inPlace: true },
  { kind: 'police', family: 'federal-police-unit', canonical: 'Bundespolizeirevier', forms: ['Bundespolizeireviers'], registry: 'unit', inPlace: true },
  // A regional dispatch centre named by its region ("Regionalleitstelle Lausitz"): a public body with a name (guide §2).
  // Fire brigades by their town ("Berufsfeuerwehr Lübeck", "Feuerwehr Erlangen") are left out: annotators name them as
  // bodies in one text of three, as the service at work in the others.
  { kind: 'fire-service', family: 'fire-service', canonical: 'Regionalleitstelle', plurals: ['Regionalleitstellen'], registry: 'unit', inPlace: true, state: true },
  // State mid-level authorities named by their seat: "Bezirksregierung Münster", "Regierungspräsidium Darmstadt".
  { kind: 'state-agency', family: 'state-government', canonical: 'Bezirksregierung', plurals: ['Bezirksregierungen'], registry: 'unit' },
  { kind: 'state-agency', family: 'state-government', canonical: 'Regierungspräsidium', forms: ['Regierungspräsidiums'], plurals: ['Regierungspräsidien'], registry: 'unit' },
  // A Land's ministries by their short names, with the Land after them: "Innenministerium NRW".
  ...['Innenministerium', ...LAND_MINISTRY_SHORT_NAMES, 'Senatskanzlei']
    .map((canonical): Designator => ({ kind: 'state-agency', family: 'state-government', canonical, forms: [`${canonical}s`], registry: 'unit', state: true, stateOnly: true })),
];

/**
 * Police regions that are not municipality or district names but appear after "Polizei"/"Polizeipräsidium"
 * ("Polizeipräsidium Westhessen", "Kriminaldauerdienst Mittelfranken"; "PD Hochtaunus" is checked against
 * districts with "kreis" added).
 */
export const POLICE_REGIONS: ReadonlySet<string> = new Set([
  'Westhessen', 'Osthessen', 'Mittelhessen', 'Nordhessen', 'Südhessen', 'Südosthessen', 'Rheinpfalz', 'Westpfalz',
  'Oberbayern Nord', 'Oberbayern Süd', 'Mittelfranken', 'Oberfranken', 'Unterfranken', 'Oberpfalz', 'Niederbayern',
  'Schwaben Nord', 'Schwaben Süd/West', 'Ostwestfalen', 'Südwestfalen', 'Oberbayern', 'Schwaben', 'Hochtaunus',
  'Main-Kinzig', 'Main-Taunus', 'Rheingau-Taunus', 'Lahn-Dill', 'Vogelsberg', 'Wetterau', 'Bergstraße', 'Odenwald',
  'Altmark', 'Harz', 'Lausitz', 'Uckermark', 'Vorpommern', 'Westmecklenburg', 'Mecklenburgische Seenplatte',
  // The Saarland's inspection at Wadern ("Polizeiinspektion Nordsaarland").
  'Nordsaarland',
]);

/** Compass words that name a directorate or inspection on their own: "Polizeidirektion Ost". */
export const COMPASS: ReadonlySet<string> = new Set([
  'Nord', 'Ost', 'Süd', 'West', 'Mitte', 'Nordost', 'Nordwest', 'Südost', 'Südwest', 'Zentral', 'Zentrum',
  'Nord-Ost', 'Nord-West', 'Süd-Ost', 'Süd-West',
]);

/** Qualifiers after a hyphen that stay part of a unit's place: "Polizeiinspektion Würzburg-Land", "Hannover-Mitte". */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  'Land', 'Stadt', 'Nord', 'Ost', 'Süd', 'West', 'Mitte', 'Nordost', 'Nordwest', 'Südost', 'Südwest', 'Zentrum',
  'Innenstadt', 'City', 'Altstadt',
]);

/** The Länder by name as written after "Polizei"/"Landespolizei", with their AGS prefix. */
export const STATES: ReadonlyMap<string, string> = new Map([
  ['Schleswig-Holstein', '01'], ['Hamburg', '02'], ['Niedersachsen', '03'], ['Bremen', '04'], ['Nordrhein-Westfalen', '05'],
  ['NRW', '05'], ['Hessen', '06'], ['Rheinland-Pfalz', '07'], ['Baden-Württemberg', '08'], ['Bayern', '09'], ['Saarland', '10'],
  ['Berlin', '11'], ['Brandenburg', '12'], ['Mecklenburg-Vorpommern', '13'], ['Sachsen', '14'], ['Sachsen-Anhalt', '15'],
  ['Thüringen', '16'],
]);

/** Words between a plural designator and its places: "der Polizei der Länder Brandenburg und Sachsen". */
export const STATE_LIST_INTRO: readonly string[] = ['der Länder ', 'der Bundesländer ', 'aus den Ländern ', 'der Länder\u00a0'];

/**
 * What may stand between coordinated designators or places: "Polizei und Staatsanwaltschaft Osnabrück". An article
 * starts a noun phrase of its own ("die Generalstaatsanwaltschaft und das Polizeipräsidium Rheinpfalz"), so none may.
 */
export const COORDINATION = /^[ \u00a0]*(?:,|,?[ \u00a0]*(?:und|sowie|oder|bzw\.|&))[ \u00a0]+$/u;

/** Articles and prepositions before which an article-only abbreviation counts ("des AG Pößneck"). */
export const ARTICLES: ReadonlySet<string> = new Set([
  'der', 'des', 'dem', 'den', 'das', 'die', 'vom', 'beim', 'am', 'im', 'zum', 'zur', 'beim', 'vor', 'ans',
]);

/**
 * Bodies a Land has one of, named without their Land (whole words); resolved from the document's state (guide §2:
 * "das Landeskriminalamt" in a release of a body of one Land is that Land's LKA). "der Polizeipräsident" is
 * certain only in a Land with one police authority headed by a Polizeipräsident ("Der Polizeipräsident in
 * Berlin"); a Land office (the Landespolizeiamt, the Munitionsbergungsdienst) only where the registry has one for the Land; "die Landespolizei" is the Land's
 * police, "die Bereitschaftspolizei" its riot police; "das Innenministerium" is the Land's
 * interior ministry (never "Bundesinnenministerium", one word); "das Regierungspräsidium", "die Bezirksregierung" is the one
 * of the Regierungsbezirk the text is about (resolved from the places, not the Land).
 */
export type GenericBody = 'lka' | 'police-president' | 'land-office' | 'land-police' | 'riot-police' | 'interior-ministry' | 'ministry' | 'regional-government';
export const GENERIC_BODY_WORDS: ReadonlyMap<string, GenericBody> = new Map([
  ...['Landeskriminalamt', 'Landeskriminalamtes', 'Landeskriminalamts', 'LKA'].map((w) => [w, 'lka'] as const),
  ...['Polizeipräsident', 'Polizeipräsidenten', 'Polizeipräsidentin'].map((w) => [w, 'police-president'] as const),
  // Offices a Land has one of, found as "<office> <Land>" in the registry: Schleswig-Holstein's Landespolizeiamt,
  // Mecklenburg-Vorpommern's Munitionsbergungsdienst ("der Munitionsbergungsdienst aus Mirow").
  ...['Landespolizeiamt', 'Landespolizeiamtes', 'Landespolizeiamts', 'Munitionsbergungsdienst', 'Munitionsbergungsdienstes', 'Munitionsbergungsdiensts'].map((w) => [w, 'land-office'] as const),
  ...['Landespolizei'].map((w) => [w, 'land-police'] as const),
  ...['Bereitschaftspolizei'].map((w) => [w, 'riot-police'] as const),
  ...['Innenministerium', 'Innenministeriums'].map((w) => [w, 'interior-ministry'] as const),
  // "das Bildungsministerium", "die Staatskanzlei": the Land's, named "Bildungsministerium Schleswig-Holstein".
  ...LAND_MINISTRY_SHORT_NAMES.flatMap((w) => [w, `${w}s`]).map((w) => [w, 'ministry'] as const),
  ...['Regierungspräsidium', 'Regierungspräsidiums', 'Bezirksregierung'].map((w) => [w, 'regional-government'] as const),
]);
export const POLICE_PRESIDENT_BY_STATE: ReadonlyMap<string, string> = new Map([['11', 'polizei-berlin'], ['02', 'polizei-hamburg']]);

/** The head word of a named institution and what its name may go on with. */
export interface InstitutionHead {
  /** The name's first word(s) in the nominative: "Landesamt", "Der Senator". */
  readonly canonical: string;
  readonly kind: AgencyKind;
  /** Words that open the complement ("für", "des", "der"). */
  readonly links: ReadonlySet<string>;
  /** The complement may follow without a link word: "Landesbetrieb Verkehr", "Landesbetrieb Liegenschafts- und Baubetreuung". */
  readonly direct: boolean;
  /**
   * The capitalized article written right before the head, which is part of the name: Bremen's senators' authorities
   * are named "Der Senator für Inneres und Sport", "Die Senatorin für Finanzen"; without it the words name a person.
   */
  readonly article: string | undefined;
  /** What the complement must name for the head to make a public body of its kind ("Zweckverband … Datenverarbeitung"). */
  readonly complement: RegExp | undefined;
}

const LINKS: ReadonlySet<string> = new Set(['für', 'des', 'der']);
const FOR_ONLY: ReadonlySet<string> = new Set(['für']);
const IT_COMPLEMENT = /[Dd]aten|[Ii]nformations|[Ii]nformatik|Rechenzentrum|(?:^|[ -])IT(?:$|[ -])/u;

/**
 * Heads of named institutions whose name goes on with "für …", "des …", "der …":
 * "Landesamt für Bürger- und Ordnungsangelegenheiten", "Bundesamt für Justiz", "Ministerium des Innern",
 * "Der Senator für Inneres und Sport". The key is the written head (with its genitive forms).
 */
export const INSTITUTION_HEADS: ReadonlyMap<string, InstitutionHead> = (() => {
  const heads: [string, AgencyKind, string[], Partial<Pick<InstitutionHead, 'links' | 'direct' | 'article' | 'complement'>>?][] = [
    ['Landesamt', 'state-agency', ['Landesamts', 'Landesamtes']],
    ['Bundesamt', 'federal-agency', ['Bundesamts', 'Bundesamtes']],
    ['Landesanstalt', 'state-agency', []],
    ['Bundesanstalt', 'federal-agency', []],
    ['Landesbetrieb', 'state-agency', ['Landesbetriebs', 'Landesbetriebes'], { direct: true }],
    ['Landeszentrale', 'state-agency', []],
    ['Bundeszentrale', 'federal-agency', []],
    ['Landesbehörde', 'state-agency', []],
    // Hamburg's ministries: "Behörde für Inneres und Sport", "Behörde für Wissenschaft, Forschung, Gleichstellung und Bezirke".
    ['Behörde', 'state-agency', [], { links: FOR_ONLY, complement: /^\p{Lu}/u }],
    // "Kompetenzzentrum des Landes Hessen für Cybersicherheit": a Land's centre, known by what it is for.
    ['Kompetenzzentrum', 'state-agency', ['Kompetenzzentrums'], { complement: /Landes|Cyber|Sicherheit|Informationssicherheit/u }],
    ['Ministerium', 'state-agency', ['Ministeriums']],
    ['Staatsministerium', 'state-agency', ['Staatsministeriums']],
    ['Landesministerium', 'state-agency', ['Landesministeriums']],
    ['Bundesministerium', 'federal-agency', ['Bundesministeriums']],
    ['Senatsverwaltung', 'state-agency', []],
    ['Landesbeauftragte', 'state-agency', ['Landesbeauftragten'], { links: FOR_ONLY }],
    ['Landesbeauftragter', 'state-agency', [], { links: FOR_ONLY }],
    ['Bundesbeauftragte', 'federal-agency', ['Bundesbeauftragten'], { links: FOR_ONLY }],
    ['Senator', 'state-agency', [], { links: FOR_ONLY, article: 'Der' }],
    ['Senatorin', 'state-agency', [], { links: FOR_ONLY, article: 'Die' }],
    // A municipal association is an agency here only as a public IT provider (guide §2).
    ['Zweckverband', 'it-provider', ['Zweckverbands', 'Zweckverbandes'], { links: FOR_ONLY, direct: true, complement: IT_COMPLEMENT }],
  ];
  const out = new Map<string, InstitutionHead>();
  for (const [head, kind, forms, options] of heads) {
    const value: InstitutionHead = {
      canonical: options?.article ? `${options.article} ${head}` : head, kind, links: options?.links ?? LINKS, direct: options?.direct ?? false,
      article: options?.article, complement: options?.complement,
    };
    for (const f of [head, ...forms]) out.set(f, value);
  }
  return out;
})();

/** Words that open the complement of an institution's name. */
export const INSTITUTION_LINKS: ReadonlySet<string> = new Set(['für', 'des', 'der']);

/** Words that may join the parts of an institution's name: "für Sicherheit in der Informationstechnik". */
export const INSTITUTION_JOINERS: ReadonlySet<string> = new Set(['und', 'in', 'der', 'für']);

/** Lower-case words that are never part of an institution's name although they look like adjectives. */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  'die', 'der', 'das', 'den', 'dem', 'des', 'eine', 'einer', 'einen', 'einem', 'eines', 'keine', 'seine', 'ihre', 'diese',
  'dieser', 'diesen', 'jede', 'jeder', 'alle', 'aller', 'allen', 'sowie', 'habe', 'haben', 'hatte', 'hatten', 'werde',
  'werden', 'wurde', 'wurden', 'sei', 'seien', 'ohne', 'wie', 'gegen', 'unter', 'über', 'nach', 'beide', 'beiden',
]);

/** Land adjectives before an institution ("bayerischen Landesamt für …" → "Bayerisches Landesamt für …"), by stem. */
export const STATE_ADJECTIVE_STEMS: readonly string[] = [
  'Bayerisch', 'Sächsisch', 'Hessisch', 'Thüringer', 'Niedersächsisch', 'Brandenburgisch', 'Saarländisch', 'Berliner',
  'Hamburgisch', 'Bremisch',
];

/** Land adjectives (stem without ending, lower case) → the Land's name, as registry names write it ("Polizei Sachsen"). */
export const STATE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['sächsisch', 'Sachsen'], ['bayerisch', 'Bayern'], ['hessisch', 'Hessen'], ['thüringisch', 'Thüringen'], ['niedersächsisch', 'Niedersachsen'],
  ['brandenburgisch', 'Brandenburg'], ['saarländisch', 'Saarland'], ['hamburgisch', 'Hamburg'], ['bremisch', 'Bremen'],
  ['schleswig-holsteinisch', 'Schleswig-Holstein'], ['mecklenburg-vorpommersch', 'Mecklenburg-Vorpommern'], ['rheinland-pfälzisch', 'Rheinland-Pfalz'],
  ['nordrhein-westfälisch', 'Nordrhein-Westfalen'], ['baden-württembergisch', 'Baden-Württemberg'], ['sachsen-anhaltisch', 'Sachsen-Anhalt'],
]);
/** Undeclined Land adjectives: "der Thüringer Polizei". */
export const STATE_ER_ADJECTIVES: ReadonlyMap<string, string> = new Map([['Thüringer', 'Thüringen'], ['Berliner', 'Berlin'], ['Hamburger', 'Hamburg'], ['Bremer', 'Bremen']]);
