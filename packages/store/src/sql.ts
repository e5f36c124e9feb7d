import { STATES } from '@lagebild/schema';
import type { ImpactFilter, QueryFilter, ReportFilter, SourceStats } from './store.js';
import {
  DOCUMENT_COLUMNS, QUARANTINE_COLUMNS, SOURCE_RUN_COLUMNS, STATS_TABLES, districtKey, nameKey, searchKey,
} from './rows.js';
import { parseFullText, toFts5Match, toTsquery } from './fulltext.js';

/** Which database a statement is built for, where the SQL differs (full-text search only). */
export type Dialect = 'sqlite' | 'postgres';

/**
 * SQL shared by both drivers, written with `?` placeholders (SQLite's form); the PostgreSQL driver
 * numbers them with {@link numberPlaceholders}. No statement here contains a literal `?`.
 */

/** Rewrites `?` placeholders to PostgreSQL's `$1, $2, …`. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** Multi-row INSERT of `rows` rows into `table`. */
export function insertSql(table: string, columns: readonly string[], rows = 1): string {
  const row = `(${placeholders(columns.length)})`;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
}

/** Upsert of a document row; the update only happens when content hash or extractor version differ. */
export const UPSERT_DOCUMENT_SQL = `${insertSql('documents', DOCUMENT_COLUMNS)}
ON CONFLICT (id) DO UPDATE SET ${DOCUMENT_COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}
WHERE documents.content_hash <> excluded.content_hash OR documents.extractor_version <> excluded.extractor_version`;

export const SELECT_DOCUMENT_STATE_SQL = 'SELECT content_hash, extractor_version FROM documents WHERE id = ?';
export const SELECT_RECORD_SQL = 'SELECT record_json, text FROM documents WHERE id = ?';
export const HAS_DOCUMENT_SQL = 'SELECT 1 AS found FROM documents WHERE id = ?';
export const HAS_DOCUMENT_HASH_SQL = 'SELECT 1 AS found FROM documents WHERE id = ? AND content_hash = ?';
/** `SELECT` of the documents with any of `count` content hashes (`count` ≥ 1). */
export function selectByContentSql(count: number): string {
  return `SELECT id, source_id, content_hash FROM documents WHERE content_hash IN (${placeholders(count)})`;
}

export const INSERT_QUARANTINE_SQL = `${insertSql('quarantine', QUARANTINE_COLUMNS)} ON CONFLICT (item_key) DO NOTHING`;
const QUARANTINE_SELECT = 'SELECT source_id, stage, url, reason, at, excerpt FROM quarantine';
const QUARANTINE_ORDER = 'ORDER BY at_ms, source_id, stage, item_key';
export const LIST_QUARANTINE_SQL = `${QUARANTINE_SELECT} ${QUARANTINE_ORDER}`;
export const LIST_QUARANTINE_BY_SOURCE_SQL = `${QUARANTINE_SELECT} WHERE source_id = ? ${QUARANTINE_ORDER}`;

export const UPSERT_SOURCE_RUN_SQL = `${insertSql('source_runs', SOURCE_RUN_COLUMNS)}
ON CONFLICT (source_id, started_at, run_id) DO UPDATE SET ${SOURCE_RUN_COLUMNS.filter((c) => c !== 'source_id' && c !== 'started_at' && c !== 'run_id').map((c) => `${c} = excluded.${c}`).join(', ')}`;

const latestRun = (where: string): string => `SELECT * FROM (
  SELECT r.*, ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY finished_ms DESC, started_ms DESC) AS rn
  FROM source_runs r ${where}) t WHERE rn = 1`;

/** Queries behind {@link Store.sourceHealth}, keyed like `HealthRows`. */
export const HEALTH_SQL = {
  runs: 'SELECT source_id, COUNT(*) AS n FROM source_runs GROUP BY source_id',
  documents: 'SELECT source_id, COUNT(*) AS n FROM documents GROUP BY source_id',
  lastRun: latestRun(''),
  lastOk: latestRun('WHERE ok = 1'),
  lastError: latestRun('WHERE ok = 0'),
  // Zero-yield polls after the last poll that listed items; 304 polls are skipped, not counted.
  zeroYield: `SELECT r.source_id, COUNT(*) AS n FROM source_runs r
    WHERE (r.ok = 0 OR r.items = 0) AND COALESCE(r.not_modified, 0) = 0
      AND r.finished_ms > COALESCE((SELECT MAX(p.finished_ms) FROM source_runs p
        WHERE p.source_id = r.source_id AND p.ok = 1 AND p.items > 0), -1)
    GROUP BY r.source_id`,
} as const;

