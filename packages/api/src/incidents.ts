import { createHash } from 'node:crypto';
import { toBerlinDate, type LagebildRecord, type Service, type ServiceStatus, type SourceKind } from '@lagebild/schema';
import { INCIDENT_ANCHOR_KINDS, INCIDENT_KEYWORDS, INVESTIGATOR_KINDS } from './constants.js';
import { guessSourceKind, type SourceKindOf } from './sources.js';

/**
 * Incidents: releases about the same incident, grouped deterministically. Pure functions over
 * records, so that the same records always give the same incidents and ids.
 *
 * Only releases with a signal take part: an incident keyword in the text ({@link INCIDENT_KEYWORDS}),
 * an agency of kind it-provider or cert, or a service impact that is not `operational`. Two such
 * releases belong together when (transitively):
 *
 * 1. they name the same it-provider or cert and were published at most `anchorDays` calendar days apart;
 * 2. they share a place (municipality or district, from mentions or impacts), were published at most
 *    `placeDays` apart, and one of them names an incident keyword or an it-provider/cert;
 * 3. they share an investigating agency (police, prosecutor), both name an incident keyword, and were
 *    published at most `placeDays` apart (police + prosecutor releases about one attack).
 *
 * "Published" is the publication date in Berlin; for an undated release (no `publishedAt`), the latest
 * day its text names (the day the extractor resolved its dates against). A release without either has
 * no place in time and takes part in no incident. The clock never stands in for a date.
 *
 * A group becomes an incident when at least one of its releases names a keyword or an
 * it-provider/cert, so that a closed Rathaus on a fair day is no incident. The id is `inc-` and 12
 * hex digits of SHA-256 over the id of the group's first release (earliest publication, then id):
 * later follow-ups never change it.
 */

/** One release in an incident's timeline. */
export interface TimelineEntry {
  documentId: string;
  sourceId: string;
  sourceKind: SourceKind | 'unknown';
  url: string;
  title: string;
  /** Absent for an undated release. */
  publishedAt?: string;
  /** Publication date in Berlin; for an undated release the latest day its text names. */
  date: string;
  municipalities: { ags: string; name: string }[];
  districts: { ags: string; name: string }[];
  agencies: { id: string; name: string; kind: string }[];
  impacts: {
    place?: { ags: string; name: string };
    service: Service;
    status: ServiceStatus;
    asOf?: string;
    evidence: string;
  }[];
  /** Incident keywords found in the text. */
  keywords: string[];
}

/** A group of releases about one incident. */
export interface Incident {
  id: string;
  /** Title of the first release. */
  title: string;
  /** Publication dates (Berlin) of the first and the latest release. */
  firstSeen: string;
  lastSeen: string;
  /** The it-providers and CERTs named. */
  providers: { id: string; name: string; kind: string }[];
  municipalities: { ags: string; name: string }[];
  districts: { ags: string; name: string }[];
  agencies: { id: string; name: string; kind: string }[];
  sourceKinds: (SourceKind | 'unknown')[];
  documentCount: number;
  /** Impact statements per status over all releases. */
  impactCounts: Record<ServiceStatus, number>;
  /** Releases ordered by publication. */
  timeline: TimelineEntry[];
}

/** Options of {@link groupIncidents}. */
export interface IncidentOptions {
  sourceKind?: SourceKindOf;
  /** Window of rule 1 in days; default 30. */
  anchorDays?: number;
  /** Window of rules 2 and 3 in days; default 14. */
  placeDays?: number;
}

interface Candidate {
  record: LagebildRecord;
  ms: number;
  /** Berlin publication date, and the same as a day number for the windows. */
  date: string;
  day: number;
  keywords: string[];
  anchors: Set<string>;
  investigators: Set<string>;
  places: Set<string>;
  signal: boolean;
}

const DAY_MS = 86_400_000;

function distinctBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** Incident keywords in a text, in vocabulary order. */
export function incidentKeywords(text: string): string[] {
  const lower = text.toLocaleLowerCase('de-DE');
  return INCIDENT_KEYWORDS.filter((k) => lower.includes(k));
}

/** Whether a record takes part in incident grouping at all. */
export function hasIncidentSignal(record: LagebildRecord): boolean {
  return incidentKeywords(record.document.text).length > 0
    || record.entities.agencies.some((a) => INCIDENT_ANCHOR_KINDS.includes(a.kind))
    || record.entities.serviceImpacts.some((i) => i.status !== 'operational');
}

/**
 * When a release took place for grouping: its publication instant, else (undated) noon of the latest
 * day its date mentions name; undefined when it has neither.
 */
function placeInTime(record: LagebildRecord): { ms: number; date: string } | undefined {
  const { publishedAt } = record.document;
  if (publishedAt !== undefined) {
    const ms = Date.parse(publishedAt);
    return { ms, date: toBerlinDate(new Date(ms)) };
  }
  let latest: string | undefined;
  for (const d of record.entities.dates) {
    const day = (d.end ?? d.value).slice(0, 10);
    if (latest === undefined || day > latest) latest = day;
  }
  return latest === undefined ? undefined : { ms: Date.parse(`${latest}T12:00:00Z`), date: latest };
}

