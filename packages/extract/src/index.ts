/**
 * @lagebild/extract: dates, municipalities, districts, agencies, service impacts and contacts from the
 * text of a German press release, each mention with its evidence span.
 */
import type { Agency, DateMention, Document, Entities, LagebildRecord, SourceKind } from '@lagebild/schema';
import { loadAgencyRegistry, loadGazetteer, type AgencyRegistry, type DistrictEntry, type Gazetteer } from '@lagebild/gazetteer';
import { dropForeignAbbreviations, extractAgencies, resolveGenericAgencies, withTheirLand } from './agencies/index.js';
import { extractContacts } from './contacts/index.js';
import { berlinDate } from './dates/calendar.js';
import { extractDates } from './dates/index.js';
import { evaluateWith, type EvaluateOptions, type GoldReleaseLike } from './eval/evaluate.js';
import type { EvalReport } from './eval/score.js';
import { extractImpacts } from './impacts/index.js';
import { extractPlaces } from './places/index.js';
import { resourcesFor, type Resources } from './resources.js';
import { breadcrumbRanges, teaserRanges } from './text/navigation.js';
import { splitSentences } from './text/sentences.js';
import { byPosition } from './text/spans.js';
import { scanText } from './lexicon.js';
import { reportsOf } from './reports/index.js';

export { chronoCalls } from './dates/index.js';
export { reportsOf, splitSections } from './reports/index.js';
export type { Section, SectionKind, SplitOptions } from './reports/index.js';
export { EVAL_KINDS, asOfLine, baselineOf, dateKeys, datedImpacts, formatReport, goldKeys, impactKey, isMonthPrecision, predictedKeys, regressions, scoreDocuments, scoreOf } from './eval/score.js';
export type { AsOfMiss, AsOfScore, Baseline, DatedImpact, EvalKind, EvalReport, GoldEntitiesLike, KindScore, Miss, ScoredDocument } from './eval/score.js';
export type { EvaluateOptions, GoldReleaseLike } from './eval/evaluate.js';
export { agencyNameKey, corpusRelease, predictedAgencyKey, readCorpus } from './eval/corpus.js';
export type { CorpusDoc, CorpusGold, CorpusGoldImpact } from './eval/corpus.js';

/** Version of the extraction rules; stored with every record. */
export const EXTRACTOR_VERSION = '0.4.0';

/** What is known about a text besides the text itself. */
export interface ExtractContext {
  /**
   * Publication instant, ISO 8601 with offset (Europe/Berlin): the reference for relative and partial dates.
   * Without it the reference is the latest date with a written year in the text, and where there is none,
   * dates without a written year are not emitted (the guide's rule; the machine's clock is never read).
   */
  publishedAt?: string | undefined;
  sourceId?: string;
  sourceKind?: SourceKind;
  /** AGS prefix of the publisher's area, a hint for homonyms ("Neustadt"). */
  jurisdiction?: string;
  /** Agency registry id of the publisher. */
  sourceAgency?: string;
}

/** An extractor bound to one gazetteer and agency registry. */
export interface Extractor {
  /** Every entity of `text`; see {@link extractEntities}. */
  extractEntities(text: string, context: ExtractContext): Entities;
  /** The record for a document; see {@link extractRecord}. */
  extractRecord(document: Document, context?: Partial<ExtractContext>): LagebildRecord;
}

/** What an extractor looks names up in; defaults to the package's full gazetteer and registry. */
export interface ExtractorOptions {
  gazetteer?: Gazetteer;
  registry?: AgencyRegistry;
}

/** AGS prefixes that describe the publisher: its own jurisdiction, then its agency's. */
function publisherPrefixes(resources: Resources, context: ExtractContext): string[] {
  const out: string[] = [];
  if (context.jurisdiction && /^\d{2,8}$/.test(context.jurisdiction)) out.push(context.jurisdiction);
  const agency = context.sourceAgency ? resources.registry.byId(context.sourceAgency) : undefined;
  if (agency) out.push(...agency.jurisdiction);
  return out;
}

/** The single state of a list of AGS prefixes, or undefined when there are none or several. */
function singleState(prefixes: readonly string[]): string | undefined {
  // A loop, not a set: this runs twice per document, mostly over none or a few prefixes.
  if (prefixes.length === 0) return undefined;
  const state = prefixes[0]!.slice(0, 2);
  for (let i = 1; i < prefixes.length; i++) if (prefixes[i]!.slice(0, 2) !== state) return undefined;
  return state;
}