export const SELECT_HTTP_CACHE_SQL = 'SELECT etag, last_modified, content_hash FROM http_cache WHERE url = ?';
export const UPSERT_HTTP_CACHE_SQL = `INSERT INTO http_cache (url, etag, last_modified, content_hash, updated_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
  content_hash = excluded.content_hash, updated_at = excluded.updated_at`;
/** `SELECT` of the validators of `count` URLs (`count` ≥ 1). */
export function selectHttpCacheManySql(count: number): string {
  return `SELECT url, etag, last_modified, content_hash FROM http_cache WHERE url IN (${placeholders(count)})`;
}
export const DELETE_HTTP_CACHE_SQL = 'DELETE FROM http_cache WHERE url = ?';

/** Queries behind {@link Store.stats}: rows per source for each counted kind. */
export const STATS_SQL: Record<keyof SourceStats, string> = {
  documents: 'SELECT source_id, COUNT(*) AS n FROM documents GROUP BY source_id',
  quarantined: 'SELECT source_id, COUNT(*) AS n FROM quarantine GROUP BY source_id',
  ...(Object.fromEntries(STATS_TABLES.map(({ key, table }) => [key,
    `SELECT d.source_id, COUNT(*) AS n FROM ${table} m JOIN documents d ON d.id = m.document_id GROUP BY d.source_id`,
  ])) as Record<(typeof STATS_TABLES)[number]['key'], string>),
};

/** Escapes LIKE wildcards so the needle matches literally (with `ESCAPE '\'`). */
function likeLiteral(needle: string): string {
  return needle.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Conditions for a period from..to (both YYYY-MM-DD, either may be absent) on a column, or on a column and its
 * end column for ranges that overlap it. Throws a RangeError for a date that is not YYYY-MM-DD.
 */
function dateRange(from: string | undefined, to: string | undefined): (column: string, endColumn?: string) => { sql: string; values: string[] } {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !ISO_DATE.test(value)) throw new RangeError(`${name} must be YYYY-MM-DD, got ${value}`);
  }
  return (column, endColumn = column) => {
    const parts: string[] = [];
    const values: string[] = [];
    if (from !== undefined) { parts.push(`${endColumn} >= ?`); values.push(from); }
    if (to !== undefined) { parts.push(`${column} <= ?`); values.push(to); }
    return { sql: parts.join(' AND '), values };
  };
}

/** Default and upper bound of {@link QueryFilter.limit}. */
export const DEFAULT_LIMIT = 100;

/**
 * The WHERE clause shared by {@link Store.query} and {@link Store.countDocuments}: every given filter
 * becomes one EXISTS (or column) condition, all joined with AND, on documents aliased `d`.
 */
