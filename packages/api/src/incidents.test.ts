import { describe, expect, it } from 'vitest';
import { groupIncidents, hasIncidentSignal, incidentId, incidentKeywords } from './incidents.js';
import { guessSourceKind, sourceKinds } from './sources.js';
import {
  RECORDS, burglary, founding, luenenOct30, makeRecord, policeNov03, soestNov07, soestOct31, werneFair, werneNov02,
  werneNov16, zacNov06,
} from './test-support/records.js';

const ids = (records: { document: { id: string } }[]) => records.map((r) => r.document.id);

describe('incidents', () => {
  it('groups provider, place and investigator links into one incident with a dated timeline', () => {
    const incidents = groupIncidents(RECORDS);
    expect(incidents).toHaveLength(1);
    const [incident] = incidents;
    expect(incident!.timeline.map((t) => t.documentId)).toEqual(ids([
      luenenOct30, soestOct31, werneNov02, policeNov03, zacNov06, founding, soestNov07, werneNov16,
    ]));
    expect(incident).toMatchObject({
      id: incidentId(luenenOct30.document.id),
      title: luenenOct30.document.title,
      firstSeen: '2023-10-30',
      lastSeen: '2023-11-16',
      providers: [{ id: 'suedwestfalen-it', name: 'Südwestfalen-IT', kind: 'it-provider' }],
      documentCount: 8,
      sourceKinds: ['city', 'district', 'police', 'prosecutor'],
    });
    expect(incident!.id).toMatch(/^inc-[0-9a-f]{12}$/);
    expect(incident!.municipalities.map((m) => m.name).sort()).toEqual(['Lippstadt', 'Lünen', 'Werne']);
    expect(incident!.districts).toEqual([{ ags: '05974', name: 'Kreis Soest' }]);
    expect(incident!.impactCounts).toEqual({ outage: 6, degraded: 1, restored: 1, operational: 2 });
    const police = incident!.timeline.find((t) => t.documentId === policeNov03.document.id);
    expect(police).toMatchObject({ sourceKind: 'police', date: '2023-11-03', keywords: ['cyber', 'hacker'] });
  });

  it('leaves out releases without a signal and groups without a keyword or provider', () => {
    const all = groupIncidents(RECORDS).flatMap((i) => i.timeline.map((t) => t.documentId));
    expect(all).not.toContain(burglary.document.id);
    expect(all).not.toContain(werneFair.document.id);
    expect(hasIncidentSignal(burglary)).toBe(false);
    expect(hasIncidentSignal(werneFair)).toBe(true);
    expect(groupIncidents([werneFair])).toEqual([]);
  });

  it('is deterministic: the same incidents and ids for any input order', () => {
    const forward = groupIncidents(RECORDS);
    const backward = groupIncidents([...RECORDS].reverse());
    const shuffled = groupIncidents([RECORDS[3]!, RECORDS[7]!, RECORDS[0]!, RECORDS[9]!, RECORDS[1]!, RECORDS[5]!, RECORDS[2]!, RECORDS[8]!, RECORDS[4]!, RECORDS[6]!]);
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
    expect(groupIncidents([...RECORDS, ...RECORDS])).toEqual(forward);
  });

  it('keeps the id when follow-ups arrive', () => {
    const early = groupIncidents([luenenOct30, werneNov02]);
    const later = groupIncidents(RECORDS);
    expect(early[0]!.id).toBe(later[0]!.id);
  });

  it('separates incidents of one provider when weeks pass between releases', () => {
    const again = makeRecord({
      id: 'stadt-werne-2024-03-01', sourceId: 'stadt-werne', publishedAt: '2024-03-01T10:00:00+01:00',
      title: 'Erneuter Cyberangriff', body: 'Die Südwestfalen-IT meldet einen neuen Angriff.',
      agencies: (t) => [{ span: { start: t.indexOf('Südwestfalen-IT'), end: t.indexOf('Südwestfalen-IT') + 15, text: 'Südwestfalen-IT' }, id: 'suedwestfalen-it', name: 'Südwestfalen-IT', kind: 'it-provider', confidence: 0.9 }],
    });
    const incidents = groupIncidents([...RECORDS, again]);
    expect(incidents.map((i) => i.documentCount)).toEqual([1, 8]);
    expect(incidents[0]!.id).toBe(incidentId(again.document.id));
    // A wider anchor window joins them.
    expect(groupIncidents([...RECORDS, again], { anchorDays: 120 })).toHaveLength(1);
  });

  it('links a place follow-up only within the window', () => {
    const late = structuredClone(soestNov07);
    late.document.id = 'kreis-soest-2023-12-20';
    late.document.publishedAt = '2023-12-20T10:00:00+01:00';
    const incidents = groupIncidents([soestOct31, late]);
    expect(incidents.map((i) => i.documentCount)).toEqual([1]);
    expect(incidents[0]!.timeline[0]!.documentId).toBe(soestOct31.document.id);
    expect(groupIncidents([soestOct31, late], { placeDays: 60 })[0]!.documentCount).toBe(2);
  });

  it('labels sources by configured kind, else by a guess from the id', () => {
    expect(guessSourceKind('polizei-dortmund-fixture')).toBe('police');
    expect(guessSourceKind('sta-koeln-fixture')).toBe('prosecutor');
    expect(guessSourceKind('kommunen-unna-fixture')).toBe('city');
    expect(guessSourceKind('kreis-soest-fixture')).toBe('district');
    expect(guessSourceKind('maerkischer-kreis')).toBe('district');
    expect(guessSourceKind('wdr-nachrichten')).toBe('news');
    expect(guessSourceKind('xyz')).toBe('unknown');
    const kinds = sourceKinds([{ id: 'stadt-luenen', kind: 'news' }]);
    expect(groupIncidents(RECORDS, { sourceKind: kinds })[0]!.timeline[0]!.sourceKind).toBe('news');
    expect(incidentKeywords('Nach dem HACKERANGRIFF: IT-Störung')).toEqual(['hacker', 'it-störung']);
  });
});
