import type {
  Agency, Contact, DateMention, District, LagebildRecord, Municipality, PlaceRef, ServiceImpact, Span,
} from '@lagebild/schema';

/**
 * Hand-written records for the conformance suite. The texts are invented for this project; the
 * places and AGS codes are real so that district matching is exercised as in production.
 */

/** Span of the `nth` occurrence (0-based) of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

const UNNA: PlaceRef = { ags: '05978', name: 'Unna' };
const MK: PlaceRef = { ags: '05962', name: 'Märkischer Kreis' };
const SIWI: PlaceRef = { ags: '05970', name: 'Siegen-Wittgenstein' };

interface Draft {
  /** Without `publishedAt` the record is undated and `fetchedAt` must be given. */
  id: string; sourceId: string; publishedAt?: string; fetchedAt?: string; title: string; body: string; hash?: string; version?: string;
  dates?: (t: string) => DateMention[];
  municipalities?: (t: string) => Municipality[];
  districts?: (t: string) => District[];
  agencies?: (t: string) => Agency[];
  serviceImpacts?: (t: string) => ServiceImpact[];
  contacts?: (t: string) => Contact[];
}

/** Builds a record whose spans lie in its own text. */
export function makeRecord(draft: Draft): LagebildRecord {
  const text = `${draft.title}\n\n${draft.body}`;
  return {
    document: {
      id: draft.id, sourceId: draft.sourceId, url: `http://127.0.0.1:8080/${draft.sourceId}/${draft.id}`,
      title: draft.title, ...(draft.publishedAt === undefined ? {} : { publishedAt: draft.publishedAt }),
      fetchedAt: draft.fetchedAt ?? draft.publishedAt?.replace(/:00([+\-Z])/, ':30$1') ?? '',
      text, contentHash: draft.hash ?? `hash-${draft.id}`,
    },
    entities: {
      dates: draft.dates?.(text) ?? [],
      municipalities: draft.municipalities?.(text) ?? [],
      districts: draft.districts?.(text) ?? [],
      agencies: draft.agencies?.(text) ?? [],
      serviceImpacts: draft.serviceImpacts?.(text) ?? [],
      contacts: draft.contacts?.(text) ?? [],
    },
    extractor: { version: draft.version ?? '0.1.0' },
  };
}

const werne = (t: string, nth = 0): Municipality => ({
  span: spanOf(t, 'Werne', nth), ags: '05978040', name: 'Werne', district: UNNA, state: 'NW',
  lat: 51.6784, lon: 7.6263, confidence: 0.92,
});
const luenen = (t: string, nth = 0): Municipality => ({
  span: spanOf(t, 'Lünen', nth), ags: '05978024', name: 'Lünen', district: UNNA, state: 'NW',
  lat: 51.611, lon: 7.5088, confidence: 0.9,
});

/** Werne's registry office closed; district named as "Kreis Unna". */
export const werneRecord = makeRecord({
  id: 'werne-2023-10-31', sourceId: 'stadt-werne', publishedAt: '2023-10-31T09:00:00+01:00',
  title: 'Standesamt Werne bleibt geschlossen',
  body: 'Wegen der Störung beim kommunalen Rechenzentrum kann das Standesamt der Stadt Werne derzeit keine '
    + 'Beurkundungen vornehmen. Betroffen sind weitere Kommunen im Kreis Unna. Die für den 3. November geplanten '
    + 'Trauungen finden statt. Rückfragen bitte an presse@werne.example.',
  municipalities: (t) => [werne(t, 0), werne(t, 1)],
  districts: (t) => [{ span: spanOf(t, 'Kreis Unna'), ags: '05978', name: 'Kreis Unna', state: 'NW', confidence: 0.95 }],
  dates: (t) => [{ span: spanOf(t, '3. November'), value: '2023-11-03', precision: 'day', implied: ['year'] }],
  serviceImpacts: (t) => [{
    span: spanOf(t, 'kann das Standesamt der Stadt Werne derzeit keine Beurkundungen vornehmen'),
    municipality: { ags: '05978040', name: 'Werne' }, service: 'civil-registry', status: 'outage',
    asOf: '2023-10-31', confidence: 0.85,
  }],
  contacts: (t) => [{ span: spanOf(t, 'presse@werne.example'), kind: 'email', value: 'presse@werne.example' }],
});