export function buildDocumentWhere(filter: QueryFilter, dialect: Dialect = 'sqlite'): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const exists = (table: string, condition: string, ...values: unknown[]) => {
    params.push(...values);
    return `EXISTS (SELECT 1 FROM ${table} x WHERE x.document_id = d.id AND (${condition}))`;
  };

  if (filter.sourceId !== undefined) {
    where.push('d.source_id = ?');
    params.push(filter.sourceId);
  }

  if (filter.municipality !== undefined) {
    const value = filter.municipality.trim();
    if (/^\d{8}$/.test(value)) {
      where.push(`(${exists('municipality_mentions', 'x.ags = ?', value)} OR ${exists('service_impacts',
        "x.place_kind = 'municipality' AND x.place_ags = ?", value)})`);
    } else {
      const key = nameKey(value);
      where.push(`(${exists('municipality_mentions', 'x.name_key = ?', key)} OR ${exists('service_impacts',
        "x.place_kind = 'municipality' AND x.place_key = ?", key)})`);
    }
  }

  if (filter.district !== undefined) {
    const value = filter.district.trim();
    if (/^\d{5}$/.test(value)) {
      where.push(`(${exists('district_mentions', 'x.ags = ?', value)} OR ${exists('municipality_mentions',
        'x.district_ags = ?', value)} OR ${exists('service_impacts', 'x.district_ags = ?', value)})`);
    } else {
      // A name resolves to the AGS of every district stored under that name, so that impacts and
      // municipalities, which carry the district's AGS, match as well.
      const key = districtKey(value);
      const agsOfName = `(SELECT dm.ags FROM district_mentions dm WHERE dm.name_key = ?
        UNION SELECT mm.district_ags FROM municipality_mentions mm WHERE mm.district_key = ?)`;
      where.push(`(${exists('district_mentions', 'x.name_key = ?', key)} OR ${exists('municipality_mentions',
        'x.district_key = ?', key)} OR ${exists('service_impacts',
        `(x.place_kind = 'district' AND x.place_key = ?) OR x.district_ags IN ${agsOfName}`, key, key, key)})`);
    }
  }

  if (filter.agency !== undefined) {
    const value = filter.agency.trim();
    where.push(exists('agency_mentions', '(x.agency_id = ? OR x.name_key = ?)', value, nameKey(value)));
  }

  if (filter.service !== undefined || filter.status !== undefined) {
    const conditions: string[] = [];
    const values: unknown[] = [];
    if (filter.service !== undefined) { conditions.push('x.service = ?'); values.push(filter.service); }
    if (filter.status !== undefined) { conditions.push('x.status = ?'); values.push(filter.status); }
    where.push(exists('service_impacts', conditions.join(' AND '), ...values));
  }

  if (filter.from !== undefined || filter.to !== undefined) {
    const inRange = dateRange(filter.from, filter.to);
    const published = inRange('d.published_date');
    params.push(...published.values);
    const publishedSql = published.sql;
    const dates = inRange('x.value_date', 'COALESCE(x.end_date, x.value_date)');
    const datesSql = exists('date_mentions', dates.sql, ...dates.values);
    const impacts = inRange('x.as_of_date');
    const impactsSql = exists('service_impacts', impacts.sql, ...impacts.values);
    where.push(`((${publishedSql}) OR ${datesSql} OR ${impactsSql})`);
  }

  if (filter.text !== undefined && filter.text !== '') {
    where.push("d.search_text LIKE ? ESCAPE '\\'");
    params.push(`%${likeLiteral(searchKey(filter.text))}%`);
  }

  if (filter.agencyKind !== undefined) {
    where.push(exists('agency_mentions', 'x.kind = ?', filter.agencyKind));
  }

  if (filter.search !== undefined) {
    const query = parseFullText(filter.search);
    if (query.length === 0) {
      where.push('1 = 0');
    } else if (dialect === 'sqlite') {
      where.push(`d.id IN (SELECT i.document_id FROM documents_fts_ids i JOIN documents_fts f ON f.rowid = i.fts_rowid
        WHERE documents_fts MATCH ?)`);
      params.push(toFts5Match(query));
    } else {
      where.push("d.search_tsv @@ to_tsquery('german', ?)");
      params.push(toTsquery(query));
    }
  }

  return { where: where.length ? ` WHERE ${where.join(' AND ')}` : '', params };
}

/** A non-negative integer page parameter, or the default. */
function pageNumber(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
  return Math.max(0, Math.floor(value));
}

/**
 * Order of {@link Store.query}: newest publication first; undated documents (no `published_ms`) after
 * every dated one, since nothing says where they belong in time (their fetch time is when we read them,
 * not when they were written), most recently fetched first among themselves; then id. Spelled out with
 * NULLS LAST because SQLite and PostgreSQL put NULL at opposite ends by default.
 */
export const DOCUMENT_ORDER = 'd.published_ms DESC NULLS LAST, CASE WHEN d.published_ms IS NULL THEN d.fetched_at END DESC, d.id ASC';

