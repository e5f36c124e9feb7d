import type { AgencyKind } from '@lagebild/schema';

/** Confidence of a mention by how it was found. */
export const CONFIDENCE = {
  name: 0.95,
  abbreviation: 0.9,
  shortAbbreviation: 0.8,
  unit: 0.8,
  unitByJurisdiction: 0.7,
  unknown: 0.5,
  genericLka: 0.6,
} as const;

/** A designator before a place name that makes an authority: "Polizei Soest", "Staatsanwaltschaft Kleve". */
export interface Designator {
  /** Written forms, each matched as a whole word (with its genitive forms). */
  readonly forms: readonly string[];
  readonly kind: AgencyKind;
  /** Id prefix for authorities not in the registry: `unknown-polizei-<slug>`. */
  readonly unknownPrefix: string;
  /** Registry forms searched for the same place ("Autobahnpolizei Bielefeld" → "Polizei Bielefeld"). */
  readonly family: 'police' | 'prosecutor' | 'general-prosecutor' | 'local-court' | 'regional-court' | 'higher-regional-court' | 'administrative-court' | 'customs' | 'federal-police';
  /** Registry id every match folds into (units of a federal authority: "Bundespolizeiinspektion Dresden"). */
  readonly parent?: string;
}

/**
 * Designators of police units rather than authorities: a unit in a place that a registry police authority
 * covers belongs to that authority ("Kriminalpolizei Ludwigshafen" → Polizeipräsidium Rheinpfalz,
 * "Polizeistation Usingen" → Polizeipräsidium Westhessen).
 */
export const POLICE_UNITS: ReadonlySet<string> = new Set([
  'Polizeidirektion', 'Polizeiinspektion', 'Polizeirevier', 'Polizeireviers', 'Polizeirevieres', 'Polizeistation',
  'Polizeiwache', 'Polizeiposten', 'Kriminalpolizei', 'Kripo', 'Autobahnpolizei', 'Wasserschutzpolizei',
  'Kriminalinspektion', 'PD', 'PI',
]);

export const DESIGNATORS: readonly Designator[] = [
  {
    forms: ['Polizei', 'Polizeipräsidium', 'Polizeipräsidiums', 'Kreispolizeibehörde', 'Polizeidirektion', 'Polizeiinspektion',
      'Polizeirevier', 'Polizeireviers', 'Polizeirevieres', 'Polizeistation', 'Polizeiwache', 'Polizeiposten', 'Kriminalpolizei',
      'Kripo', 'Autobahnpolizei', 'Wasserschutzpolizei', 'Kriminalinspektion', 'PP', 'KPB', 'PD', 'PI'],
    kind: 'police', unknownPrefix: 'unknown-polizei-', family: 'police',
  },
  { forms: ['Staatsanwaltschaft', 'StA'], kind: 'prosecutor', unknownPrefix: 'unknown-staatsanwaltschaft-', family: 'prosecutor' },
  { forms: ['Generalstaatsanwaltschaft', 'GenStA', 'GStA'], kind: 'prosecutor', unknownPrefix: 'unknown-generalstaatsanwaltschaft-', family: 'general-prosecutor' },
  { forms: ['Amtsgericht', 'Amtsgerichts', 'Amtsgerichtes'], kind: 'court', unknownPrefix: 'unknown-amtsgericht-', family: 'local-court' },
  { forms: ['Landgericht', 'Landgerichts', 'Landgerichtes', 'LG'], kind: 'court', unknownPrefix: 'unknown-landgericht-', family: 'regional-court' },
  { forms: ['Oberlandesgericht', 'Oberlandesgerichts'], kind: 'court', unknownPrefix: 'unknown-oberlandesgericht-', family: 'higher-regional-court' },
  { forms: ['Verwaltungsgericht', 'Verwaltungsgerichts'], kind: 'court', unknownPrefix: 'unknown-verwaltungsgericht-', family: 'administrative-court' },
  { forms: ['Hauptzollamt', 'Hauptzollamts', 'Hauptzollamtes'], kind: 'federal-agency', unknownPrefix: 'unknown-hauptzollamt-', family: 'customs' },
  { forms: ['Zollfahndungsamt', 'Zollfahndungsamts', 'Zollfahndungsamtes'], kind: 'federal-agency', unknownPrefix: 'unknown-zollfahndungsamt-', family: 'customs' },
  {
    forms: ['Bundespolizei', 'Bundespolizeiinspektion', 'Bundespolizeidirektion', 'Bundespolizeirevier'],
    kind: 'police', unknownPrefix: 'unknown-bundespolizei-', family: 'federal-police', parent: 'bundespolizei',
  },
];

/**
 * Police regions that are not municipality or district names but appear after "Polizei"/"Polizeipräsidium"
 * ("Polizeipräsidium Westhessen", "PD Hochtaunus" is checked against districts with "kreis" added).
 */
export const POLICE_REGIONS: ReadonlySet<string> = new Set([
  'Westhessen', 'Osthessen', 'Mittelhessen', 'Nordhessen', 'Südhessen', 'Südosthessen', 'Rheinpfalz', 'Westpfalz',
  'Oberbayern Nord', 'Oberbayern Süd', 'Mittelfranken', 'Oberfranken', 'Unterfranken', 'Oberpfalz', 'Niederbayern',
  'Schwaben Nord', 'Schwaben Süd/West', 'Ostwestfalen', 'Südwestfalen',
]);

/** The Landeskriminalamt named without its state (whole words); resolved from the document's state. */
export const GENERIC_LKA_WORDS: ReadonlySet<string> = new Set(['Landeskriminalamt', 'Landeskriminalamtes', 'Landeskriminalamts', 'LKA']);
