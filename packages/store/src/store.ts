import type {
  AgencyKind, Entities, LagebildRecord, QuarantineItem, Service, ServiceStatus, SourceRun, StateCode,
} from '@lagebild/schema';

/**
 * Where records, quarantined inputs and source runs are kept. One interface, one driver per database
 * (SQLite for the embedded runner, PostgreSQL for the distributed one); both pass the same
 * conformance suite (`src/conformance.ts`), so callers never branch on the driver.
 */
/** A stored document found by its content hash. */
export interface ContentMatch { id: string; sourceId: string; contentHash: string }

export interface Store {
  /** Which driver backs this store. */
  readonly driver: 'sqlite' | 'postgres';
  /** Applies pending migrations. Idempotent and safe to call from several processes at once. */
  migrate(): Promise<void>;
  /**
   * Stores a record under its document id, replacing the document's mentions in one transaction.
   * Idempotent by document id: 'unchanged' when the stored record has the same contentHash and
   * extractor version. Throws when the record does not satisfy `RecordSchema`.
   */
  putRecord(record: LagebildRecord): Promise<'inserted' | 'updated' | 'unchanged'>;
  /**
   * Several records in one transaction, outcomes in input order; each record behaves as in
   * {@link Store.putRecord}, a later record with the same id as an earlier one sees the earlier.
   * An invalid record fails the whole batch and stores nothing of it.
   */
  putRecords(records: readonly LagebildRecord[]): Promise<('inserted' | 'updated' | 'unchanged')[]>;
  /** The record exactly as stored, or undefined. */
  getRecord(id: string): Promise<LagebildRecord | undefined>;
  /** Whether a document with this id (and, when given, this content hash) is stored. */
  hasDocument(id: string, contentHash?: string): Promise<boolean>;
  /**
   * Stored documents whose content hash is one of `contentHashes` (the same text, whatever its id):
   * how the pipeline finds a release it already has under another link.
   */
  documentsWithContent(contentHashes: readonly string[]): Promise<ContentMatch[]>;
  /** Keeps an input the pipeline could not process. Idempotent on (sourceId, stage, url, reason): the first sighting is kept. */
  quarantine(item: QuarantineItem): Promise<void>;
  /** Quarantined items, oldest first. */
  listQuarantine(filter?: { sourceId?: string }): Promise<QuarantineItem[]>;
  /** Records the outcome of one poll. Idempotent on (sourceId, startedAt): a repeated report replaces the earlier one. */
  recordSourceRun(run: SourceRun): Promise<void>;
  /** Health of every source that has runs or documents, ordered by source id. */
  sourceHealth(): Promise<SourceHealth[]>;
  /** ETag / Last-Modified (and the content hash they produced) kept for `url`, or undefined. */
  getHttpValidators(url: string): Promise<HttpValidators | undefined>;
  /**
   * Keeps the validators of `url` for the next conditional GET, replacing earlier ones; validators
   * without ETag and Last-Modified delete the entry. URLs longer than 2048 characters are not kept.
   */
  setHttpValidators(url: string, validators: HttpValidators): Promise<void>;
  /**
   * {@link Store.getHttpValidators} for many URLs at once (a whole feed listing in a few queries
   * instead of one per article): the URLs that have validators, each with what `getHttpValidators`
   * returns for it. URLs without validators (or longer than 2048 characters) are absent.
   */
  getHttpValidatorsMany(urls: readonly string[]): Promise<Map<string, HttpValidators>>;
  /**
   * {@link Store.setHttpValidators} for several URLs in one transaction (one write per batch of
   * articles instead of one per article); a later entry for a URL replaces an earlier one.
   */
  setHttpValidatorsMany(entries: readonly (readonly [url: string, validators: HttpValidators])[]): Promise<void>;
  /**
   * Documents matching every given filter, newest publication first; undated documents (no
   * `publishedAt`) after all dated ones, most recently fetched first among themselves.
   */
  query(filter: QueryFilter): Promise<QueryHit[]>;
  /** Number of documents matching every given filter (`limit` and `offset` are ignored). */
  countDocuments(filter: QueryFilter): Promise<number>;
  /** The stored records of these document ids, in the order asked; unknown ids are left out. */
  getRecords(ids: readonly string[]): Promise<LagebildRecord[]>;
  /** Service impacts matching every given filter, with their document's metadata, one page at a time. */
  listImpacts(filter?: ImpactFilter): Promise<ImpactPage>;
  /**
   * Reports (incidents, issue 17) matching every given filter, one page at a time: the reports of split
   * releases and, for a release without reports, the release itself as one report (`whole: true`).
   * Newest publication first (undated releases last), then document id, then report index.
   */
  listReports(filter?: ReportFilter): Promise<ReportPage>;
  /** Counts of stored rows, overall and per source. */
  stats(): Promise<Stats>;
  /** Releases the connection(s). Idempotent. */
  close(): Promise<void>;
}

