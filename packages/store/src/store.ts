import type { LagebildRecord, QuarantineItem, Service, ServiceStatus, SourceRun } from '@lagebild/schema';

/**
 * Where records, quarantined inputs and source runs are kept. One interface, one driver per database
 * (SQLite for the embedded runner, PostgreSQL for the distributed one); both pass the same
 * conformance suite (`src/conformance.ts`), so callers never branch on the driver.
 */
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
  /** The record exactly as stored, or undefined. */
  getRecord(id: string): Promise<LagebildRecord | undefined>;
  /** Whether a document with this id (and, when given, this content hash) is stored. */
  hasDocument(id: string, contentHash?: string): Promise<boolean>;
  /** Keeps an input the pipeline could not process. Idempotent on (sourceId, stage, url, reason): the first sighting is kept. */
  quarantine(item: QuarantineItem): Promise<void>;
  /** Quarantined items, oldest first. */
  listQuarantine(filter?: { sourceId?: string }): Promise<QuarantineItem[]>;
  /** Records the outcome of one poll. Idempotent on (sourceId, startedAt): a repeated report replaces the earlier one. */
  recordSourceRun(run: SourceRun): Promise<void>;
  /** Health of every source that has runs or documents, ordered by source id. */
  sourceHealth(): Promise<SourceHealth[]>;
  /** Documents matching every given filter, newest publication first. */
  query(filter: QueryFilter): Promise<QueryHit[]>;
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
   * mentions (ranges by overlap) or an impact's asOf lies in range.
   */
  from?: string;
  to?: string;
  sourceId?: string;
  /** Case-insensitive substring search in title and text. */
  text?: string;
  /** Maximum number of hits; default 100. */
  limit?: number;
}

/** One document found by {@link Store.query}, with its mentions condensed. */
export interface QueryHit {
  documentId: string;
  sourceId: string;
  url: string;
  title: string;
  publishedAt: string;
  /** Distinct by AGS, in order of first mention. */
  municipalities: { ags: string; name: string }[];
  /** District mentions, distinct by AGS. */
  districts: { ags: string; name: string }[];
  /** Distinct by id. */
  agencies: { id: string; name: string }[];
  /** `place` is the impact's municipality, else its district; `evidence` is its span text. */
  impacts: { place?: { ags: string; name: string }; service: string; status: string; asOf: string; evidence: string }[];
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
