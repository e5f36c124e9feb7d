import type { QueryFilter, SourceStats } from './store.js';
import {
  DOCUMENT_COLUMNS, QUARANTINE_COLUMNS, SOURCE_RUN_COLUMNS, STATS_TABLES, districtKey, nameKey, searchKey,
} from './rows.js';

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
export const SELECT_RECORD_SQL = 'SELECT record_json FROM documents WHERE id = ?';
export const HAS_DOCUMENT_SQL = 'SELECT 1 AS found FROM documents WHERE id = ?';
export const HAS_DOCUMENT_HASH_SQL = 'SELECT 1 AS found FROM documents WHERE id = ? AND content_hash = ?';

export const INSERT_QUARANTINE_SQL = `${insertSql('quarantine', QUARANTINE_COLUMNS)} ON CONFLICT (item_key) DO NOTHING`;
const QUARANTINE_SELECT = 'SELECT source_id, stage, url, reason, at, excerpt FROM quarantine';
const QUARANTINE_ORDER = 'ORDER BY at_ms, source_id, stage, item_key';
export const LIST_QUARANTINE_SQL = `${QUARANTINE_SELECT} ${QUARANTINE_ORDER}`;
export const LIST_QUARANTINE_BY_SOURCE_SQL = `${QUARANTINE_SELECT} WHERE source_id = ? ${QUARANTINE_ORDER}`;

export const UPSERT_SOURCE_RUN_SQL = `${insertSql('source_runs', SOURCE_RUN_COLUMNS)}
ON CONFLICT (source_id, started_at) DO UPDATE SET ${SOURCE_RUN_COLUMNS.filter((c) => c !== 'source_id' && c !== 'started_at').map((c) => `${c} = excluded.${c}`).join(', ')}`;

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
} as const;

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

/** Default and upper bound of {@link QueryFilter.limit}. */
export const DEFAULT_LIMIT = 100;

/**
 * The SELECT behind {@link Store.query}: every given filter becomes one EXISTS (or column) condition,
 * all joined with AND; it returns `record_json` of the matching documents, newest first.
 */
export function buildQuery(filter: QueryFilter): { sql: string; params: unknown[] } {
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
    for (const [name, value] of [['from', filter.from], ['to', filter.to]] as const) {
      if (value !== undefined && !ISO_DATE.test(value)) throw new RangeError(`${name} must be YYYY-MM-DD, got ${value}`);
    }
    const { from, to } = filter;
    const inRange = (column: string, endColumn = column): { sql: string; values: string[] } => {
      const parts: string[] = [];
      const values: string[] = [];
      if (from !== undefined) { parts.push(`${endColumn} >= ?`); values.push(from); }
      if (to !== undefined) { parts.push(`${column} <= ?`); values.push(to); }
      return { sql: parts.join(' AND '), values };
    };
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

  const limit = filter.limit === undefined ? DEFAULT_LIMIT : Math.max(0, Math.floor(filter.limit));
  if (!Number.isFinite(limit)) throw new RangeError(`limit must be a finite number, got ${filter.limit}`);
  params.push(limit);
  const sql = `SELECT d.record_json FROM documents d${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
ORDER BY d.published_ms DESC, d.id ASC LIMIT ?`;
  return { sql, params };
}