/** Health of one source, from its recorded runs and stored documents. */
export interface SourceHealth {
  sourceId: string;
  /** `finishedAt` of the most recent run. */
  lastRunAt?: string;
  /** `finishedAt` of the most recent successful run. */
  lastSuccessAt?: string;
  /** `finishedAt` of the most recent failed run; kept after later successes. */
  lastErrorAt?: string;
  /** Error message of the most recent failed run. */
  lastError?: string;
  /** Items, stored and quarantined counts of the most recent run (0 without runs). */
  itemsLastPoll: number;
  storedLastPoll: number;
  quarantinedLastPoll: number;
  /** Number of recorded runs. */
  runs: number;
  /** Number of stored documents of this source. */
  documents: number;
  /** FetchError code of the most recent failed run (e.g. `http-status`, `feed-parse`, `no-items`), when known. */
  lastErrorCode?: string;
  /**
   * Polls in a row, up to the most recent one, that listed 0 items or failed. Polls answered 304
   * (nothing changed) neither count nor reset it. 0 when the last counted poll yielded items.
   */
  consecutiveZeroYield: number;
  /** The most recent run was answered 304 Not Modified (0 items because nothing changed). */
  notModifiedLastPoll: boolean;
}

/**
 * HTTP validators of one URL as the store keeps them (structurally the fetch package's
 * `HttpValidators`, so a Store serves as its `ValidatorCache`).
 */
export interface HttpValidators {
  etag?: string;
  lastModified?: string;
  /** Content hash of the document built from the response, for articles. */
  contentHash?: string;
}

/** Filters of {@link Store.query}; all given filters must hold (AND). */
export interface QueryFilter {
  /** AGS (8 digits) or name (case-insensitive exact match on the municipality name). */
  municipality?: string;
  /**
   * 5-digit AGS or name ("Unna", "Kreis Unna", "Märkischer Kreis"); matches district mentions and
   * municipalities (mentions and impact places) in that district.
   */
  district?: string;
  /** Agency id, or name (case-insensitive). */
  agency?: string;
  /** On service impacts: service and status must hold for the same impact. */
  service?: Service;
  status?: ServiceStatus;
  /**
   * YYYY-MM-DD inclusive. A document matches when its publication date (Berlin), one of its date
   * mentions (ranges by overlap) or an impact's asOf lies in range. An undated document matches only
   * through its date mentions and impacts.
   */
  from?: string;
  to?: string;
  sourceId?: string;
  /** Case-insensitive substring search in title and text. */
  text?: string;
  /**
   * Full-text search in title and text (SQLite FTS5, PostgreSQL `to_tsvector('german', …)`): words
   * are ANDed, `OR` separates alternatives, `"…"` is a phrase, a trailing `*` matches a prefix.
   * SQLite matches the last word of each term as a prefix (it has no German stemmer), PostgreSQL
   * stems. A search without any word matches nothing.
   */
  search?: string;
  /** Only documents that mention an agency of this kind. */
  agencyKind?: AgencyKind;
  /** Maximum number of hits; default 100. */
  limit?: number;
  /** Hits to skip (pagination); default 0. */
  offset?: number;
}

/** Filters of {@link Store.listImpacts}; all given filters must hold (AND). */
export interface ImpactFilter {
  /** Municipality AGS (8 digits): impacts on that municipality. */
  municipality?: string;
  /** District AGS (5 digits): impacts on the district and on its municipalities. */
  district?: string;
  /** Land, as code ("NW") or AGS prefix ("05"). */
  state?: StateCode | string;
  /** AGS of the impact's own place (8 or 5 digits), municipality or district. */
  place?: string;
  placeKind?: 'municipality' | 'district';
  service?: Service | readonly Service[];
  status?: ServiceStatus | readonly ServiceStatus[];
  /** YYYY-MM-DD inclusive, on the impact's asOf date (an impact without asOf is in no range). */
  from?: string;
  to?: string;
  sourceId?: string;
  documentId?: string;
  /**
   * 'newest' (default): latest asOf first; 'oldest': earliest first. Ties: publication, document,
   * position. Impacts without asOf, and undated documents among ties, come last in either order.
   */
  order?: 'newest' | 'oldest';
  /** Page size; default 100. */
  limit?: number;
  offset?: number;
}

