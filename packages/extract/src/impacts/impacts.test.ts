import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';

const PUBLISHED = '2023-11-06T12:00:00+01:00';

function impacts(text: string, context: { jurisdiction?: string } = {}) {
  return extractEntities(text, { publishedAt: PUBLISHED, ...context }).serviceImpacts
    .map((i) => ({ place: i.municipality?.name ?? i.district?.name, service: i.service, status: i.status }));
}

describe('service impacts', () => {
  it('gives every service of a list the shared status', () => {
    expect(impacts('In Werne sind Bürgerbüro, Standesamt und Ausländerbehörde geschlossen.')).toEqual([
      { place: 'Werne', service: 'citizens-office', status: 'outage' },
      { place: 'Werne', service: 'civil-registry', status: 'outage' },
      { place: 'Werne', service: 'foreigners-office', status: 'outage' },
    ]);
  });
  it('reads negations', () => {
    expect(impacts('Das Standesamt der Stadt Werne ist nicht betroffen.')).toEqual([{ place: 'Werne', service: 'civil-registry', status: 'operational' }]);
    expect(impacts('Die Website der Stadt Lünen ist derzeit leider nicht erreichbar.')).toEqual([{ place: 'Lünen', service: 'website', status: 'outage' }]);
    // "Termine im Bürgerbüro" are the office's (annotation guide §4): one impact, on the office.
    expect(impacts('In Lünen sind Termine im Bürgerbüro nicht möglich.')).toEqual([
      { place: 'Lünen', service: 'citizens-office', status: 'outage' },
    ]);
  });
  it('reads restoration and degradation', () => {
    expect(impacts('Die Homepage der Stadt Iserlohn ist wieder erreichbar.')).toEqual([{ place: 'Iserlohn', service: 'website', status: 'restored' }]);
    expect(impacts('Die Kfz-Zulassung im Kreis Soest arbeitet nur eingeschränkt.')).toEqual([{ place: 'Kreis Soest', service: 'vehicle-registration', status: 'degraded' }]);
  });
  it('separates contrasting clauses and "bis auf"', () => {
    expect(impacts('Die Website von Lünen ist offline, während die Terminvergabe funktioniert.')).toEqual([
      { place: 'Lünen', service: 'website', status: 'outage' },
      { place: 'Lünen', service: 'appointments', status: 'operational' },
    ]);
    expect(impacts('In Werne funktionieren alle Online-Dienste bis auf das Standesamt.')).toEqual([
      { place: 'Werne', service: 'online-services', status: 'operational' },
      { place: 'Werne', service: 'civil-registry', status: 'outage' },
    ]);
  });
  it('binds to the previous sentence within a paragraph, else to nothing', () => {
    expect(impacts('Die Stadt Werne informiert. Das Standesamt ist geschlossen.')).toEqual([{ place: 'Werne', service: 'civil-registry', status: 'outage' }]);
    expect(impacts('Das Standesamt ist geschlossen.')).toEqual([]);
    expect(impacts('Das Standesamt ist geschlossen.', { jurisdiction: '05978040' })).toEqual([{ place: 'Werne', service: 'civil-registry', status: 'outage' }]);
  });
  it('ignores questions and generic statements', () => {
    expect(impacts('Die Stadt Werne informiert. Wann ist das Standesamt wieder erreichbar?')).toEqual([]);
    expect(impacts('In Werne gab es Ärger. Viele Rathäuser in der Region sind geschlossen.')).toEqual([]);
  });
  it('dates an impact: as of the day it began (guide §4), of the sentence date, else of publication', () => {
    const [since] = extractEntities('Seit dem 2. November ist das Standesamt in Werne geschlossen.', { publishedAt: PUBLISHED }).serviceImpacts;
    expect(since).toMatchObject({ since: '2023-11-02', asOf: '2023-11-02' });
    const [back] = extractEntities('Ab Donnerstag, 9. November, ist das Standesamt in Werne wieder geöffnet.', { publishedAt: PUBLISHED }).serviceImpacts;
    expect(back).toMatchObject({ status: 'restored', asOf: '2023-11-09' });
    const [plain] = extractEntities('Das Standesamt in Werne ist geschlossen.', { publishedAt: PUBLISHED }).serviceImpacts;
    expect(plain).toMatchObject({ asOf: '2023-11-06' });
    const [asOf] = extractEntities('Am 3. November war das Standesamt in Werne geschlossen.', { publishedAt: PUBLISHED }).serviceImpacts;
    expect(asOf).toMatchObject({ asOf: '2023-11-03' });
    expect(asOf?.since).toBeUndefined();
  });
  it('dates an announced stretch of days by its first day', () => {
    const [closed] = extractEntities('Das Standesamt in Werne ist vom 24. bis 31. Dezember geschlossen.', { publishedAt: PUBLISHED }).serviceImpacts;
    expect(closed).toMatchObject({ status: 'outage', asOf: '2023-12-24' });
  });
  it('dates an announced day, not the release day written beside it', () => {
    const [closed] = extractEntities('6. November 2023: Am Mittwoch, den 15.11.2023 ist das Rathaus der Stadt Werne ganztägig geschlossen.', { publishedAt: PUBLISHED }).serviceImpacts;
    expect(closed).toMatchObject({ service: 'administration', status: 'outage', asOf: '2023-11-15' });
    // Also where the release's own day comes with its time.
    const [timed] = extractEntities('06.11.2023 - 14:36 Uhr: Am Mittwoch, den 15.11.2023 ist das Rathaus der Stadt Werne ganztägig geschlossen.', { publishedAt: PUBLISHED }).serviceImpacts;
    expect(timed).toMatchObject({ service: 'administration', status: 'outage', asOf: '2023-11-15' });
  });
  it('carries an announced day to the statements after it that give none, until one gives its own', () => {
    const text = 'Wegen einer Personalversammlung kommt es am Freitag, 10. November, zu Einschränkungen in der Stadtverwaltung Werne. '
      + 'Das Bürgerbüro bleibt ganztägig geschlossen. Die Bibliothek ist geöffnet. Am 3. November war das Standesamt geschlossen. Die Musikschule ist geschlossen.';
    const asOf = Object.fromEntries(extractEntities(text, { publishedAt: PUBLISHED }).serviceImpacts.map((i) => [i.service, i.asOf]));
    expect(asOf).toMatchObject({ 'citizens-office': '2023-11-10', library: '2023-11-10', 'civil-registry': '2023-11-03' });
  });
  it('reads a branch open beside the main office restricted as one partly available service', () => {
    expect(impacts('Die Hauptbibliothek der Stadt Werne öffnet heute erst um 15 Uhr. Die Zweigbibliothek Am Stern ist geöffnet.')).toEqual([
      { place: 'Werne', service: 'library', status: 'degraded' },
    ]);
  });
  it('takes the day from a sentence about a service that states nothing of it', () => {
    const text = '„Vom 10. November an kann die Verwaltung der Stadt Werne nicht mit der Telefonanlage arbeiten“, sagt der Bürgermeister. '
      + 'Das bedeutet, dass die Mitarbeiter weder telefonisch noch per E-Mail erreichbar sind.';
    const asOf = Object.fromEntries(extractEntities(text, { publishedAt: PUBLISHED }).serviceImpacts.map((i) => [i.service, i.asOf]));
    expect(asOf).toMatchObject({ phone: '2023-11-10', email: '2023-11-10' });
  });
  it('in a text without a publication date, carries the day last spoken of, before or after the latest', () => {
    const text = 'Das Landratsamt Unna ist vom 8. Mai 2023 bis 12. Mai 2023 geschlossen. Die Online-Dienste stehen weiterhin zur Verfügung. '
      + 'Ab Montag, 15. Mai 2023, ist das Landratsamt wieder erreichbar.';
    const asOf = Object.fromEntries(extractEntities(text, {}).serviceImpacts.map((i) => [`${i.service}/${i.status}`, i.asOf]));
    expect(asOf).toMatchObject({ 'administration/outage': '2023-05-08', 'online-services/operational': '2023-05-08', 'administration/restored': '2023-05-15' });
  });
  it('does not carry a day into a text that announces none', () => {
    const text = 'Am 3. November war das Standesamt in Werne geschlossen. Das Bürgerbüro ist geschlossen.';
    const asOf = Object.fromEntries(extractEntities(text, { publishedAt: PUBLISHED }).serviceImpacts.map((i) => [i.service, i.asOf]));
    expect(asOf).toEqual({ 'civil-registry': '2023-11-03', 'citizens-office': '2023-11-06' });
  });
  it('puts offices a Kreis runs on the Kreis', () => {
    expect(impacts('Die Zulassungsstellen des Kreises Soest in Soest und Lippstadt bleiben geschlossen.')).toEqual([
      { place: 'Kreis Soest', service: 'vehicle-registration', status: 'outage' },
    ]);
    expect(impacts('Der Kreis Soest informiert. Die Zulassungsstelle in Lippstadt ist wieder geöffnet.')).toEqual([
      { place: 'Kreis Soest', service: 'vehicle-registration', status: 'restored' },
    ]);
  });
  it('does not read "bis auf Weiteres" as an exception', () => {
    expect(impacts('Das Standesamt in Werne bleibt bis auf Weiteres geschlossen.')).toEqual([{ place: 'Werne', service: 'civil-registry', status: 'outage' }]);
  });
  it('carries the evidence span from service to status', () => {
    const text = 'In Lünen ist die Internetseite nicht erreichbar.';
    const [impact] = extractEntities(text, { publishedAt: PUBLISHED }).serviceImpacts;
    expect(impact?.span).toEqual({ start: 17, end: 47, text: 'Internetseite nicht erreichbar' });
  });
});