interface Range { start: number; end: number }

/**
 * The ranges of the IT providers among `agencies`. Every agency takes the same steps (its range pushed, and taken off
 * again unless it is a provider): a provider is rare, and a step only it took would make V8 drop and recompile the
 * whole of `entitiesWith`, into which this is inlined.
 */
function providersOf(agencies: readonly Agency[]): Range[] {
  const out: Range[] = [];
  for (const a of agencies) {
    out.push({ start: a.span.start, end: a.span.end });
    if (a.kind !== 'it-provider') out.pop();
  }
  return out;
}

const isCity = (d: DistrictEntry): boolean => d.type === 'Kreisfreie Stadt' || d.type === 'Stadtkreis';

/** The publisher's own Kreis, when its jurisdiction is one. */
function ownDistrict(resources: Resources, context: ExtractContext): DistrictEntry | undefined {
  const j = context.jurisdiction;
  if (!j || j.length !== 5) return undefined;
  const d = resources.gazetteer.districtByAgs(j);
  return d && !isCity(d) ? d : undefined;
}

/**
 * The publisher's own municipality or district as a place of last resort for impacts. Only a city's or
 * district's (or an unknown source's): a police or prosecutor's area is where it works, not whose services it reports.
 */
function publisherPlace(resources: Resources, context: ExtractContext) {
  const j = context.jurisdiction;
  if (!j) return undefined;
  if (context.sourceKind !== undefined && context.sourceKind !== 'city' && context.sourceKind !== 'district') return undefined;
  const g = resources.gazetteer;
  const span = { start: 0, end: 0, text: '' };
  if (j.length === 8) {
    const m = g.municipalityByAgs(j);
    if (m) {
      return { kind: 'municipality' as const, mention: { span, ags: m.ags, name: m.name, district: m.district, state: m.state, lat: m.lat, lon: m.lon, confidence: 0.5 } };
    }
  }
  const d = ownDistrict(resources, context);
  if (d) return { kind: 'district' as const, mention: { span, ags: d.ags, name: d.name, state: d.state, confidence: 0.5 } };
  return undefined;
}

/**
 * The Regierungsbezirk (3-digit AGS prefix) a text is about: the publisher's where its jurisdiction is that fine, else
 * the one all the places it names share; undefined where they lie in several or the Land has none.
 */
function regionOf(publisher: readonly string[], municipalities: readonly { ags: string }[], districts: readonly { ags: string }[]): string | undefined {
  for (const j of publisher) if (j.length >= 3) return j.slice(0, 3);
  let region: string | undefined;
  for (const p of [...municipalities, ...districts]) {
    const r = p.ags.slice(0, 3);
    if (region === undefined) region = r;
    else if (region !== r) return undefined;
  }
  return region;
}