/** Police release: two agencies, Lünen's website down while appointments work, a date range. */
export const policeRecord = makeRecord({
  id: 'polizei-do-2023-11-02', sourceId: 'polizei-dortmund', publishedAt: '2023-11-02T14:30:00+01:00',
  title: 'Ermittlungen nach Angriff auf Verwaltungs-IT',
  body: 'Die Polizei Dortmund und die ZAC NRW ermitteln wegen eines Angriffs, der zwischen dem 30. Oktober und dem '
    + '1. November 2023 Systeme lahmlegte. In Lünen ist die Internetseite der Stadt nicht erreichbar, die '
    + 'Terminvergabe funktioniert weiterhin. Hinweise unter 0231 1320-0.',
  agencies: (t) => [
    { span: spanOf(t, 'Polizei Dortmund'), id: 'polizei-dortmund', name: 'Polizeipräsidium Dortmund', kind: 'police', confidence: 0.97 },
    { span: spanOf(t, 'ZAC NRW'), id: 'zac-nrw', name: 'Zentral- und Ansprechstelle Cybercrime NRW', kind: 'prosecutor', confidence: 0.95 },
  ],
  municipalities: (t) => [luenen(t)],
  dates: (t) => [{
    span: spanOf(t, '30. Oktober und dem 1. November 2023'), value: '2023-10-30', end: '2023-11-01',
    precision: 'day', implied: [],
  }],
  serviceImpacts: (t) => [
    {
      span: spanOf(t, 'ist die Internetseite der Stadt nicht erreichbar'), municipality: { ags: '05978024', name: 'Lünen' },
      service: 'website', status: 'outage', asOf: '2023-11-02T14:30:00+01:00', since: '2023-10-30', confidence: 0.8,
    },
    {
      span: spanOf(t, 'Terminvergabe funktioniert weiterhin'), municipality: { ags: '05978024', name: 'Lünen' },
      service: 'appointments', status: 'operational', asOf: '2023-11-02', confidence: 0.75,
    },
  ],
  contacts: (t) => [{ span: spanOf(t, '0231 1320-0'), kind: 'phone', value: '+4923113200' }],
});

/** District-level impact (vehicle registration restored), an agency known by name, Iserlohn. */
export const districtRecord = makeRecord({
  id: 'mk-2023-12-15', sourceId: 'maerkischer-kreis', publishedAt: '2023-12-15T10:00:00+01:00',
  title: 'Zulassungsstelle wieder geöffnet',
  body: 'Der Märkische Kreis meldet: Seit gestern arbeitet die Zulassungsstelle wieder, auch für Kundinnen und '
    + 'Kunden aus Iserlohn. Das Bundesamt für Sicherheit in der Informationstechnik hat beraten.',
  districts: (t) => [{ span: spanOf(t, 'Märkische Kreis'), ags: '05962', name: 'Märkischer Kreis', state: 'NW', confidence: 0.9 }],
  municipalities: (t) => [{
    span: spanOf(t, 'Iserlohn'), ags: '05962024', name: 'Iserlohn', district: MK, state: 'NW', lat: 51.387, lon: 7.6697,
    confidence: 0.88,
  }],
  agencies: (t) => [{
    span: spanOf(t, 'Bundesamt für Sicherheit in der Informationstechnik'), id: 'bsi',
    name: 'Bundesamt für Sicherheit in der Informationstechnik', kind: 'federal-agency', confidence: 0.99,
  }],
  serviceImpacts: (t) => [{
    span: spanOf(t, 'arbeitet die Zulassungsstelle wieder'), district: MK, service: 'vehicle-registration',
    status: 'restored', asOf: '2023-12-14', confidence: 0.8,
  }],
});

/**
 * Published at 23:30 UTC on 9 January, which is 10 January in Berlin; its impact is dated
 * 11 January and it mentions 22 January.
 */