function candidate(record: LagebildRecord): Candidate | undefined {
  if (!hasIncidentSignal(record)) return undefined;
  const e = record.entities;
  const keywords = incidentKeywords(record.document.text);
  const anchors = new Set(e.agencies.filter((a) => INCIDENT_ANCHOR_KINDS.includes(a.kind)).map((a) => a.id));
  const places = new Set<string>([
    ...e.municipalities.map((m) => m.ags), ...e.districts.map((d) => d.ags),
    ...e.serviceImpacts.flatMap((i) => [i.municipality?.ags, i.district?.ags].filter((a): a is string => a !== undefined)),
  ]);
  const when = placeInTime(record);
  if (!when) return undefined;
  const { ms, date } = when;
  return {
    record, ms, date, day: Date.parse(`${date}T00:00:00Z`) / DAY_MS, keywords, anchors, places,
    investigators: new Set(e.agencies.filter((a) => INVESTIGATOR_KINDS.includes(a.kind)).map((a) => a.id)),
    signal: keywords.length > 0 || anchors.size > 0,
  };
}

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/** Whether two candidate releases belong to one incident (rules 1–3). */
function linked(a: Candidate, b: Candidate, anchorDays: number, placeDays: number): boolean {
  const gap = Math.abs(a.day - b.day);
  if (gap <= anchorDays && shares(a.anchors, b.anchors)) return true;
  if (gap > placeDays) return false;
  if ((a.signal || b.signal) && shares(a.places, b.places)) return true;
  return a.keywords.length > 0 && b.keywords.length > 0 && shares(a.investigators, b.investigators);
}

/** The stable id of an incident whose first release has this document id. */
export function incidentId(firstDocumentId: string): string {
  return `inc-${createHash('sha256').update(firstDocumentId, 'utf8').digest('hex').slice(0, 12)}`;
}

function timelineEntry(c: Candidate, kindOf: SourceKindOf): TimelineEntry {
  const { document: d, entities: e } = c.record;
  return {
    documentId: d.id, sourceId: d.sourceId, sourceKind: kindOf(d.sourceId), url: d.url, title: d.title,
    ...(d.publishedAt !== undefined ? { publishedAt: d.publishedAt } : {}), date: c.date,
    municipalities: distinctBy(e.municipalities, (m) => m.ags).map((m) => ({ ags: m.ags, name: m.name })),
    districts: distinctBy(e.districts, (x) => x.ags).map((x) => ({ ags: x.ags, name: x.name })),
    agencies: distinctBy(e.agencies, (a) => a.id).map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    impacts: e.serviceImpacts.map((i) => {
      const place = i.municipality ?? i.district;
      return {
        ...(place ? { place: { ags: place.ags, name: place.name } } : {}),
        service: i.service, status: i.status, ...(i.asOf ? { asOf: i.asOf } : {}), evidence: i.span.text,
      };
    }),
    keywords: c.keywords,
  };
}

/**
 * Groups records into incidents, newest activity first (then by id). Records without a signal are
 * ignored; the order of `records` does not matter.
 */
export function groupIncidents(records: readonly LagebildRecord[], options: IncidentOptions = {}): Incident[] {
  const kindOf = options.sourceKind ?? guessSourceKind;
  const anchorDays = options.anchorDays ?? 30;
  const placeDays = options.placeDays ?? 14;
  const candidates = distinctBy(records, (r) => r.document.id)
    .map(candidate)
    .filter((c): c is Candidate => c !== undefined)
    .sort((a, b) => a.ms - b.ms || a.record.document.id.localeCompare(b.record.document.id));

  // Union-find over candidate indexes; the root is always the earliest member.
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      // Sorted by time: once both windows are exceeded, no later j can link to i.
      if (candidates[j]!.day - candidates[i]!.day > Math.max(anchorDays, placeDays)) break;
      if (!linked(candidates[i]!, candidates[j]!, anchorDays, placeDays)) continue;
      const [a, b] = [find(i), find(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groups = new Map<number, Candidate[]>();
  for (let i = 0; i < candidates.length; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(candidates[i]!);
    else groups.set(root, [candidates[i]!]);
  }

  const incidents: Incident[] = [];
  for (const members of groups.values()) {
    if (!members.some((m) => m.signal)) continue;
    const timeline = members.map((m) => timelineEntry(m, kindOf));
    const first = timeline[0]!;
    const last = timeline.at(-1)!;
    const agencies = distinctBy(timeline.flatMap((t) => t.agencies), (a) => a.id);
    const impactCounts: Record<ServiceStatus, number> = { outage: 0, degraded: 0, restored: 0, operational: 0 };
    for (const t of timeline) for (const i of t.impacts) impactCounts[i.status]++;
    incidents.push({
      id: incidentId(first.documentId),
      title: first.title,
      firstSeen: first.date,
      lastSeen: last.date,
      providers: agencies.filter((a) => INCIDENT_ANCHOR_KINDS.includes(a.kind)),
      municipalities: distinctBy(timeline.flatMap((t) => [...t.municipalities, ...t.impacts.flatMap((i) => (i.place && i.place.ags.length === 8 ? [i.place] : []))]), (m) => m.ags),
      districts: distinctBy(timeline.flatMap((t) => [...t.districts, ...t.impacts.flatMap((i) => (i.place && i.place.ags.length === 5 ? [i.place] : []))]), (d) => d.ags),
      agencies,
      sourceKinds: distinctBy(timeline.map((t) => t.sourceKind), (k) => k),
      documentCount: timeline.length,
      impactCounts,
      timeline,
    });
  }
  return incidents.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || a.id.localeCompare(b.id));
}
