import type { ImpactRow, QueryHit, ReportRow } from '@lagebild/store';
import type { ServiceStatusEntry } from '../status.js';

/** RFC 4180 CSV with a header row, CRLF line breaks, UTF-8. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

type Cell = string | number | boolean | null | undefined;

/**
 * One field: quoted when it holds a comma, quote or line break (quotes doubled). Text that a
 * spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab, CR) gets a leading `'`, since
 * evidence sentences come from the internet and analysts open these files in spreadsheets.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document from a header and rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  let out = `${header.map(csvField).join(',')}\r\n`;
  for (const row of rows) out += `${row.map(csvField).join(',')}\r\n`;
  return out;
}

/** One row per service impact. */
export function impactsCsv(rows: readonly ImpactRow[]): string {
  return toCsv(
    ['as_of', 'since', 'until', 'place_kind', 'place_ags', 'place_name', 'district_ags', 'service', 'status', 'confidence',
      'evidence', 'document_id', 'source_id', 'published_at', 'title', 'url'],
    rows.map((r) => [r.asOf, r.since, r.until, r.place?.kind, r.place?.ags, r.place?.name, r.districtAgs, r.service, r.status,
      r.confidence, r.span.text, r.documentId, r.sourceId, r.publishedAt, r.title, r.url]),
  );
}

/** One row per place and service with its current status. */
export function statusCsv(entries: readonly ServiceStatusEntry[], asOf: string): string {
  return toCsv(
    ['as_of_date', 'place_kind', 'place_ags', 'place_name', 'district_ags', 'state', 'lat', 'lon', 'service', 'status', 'since',
      'stated_as_of', 'until', 'statements', 'evidence', 'document_id', 'source_id', 'published_at', 'url'],
    entries.map((e) => [asOf, e.place.kind, e.place.ags, e.place.name, e.place.district?.ags, e.place.state, e.place.lat, e.place.lon,
      e.service, e.status, e.since, e.asOf, e.until, e.statements, e.evidence.text, e.evidence.documentId, e.evidence.sourceId,
      e.evidence.publishedAt, e.evidence.url]),
  );
}

/** One row per document, mentions joined with `; `. */
export function documentsCsv(hits: readonly QueryHit[]): string {
  return toCsv(
    ['document_id', 'source_id', 'published_at', 'title', 'url', 'municipalities', 'districts', 'agencies', 'impacts', 'dates'],
    hits.map((h) => [h.documentId, h.sourceId, h.publishedAt, h.title, h.url,
      h.municipalities.map((m) => `${m.name} (${m.ags})`).join('; '),
      h.districts.map((d) => `${d.name} (${d.ags})`).join('; '),
      h.agencies.map((a) => a.id).join('; '),
      h.impacts.map((i) => `${i.place?.name ?? '?'}: ${i.service} ${i.status}`).join('; '),
      h.dates.join('; ')]),
  );
}

/**
 * One row per report (incident, issue 17), its mentions joined with `; ` as in {@link documentsCsv};
 * `whole` is true for a release that was not split (the row stands for the whole release).
 */
export function reportsCsv(rows: readonly ReportRow[]): string {
  const distinct = <T>(xs: readonly T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];
  return toCsv(
    ['document_id', 'report_index', 'whole', 'span_start', 'span_end', 'report_title', 'source_id', 'published_at', 'document_title', 'url',
      'municipalities', 'districts', 'agencies', 'impacts', 'dates'],
    rows.map((r) => [r.documentId, r.index, r.whole, r.span.start, r.span.end, r.title, r.sourceId, r.publishedAt, r.documentTitle, r.url,
      distinct(r.entities.municipalities, (m) => m.ags).map((m) => `${m.name} (${m.ags})`).join('; '),
      distinct(r.entities.districts, (d) => d.ags).map((d) => `${d.name} (${d.ags})`).join('; '),
      distinct(r.entities.agencies, (a) => a.id).map((a) => a.id).join('; '),
      r.entities.serviceImpacts.map((i) => `${(i.municipality ?? i.district)?.name ?? '?'}: ${i.service} ${i.status}`).join('; '),
      [...new Set(r.entities.dates.map((d) => d.value))].join('; ')]),
  );
}