export const siegenRecord = makeRecord({
  id: 'siegen-2024-01-10', sourceId: 'stadt-siegen', publishedAt: '2024-01-09T23:30:00Z',
  title: 'Bürgerbüro Siegen mit Einschränkungen',
  body: 'Das Bürgerbüro der Stadt Siegen öffnet ab morgen nur eingeschränkt. Ab dem 22. Januar gelten wieder die '
    + 'üblichen Zeiten.',
  municipalities: (t) => [{
    span: spanOf(t, 'Siegen', 1), ags: '05970040', name: 'Siegen', district: SIWI, state: 'NW', lat: 50.881, lon: 8.0118,
    confidence: 0.7,
  }],
  dates: (t) => [
    { span: spanOf(t, 'morgen'), value: '2024-01-11', precision: 'day', implied: ['year', 'month', 'day'] },
    { span: spanOf(t, '22. Januar'), value: '2024-01-22', precision: 'day', implied: ['year'] },
  ],
  serviceImpacts: (t) => [{
    span: spanOf(t, 'öffnet ab morgen nur eingeschränkt'), municipality: { ags: '05970040', name: 'Siegen' },
    service: 'citizens-office', status: 'degraded', asOf: '2024-01-11', since: '2024-01-11', until: '2024-01-21',
    confidence: 0.7,
  }],
});

/** A record without any mentions. */
export const bareRecord = makeRecord({
  id: 'bare-2023-06-01', sourceId: 'stadt-werne', publishedAt: '2023-06-01T12:00:00+02:00',
  title: 'Sommerfest am Rathaus', body: 'Ein Hinweis ohne erkannte Orte (50 % Rabatt_auf alles).',
});

/** All query fixtures. */
export const FIXTURES: readonly LagebildRecord[] = [werneRecord, policeRecord, districtRecord, siegenRecord, bareRecord];

/**
 * Undated (no publication instant: the page and the feed gave none), fetched long after it was written;
 * its text writes a date with its year, which dates its impact.
 */
export const undatedRecord = makeRecord({
  id: 'undated-kamen-notice', sourceId: 'stadt-kamen', fetchedAt: '2026-03-02T08:00:00+01:00',
  title: 'Hinweis zum Bürgerbüro Kamen',
  body: 'Das Bürgerbüro der Stadt Kamen bleibt am 6. November 2023 wegen der IT-Störung geschlossen.',
  municipalities: (t) => [{
    span: spanOf(t, 'Kamen', 1), ags: '05978016', name: 'Kamen', district: UNNA, state: 'NW', lat: 51.5922, lon: 7.6653,
    confidence: 0.9,
  }],
  dates: (t) => [{ span: spanOf(t, '6. November 2023'), value: '2023-11-06', precision: 'day', implied: [] }],
  serviceImpacts: (t) => [{
    span: spanOf(t, 'bleibt am 6. November 2023 wegen der IT-Störung geschlossen'), municipality: { ags: '05978016', name: 'Kamen' },
    service: 'citizens-office', status: 'outage', asOf: '2023-11-06', confidence: 0.8,
  }],
});

/** Undated and without any date in its text: its impact has no asOf. Fetched before {@link undatedRecord}. */
export const undatedBareRecord = makeRecord({
  id: 'undated-bergkamen-notice', sourceId: 'stadt-kamen', fetchedAt: '2026-03-01T08:00:00+01:00',
  title: 'Standesamt Bergkamen',
  body: 'Das Standesamt Bergkamen ist wegen einer Störung nicht erreichbar.',
  serviceImpacts: (t) => [{
    span: spanOf(t, 'Standesamt Bergkamen ist wegen einer Störung nicht erreichbar'), municipality: { ags: '05978004', name: 'Bergkamen' },
    service: 'civil-registry', status: 'outage', confidence: 0.7,
  }],
});

/** Both undated records. Not in {@link FIXTURES}, whose counts other tests rely on. */
export const UNDATED: readonly LagebildRecord[] = [undatedRecord, undatedBareRecord];
