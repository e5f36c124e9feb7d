/**
 * @lagebild/extract: dates, municipalities, districts, agencies, service impacts and contacts from the
 * text of a German press release, each mention with its evidence span.
 */
import type { Agency, Document, Entities, LagebildRecord, SourceKind } from '@lagebild/schema';
import { toBerlinDate } from '@lagebild/schema';
import { loadAgencyRegistry, loadGazetteer } from '@lagebild/gazetteer';
import { extractAgencies, resolveGenericAgencies } from './agencies/index.js';
import { extractContacts } from './contacts/index.js';
import { extractDates } from './dates/index.js';
import { extractImpacts } from './impacts/index.js';
import { extractPlaces } from './places/index.js';
import { splitSentences } from './text/sentences.js';
import { byPosition } from './text/spans.js';

/** Version of the extraction rules; stored with every record. */
export const EXTRACTOR_VERSION = '0.1.0';

/** What is known about a text besides the text itself. */
export interface ExtractContext {
  /** Publication instant, ISO 8601 with offset (Europe/Berlin): the reference for relative and partial dates. */
  publishedAt: string;
  sourceId?: string;
  sourceKind?: SourceKind;
  /** AGS prefix of the publisher's area, a hint for homonyms ("Neustadt"). */
  jurisdiction?: string;
  /** Agency registry id of the publisher. */
  sourceAgency?: string;
}

/** AGS prefixes that describe the publisher: its own jurisdiction, then its agency's. */
function publisherPrefixes(context: ExtractContext): string[] {
  const out: string[] = [];
  if (context.jurisdiction && /^\d{2,8}$/.test(context.jurisdiction)) out.push(context.jurisdiction);
  const agency = context.sourceAgency ? loadAgencyRegistry().byId(context.sourceAgency) : undefined;
  if (agency) out.push(...agency.jurisdiction);
  return out;
}

/** The single state of a list of AGS prefixes, or undefined when there are none or several. */
function singleState(prefixes: readonly string[]): string | undefined {
  const states = new Set(prefixes.map((p) => p.slice(0, 2)));
  return states.size === 1 ? [...states][0] : undefined;
}

/** The publisher's own municipality or district as a place of last resort for impacts. */
function publisherPlace(context: ExtractContext) {
  const j = context.jurisdiction;
  if (!j) return undefined;
  const g = loadGazetteer();
  const span = { start: 0, end: 0, text: '' };
  if (j.length === 8) {
    const m = g.municipalityByAgs(j);
    if (m) {
      return { kind: 'municipality' as const, mention: { span, ags: m.ags, name: m.name, district: m.district, state: m.state, lat: m.lat, lon: m.lon, confidence: 0.5 } };
    }
  }
  if (j.length === 5) {
    const d = g.districtByAgs(j);
    if (d && d.type !== 'Kreisfreie Stadt' && d.type !== 'Stadtkreis') {
      return { kind: 'district' as const, mention: { span, ags: d.ags, name: d.name, state: d.state, confidence: 0.5 } };
    }
  }
  return undefined;
}

/**
 * Every entity of `text`, resolved against `context.publishedAt` (Europe/Berlin). Never throws for any
 * text; every mention's span satisfies `span.text === text.slice(span.start, span.end)`.
 * Throws a RangeError only when `context.publishedAt` is not a date.
 */
export function extractEntities(text: string, context: ExtractContext): Entities {
  const published = new Date(context.publishedAt);
  if (Number.isNaN(published.getTime())) throw new RangeError(`publishedAt is not a date: ${context.publishedAt}`);
  const contacts = extractContacts(text);
  const sentences = splitSentences(text);
  const { agencies: namedAgencies, generic } = extractAgencies(text);
  const registry = loadAgencyRegistry();
  const publisher = publisherPrefixes(context);
  const agencyJurisdictions = namedAgencies.flatMap((a) => registry.byId(a.id)?.jurisdiction ?? []).filter((j) => j.length >= 5);
  const { municipalities, districts } = extractPlaces(text, {
    jurisdiction: publisher,
    agencyJurisdictions,
    blocked: [...namedAgencies.map((a) => a.span), ...contacts.map((c) => c.span)],
  });
  const state = singleState(publisher) ?? singleState([...municipalities.map((m) => m.ags), ...districts.map((d) => d.ags)]);
  const agencies: Agency[] = [...namedAgencies, ...resolveGenericAgencies(text, generic, state)].sort(byPosition);
  const dates = extractDates(text, sentences, published, contacts.map((c) => c.span));
  const serviceImpacts = extractImpacts({
    text, sentences, municipalities, districts, dates, publishedDate: toBerlinDate(published), publisher: publisherPlace(context),
  });
  return { dates, municipalities, districts, agencies, serviceImpacts, contacts };
}

/** The record for a document: its entities (with `document.publishedAt` as reference) and the extractor version. */
export function extractRecord(document: Document, context: Partial<ExtractContext> = {}): LagebildRecord {
  const entities = extractEntities(document.text, { ...context, publishedAt: document.publishedAt, sourceId: context.sourceId ?? document.sourceId });
  return { document, entities, extractor: { version: EXTRACTOR_VERSION } };
}