/** The SELECT behind {@link Store.query}: `record_json` of the matching documents, newest first. */
export function buildQuery(filter: QueryFilter, dialect: Dialect = 'sqlite'): { sql: string; params: unknown[] } {
  const { where, params } = buildDocumentWhere(filter, dialect);
  const limit = pageNumber('limit', filter.limit, DEFAULT_LIMIT);
  const offset = pageNumber('offset', filter.offset, 0);
  // Without an offset the statement stays as it was before pagination existed.
  const sql = `SELECT d.record_json FROM documents d${where}
ORDER BY ${DOCUMENT_ORDER} LIMIT ?${offset > 0 ? ' OFFSET ?' : ''}`;
  return { sql, params: offset > 0 ? [...params, limit, offset] : [...params, limit] };
}

/** The COUNT behind {@link Store.countDocuments}. */
export function buildCount(filter: QueryFilter, dialect: Dialect = 'sqlite'): { sql: string; params: unknown[] } {
  const { where, params } = buildDocumentWhere(filter, dialect);
  return { sql: `SELECT COUNT(*) AS n FROM documents d${where}`, params };
}

/** `SELECT record_json, text` of `count` ids (`count` ≥ 1); records come from {@link recordFromRow}. */
export function selectRecordsSql(count: number): string {
  return `SELECT id, record_json, text FROM documents WHERE id IN (${placeholders(count)})`;
}

/** Columns of {@link buildImpactQuery}'s rows. */
export type ImpactDbRow = {
  document_id: string;
  ord: number;
  source_id: string;
  url: string;
  title: string;
  published_at: string | null;
  place_kind: string | null;
  place_ags: string | null;
  place_name: string | null;
  district_ags: string | null;
  service: string;
  status: string;
  as_of: string | null;
  since: string | null;
  until: string | null;
  confidence: number;
  span_start: number;
  span_end: number;
  span_text: string;
};

const STATE_CODES = new Map<string, string>(Object.entries(STATES).map(([prefix, code]) => [code, prefix]));

/** AGS prefix of a Land given as code ("NW") or prefix ("05"); undefined when unknown. */
export function statePrefix(state: string): string | undefined {
  const value = state.trim().toUpperCase();
  if (STATE_CODES.has(value)) return STATE_CODES.get(value);
  return /^\d{2}$/.test(value) && value in STATES ? value : undefined;
}

const asList = <T>(value: T | readonly T[]): readonly T[] => (Array.isArray(value) ? value : [value as T]);

/**
 * The SELECT (one page) and COUNT behind {@link Store.listImpacts}, on `service_impacts` joined with
 * `documents`. Unknown states and malformed AGS simply match nothing.
 */