/** The latest day a date mention with a written year names: the reference of a text without a publication instant. */
function latestWrittenDay(dates: readonly DateMention[]): string | undefined {
  let latest: string | undefined;
  for (const d of dates) {
    // A month ("Ende Mai 2019") is no calendar date, so no reference either (guide §3).
    if (d.implied.includes('year') || d.implied.includes('day')) continue;
    const day = (d.end ?? d.value).slice(0, 10);
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

function entitiesWith(resources: Resources, text: string, context: ExtractContext): Entities {
  const published = context.publishedAt === undefined ? undefined : new Date(context.publishedAt);
  if (published && Number.isNaN(published.getTime())) throw new RangeError(`publishedAt is not a date: ${context.publishedAt}`);
  const lexScan = scanText(resources, text);
  const tokens = lexScan.tokens;
  const contacts = extractContacts(text);
  const sentences = splitSentences(text, tokens.breaks);
  const publisher = publisherPrefixes(resources, context);
  const publisherState = singleState(publisher);
  const { agencies: namedAgencies, generic } = extractAgencies(resources, lexScan, publisherState);
  // Plain loops and {start, end} ranges of one shape: hot code that V8 compiles once, not once per shape.
  const agencyJurisdictions: string[] = [];
  const blocked: Range[] = [];
  for (const a of namedAgencies) {
    blocked.push({ start: a.span.start, end: a.span.end });
    const entry = resources.registry.byId(a.id);
    if (entry) for (const j of entry.jurisdiction) if (j.length >= 5) agencyJurisdictions.push(j);
  }
  const contactRanges: Range[] = [];
  for (const c of contacts) {
    blocked.push({ start: c.span.start, end: c.span.end });
    contactRanges.push({ start: c.span.start, end: c.span.end });
  }
  // A site's sections in a numbered breadcrumb are no places the text speaks of.
  for (const b of breadcrumbRanges(text)) blocked.push(b);
  // Nor are the places in teasers of other articles.
  for (const t of teaserRanges(text, tokens.breaks)) blocked.push(t);
  const own = ownDistrict(resources, context);
  const { municipalities, districts } = extractPlaces(resources, lexScan, { jurisdiction: publisher, agencyJurisdictions, blocked });
  let state = publisherState;
  if (state === undefined) {
    const found: string[] = [];
    for (const m of municipalities) found.push(m.ags);
    for (const d of districts) found.push(d.ags);
    state = singleState(found);
  }
  // A one-Land abbreviation ("ZAC") is checked against the Land of the places where the publisher gave none.
  const named = publisherState === undefined ? dropForeignAbbreviations(text, namedAgencies, state) : namedAgencies;
  const agencies: Agency[] = withTheirLand(generic.length > 0
    ? [...named, ...resolveGenericAgencies(resources, text, generic, state, regionOf(publisher, municipalities, districts))].sort(byPosition)
    : named, state);
  const dates = extractDates(lexScan, sentences, published, contactRanges);
  let phrases = false;
  for (const e of lexScan.entries) {
    if (e.phrase) {
      phrases = true;
      break;
    }
  }
  const serviceImpacts = extractImpacts({
    text, tokens, sentences, municipalities, districts, dates, referenceDate: published ? berlinDate(published) : latestWrittenDay(dates), published: published !== undefined, publisher: publisherPlace(resources, context),
    kreisPublisher: context.sourceKind === 'district' && own !== undefined, publisherKind: context.sourceKind,
    providers: providersOf(agencies), contacts: contactRanges, phrases,
  });
  return { dates, municipalities, districts, agencies, serviceImpacts, contacts };
}

/** Where the body of `document.text` starts: after `title + "\n\n"` when the text begins so, else at 0. */
function bodyStartOf(document: Document): number {
  const prefix = `${document.title}\n\n`;
  return document.text.startsWith(prefix) ? prefix.length : 0;
}

/**
 * An extractor over the given gazetteer and registry (by default the package's full ones). Indexes over
 * them are built lazily on first use and shared by every extractor over the same pair.
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  let resources: Resources | undefined;
  const get = (): Resources => {
    resources ??= resourcesFor(options.gazetteer ?? loadGazetteer(), options.registry ?? loadAgencyRegistry());
    return resources;
  };
  return {
    extractEntities: (text, context) => entitiesWith(get(), text, context),
    extractRecord: (document, context = {}) => {
      const entities = entitiesWith(get(), document.text, { ...context, publishedAt: document.publishedAt, sourceId: context.sourceId ?? document.sourceId });
      const reports = reportsOf(document.text, entities, { bodyStart: bodyStartOf(document) });
      return { document, entities, extractor: { version: EXTRACTOR_VERSION }, reports };
    },
  };
}

const defaultExtractor = createExtractor();

/**
 * Every entity of `text`, resolved against `context.publishedAt` (Europe/Berlin), with the full gazetteer.
 * Never throws for any text; every mention's span satisfies `span.text === text.slice(span.start, span.end)`.
 * Throws a RangeError only when `context.publishedAt` is not a date.
 */
export function extractEntities(text: string, context: ExtractContext): Entities {
  return defaultExtractor.extractEntities(text, context);
}

/** The record for a document: its entities (with `document.publishedAt` as reference) and the extractor version. */
export function extractRecord(document: Document, context: Partial<ExtractContext> = {}): LagebildRecord {
  return defaultExtractor.extractRecord(document, context);
}

/**
 * Runs extraction over gold releases (`fixtures/gold/**`) and scores it per kind: municipalities and
 * districts by AGS, agencies by id, dates by value, impacts by place + service + status, micro-averaged,
 * with every false positive and false negative listed. `options.extractor` defaults to the package's.
 */
export function evaluateGold(goldReleases: readonly GoldReleaseLike[], options: EvaluateOptions = {}): EvalReport {
  return evaluateWith(goldReleases, options.extractor ?? defaultExtractor, options.agencyKey);
}