describe('impact rules of the issue', () => {
  const on = (text: string, context: { jurisdiction?: string; sourceKind?: 'city' | 'district' | 'police' | 'news' } = {}) =>
    extractEntities(text, { publishedAt: PUBLISHED, ...context }).serviceImpacts
      .map((i) => ({ place: i.municipality?.name ?? i.district?.name, service: i.service, status: i.status }));

  it('reads suspended, not issuable, stopped and not possible as outages', () => {
    expect(on('In Werne ist die Ummeldung ausgesetzt.')).toEqual([{ place: 'Werne', service: 'registration-office', status: 'outage' }]);
    expect(on('In Werne können Urkunden nicht ausgestellt werden.')).toEqual([{ place: 'Werne', service: 'civil-registry', status: 'outage' }]);
    expect(on('In Werne stehen die Online-Dienste nicht zur Verfügung.')).toEqual([{ place: 'Werne', service: 'online-services', status: 'outage' }]);
    expect(on('In Werne können E-Mails weder empfangen noch verschickt werden.')).toEqual([{ place: 'Werne', service: 'email', status: 'outage' }]);
  });
  it('reads restoration, also negated ("noch nicht wieder freigeschaltet")', () => {
    expect(on('In Werne läuft die Terminvergabe wieder.')).toEqual([{ place: 'Werne', service: 'appointments', status: 'restored' }]);
    expect(on('In Werne ist die Online-Terminvergabe noch nicht wieder freigeschaltet.')).toEqual([{ place: 'Werne', service: 'appointments', status: 'outage' }]);
  });
  it('reads emergency pages as a degraded website', () => {
    expect(on('Die Stadt Lünen hat eine Notfallseite online gestellt, die erreichbar ist.')).toEqual([{ place: 'Lünen', service: 'website', status: 'degraded' }]);
  });
  it('separates channels, conditions and focus from restrictions', () => {
    expect(on('In Werne ist das Bürgerbüro wieder per E-Mail erreichbar.')).toEqual([{ place: 'Werne', service: 'citizens-office', status: 'restored' }]);
    expect(on('In Werne ist das Bürgerbüro nur nach vorheriger Terminvereinbarung geöffnet.')).toEqual([{ place: 'Werne', service: 'citizens-office', status: 'degraded' }]);
    expect(on('In Werne ist nur das Standesamt geöffnet.')).toEqual([{ place: 'Werne', service: 'civil-registry', status: 'operational' }]);
  });
  it('does not take a plan or a cause for a state', () => {
    expect(on('Die Stadt Werne arbeitet daran, die Systeme wieder in Betrieb zu nehmen.')).toEqual([]);
    expect(on('Wegen einer Störung ist das Bürgerbüro in Werne nur eingeschränkt erreichbar.')).toEqual([{ place: 'Werne', service: 'citizens-office', status: 'degraded' }]);
  });
  it('puts the Kreis\'s own offices on the Kreis in its own release, wherever they are', () => {
    expect(on('Die Kfz-Zulassungsstelle in Ludwigshafen bleibt geschlossen.', { jurisdiction: '07338', sourceKind: 'district' })).toEqual([
      { place: 'Rhein-Pfalz-Kreis', service: 'vehicle-registration', status: 'outage' },
    ]);
    expect(on('Das Kreishaus in Lüdenscheid ist geöffnet.', { jurisdiction: '05962', sourceKind: 'district' })).toEqual([
      { place: 'Märkischer Kreis', service: 'administration', status: 'operational' },
    ]);
  });
  it('leaves bare IT words of a police release or an IT provider without a place', () => {
    expect(on('Dortmund (ots) - Unbekannte hatten die Server verschlüsselt.', { jurisdiction: '05913000', sourceKind: 'police' })).toEqual([]);
    expect(on('In Werne läuft die Software über die Südwestfalen-IT, deren Systeme vom Netz sind.')).toEqual([]);
  });
});