export function buildImpactQuery(filter: ImpactFilter): { sql: string; countSql: string; params: unknown[]; page: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => { where.push(condition); params.push(...values); };

  if (filter.municipality !== undefined) add("x.place_kind = 'municipality' AND x.place_ags = ?", filter.municipality.trim());
  if (filter.district !== undefined) add('x.district_ags = ?', filter.district.trim());
  if (filter.state !== undefined) {
    const prefix = statePrefix(filter.state);
    if (prefix === undefined) where.push('1 = 0');
    else add('x.place_ags LIKE ?', `${prefix}%`);
  }
  if (filter.place !== undefined) add('x.place_ags = ?', filter.place.trim());
  if (filter.placeKind !== undefined) add('x.place_kind = ?', filter.placeKind);
  for (const [column, value] of [['x.service', filter.service], ['x.status', filter.status]] as const) {
    if (value === undefined) continue;
    const list = asList<string>(value);
    if (list.length === 0) where.push('1 = 0');
    else add(`${column} IN (${placeholders(list.length)})`, ...list);
  }
  for (const [name, value, op] of [['from', filter.from, '>='], ['to', filter.to, '<=']] as const) {
    if (value === undefined) continue;
    if (!ISO_DATE.test(value)) throw new RangeError(`${name} must be YYYY-MM-DD, got ${value}`);
    add(`x.as_of_date ${op} ?`, value);
  }
  if (filter.sourceId !== undefined) add('d.source_id = ?', filter.sourceId);
  if (filter.documentId !== undefined) add('x.document_id = ?', filter.documentId);

  const from = `FROM service_impacts x JOIN documents d ON d.id = x.document_id${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const dir = filter.order === 'oldest' ? 'ASC' : 'DESC';
  // as_of_date orders across date and date-time values; the full value orders within a day. Impacts
  // without asOf (undated document, no date in its text) come after every dated one in either order.
  const sql = `SELECT x.document_id, x.ord, d.source_id, d.url, d.title, d.published_at, x.place_kind, x.place_ags,
  x.place_name, x.district_ags, x.service, x.status, x.as_of, x.since, x.until, x.confidence, x.span_start, x.span_end,
  x.span_text ${from}
ORDER BY x.as_of_date ${dir} NULLS LAST, d.published_ms ${dir} NULLS LAST, x.document_id ${dir}, x.ord ${dir} LIMIT ? OFFSET ?`;
  const page = [pageNumber('limit', filter.limit, DEFAULT_LIMIT), pageNumber('offset', filter.offset, 0)];
  return { sql, countSql: `SELECT COUNT(*) AS n ${from}`, params, page };
}

/** One row of {@link buildReportQuery}'s page: which report of which document. */
export type ReportDbRow = { document_id: string; ord: number | string; whole: number | string };

/**
 * The page and count of {@link Store.listReports}: reports (`r`) of documents (`d`) matching every filter,
 * each filter on the mentions inside the report (`whole = 1`: the whole release; otherwise by span containment).
 */
export function buildReportQuery(filter: ReportFilter): { sql: string; countSql: string; params: unknown[]; page: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const inReport = (table: string, condition: string, ...values: unknown[]) => {
    params.push(...values);
    return `EXISTS (SELECT 1 FROM ${table} x WHERE x.document_id = r.document_id
      AND (r.whole = 1 OR (x.span_start >= r.span_start AND x.span_end <= r.span_end)) AND (${condition}))`;
  };
  if (filter.sourceId !== undefined) { where.push('d.source_id = ?'); params.push(filter.sourceId); }
  if (filter.documentId !== undefined) { where.push('r.document_id = ?'); params.push(filter.documentId); }
  if (filter.place !== undefined && filter.place.trim() !== '') {
    const value = filter.place.trim();
    if (/^\d{8}$/.test(value)) {
      where.push(`(${inReport('municipality_mentions', 'x.ags = ?', value)} OR ${inReport('service_impacts', "x.place_kind = 'municipality' AND x.place_ags = ?", value)})`);
    } else if (/^\d{5}$/.test(value)) {
      where.push(`(${inReport('district_mentions', 'x.ags = ?', value)} OR ${inReport('municipality_mentions', 'x.district_ags = ?', value)} OR ${inReport('service_impacts', 'x.district_ags = ?', value)})`);
    } else {
      const key = nameKey(value);
      const dKey = districtKey(value);
      where.push(`(${inReport('municipality_mentions', 'x.name_key = ? OR x.district_key = ?', key, dKey)} OR ${inReport('district_mentions', 'x.name_key = ?', dKey)} OR ${inReport('service_impacts', 'x.place_key = ? OR x.place_key = ?', key, dKey)})`);
    }
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const inRange = dateRange(filter.from, filter.to);
    const published = inRange('d.published_date');
    params.push(...published.values);
    const dates = inRange('x.value_date', 'COALESCE(x.end_date, x.value_date)');
    const datesSql = inReport('date_mentions', dates.sql, ...dates.values);
    const impacts = inRange('x.as_of_date');
    const impactsSql = inReport('service_impacts', impacts.sql, ...impacts.values);
    where.push(`((${published.sql}) OR ${datesSql} OR ${impactsSql})`);
  }
  if (filter.text !== undefined && filter.text !== '') {
    where.push("(CASE WHEN r.whole = 1 THEN d.search_text ELSE substr(d.search_text, r.search_start, r.search_len) END) LIKE ? ESCAPE '\\'");
    params.push(`%${likeLiteral(searchKey(filter.text))}%`);
  }
  const limit = pageNumber('limit', filter.limit, DEFAULT_LIMIT);
  const offset = pageNumber('offset', filter.offset, 0);
  const from = ` FROM reports r JOIN documents d ON d.id = r.document_id${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  return {
    sql: `SELECT r.document_id, r.ord, r.whole${from} ORDER BY ${DOCUMENT_ORDER}, r.ord ASC LIMIT ? OFFSET ?`,
    countSql: `SELECT COUNT(*) AS n${from}`,
    params,
    page: [limit, offset],
  };
}
