import type {
  Agency, DateMention, District, LagebildRecord, Municipality, PlaceRef, ServiceImpact, Span,
} from '@lagebild/schema';
import type { ImpactRow } from '@lagebild/store';

/**
 * Hand-built records for the API tests: invented wording, real places and AGS codes, modelled on the
 * founding case (a ransomware attack on a municipal IT provider) so that status and incidents can be
 * checked without the extractor.
 */

export function spanOf(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

export const UNNA: PlaceRef = { ags: '05978', name: 'Kreis Unna' };
export const SOEST: PlaceRef = { ags: '05974', name: 'Kreis Soest' };
export const WERNE: PlaceRef = { ags: '05978040', name: 'Werne' };
export const LUENEN: PlaceRef = { ags: '05978024', name: 'Lünen' };
export const LIPPSTADT: PlaceRef = { ags: '05974028', name: 'Lippstadt' };

interface Draft {
  id: string; sourceId: string; publishedAt: string; title: string; body: string;
  municipalities?: (t: string) => Municipality[];
  districts?: (t: string) => District[];
  agencies?: (t: string) => Agency[];
  dates?: (t: string) => DateMention[];
  impacts?: (t: string) => ServiceImpact[];
}

export function makeRecord(d: Draft): LagebildRecord {
  const text = `${d.title}\n\n${d.body}`;
  return {
    document: {
      id: d.id, sourceId: d.sourceId, url: `https://${d.sourceId}.example/presse/${d.id}`, title: d.title,
      publishedAt: d.publishedAt, fetchedAt: d.publishedAt, text, contentHash: `hash-${d.id}`,
    },
    entities: {
      dates: d.dates?.(text) ?? [],
      municipalities: d.municipalities?.(text) ?? [],
      districts: d.districts?.(text) ?? [],
      agencies: d.agencies?.(text) ?? [],
      serviceImpacts: d.impacts?.(text) ?? [],
      contacts: [],
    },
    extractor: { version: 'test' },
  };
}

const muni = (ref: PlaceRef, district: PlaceRef, lat: number, lon: number) => (t: string, needle = ref.name, nth = 0): Municipality => ({
  span: spanOf(t, needle, nth), ags: ref.ags, name: ref.name, district, state: 'NW', lat, lon, confidence: 0.9,
});
export const werne = muni(WERNE, UNNA, 51.6649, 7.6341);
export const luenen = muni(LUENEN, UNNA, 51.6116, 7.4994);
export const lippstadt = muni(LIPPSTADT, SOEST, 51.6719, 8.3436);

const agency = (id: string, name: string, kind: Agency['kind']) => (t: string, needle: string): Agency => ({
  span: spanOf(t, needle), id, name, kind, confidence: 0.95,
});
export const sit = agency('suedwestfalen-it', 'Südwestfalen-IT', 'it-provider');
export const polizeiDo = agency('polizei-dortmund', 'Polizeipräsidium Dortmund', 'police');
export const zac = agency('zac-nrw', 'Zentral- und Ansprechstelle Cybercrime NRW', 'prosecutor');

const impact = (t: string, needle: string, place: PlaceRef, service: ServiceImpact['service'], status: ServiceImpact['status'],
  asOf: string, extra: Partial<ServiceImpact> = {}): ServiceImpact => ({
  span: spanOf(t, needle), ...(place.ags.length === 8 ? { municipality: place } : { district: place }),
  service, status, asOf, confidence: 0.8, ...extra,
});

/** Lünen, 30 Oct: website and e-mail down after the attack on the provider; appointments work. */
export const luenenOct30 = makeRecord({
  id: 'stadt-luenen-2023-10-30', sourceId: 'stadt-luenen', publishedAt: '2023-10-30T13:20:00+01:00',
  title: 'Lünen: Internetseite nach Cyberangriff auf Dienstleister offline',
  body: 'Nach dem Cyberangriff auf die Südwestfalen-IT ist die Internetseite der Stadt Lünen nicht erreichbar. '
    + 'Die Online-Terminvergabe funktioniert, weil sie auf eigenen Servern läuft.',
  municipalities: (t) => [luenen(t, 'Lünen', 1)],
  agencies: (t) => [sit(t, 'Südwestfalen-IT')],
  impacts: (t) => [
    impact(t, 'ist die Internetseite der Stadt Lünen nicht erreichbar', LUENEN, 'website', 'outage', '2023-10-30', { since: '2023-10-30' }),
    impact(t, 'Die Online-Terminvergabe funktioniert', LUENEN, 'appointments', 'operational', '2023-10-30'),
  ],
});

/** Werne, 2 Nov: the registry office's software fails since today. */
export const werneNov02 = makeRecord({
  id: 'stadt-werne-2023-11-02', sourceId: 'stadt-werne', publishedAt: '2023-11-02T15:30:00+01:00',
  title: 'Werne: Standesamt ohne Fachverfahren',
  body: 'Seit Donnerstag fällt in Werne die Software des Standesamts aus; Urkunden gibt es vorerst nicht. '
    + 'Ursache sind die Folgen des Angriffs auf die Südwestfalen-IT.',
  municipalities: (t) => [werne(t, 'Werne', 1)],
  agencies: (t) => [sit(t, 'Südwestfalen-IT')],
  impacts: (t) => [impact(t, 'fällt in Werne die Software des Standesamts aus', WERNE, 'civil-registry', 'outage', '2023-11-02', { since: '2023-11-02' })],
});

/** Police, 3 Nov: investigation with the ZAC; names the provider. */
export const policeNov03 = makeRecord({
  id: 'polizei-do-2023-11-03', sourceId: 'polizei-dortmund', publishedAt: '2023-11-03T12:40:00+01:00',
  title: 'Cyberangriff auf kommunalen IT-Dienstleister: Ermittlungen laufen',
  body: 'Die Polizei Dortmund ermittelt gemeinsam mit der ZAC NRW wegen des Hackerangriffs auf die Südwestfalen-IT.',
  agencies: (t) => [polizeiDo(t, 'Polizei Dortmund'), zac(t, 'ZAC NRW'), sit(t, 'Südwestfalen-IT')],
});

/** Prosecutor, 6 Nov: ransomware; names neither place nor provider, only the investigators. */
export const zacNov06 = makeRecord({
  id: 'sta-koeln-2023-11-06', sourceId: 'sta-koeln', publishedAt: '2023-11-06T11:30:00+01:00',
  title: 'ZAC NRW: Ermittlungsverfahren wegen Erpressungssoftware',
  body: 'Die ZAC NRW führt das Verfahren wegen des Einsatzes von Ransomware gegen einen kommunalen Dienstleister; '
    + 'die Polizei Dortmund unterstützt.',
  agencies: (t) => [zac(t, 'ZAC NRW'), polizeiDo(t, 'Polizei Dortmund')],
});

/** City, 6 Nov: the founding situation: Werne still without registry, Lünen's emergency site, appointments up. */
export const founding = makeRecord({
  id: 'stadt-luenen-2023-11-06', sourceId: 'stadt-luenen', publishedAt: '2023-11-06T12:10:00+01:00',
  title: 'Eine Woche nach dem Cyberangriff',
  body: 'In Werne bleibt das Standesamt ohne Software. In Lünen war die Internetseite seit dem Angriff nicht aufrufbar; '
    + 'heute ging eine Notfall-Website online. Die Online-Terminvergabe in Lünen blieb durchgehend nutzbar.',
  municipalities: (t) => [werne(t), luenen(t)],
  impacts: (t) => [
    impact(t, 'In Werne bleibt das Standesamt ohne Software', WERNE, 'civil-registry', 'outage', '2023-11-06'),
    impact(t, 'war die Internetseite seit dem Angriff nicht aufrufbar', LUENEN, 'website', 'outage', '2023-11-06'),
    impact(t, 'heute ging eine Notfall-Website online', LUENEN, 'website', 'degraded', '2023-11-06'),
    impact(t, 'Die Online-Terminvergabe in Lünen blieb durchgehend nutzbar', LUENEN, 'appointments', 'operational', '2023-11-06'),
  ],
});

/** District, 7 Nov: Kreis Soest vehicle registration closed; Lippstadt named. No keyword, no provider. */
export const soestNov07 = makeRecord({
  id: 'kreis-soest-2023-11-07', sourceId: 'kreis-soest', publishedAt: '2023-11-07T16:00:00+01:00',
  title: 'Zulassungsstellen bleiben geschlossen',
  body: 'Die Zulassungsstellen des Kreises Soest in Soest und Lippstadt bleiben geschlossen.',
  districts: (t) => [{ span: spanOf(t, 'Kreises Soest'), ags: '05974', name: 'Kreis Soest', state: 'NW', confidence: 0.9 }],
  municipalities: (t) => [lippstadt(t)],
  impacts: (t) => [impact(t, 'Zulassungsstellen des Kreises Soest in Soest und Lippstadt bleiben geschlossen', SOEST, 'vehicle-registration', 'outage', '2023-11-07')],
});

/** District, 31 Oct: IT outage in Kreis Soest after the attack; links the Soest follow-ups to the incident. */
export const soestOct31 = makeRecord({
  id: 'kreis-soest-2023-10-31', sourceId: 'kreis-soest', publishedAt: '2023-10-31T09:00:00+01:00',
  title: 'IT-Ausfall: Kreisverwaltung Soest eingeschränkt',
  body: 'Wegen des IT-Ausfalls bei der Südwestfalen-IT sind die Zulassungsstellen in Lippstadt geschlossen.',
  municipalities: (t) => [lippstadt(t)],
  agencies: (t) => [sit(t, 'Südwestfalen-IT')],
  impacts: (t) => [impact(t, 'Zulassungsstellen in Lippstadt geschlossen', LIPPSTADT, 'vehicle-registration', 'outage', '2023-10-31')],
});

/** Werne, 16 Nov: certificates again. */
export const werneNov16 = makeRecord({
  id: 'stadt-werne-2023-11-16', sourceId: 'stadt-werne', publishedAt: '2023-11-16T11:00:00+01:00',
  title: 'Werne: Standesamt stellt wieder Urkunden aus',
  body: 'Das Standesamt in Werne arbeitet wieder, mit einer Lösung unabhängig von der Südwestfalen-IT.',
  municipalities: (t) => [werne(t, 'Werne', 1)],
  agencies: (t) => [sit(t, 'Südwestfalen-IT')],
  impacts: (t) => [impact(t, 'Das Standesamt in Werne arbeitet wieder', WERNE, 'civil-registry', 'restored', '2023-11-16', { since: '2023-11-15' })],
});

/** Werne, a year later: Rathaus closed for a fair. A disruption, but no incident. */
export const werneFair = makeRecord({
  id: 'stadt-werne-2024-10-17', sourceId: 'stadt-werne', publishedAt: '2024-10-17T08:30:00+02:00',
  title: 'Werne: Kirmes in der Innenstadt',
  body: 'Am Eröffnungstag bleibt das Rathaus in Werne ab 12 Uhr geschlossen.',
  municipalities: (t) => [werne(t, 'Werne', 1)],
  impacts: (t) => [impact(t, 'bleibt das Rathaus in Werne ab 12 Uhr geschlossen', WERNE, 'administration', 'outage', '2024-10-17')],
});

/** Police, unrelated: a burglary in Lünen. */
export const burglary = makeRecord({
  id: 'polizei-do-2023-11-04', sourceId: 'polizei-dortmund', publishedAt: '2023-11-04T09:00:00+01:00',
  title: 'Einbruch in Lünen',
  body: 'In Lünen sind Unbekannte in ein Geschäft eingebrochen. Die Polizei Dortmund sucht Zeugen.',
  municipalities: (t) => [luenen(t, 'Lünen', 1)],
  agencies: (t) => [polizeiDo(t, 'Polizei Dortmund')],
});

/** Every record of the founding-case picture, in no particular order. */
export const RECORDS: readonly LagebildRecord[] = [
  werneFair, founding, luenenOct30, burglary, werneNov02, policeNov03, zacNov06, soestNov07, soestOct31, werneNov16,
];

/** The impact rows a store would return for these records (without a store). */
export function impactRows(records: readonly LagebildRecord[]): ImpactRow[] {
  return records.flatMap((r) => r.entities.serviceImpacts.map((i, ord): ImpactRow => {
    const place = i.municipality
      ? { kind: 'municipality' as const, ...i.municipality }
      : i.district ? { kind: 'district' as const, ...i.district } : undefined;
    return {
      documentId: r.document.id, ord, sourceId: r.document.sourceId, url: r.document.url, title: r.document.title,
      publishedAt: r.document.publishedAt,
      ...(place ? { place } : {}),
      ...(i.district ? { districtAgs: i.district.ags } : i.municipality ? { districtAgs: i.municipality.ags.slice(0, 5) } : {}),
      service: i.service, status: i.status, asOf: i.asOf,
      ...(i.since ? { since: i.since } : {}), ...(i.until ? { until: i.until } : {}),
      confidence: i.confidence, span: i.span,
    };
  }));
}
