import type { AgencyKind, StateCode } from '@lagebild/schema/vocabulary';

/** One German municipality (Gemeinde) as published by the BKG (VG250). */
export interface MunicipalityEntry {
  /** 8-digit Amtlicher Gemeindeschlüssel. */
  readonly ags: string;
  /** Official name (GEN), e.g. "Halle (Saale)", "Frankfurt am Main". */
  readonly name: string;
  /** Official designation (BEZ): "Stadt", "Gemeinde", "Kreisfreie Stadt", "Markt", ... */
  readonly type: string;
  readonly district: { readonly ags: string; readonly name: string };
  readonly state: StateCode;
  /** Area centroid, WGS84. */
  readonly lat: number;
  readonly lon: number;
}

/** One Kreis, Landkreis, kreisfreie Stadt or Stadtkreis (5-digit AGS). */
export interface DistrictEntry {
  readonly ags: string;
  /** Name as releases write it: "Kreis Unna", "Landkreis Harz", "Märkischer Kreis", "Region Hannover", "Dortmund". */
  readonly name: string;
  /** Official name (GEN), e.g. "Unna", "Märkischer Kreis", "Hochsauerlandkreis". */
  readonly officialName: string;
  /** Official designation (BEZ): "Kreis", "Landkreis", "Kreisfreie Stadt", "Stadtkreis", ... */
  readonly type: string;
  readonly state: StateCode;
  readonly lat: number;
  readonly lon: number;
}

/** A real authority from the agency registry (`data/agencies.json`). */
export interface AgencyEntry {
  /** Stable id, lowercase words joined by "-": "polizei-dortmund", "zac-nrw", "bsi". */
  readonly id: string;
  /** Canonical name: "Polizeipräsidium Dortmund". */
  readonly name: string;
  /** Other written forms, matched as whole words: "Polizei Dortmund", "PP Dortmund". */
  readonly aliases: readonly string[];
  /** Case-sensitive abbreviations: "BSI", "ZAC NRW", "SIT". */
  readonly abbreviations: readonly string[];
  readonly kind: AgencyKind;
  /** AGS prefixes (state "05", Regierungsbezirk "059", district "05978", municipality) the authority is responsible for. */
  readonly jurisdiction: readonly string[];
  /** Registry id of the authority this one belongs to (ZAC NRW → sta-koeln). */
  readonly parent?: string;
  /** False where the name could not be checked against a primary source from here. */
  readonly verified: boolean;
  /**
   * The public page the name was checked against (as stored by the search tool of the build sessions): the body's
   * own site, its carriers' or its ministry's, or its statute where `verified`; a secondary page (press, an
   * encyclopedia) that names it where not.
   */
  readonly checkedAt?: string;
}
