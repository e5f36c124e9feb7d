import type { District, Municipality } from '@lagebild/schema';
import { extractDistricts } from './districts.js';
import { extractMunicipalities, mentionsBerlin } from './municipalities.js';
import type { PlaceHints } from './resolve.js';

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

/**
 * Districts first (so that "Kreis Soest" is not also the town Soest), then municipalities outside
 * district and agency names, homonyms resolved with the publisher's jurisdiction, the agencies and the
 * other places of the text.
 */
export function extractPlaces(text: string, options: PlaceOptions): PlaceResult {
  const hints: PlaceHints = { jurisdiction: options.jurisdiction, agencies: options.agencyJurisdictions, places: [] };
  const districts = extractDistricts(text, options.blocked, hints);
  const berlin = options.jurisdiction.some((j) => j.startsWith('11')) || mentionsBerlin(text);
  const municipalities = extractMunicipalities(text, [...options.blocked, ...districts.map((d) => d.span)], {
    hints: { ...hints, places: districts.map((d) => d.ags) }, berlin,
  });
  return { municipalities, districts };
}
