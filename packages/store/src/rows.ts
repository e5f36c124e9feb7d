import { createHash } from 'node:crypto';
import {
  QuarantineItemSchema, RecordSchema, SourceRunSchema, toBerlinDate,
  type LagebildRecord, type QuarantineItem, type SourceRun,
} from '@lagebild/schema';
import type { HttpValidators, ImpactRow, QueryHit, ReportRow, SourceHealth, SourceStats, Stats } from './store.js';
import type { ImpactDbRow, ReportDbRow } from './sql.js';

/**
 * Driver-independent mapping between records and table rows. Keys for case-insensitive name
 * matching are computed here, in JavaScript, so that matching does not depend on the database's
 * collation or locale (SQLite's LOWER() only folds ASCII).
 */

/**
 * German lower-casing. ECMA-402 has language-sensitive lower-case mappings only for Lithuanian,
 * Turkish and Azeri, so for German this equals `toLocaleLowerCase('de-DE')`, without the ICU
 * locale lookup that made it a measurable part of every stored record.
 */
function germanLower(text: string): string {
  return text.toLowerCase();
}

/** Lower-cased name with normalized whitespace and dashes. */
export function nameKey(name: string): string {
  return germanLower(name.replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim());
}

const DISTRICT_PREFIX = /^(?:landkreis|kreis|lk|stadtkreis|kreisfreie stadt)\s+/;
const DISTRICT_SUFFIX = /(?:,\s*(?:landkreis|kreis)|\s+\((?:landkreis|kreis)\))$/;

/**
 * Key of a district name: "Kreis Unna", "Landkreis Unna" and "Unna" share one key, while names
 * whose designation is part of the official name ("Märkischer Kreis") keep it.
 */
export function districtKey(name: string): string {
  const key = nameKey(name).replace(DISTRICT_PREFIX, '').replace(DISTRICT_SUFFIX, '').trim();
  return key.length > 0 ? key : nameKey(name);
}

/** Text lower-cased for substring search. */
export function searchKey(text: string): string {
  return germanLower(text);
}

/** Milliseconds since the epoch of an ISO date-time; throws on an unparsable value. */
export function epochMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a date-time: ${iso}`);
  return ms;
}

/**
 * Calendar date of a date or date-time as written: "2023-11-02T10:00:00+01:00" → "2023-11-02".
 * Extracted values already carry the Berlin offset, so the written date is the Berlin date.
 */
export function datePart(value: string): string {
  return value.slice(0, 10);
}

/** Validates a record against the contract, with a message that names the document. */
export function checkRecord(record: LagebildRecord): LagebildRecord {
  const parsed = RecordSchema.safeParse(record);
  if (!parsed.success) {
    const id = (record as { document?: { id?: unknown } } | undefined)?.document?.id;
    throw new TypeError(`invalid record ${String(id)}: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** Validates a quarantine item. */
export function checkQuarantineItem(item: QuarantineItem): QuarantineItem {
  const parsed = QuarantineItemSchema.safeParse(item);
  if (!parsed.success) throw new TypeError(`invalid quarantine item: ${parsed.error.message}`);
  return parsed.data;
}

/** Validates a source run. */
export function checkSourceRun(run: SourceRun): SourceRun {
  const parsed = SourceRunSchema.safeParse(run);
  if (!parsed.success) throw new TypeError(`invalid source run: ${parsed.error.message}`);
  return parsed.data;
}

/** Column values of the `documents` row, in {@link DOCUMENT_COLUMNS} order. */
export const DOCUMENT_COLUMNS = [
  'id', 'source_id', 'url', 'title', 'published_at', 'published_date', 'published_ms', 'fetched_at', 'text',
  'search_text', 'content_hash', 'extractor_version', 'record_json', 'stored_at',
] as const;

/**
 * The `documents` row of a record. An undated document (no `publishedAt`) has NULL in `published_at`,
 * `published_date` and `published_ms`: nothing stands in for the publication instant.
 */
export function documentRow(record: LagebildRecord, storedAt: string): unknown[] {
  const d = record.document;
  const publishedMs = d.publishedAt === undefined ? null : epochMs(d.publishedAt);
  return [
    d.id, d.sourceId, d.url, d.title, d.publishedAt ?? null, publishedMs === null ? null : toBerlinDate(new Date(publishedMs)),
    publishedMs, d.fetchedAt,
    d.text, searchKey(`${d.title}\n${d.text}`), d.contentHash, record.extractor.version, recordJson(record), storedAt,
  ];
}