/** One stored service impact with the document it was found in. */
export interface ImpactRow {
  documentId: string;
  /** Position of the impact in the record's `serviceImpacts`. */
  ord: number;
  sourceId: string;
  url: string;
  title: string;
  /** Absent for an undated document. */
  publishedAt?: string;
  /** The impact's municipality, else its district. */
  place?: { kind: 'municipality' | 'district'; ags: string; name: string };
  /** District of the place (the municipality's AGS prefix). */
  districtAgs?: string;
  service: Service;
  status: ServiceStatus;
  /** Absent when neither the text nor the document's publication gives the day. */
  asOf?: string;
  since?: string;
  until?: string;
  confidence: number;
  /** The evidence: the impact's span in `document.text`. */
  span: { start: number; end: number; text: string };
}

/** One page of {@link Store.listImpacts}: `total` counts all matches, `items` the page. */
export interface ImpactPage {
  total: number;
  items: ImpactRow[];
}

/** One document found by {@link Store.query}, with its mentions condensed. */
export interface QueryHit {
  documentId: string;
  sourceId: string;
  url: string;
  title: string;
  /** Absent for an undated document. */
  publishedAt?: string;
  /** Distinct by AGS, in order of first mention. */
  municipalities: { ags: string; name: string }[];
  /** District mentions, distinct by AGS. */
  districts: { ags: string; name: string }[];
  /** Distinct by id. */
  agencies: { id: string; name: string }[];
  /** `place` is the impact's municipality, else its district; `evidence` is its span text. */
  impacts: { place?: { ags: string; name: string }; service: string; status: string; asOf?: string; evidence: string }[];
  /** Distinct date mention values, in order of first mention. */
  dates: string[];
}

/** Row counts of one source; mention counts are mention rows. */
export interface SourceStats {
  documents: number;
  dates: number;
  municipalities: number;
  districts: number;
  agencies: number;
  serviceImpacts: number;
  contacts: number;
  quarantined: number;
}

/** Row counts overall and per source (`lagebild stats --json`). */
export interface Stats extends SourceStats {
  perSource: Record<string, SourceStats>;
}

/** Filters of {@link Store.listReports}; all given filters must hold (AND), each on the report's own mentions. */
export interface ReportFilter {
  /**
   * A place the report mentions: municipality AGS (8 digits), district AGS (5 digits; its municipalities
   * count), or a name (case-insensitive: a municipality's name, or a district's name with or without "Kreis").
   * Impacts in the report count by their place as well.
   */
  place?: string;
  /**
   * YYYY-MM-DD inclusive. A report matches when its release's publication date (Berlin), one of its own
   * date mentions (ranges by overlap) or one of its own impacts' asOf lies in range.
   */
  from?: string;
  to?: string;
  /** Case-insensitive substring of the report's own text (a whole release: its title and text). */
  text?: string;
  sourceId?: string;
  documentId?: string;
  /** Page size; default 100. */
  limit?: number;
  offset?: number;
}

/** One report with its release's metadata. */
export interface ReportRow {
  documentId: string;
  /** The report's index among its release's reports (0 for a release that is one report). */
  index: number;
  /** The release is one report (it was not split): span, title and entities are the release's. */
  whole: boolean;
  sourceId: string;
  url: string;
  /** The release's title. */
  documentTitle: string;
  /** Absent for an undated release. */
  publishedAt?: string;
  /** The report's heading line (the release's title for a whole release). */
  title: string;
  /** The report's span in `document.text` (the whole text for a whole release). */
  span: { start: number; end: number; text: string };
  /** The mentions inside the report. */
  entities: Entities;
}

/** One page of {@link Store.listReports}: `total` counts all matches, `items` the page. */
export interface ReportPage {
  total: number;
  items: ReportRow[];
}
