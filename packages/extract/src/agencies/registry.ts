import type { AgencyEntry } from '@lagebild/gazetteer';
import { derived, type Resources } from '../resources.js';
import { inflections } from '../text/inflect.js';
import { slugify } from './slug.js';
import {
  CONFIDENCE, DESIGNATORS, GENERIC_BODY_WORDS, INSTITUTION_HEADS, type Designator, type GenericBody, type InstitutionHead,
} from './constants.js';

/** One written form of a registry entry. */
export interface RegistryForm {
  readonly written: string;
  readonly entry: AgencyEntry;
  /** Abbreviations ("BSI", "POL-DO") must not follow a hyphen and count with lower confidence when short. */
  readonly abbreviation: boolean;
  /** The confidence of a mention written in this form: a name's, an abbreviation's, a short (up to three letters) abbreviation's. */
  readonly confidence: number;
}

/** One written form of a designator: "Polizeiinspektion", "PI", "Polizeiinspektionen", "AG". */
export interface DesignatorForm {
  readonly designator: Designator;
  readonly plural: boolean;
  readonly abbreviation: boolean;
  /** Counts only after an article or preposition ("des AG Pößneck"). */
  readonly articleOnly: boolean;
}

/** What one word may start: registry forms, a designator ("Polizei", "Staatsanwaltschaft"), a generic LKA. */
export interface WordEntry {
  readonly forms: readonly RegistryForm[] | undefined;
  /** `forms` by the two code units after the word (see {@link nextKey}), for forms that go on that far; longest first. */
  readonly formsByNext: ReadonlyMap<number, readonly RegistryForm[]> | undefined;
  /** `forms` that end at the word or one code unit after it; longest first. */
  readonly shortForms: readonly RegistryForm[] | undefined;
  readonly designator: DesignatorForm | undefined;
  /** A body the Land has one of, named without its Land (see GENERIC_BODY_WORDS). */
  readonly generic: GenericBody | undefined;
  /** The head of a named institution ("Landesamt", "Bundesministeriums"). */
  readonly institution: InstitutionHead | undefined;
}

/** Written forms of the registry, compiled once per registry. */
export interface CompiledRegistry {
  /** Everything a word may start, in one lookup per word. */
  readonly byWord: ReadonlyMap<string, WordEntry>;
  /** Names, aliases (with their inflected forms) and abbreviations by their first word, longest first; case-sensitive. */
  readonly byFirstWord: ReadonlyMap<string, readonly RegistryForm[]>;
  /** Place part of designator forms, per family: "police" + "Dortmund" → polizei-dortmund. */
  readonly byPlace: ReadonlyMap<string, AgencyEntry>;
  /** Registry names and aliases as written, for exact look-ups of composed names ("Polizeiinspektion Halle"). */
  readonly byName: ReadonlyMap<string, AgencyEntry>;
  /** Registry names and aliases by their slug: "Polizeipräsidium Oberbayern-Nord" is "Polizeipräsidium Oberbayern Nord". */
  readonly bySlug: ReadonlyMap<string, AgencyEntry>;
  readonly byId: (id: string) => AgencyEntry | undefined;
  /** The state LKA for a two-digit state prefix. */
  readonly lkaByState: ReadonlyMap<string, AgencyEntry>;
  /** The Regierungspräsidium, Bezirksregierung or Regierung of each Regierungsbezirk (3-digit AGS prefix). */
  readonly byRegion: ReadonlyMap<string, AgencyEntry>;
  /** Police authorities with a district- or municipality-level jurisdiction. */
  readonly localPolice: readonly AgencyEntry[];
}

const FIRST_WORD = /^[\p{L}\p{M}\p{N}]+/u;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The two code units of `text` at `at` as one number (0 past the end). "Polizei" starts 126 registry
 * forms and nearly every police release; the code units after it leave a handful to compare.
 */
export function nextKey(text: string, at: number): number {
  // Bounds checked here: charCodeAt past the end (NaN, i.e. 0 below) makes V8 drop the optimized code of the caller.
  const first = at < text.length ? text.charCodeAt(at) : 0;
  const second = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  return ((first << 16) | second) >>> 0;
}

/** A word's forms split by what follows the word, each part in the order of `forms`. */
function indexForms(word: string, forms: readonly RegistryForm[]): Pick<WordEntry, 'formsByNext' | 'shortForms'> {
  const formsByNext = new Map<number, RegistryForm[]>();
  const shortForms: RegistryForm[] = [];
  for (const f of forms) {
    if (f.written.length < word.length + 2) {
      shortForms.push(f);
      continue;
    }
    const key = nextKey(f.written, word.length);
    const list = formsByNext.get(key) ?? [];
    list.push(f);
    formsByNext.set(key, list);
  }
  // An empty list is left out rather than kept: V8 gives an empty array literal a map of its own, and a loop that
  // meets it beside the filled lists has its compiled code thrown away.
  return { formsByNext, shortForms: shortForms.length > 0 ? shortForms : undefined };
}

