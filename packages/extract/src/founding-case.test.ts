import { describe, expect, it } from 'vitest';
import { RecordSchema, spansInBounds, type Document } from '@lagebild/schema';
import { extractRecord } from './index.js';

// Written for this project (not taken from any article): the October 2023 ransomware attack on the
// municipal IT provider Südwestfalen-IT as a short report published one week later.
const title = 'Nach dem Cyberangriff: Stadt Werne und Lünen weiter eingeschränkt';
const body = [
  'Eine Woche nach dem Angriff auf den kommunalen IT-Dienstleister Südwestfalen-IT (SIT) arbeiten viele Rathäuser in der Region nur eingeschränkt. Entdeckt wurde die Schadsoftware in der Nacht zu Montag (30. Oktober).',
  'Bei der Stadt Werne gibt es seit Donnerstag, 2. November, Ausfälle im Standesamt. Geplante Trauungen sollen trotzdem stattfinden.',
  'In Lünen ist die Internetseite der Stadt weiterhin nicht erreichbar. Die Online-Terminvergabe funktioniert dagegen, weil sie auf einem eigenen Server läuft. Termine können auch telefonisch unter (02306) 104-2030 vereinbart werden.',
  'Die Ermittlungen führen die Polizei Dortmund und die Staatsanwaltschaft Köln mit ihrer Zentral- und Ansprechstelle Cybercrime (ZAC NRW). Das Bundesamt für Sicherheit in der Informationstechnik (BSI) unterstützt den Dienstleister. Stand der Angaben: Montag, 6. November.',
].join('\n\n');
const text = `${title}\n\n${body}`;

const document: Document = {
  id: 'founding-case', sourceId: 'fixture', url: 'http://127.0.0.1/founding-case', title,
  publishedAt: '2023-11-06T12:00:00+01:00', fetchedAt: '2023-11-06T12:05:00+01:00', text, contentHash: 'fixture',
};

describe('founding case: the Südwestfalen-IT attack, one week later', () => {
  const record = extractRecord(document);
  const { entities } = record;

  it('is a valid record whose spans all match the text', () => {
    expect(RecordSchema.safeParse(record).success).toBe(true);
    expect(spansInBounds(record)).toEqual([]);
    expect(record.extractor.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('finds Werne and Lünen, and no city that is only named inside an agency name', () => {
    const ags = new Set(entities.municipalities.map((m) => m.ags));
    expect(ags).toEqual(new Set(['05978040', '05978024']));
    const werne = entities.municipalities.find((m) => m.ags === '05978040');
    expect(werne).toMatchObject({ name: 'Werne', district: { ags: '05978' }, state: 'NW' });
    for (const m of entities.municipalities) expect(['Werne', 'Lünen']).toContain(m.span.text);
  });

  it('finds the investigating and helping authorities and the IT provider', () => {
    const ids = new Set(entities.agencies.map((a) => a.id));
    expect(ids).toEqual(new Set(['polizei-dortmund', 'sta-koeln', 'zac-nrw', 'bsi', 'suedwestfalen-it']));
    const police = entities.agencies.find((a) => a.id === 'polizei-dortmund')!;
    expect(police.span.text).toBe('Polizei Dortmund');
    expect(text.slice(police.span.start, police.span.end)).toBe('Polizei Dortmund');
  });

  it('resolves the dates against the publication day', () => {
    expect(entities.dates.map((d) => [d.span.text, d.value])).toEqual([
      ['30. Oktober', '2023-10-30'],
      ['Donnerstag, 2. November', '2023-11-02'],
      ['Montag, 6. November', '2023-11-06'],
    ]);
    for (const d of entities.dates) expect(d.implied).toEqual(['year']);
  });

  it('reads the phone number as a contact, never as a date', () => {
    const phone = entities.contacts.find((c) => c.kind === 'phone');
    expect(phone).toMatchObject({ value: '+4923061042030', span: { text: '(02306) 104-2030' } });
    for (const d of entities.dates) expect(d.span.text).not.toMatch(/104|2030|02306/);
  });

  it('states the impacts on Werne and Lünen', () => {
    const impacts = entities.serviceImpacts.map((i) => ({ place: i.municipality?.name ?? i.district?.name, service: i.service, status: i.status }));
    expect(impacts).toContainEqual({ place: 'Werne', service: 'civil-registry', status: 'outage' });
    expect(impacts).toContainEqual({ place: 'Lünen', service: 'website', status: 'outage' });
    expect(impacts).toContainEqual({ place: 'Lünen', service: 'appointments', status: 'operational' });
    expect(impacts).toContainEqual({ place: 'Werne', service: 'weddings', status: 'operational' });
    expect(impacts).not.toContainEqual(expect.objectContaining({ service: 'website', status: 'operational' }));
    const registry = entities.serviceImpacts.find((i) => i.service === 'civil-registry')!;
    // Closed since 2 November: the day the state began is the day it holds (guide §4).
    expect(registry).toMatchObject({ since: '2023-11-02', asOf: '2023-11-02', municipality: { ags: '05978040' } });
    // "viele Rathäuser in der Region" is about no single place.
    expect(impacts.filter((i) => i.service === 'administration')).toEqual([]);
  });
});
