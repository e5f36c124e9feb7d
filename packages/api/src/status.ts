import { SERVICES, SERVICE_STATUSES, type Service, type ServiceStatus } from '@lagebild/schema';
import type { ImpactRow } from '@lagebild/store';
import type { PlaceInfo, PlaceLookup } from './places.js';

/**
 * The situation picture as of a date: for every place and service, the latest stated status, since
 * when it holds, and the sentence that says so. Pure functions over impact rows (Store.listImpacts).
 */

/** Where a status comes from: the release and the impact's evidence span. */
export interface StatusEvidence {
  documentId: string;
  sourceId: string;
  url: string;
  title: string;
  /** Absent for an undated document. */
  publishedAt?: string;
  /** The impact's span text: the sentence part that states the status. */
  text: string;
  span: { start: number; end: number };
}

/** One service of one place as of the requested date. */
export interface ServiceStatusEntry {
  place: PlaceInfo;
  service: Service;
  status: ServiceStatus;
  /** Start of the current unbroken run of this status (the earliest `since` or `asOf` in the run). */
  since: string;
  /** asOf of the latest statement. */
  asOf: string;
  /** The latest statement's announced end, when it gave one. */
  until?: string;
  /** Statements in the current run. */
  statements: number;
  /** The latest statement. */
  evidence: StatusEvidence;
}

/** Options of {@link computeStatus}. */
export interface StatusOptions {
  /** YYYY-MM-DD: statements with a later asOf are ignored. */
  asOf: string;
  /** Resolves names, hierarchy and centroids; without it the names of the records are used. */
  places?: PlaceLookup;
}

/** Worst first: the colour of a place on the map is that of its worst current status. */
export const STATUS_SEVERITY: Readonly<Record<ServiceStatus, number>> = {
  outage: 3, degraded: 2, restored: 1, operational: 0,
};

const SERVICE_ORDER = new Map<string, number>(SERVICES.map((s, i) => [s, i]));

/** Publication instant in ms; an undated document's statements count as published before every dated one. */
function publishedMs(row: ImpactRow): number {
  return row.publishedAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(row.publishedAt);
}

/** Difference of two numbers that may both be -Infinity (equal, not NaN). */
function minus(a: number, b: number): number {
  return a === b ? 0 : a - b;
}

/**
 * Order of statements about one place and service: asOf day, then publication (undated documents
 * first, so that a dated release of the same day is the latest word), then text position. Rows
 * without asOf are not statements of any day: {@link computeStatus} leaves them out.
 */
export function compareStatements(a: ImpactRow, b: ImpactRow): number {
  return (a.asOf ?? '').slice(0, 10).localeCompare((b.asOf ?? '').slice(0, 10))
    || minus(publishedMs(a), publishedMs(b))
    || a.documentId.localeCompare(b.documentId)
    || a.span.start - b.span.start
    || a.ord - b.ord;
}

/** Earlier of two date or date-time values as written (both in Berlin time). */
function earlier(a: string, b: string): string {
  const da = a.slice(0, 10);
  const db = b.slice(0, 10);
  if (da !== db) return da < db ? a : b;
  // Same day: a bare date stands for the whole day and so begins no later than a time on it.
  if (a.length === 10) return a;
  if (b.length === 10) return b;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

function fallbackPlace(row: ImpactRow): PlaceInfo | undefined {
  if (!row.place) return undefined;
  return {
    kind: row.place.kind, ags: row.place.ags, name: row.place.name,
    ...(row.place.kind === 'municipality' && row.districtAgs ? { district: { ags: row.districtAgs, name: row.districtAgs } } : {}),
  };
}

/** An impact row that states the day it holds. */
type DatedRow = ImpactRow & { asOf: string };

/**
 * Latest status per (place, service) among statements with asOf on or before `options.asOf`.
 * Impacts without a place are left out, and so are impacts without asOf (an undated document whose
 * text names no day): nothing says they hold on any day, and the clock does not stand in for one.
 * Sorted by place name, then service vocabulary order.
 */
export function computeStatus(impacts: readonly ImpactRow[], options: StatusOptions): ServiceStatusEntry[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new RangeError(`asOf must be YYYY-MM-DD, got ${options.asOf}`);
  const groups = new Map<string, DatedRow[]>();
  for (const row of impacts) {
    if (!row.place || row.asOf === undefined || row.asOf.slice(0, 10) > options.asOf) continue;
    const key = `${row.place.ags}|${row.service}`;
    const list = groups.get(key);
    if (list) list.push(row as DatedRow);
    else groups.set(key, [row as DatedRow]);
  }
  const entries: ServiceStatusEntry[] = [];
  for (const rows of groups.values()) {
    rows.sort(compareStatements);
    const latest = rows.at(-1)!;
    let since = latest.since ?? latest.asOf;
    let statements = 0;
    for (let i = rows.length - 1; i >= 0 && rows[i]!.status === latest.status; i--) {
      const row = rows[i]!;
      since = earlier(since, row.since ?? row.asOf);
      statements++;
    }
    const place = options.places ? options.places(latest.place!.ags, latest.place!.name) : fallbackPlace(latest)!;
    entries.push({
      place, service: latest.service, status: latest.status, since, asOf: latest.asOf,
      ...(latest.until !== undefined ? { until: latest.until } : {}),
      statements,
      evidence: {
        documentId: latest.documentId, sourceId: latest.sourceId, url: latest.url, title: latest.title,
        ...(latest.publishedAt !== undefined ? { publishedAt: latest.publishedAt } : {}), text: latest.span.text, span: { start: latest.span.start, end: latest.span.end },
      },
    });
  }
  return entries.sort((a, b) => a.place.name.localeCompare(b.place.name, 'de')
    || a.place.ags.localeCompare(b.place.ags)
    || (SERVICE_ORDER.get(a.service) ?? 99) - (SERVICE_ORDER.get(b.service) ?? 99));
}

/** One place with its services' current statuses, for the map. */
export interface PlaceStatus {
  place: PlaceInfo;
  /** The most severe current status among its services. */
  worst: ServiceStatus;
  services: { service: Service; status: ServiceStatus; since: string }[];
  counts: Record<ServiceStatus, number>;
}

/** Groups status entries by place; places in order of first appearance. */
export function summarizePlaces(entries: readonly ServiceStatusEntry[]): PlaceStatus[] {
  const byPlace = new Map<string, PlaceStatus>();
  for (const e of entries) {
    let summary = byPlace.get(e.place.ags);
    if (!summary) {
      summary = {
        place: e.place, worst: e.status, services: [],
        counts: Object.fromEntries(SERVICE_STATUSES.map((s) => [s, 0])) as Record<ServiceStatus, number>,
      };
      byPlace.set(e.place.ags, summary);
    }
    summary.services.push({ service: e.service, status: e.status, since: e.since });
    summary.counts[e.status]++;
    if (STATUS_SEVERITY[e.status] > STATUS_SEVERITY[summary.worst]) summary.worst = e.status;
  }
  return [...byPlace.values()];
}