/**
 * Code units a text column may not keep exactly: U+0000 (PostgreSQL maps it to U+FFFD) and
 * surrogates (a lone one becomes U+FFFD in UTF-8; pairs are fine but rare enough to test for all).
 */
const NOT_KEPT_BY_TEXT_COLUMNS = /[\u0000\ud800-\udfff]/;

/**
 * `record_json` of a record: the record with `document.text` left empty, since the `text` column
 * of the same row holds it (the text would otherwise be escaped and written twice). A text the
 * column may not keep exactly stays in the JSON. Key order is kept, so the JSON reads back as the
 * record written. Report spans' texts are left out the same way (issue 17).
 */
export function recordJson(record: LagebildRecord): string {
  const d = record.document;
  if (d.text === '' || NOT_KEPT_BY_TEXT_COLUMNS.test(d.text)) return JSON.stringify(record);
  // A report's span text is a stretch of the text as well: left empty where it is exactly that stretch.
  const reports = record.reports?.map((r) => (r.span.end > r.span.start && r.span.text === d.text.slice(r.span.start, r.span.end)
    ? { ...r, span: { ...r.span, text: '' } } : r));
  return JSON.stringify(reports === undefined ? { ...record, document: { ...d, text: '' } } : { ...record, document: { ...d, text: '' }, reports });
}

/**
 * The record of a `documents` row from {@link recordJson} and the row's `text`. Rows written
 * before the text was left out of the JSON carry it there; it equals the column.
 */
export function recordFromRow(row: { record_json: string; text: string }): LagebildRecord {
  const record = JSON.parse(row.record_json) as LagebildRecord;
  if (record.document.text === '') {
    record.document.text = row.text;
    for (const r of record.reports ?? []) if (r.span.text === '' && r.span.end > r.span.start) r.span.text = row.text.slice(r.span.start, r.span.end);
  }
  return record;
}

/** One mention table: its columns and how a record fills it. */
export interface MentionTable {
  readonly table: string;
  readonly columns: readonly string[];
  rows(record: LagebildRecord): unknown[][];
}

const SPAN_COLUMNS = ['document_id', 'ord', 'span_start', 'span_end', 'span_text'] as const;
type Spanned = { span: { start: number; end: number; text: string } };

function mentionTable<T extends Spanned>(
  table: string, columns: readonly string[], pick: (r: LagebildRecord) => readonly T[], values: (m: T) => unknown[],
): MentionTable {
  return {
    table,
    columns: [...SPAN_COLUMNS, ...columns],
    rows: (record) => pick(record).map((m, ord) => [
      record.document.id, ord, m.span.start, m.span.end, m.span.text, ...values(m),
    ]),
  };
}

/** Every mention table; putRecord replaces all of them for a document. */
export const MENTION_TABLES: readonly MentionTable[] = [
  mentionTable('date_mentions', ['value', 'end_value', 'value_date', 'end_date', 'precision', 'implied'],
    (r) => r.entities.dates,
    (m) => [m.value, m.end ?? null, datePart(m.value), m.end === undefined ? null : datePart(m.end), m.precision,
      JSON.stringify(m.implied)]),
  mentionTable('municipality_mentions',
    ['ags', 'name', 'name_key', 'district_ags', 'district_name', 'district_key', 'state', 'lat', 'lon', 'confidence'],
    (r) => r.entities.municipalities,
    (m) => [m.ags, m.name, nameKey(m.name), m.district.ags, m.district.name, districtKey(m.district.name), m.state,
      m.lat, m.lon, m.confidence]),
  mentionTable('district_mentions', ['ags', 'name', 'name_key', 'state', 'confidence'],
    (r) => r.entities.districts,
    (m) => [m.ags, m.name, districtKey(m.name), m.state, m.confidence]),
  mentionTable('agency_mentions', ['agency_id', 'name', 'name_key', 'kind', 'confidence'],
    (r) => r.entities.agencies,
    (m) => [m.id, m.name, nameKey(m.name), m.kind, m.confidence]),
  mentionTable('service_impacts',
    ['place_kind', 'place_ags', 'place_name', 'place_key', 'district_ags', 'service', 'status', 'as_of', 'as_of_date',
      'since', 'until', 'confidence'],
    (r) => r.entities.serviceImpacts,
    (m) => {
      const place = m.municipality ?? m.district;
      const kind = m.municipality ? 'municipality' : m.district ? 'district' : null;
      const key = m.municipality ? nameKey(m.municipality.name) : m.district ? districtKey(m.district.name) : null;
      const districtAgs = m.district?.ags ?? (m.municipality ? m.municipality.ags.slice(0, 5) : null);
      return [kind, place?.ags ?? null, place?.name ?? null, key, districtAgs, m.service, m.status, m.asOf ?? null,
        m.asOf ? datePart(m.asOf) : null, m.since ?? null, m.until ?? null, m.confidence];
    }),
  mentionTable('contact_mentions', ['kind', 'value'], (r) => r.entities.contacts, (m) => [m.kind, m.value]),
];

