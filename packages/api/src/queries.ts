import { toBerlinDate, type Service, type ServiceStatus } from '@lagebild/schema';
import type { ImpactFilter, ImpactRow, QueryFilter, QueryHit, ReportFilter, ReportRow, Store } from '@lagebild/store';
import { INCIDENT_SEARCH } from './constants.js';
import { groupIncidents, type Incident, type IncidentOptions } from './incidents.js';
import { gazetteerPlaces, type PlaceLookup } from './places.js';
import { computeStatus, type ServiceStatusEntry } from './status.js';

/**
 * Store-backed loaders shared by the CLI and the HTTP API: they page through the store and hand the
 * rows to the pure analysis functions.
 */

const PAGE = 1000;

/** Every impact matching `filter`, oldest first, read page by page. */
export async function allImpacts(store: Store, filter: Omit<ImpactFilter, 'limit' | 'offset' | 'order'>): Promise<ImpactRow[]> {
  const out: ImpactRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listImpacts({ ...filter, order: 'oldest', limit: PAGE, offset });
    out.push(...page.items);
    if (page.items.length < PAGE) return out;
  }
}

/** Every document matching `filter`, newest first, read page by page. */
export async function allDocuments(store: Store, filter: Omit<QueryFilter, 'limit' | 'offset'>): Promise<QueryHit[]> {
  const out: QueryHit[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const hits = await store.query({ ...filter, limit: PAGE, offset });
    out.push(...hits);
    if (hits.length < PAGE) return out;
  }
}

/** Every report (issue 17) matching `filter`, page by page. */
export async function allReports(store: Store, filter: Omit<ReportFilter, 'limit' | 'offset'>): Promise<ReportRow[]> {
  const out: ReportRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { items } = await store.listReports({ ...filter, limit: PAGE, offset });
    out.push(...items);
    if (items.length < PAGE) return out;
  }
}

/** Today's date in Berlin, the default as-of date. */
export function todayInBerlin(now: Date = new Date()): string {
  return toBerlinDate(now);
}

/** Which places and services a status request covers. */
export interface StatusQuery {
  /** YYYY-MM-DD; default today in Berlin. */
  asOf?: string;
  municipality?: string;
  district?: string;
  state?: string;
  service?: Service;
  /** Filters on the current status (not on the statements behind it). */
  status?: ServiceStatus;
}

/** The status of every matching place and service as of `query.asOf`. */
export async function loadStatus(store: Store, query: StatusQuery = {}, places: PlaceLookup = gazetteerPlaces()): Promise<ServiceStatusEntry[]> {
  const asOf = query.asOf ?? todayInBerlin();
  const impacts = await allImpacts(store, {
    to: asOf,
    ...(query.municipality ? { municipality: query.municipality } : {}),
    ...(query.district ? { district: query.district } : {}),
    ...(query.state ? { state: query.state } : {}),
    ...(query.service ? { service: query.service } : {}),
  });
  const entries = computeStatus(impacts, { asOf, places });
  return query.status ? entries.filter((e) => e.status === query.status) : entries;
}

/** Which incidents to list. */
export interface IncidentQuery extends IncidentOptions {
  /** YYYY-MM-DD: incidents active on or after / on or before (by first and last release). */
  from?: string;
  to?: string;
  /** AGS of a municipality (8) or district (5) the incident touches. */
  place?: string;
}

/** Ids of every document that may belong to an incident (see {@link groupIncidents}). */
async function candidateIds(store: Store): Promise<string[]> {
  const ids = new Set<string>();
  for (const filter of [{ agencyKind: 'it-provider' }, { agencyKind: 'cert' }, { search: INCIDENT_SEARCH }] as const) {
    for (const hit of await allDocuments(store, filter)) ids.add(hit.documentId);
  }
  for (const row of await allImpacts(store, { status: ['outage', 'degraded', 'restored'] })) ids.add(row.documentId);
  return [...ids].sort();
}

/** All incidents in the store, grouped over all candidate releases, then filtered. */
export async function loadIncidents(store: Store, query: IncidentQuery = {}): Promise<Incident[]> {
  const records = await store.getRecords(await candidateIds(store));
  const incidents = groupIncidents(records, query);
  return incidents.filter((i) => (query.from === undefined || i.lastSeen >= query.from)
    && (query.to === undefined || i.firstSeen <= query.to)
    && (query.place === undefined
      || i.municipalities.some((m) => m.ags === query.place || m.ags.startsWith(query.place!))
      || i.districts.some((d) => d.ags === query.place)));
}
