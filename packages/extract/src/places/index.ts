import type { District, Municipality } from '@lagebild/schema';
import type { Resources } from '../resources.js';
import type { Scan } from '../lexicon.js';
import { spanOf } from '../text/spans.js';
import { addressKreise, addressTowns, domainLabels, type DomainLabel } from './addresses.js';
import { upperDatelines, type UpperPlace } from './datelines.js';
import { residentMentions } from './demonyms.js';
import { extractDistricts } from './districts.js';
import { extractMunicipalities, namesBerlin } from './municipalities.js';
import { centroidOf, type Anchor, type PlaceHints } from './resolve.js';

export type { PlaceHints } from './resolve.js';

/** Municipality and district mentions of a text. */
export interface PlaceResult {
  readonly municipalities: Municipality[];
  readonly districts: District[];
}

/** Hints and exclusions for the place scan. */
export interface PlaceOptions {
  /** AGS prefixes of the publisher, most specific first. */
  readonly jurisdiction: readonly string[];
  /** AGS prefixes of agencies named in the text. */
  readonly agencyJurisdictions: readonly string[];
  /** Ranges that are not place mentions: agency names, contacts. */
  readonly blocked: readonly { start: number; end: number }[];
}

/** A district's name without its kind: "Landkreis Biberach" → "Biberach", "Altmarkkreis Salzwedel" → "Salzwedel". */
function bareDistrictName(name: string): string {
  return name.replace(/^(?:Landkreis|Kreis|\p{Lu}\p{Ll}+kreis)[ \u00a0]+(?=\p{Lu})/u, '');
}

/**
 * Districts first (so that "Kreis Soest" is not also the town Soest), then municipalities outside
 * district and agency names, homonyms resolved with the publisher's jurisdiction, the agencies and the
 * other places of the text.
 */
export function extractPlaces(resources: Resources, scan: Scan, options: PlaceOptions): PlaceResult {
  const anchors: Anchor[] = [];
  for (const j of options.jurisdiction) {
    const c = centroidOf(resources.gazetteer, j);
    if (c) anchors.push(c);
  }
  const hints: PlaceHints = { jurisdiction: options.jurisdiction, agencies: options.agencyJurisdictions, places: [], anchors };
  const upper = upperDatelines(resources, scan.tokens.text);
  const domains = domainLabels(scan.tokens.text);
  const addressed = addressKreise(resources, domains);
  const districts = extractDistricts(resources, scan, options.blocked, { hints, extra: addressed.length > 0 ? [...upper.kreise, ...addressed] : upper.kreise });
  // Asked only when a name is one of Berlin's localities.
  let berlinKnown: boolean | undefined;
  const berlin = (): boolean => (berlinKnown ??= options.jurisdiction.some((j) => j.startsWith('11')) || namesBerlin(scan));
  // The agency ranges as they are, unless district names are to be added (most texts name none).
  let blocked: readonly { start: number; end: number }[] = options.blocked;
  const places: string[] = [];
  const districtNames = new Set<string>();
  const areas: Anchor[] = [];
  if (districts.length > 0) {
    const withDistricts: { start: number; end: number }[] = [];
    for (const b of options.blocked) withDistricts.push({ start: b.start, end: b.end });
    for (const d of districts) {
      const c = centroidOf(resources.gazetteer, d.ags);
      if (c) areas.push(c);
      withDistricts.push({ start: d.span.start, end: d.span.end });
      places.push(d.ags);
      districtNames.add(bareDistrictName(d.name));
    }
    blocked = withDistricts;
  }
  const municipalities = extractMunicipalities(resources, scan, blocked, {
    hints: { jurisdiction: hints.jurisdiction, agencies: hints.agencies, places, anchors }, berlin, districtNames, agencySpans: options.blocked, areas,
    datelines: withAddressTowns(resources, scan.tokens.text, upper.places, domains),
  });
  return { municipalities: withResidents(resources, scan.tokens.text, municipalities, options.jurisdiction[0]), districts };
}

/** The capitals datelines and the towns named by an address's domain, in text order (see `addresses.ts`). */
function withAddressTowns(resources: Resources, text: string, datelines: readonly UpperPlace[], domains: readonly DomainLabel[]): readonly UpperPlace[] {
  const towns = addressTowns(resources, text, domains);
  return towns.length === 0 ? datelines : [...datelines, ...towns].sort((a, b) => a.start - b.start);
}

/** Confidence of a municipality known only from its residents in its own release. */
const RESIDENT_CONFIDENCE = 0.6;

/**
 * The publisher municipality's residents ("die Rostocker") as its mentions, where the text never names it
 * otherwise (see `demonyms.ts`).
 */
function withResidents(resources: Resources, text: string, municipalities: Municipality[], publisher: string | undefined): Municipality[] {
  if (!publisher || publisher.length !== 8 || municipalities.some((m) => m.ags === publisher)) return municipalities;
  const entry = resources.gazetteer.municipalityByAgs(publisher);
  if (!entry) return municipalities;
  const residents = residentMentions(text, entry);
  if (residents.length === 0) return municipalities;
  const out = [...municipalities];
  for (const r of residents) {
    out.push({
      span: spanOf(text, r.start, r.end), ags: entry.ags, name: entry.name, district: { ags: entry.district.ags, name: entry.district.name },
      state: entry.state, lat: entry.lat, lon: entry.lon, confidence: RESIDENT_CONFIDENCE,
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