/** Number of code points of `s` (what SQL `substr` and `length` count in both databases). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The `reports` rows of a record (issue 17): one per report, or for a release without reports (a single
 * incident, or a record of an extractor before 0.4.0) one row with `whole = 1` for its whole text.
 * `search_start`/`search_len` locate each report in `documents.search_text` (`searchKey(title + "\n" + text)`),
 * computed in one pass over the text.
 */
export const REPORT_TABLE: MentionTable = {
  table: 'reports',
  columns: ['document_id', 'ord', 'whole', 'span_start', 'span_end', 'title', 'search_start', 'search_len'],
  rows: (record) => {
    const d = record.document;
    const reports = record.reports ?? [];
    if (reports.length === 0) return [[d.id, 0, 1, 0, d.text.length, d.title, 0, 0]];
    const out: unknown[][] = [];
    let at = 0;
    let before = codePoints(searchKey(`${d.title}\n`));
    for (const r of reports) {
      const start = Math.max(at, Math.min(r.span.start, d.text.length));
      const end = Math.max(start, Math.min(r.span.end, d.text.length));
      before += codePoints(searchKey(d.text.slice(at, start)));
      const length = codePoints(searchKey(d.text.slice(start, end)));
      out.push([d.id, r.index, 0, r.span.start, r.span.end, r.title, before + 1, length]);
      before += length;
      at = end;
    }
    return out;
  },
};

/** Every table putRecord replaces for a document: the mention tables and the reports. */
export const RECORD_TABLES: readonly MentionTable[] = [...MENTION_TABLES, REPORT_TABLE];

/** Mention tables by the stats key they count into. */
export const STATS_TABLES: readonly { key: Exclude<keyof SourceStats, 'documents' | 'quarantined'>; table: string }[] = [
  { key: 'dates', table: 'date_mentions' },
  { key: 'municipalities', table: 'municipality_mentions' },
  { key: 'districts', table: 'district_mentions' },
  { key: 'agencies', table: 'agency_mentions' },
  { key: 'serviceImpacts', table: 'service_impacts' },
  { key: 'contacts', table: 'contact_mentions' },
];

/** Condensed view of a record for query results. */
export function toHit(record: LagebildRecord): QueryHit {
  const d = record.document;
  const e = record.entities;
  const distinct = <T, K>(items: readonly T[], key: (t: T) => K): T[] => {
    const seen = new Set<K>();
    return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
  };
  return {
    documentId: d.id,
    sourceId: d.sourceId,
    url: d.url,
    title: d.title,
    ...(d.publishedAt !== undefined ? { publishedAt: d.publishedAt } : {}),
    municipalities: distinct(e.municipalities, (m) => m.ags).map((m) => ({ ags: m.ags, name: m.name })),
    districts: distinct(e.districts, (m) => m.ags).map((m) => ({ ags: m.ags, name: m.name })),
    agencies: distinct(e.agencies, (m) => m.id).map((m) => ({ id: m.id, name: m.name })),
    impacts: e.serviceImpacts.map((i) => {
      const place = i.municipality ?? i.district;
      return {
        ...(place ? { place: { ags: place.ags, name: place.name } } : {}),
        service: i.service, status: i.status, ...(i.asOf ? { asOf: i.asOf } : {}), evidence: i.span.text,
      };
    }),
    dates: distinct(e.dates.map((m) => m.value), (v) => v),
  };
}

/**
 * Stable key of a quarantine item: (sourceId, stage, url, reason), hashed to keep the index small.
 * An item without a URL is told apart by its excerpt as well: two different feed entries without a
 * link fail for the same reason, and were one row while the run counted two.
 */