/** Every written form of each designator. */
export function designatorForms(): Map<string, DesignatorForm> {
  const out = new Map<string, DesignatorForm>();
  for (const d of DESIGNATORS) {
    // Every field present, in one order: one object shape for the hot code that reads them.
    const designator: Designator = {
      canonical: d.canonical, forms: d.forms, abbreviations: d.abbreviations, articleAbbreviations: d.articleAbbreviations, plurals: d.plurals,
      kind: d.kind, family: d.family, registry: d.registry, parent: d.parent, inPlace: d.inPlace ?? false, atCourt: d.atCourt ?? false, numbered: d.numbered ?? false,
      compass: d.compass ?? false, placeNumber: d.placeNumber ?? false, placeRoman: d.placeRoman ?? false, state: d.state ?? false, stateOnly: d.stateOnly ?? false,
      afterPoliceUnit: d.afterPoliceUnit ?? false, branch: d.branch, rank: d.rank ?? 0,
    };
    const add = (written: string, plural: boolean, abbreviation: boolean, articleOnly: boolean): void => {
      if (!out.has(written)) out.set(written, { designator, plural, abbreviation, articleOnly });
    };
    add(designator.canonical, false, false, false);
    for (const f of designator.forms ?? []) add(f, false, false, false);
    for (const f of designator.abbreviations ?? []) add(f, false, true, false);
    for (const f of designator.articleAbbreviations ?? []) add(f, false, true, true);
    for (const f of designator.plurals ?? []) add(f, true, false, false);
  }
  return out;
}

const FORMS = designatorForms();

function familyOf(designator: string): string | undefined {
  const form = FORMS.get(designator);
  return form && !form.plural ? form.designator.family : undefined;
}

/** The registry's written forms, compiled once per registry. */
export function compiledRegistry(resources: Resources): CompiledRegistry {
  return derived(resources, 'agencies/registry', ({ registry }) => {
    const byFirstWord = new Map<string, RegistryForm[]>();
    const seen = new Set<string>();
    const add = (written: string, entry: AgencyEntry, abbreviation: boolean): void => {
      const key = `${abbreviation ? 'a' : 'f'}:${written}`;
      if (seen.has(key)) return;
      seen.add(key);
      const first = FIRST_WORD.exec(written)?.[0];
      if (!first) return;
      const list = byFirstWord.get(first) ?? [];
      list.push({ written, entry, abbreviation, confidence: !abbreviation ? CONFIDENCE.name : written.length <= 3 ? CONFIDENCE.shortAbbreviation : CONFIDENCE.abbreviation });
      byFirstWord.set(first, list);
    };
    const byPlace = new Map<string, AgencyEntry>();
    const byName = new Map<string, AgencyEntry>();
    const bySlug = new Map<string, AgencyEntry>();
    const lkaByState = new Map<string, AgencyEntry>();
    const byRegion = new Map<string, AgencyEntry>();
    // Full names and aliases first, so that they win over an abbreviation of the same length.
    for (const entry of registry.agencies) {
      for (const written of [entry.name, ...entry.aliases]) {
        if (!byName.has(written)) byName.set(written, entry);
        const slug = slugify(written);
        if (!bySlug.has(slug)) bySlug.set(slug, entry);
        for (const v of inflections(written)) add(v, entry, false);
        const space = written.indexOf(' ');
        const family = space > 0 ? familyOf(written.slice(0, space)) : undefined;
        if (family) {
          const key = `${family}:${written.slice(space + 1)}`;
          if (!byPlace.has(key)) byPlace.set(key, entry);
        }
      }
      if (entry.id.startsWith('lka-') && entry.jurisdiction.length === 1 && entry.jurisdiction[0]?.length === 2) {
        lkaByState.set(entry.jurisdiction[0], entry);
      }
      for (const j of entry.jurisdiction) if (j.length === 3 && !byRegion.has(j)) byRegion.set(j, entry);
    }
    for (const entry of registry.agencies) for (const a of entry.abbreviations) add(a, entry, true);
    for (const list of byFirstWord.values()) list.sort((a, b) => b.written.length - a.written.length);
    const localPolice = registry.agencies.filter((a) => a.kind === 'police' && a.jurisdiction.some((j) => j.length >= 5));
    // Every entry has every field, in one order: one object shape, so that the loop over a text's words reads
    // them without megamorphic look-ups.
    const byWord = new Map<string, WordEntry>();
    const entryOf = (word: string): Mutable<WordEntry> => {
      let e = byWord.get(word) as Mutable<WordEntry> | undefined;
      if (!e) {
        e = { forms: undefined, formsByNext: undefined, shortForms: undefined, designator: undefined, generic: undefined, institution: undefined };
        byWord.set(word, e);
      }
      return e;
    };
    for (const [word, forms] of byFirstWord) {
      const e = entryOf(word);
      const { formsByNext, shortForms } = indexForms(word, forms);
      e.forms = forms;
      e.formsByNext = formsByNext;
      e.shortForms = shortForms;
    }
    for (const [f, form] of FORMS) entryOf(f).designator = form;
    for (const [w, body] of GENERIC_BODY_WORDS) entryOf(w).generic = body;
    for (const [w, head] of INSTITUTION_HEADS) entryOf(w).institution = head;
    return { byWord, byFirstWord, byPlace, byName, bySlug, byId: registry.byId, lkaByState, byRegion, localPolice };
  });
}