export function quarantineKey(item: QuarantineItem): string {
  const parts: unknown[] = [item.sourceId, item.stage, item.url ?? null, item.reason];
  if (item.url === undefined && item.excerpt !== undefined) parts.push(item.excerpt);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export const QUARANTINE_COLUMNS = ['item_key', 'source_id', 'stage', 'url', 'reason', 'at', 'at_ms', 'excerpt'] as const;

export function quarantineRow(item: QuarantineItem): unknown[] {
  return [quarantineKey(item), item.sourceId, item.stage, item.url ?? null, item.reason, item.at, epochMs(item.at),
    item.excerpt ?? null];
}

/** A `quarantine` row as read back. */
export interface QuarantineRow {
  source_id: string; stage: string; url: string | null; reason: string; at: string; excerpt: string | null;
}

export function fromQuarantineRow(row: QuarantineRow): QuarantineItem {
  return {
    sourceId: row.source_id,
    stage: row.stage as QuarantineItem['stage'],
    ...(row.url === null ? {} : { url: row.url }),
    reason: row.reason,
    at: row.at,
    ...(row.excerpt === null ? {} : { excerpt: row.excerpt }),
  };
}

export const SOURCE_RUN_COLUMNS = [
  'source_id', 'started_at', 'finished_at', 'started_ms', 'finished_ms', 'ok', 'items', 'stored', 'quarantined', 'error',
  'error_code', 'not_modified', 'run_id',
] as const;

export function sourceRunRow(run: SourceRun): unknown[] {
  return [run.sourceId, run.startedAt, run.finishedAt, epochMs(run.startedAt), epochMs(run.finishedAt), run.ok ? 1 : 0,
    run.items, run.stored, run.quarantined, run.error ?? null, run.errorCode ?? null, run.notModified ? 1 : 0, run.runId ?? ''];
}

/** Rows read by the health queries (PostgreSQL returns counts as strings, hence `number | string`). */
export interface HealthRows {
  runs: { source_id: string; n: number | string }[];
  documents: { source_id: string; n: number | string }[];
  lastRun: {
    source_id: string; finished_at: string; items: number | string; stored: number | string; quarantined: number | string;
    not_modified: number | string | null;
  }[];
  lastOk: { source_id: string; finished_at: string }[];
  lastError: { source_id: string; finished_at: string; error: string | null; error_code: string | null }[];
  zeroYield: { source_id: string; n: number | string }[];
}

export function toSourceHealth(rows: HealthRows): SourceHealth[] {
  const ids = new Set<string>([...rows.runs.map((r) => r.source_id), ...rows.documents.map((r) => r.source_id)]);
  const by = <T extends { source_id: string }>(list: T[]) => new Map(list.map((r) => [r.source_id, r]));
  const runs = by(rows.runs);
  const documents = by(rows.documents);
  const lastRun = by(rows.lastRun);
  const lastOk = by(rows.lastOk);
  const lastError = by(rows.lastError);
  const zeroYield = by(rows.zeroYield);
  return [...ids].sort().map((sourceId) => {
    const last = lastRun.get(sourceId);
    const ok = lastOk.get(sourceId);
    const err = lastError.get(sourceId);
    return {
      sourceId,
      ...(last ? { lastRunAt: last.finished_at } : {}),
      ...(ok ? { lastSuccessAt: ok.finished_at } : {}),
      ...(err ? { lastErrorAt: err.finished_at } : {}),
      ...(err?.error != null ? { lastError: err.error } : {}),
      itemsLastPoll: Number(last?.items ?? 0),
      storedLastPoll: Number(last?.stored ?? 0),
      quarantinedLastPoll: Number(last?.quarantined ?? 0),
      runs: Number(runs.get(sourceId)?.n ?? 0),
      documents: Number(documents.get(sourceId)?.n ?? 0),
      ...(err?.error_code != null ? { lastErrorCode: err.error_code } : {}),
      consecutiveZeroYield: Number(zeroYield.get(sourceId)?.n ?? 0),
      notModifiedLastPoll: Number(last?.not_modified ?? 0) === 1,
    };
  });
}

/** The `http_cache` row as read. */
export interface HttpCacheRow { etag: string | null; last_modified: string | null; content_hash: string | null }

/** Longest URL kept in `http_cache` (PostgreSQL's B-tree index limits key size). */
export const MAX_CACHED_URL_LENGTH = 2048;

export function fromHttpCacheRow(row: HttpCacheRow): HttpValidators | undefined {
  const v: HttpValidators = {};
  if (row.etag !== null) v.etag = row.etag;
  if (row.last_modified !== null) v.lastModified = row.last_modified;
  if (row.content_hash !== null) v.contentHash = row.content_hash;
  return v.etag === undefined && v.lastModified === undefined ? undefined : v;
}

/** Parameters of {@link UPSERT_HTTP_CACHE_SQL}, or undefined when the entry is to be deleted. */
export function httpCacheRow(url: string, v: HttpValidators, at: string): unknown[] | undefined {
  const etag = typeof v.etag === 'string' && v.etag !== '' ? v.etag : null;
  const lastModified = typeof v.lastModified === 'string' && v.lastModified !== '' ? v.lastModified : null;
  if (etag === null && lastModified === null) return undefined;
  const contentHash = typeof v.contentHash === 'string' && v.contentHash !== '' ? v.contentHash : null;
  return [url, etag, lastModified, contentHash, at];
}

/** Grouped counts as read by the stats queries. */
export interface CountRow { source_id: string; n: number | string }

export function emptySourceStats(): SourceStats {
  return { documents: 0, dates: 0, municipalities: 0, districts: 0, agencies: 0, serviceImpacts: 0, contacts: 0, quarantined: 0 };
}

export function toStats(counts: Record<keyof SourceStats, CountRow[]>): Stats {
  const total = emptySourceStats();
  const perSource: Record<string, SourceStats> = {};
  for (const [key, rows] of Object.entries(counts) as [keyof SourceStats, CountRow[]][]) {
    for (const row of rows) {
      const n = Number(row.n);
      const entry = (perSource[row.source_id] ??= emptySourceStats());
      entry[key] += n;
      total[key] += n;
    }
  }
  const sorted: Record<string, SourceStats> = {};
  for (const id of Object.keys(perSource).sort()) sorted[id] = perSource[id]!;
  return { ...total, perSource: sorted };
}

/** An impact row of {@link buildImpactQuery} as the Store returns it. */
export function toImpactRow(row: ImpactDbRow): ImpactRow {
  const kind = row.place_kind === 'municipality' || row.place_kind === 'district' ? row.place_kind : undefined;
  return {
    documentId: row.document_id,
    ord: Number(row.ord),
    sourceId: row.source_id,
    url: row.url,
    title: row.title,
    ...(row.published_at !== null ? { publishedAt: row.published_at } : {}),
    ...(kind && row.place_ags !== null ? { place: { kind, ags: row.place_ags, name: row.place_name ?? '' } } : {}),
    ...(row.district_ags !== null ? { districtAgs: row.district_ags } : {}),
    service: row.service as ImpactRow['service'],
    status: row.status as ImpactRow['status'],
    ...(row.as_of !== null ? { asOf: row.as_of } : {}),
    ...(row.since !== null ? { since: row.since } : {}),
    ...(row.until !== null ? { until: row.until } : {}),
    confidence: Number(row.confidence),
    span: { start: Number(row.span_start), end: Number(row.span_end), text: row.span_text },
  };
}

/**
 * The {@link ReportRow} of report `ord` of a stored record: the record's own report, or for a row that
 * stands for the whole release (`whole`, or a report the record no longer has) the release as one report.
 */
export function toReportRow(record: LagebildRecord, ord: number, whole: boolean): ReportRow {
  const d = record.document;
  const report = whole ? undefined : record.reports?.find((r) => r.index === ord);
  return {
    documentId: d.id,
    index: report ? report.index : 0,
    whole: report === undefined,
    sourceId: d.sourceId,
    url: d.url,
    documentTitle: d.title,
    ...(d.publishedAt === undefined ? {} : { publishedAt: d.publishedAt }),
    title: report ? report.title : d.title,
    span: report ? { ...report.span } : { start: 0, end: d.text.length, text: d.text },
    entities: report ? report.entities : record.entities,
  };
}

/**
 * Every report of a record as {@link ReportRow}s, in order: its own reports, or the release as one report
 * when it has none. What {@link Store.listReports} gives for the record, without a store.
 */
export function reportRowsOf(record: LagebildRecord): ReportRow[] {
  const reports = record.reports ?? [];
  return reports.length === 0 ? [toReportRow(record, 0, true)] : reports.map((r) => toReportRow(record, r.index, false));
}

/** Report rows of a page of {@link ReportDbRow}s, given the records of their documents by stored id. */
export function toReportRows(rows: readonly ReportDbRow[], byId: ReadonlyMap<string, LagebildRecord>): ReportRow[] {
  const out: ReportRow[] = [];
  for (const row of rows) {
    const record = byId.get(row.document_id);
    if (record) out.push(toReportRow(record, Number(row.ord), Number(row.whole) === 1));
  }
  return out;
}
