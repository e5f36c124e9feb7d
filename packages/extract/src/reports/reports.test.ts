import { describe, expect, it } from 'vitest';
import { RecordSchema, spansInBounds, type Document } from '@lagebild/schema';
import { extractRecord } from '../index.js';
import { splitSections } from './index.js';

// Short texts written for these tests, one per phenomenon.

const titles = (text: string, bodyStart = 0) => splitSections(text, { bodyStart }).map((s) => text.slice(s.titleStart, s.titleEnd));

function documentOf(title: string, body: string): Document {
  const at = '2024-03-14T10:00:00+01:00';
  return { id: 'r', sourceId: 's', url: 'http://127.0.0.1/r', title, publishedAt: at, fetchedAt: at, text: `${title}\n\n${body}`, contentHash: 'h' };
}

const FILL = 'Die Beamten nahmen eine Anzeige auf und sicherten Spuren am Tatort. Der Schaden wird auf einige hundert Euro geschätzt.';

describe('splitSections', () => {
  it('splits numbered items in order from 1, the release header before them belonging to none', () => {
    const text = `Pressebericht der PI Musterstadt vom 13.03.2024:\n1. Sachbeschädigung in Werne\nUnbekannte zerkratzten am Dienstag einen Wagen. ${FILL}\n2. Diebstahl in Unna\nAus einem Keller wurden zwei Fahrräder gestohlen. ${FILL}`;
    const sections = splitSections(text);
    expect(titles(text)).toEqual(['1. Sachbeschädigung in Werne', '2. Diebstahl in Unna']);
    expect(sections[0]!.start).toBe(text.indexOf('1. Sach'));
    expect(text.slice(sections[1]!.start, sections[1]!.end).endsWith('geschätzt.')).toBe(true);
    expect(sections.every((s) => s.kind === 'numbered')).toBe(true);
  });

  it('does not split a numbered list of advice inside one incident', () => {
    const text = `Einbruch in Wohnhaus\n\nIn der Nacht drangen Täter in ein Haus ein. ${FILL}\nDie Polizei rät:\n1. Türen abschließen.\n2. Fenster schließen.\n3. Nachbarn informieren.`;
    expect(splitSections(text, { bodyStart: 'Einbruch in Wohnhaus\n\n'.length })).toEqual([]);
  });

  it('splits headed sections, a dateline line under a heading staying in its section', () => {
    const body = `Medieninformation 13.03.2024\n\nZwei Verletzte bei Unfall\n\nRuhla (PI Eisenach)\nZwei Autos stießen am Mittwoch zusammen. ${FILL}\n\nBrennende Hecke\nGotha (LPI Gotha)\nKurz nach Mitternacht brannte eine Hecke. ${FILL}\n\nRückfragen bitte an:\nLandespolizeiinspektion Gotha\nTelefon: 03621 0000`;
    const title = 'Medieninformation';
    const text = `${title}\n\n${body}`;
    const sections = splitSections(text, { bodyStart: title.length + 2 });
    expect(sections.map((s) => text.slice(s.titleStart, s.titleEnd))).toEqual(['Zwei Verletzte bei Unfall', 'Brennende Hecke']);
    const last = text.slice(sections[1]!.start, sections[1]!.end);
    expect(last).toContain('Gotha (LPI Gotha)');
    expect(last).not.toContain('Rückfragen');
    expect(text.slice(sections[0]!.start, sections[0]!.end)).toContain('Ruhla (PI Eisenach)');
  });

  it('splits "Place - headline" sections', () => {
    const text = `Werne - Einbruch in Kiosk\nIn der Nacht zu Montag brachen Unbekannte in einen Kiosk ein. ${FILL}\n\nKamen - Fahrrad gestohlen\nVor dem Bahnhof wurde ein Pedelec entwendet. ${FILL}`;
    expect(titles(text)).toEqual(['Werne - Einbruch in Kiosk', 'Kamen - Fahrrad gestohlen']);
  });

  it('splits "POL-XX:" blocks', () => {
    const text = `POL-DO: Einbruch in Gartenlaube in Lünen\nLünen (ots) Unbekannte brachen eine Laube auf. ${FILL}\n\nPOL-DO: Unfall auf der B 54\nDortmund (ots) Ein Radfahrer wurde leicht verletzt. ${FILL}`;
    expect(titles(text)).toEqual(['POL-DO: Einbruch in Gartenlaube in Lünen', 'POL-DO: Unfall auf der B 54']);
  });

  it('does not split one incident with sub-headings (witness call, description, update)', () => {
    const text = `Raub auf Tankstelle\n\nAm Montagabend bedrohte ein Mann einen Angestellten mit einem Messer. ${FILL}\n\nTäterbeschreibung\nEtwa 25 Jahre alt, schlank, dunkle Jacke. Er sprach Deutsch mit Akzent und trug eine Mütze auf dem Kopf.\n\nZeugen gesucht\nWer hat am Montagabend verdächtige Personen beobachtet? Hinweise nimmt jede Polizeidienststelle entgegen.\n\nUpdate 14:00 Uhr\nDer Mann wurde festgenommen. Er wird heute einem Haftrichter vorgeführt und schweigt bislang zu den Vorwürfen.`;
    expect(splitSections(text, { bodyStart: 'Raub auf Tankstelle\n\n'.length })).toEqual([]);
  });

  it('does not split a single-incident release with a plain body', () => {
    const text = `Unfall auf der Kreuzung\n\nAm Donnerstag stießen zwei Autos zusammen. ${FILL}\n\nDie Kreuzung war zwei Stunden gesperrt. ${FILL}`;
    expect(splitSections(text, { bodyStart: 'Unfall auf der Kreuzung\n\n'.length })).toEqual([]);
  });

  it('does not take a heading without a body of its own as a section', () => {
    const text = `Werne - Einbruch in Kiosk\nKurz.\n\nKamen - Fahrrad gestohlen\nVor dem Bahnhof wurde ein Pedelec entwendet. ${FILL}`;
    expect(splitSections(text)).toEqual([]);
  });

  it('splits paragraphs led by a place only where the lead is a place mention', () => {
    const text = `Cottbus: Am Donnerstag kollidierten zwei Autos beim Ausparken. ${FILL}\n\nKolkwitz: Unbekannte drangen in ein leeres Wohnhaus ein. ${FILL}`;
    const places = [{ start: 0, end: 7 }, { start: text.indexOf('Kolkwitz'), end: text.indexOf('Kolkwitz') + 8 }];
    expect(splitSections(text, { places }).map((s) => text.slice(s.titleStart, s.titleEnd))).toEqual(['Cottbus', 'Kolkwitz']);
    expect(splitSections(text, { places: [] })).toEqual([]);
    const fields = `Hinweis: Am Donnerstag kollidierten zwei Autos beim Ausparken. ${FILL}\n\nAchtung: Unbekannte drangen in ein leeres Wohnhaus ein. ${FILL}`;
    expect(splitSections(fields, { places: [{ start: 0, end: 7 }] })).toEqual([]);
  });

  it('does not take hard-wrapped lines of one text for headings', () => {
    const body = 'Einbruch in Lagerhalle\n\nAm Montag, den 11.03.2024, gegen 22:00 Uhr kam es in\nder Hafenstraße zu einem Einbruch in eine Lagerhalle. Die Täter\nentkamen unerkannt mit Werkzeug im Wert von mehreren tausend Euro.\n\nUnmittelbar nach dem Notruf begann die Fahndung der\nPolizei mit mehreren Streifenwagen und einem Hubschrauber. Sie blieb\nbislang ohne Erfolg, die Ermittlungen dauern an und Zeugen werden gesucht.';
    expect(splitSections(body)).toEqual([]);
  });

  it('keeps a contact line and the contact block between sections out of every report', () => {
    const text = `Unfall mit Motorrad\nAm Freitag stürzte ein Motorradfahrer in der Kurve. ${FILL}\n\nRückfragen bitte an:\nPolizeipräsidium Muster\nPressestelle\nTelefon: 0000 000-0\n\nZeugen nach Unfallflucht gesucht\nEin Unbekannter beschädigte einen Gartenzaun und fuhr davon. ${FILL}\n\nMax Muster, Telefon: 0000 111, E-Mail: presse@example.org`;
    const sections = splitSections(text);
    expect(sections.map((s) => text.slice(s.titleStart, s.titleEnd))).toEqual(['Unfall mit Motorrad', 'Zeugen nach Unfallflucht gesucht']);
    for (const s of sections) expect(text.slice(s.start, s.end)).not.toMatch(/Rückfragen|Pressestelle|E-Mail/);
  });

  it('titles a heading group by its first line ("Einbruch in Kiosk" over "Ort: Werne")', () => {
    const text = `Einbruch in Kiosk\n\nOrt: Werne\nZeit: 11.03.2024\n\nUnbekannte brachen nachts in einen Kiosk ein. ${FILL}\n\nGranaten gefunden\n\nOrt: Kamen\nZeit: 12.03.2024\n\nBei Feldarbeiten wurden alte Granaten entdeckt. ${FILL}`;
    expect(titles(text)).toEqual(['Einbruch in Kiosk', 'Granaten gefunden']);
  });

  it('takes numbered headings that run on with place and time after a comma', () => {
    const text = `Polizeidirektion Musterkreis\n1. Explosion an Wohnhaus,\nMusterdorf, Hauptstraße, Freitag, 07.11.2025, 5 Uhr\nAm frühen Morgen kam es in einem Wohngebiet zu einer Explosion. ${FILL}\n2. Streit auf Schulweg - Zeugensuche, Musterstadt, Bergstraße, Donnerstag, 06.11.2025, 13 Uhr\nEin Unbekannter bedrohte ein Kind auf dem Schulweg. ${FILL}`;
    expect(titles(text)).toEqual(['1. Explosion an Wohnhaus,', '2. Streit auf Schulweg - Zeugensuche, Musterstadt, Bergstraße, Donnerstag, 06.11.2025, 13 Uhr']);
  });

  it('does not split an enumeration that starts again at 1 or whose items are sentences', () => {
    const conditions = `Für die Versammlung gilt:\n1. Es ist untersagt, Gegenstände zu verbrennen. ${FILL}\n2. Es ist untersagt, Parolen zu rufen. ${FILL}\nFerner gilt:\n1. Fahnen dürfen nicht gezeigt werden. ${FILL}`;
    expect(splitSections(conditions)).toEqual([]);
  });

  it('takes a headline between a finished sentence and an "(ots)" lead, without a blank line', () => {
    const text = `Betrüger in Baunatal festgenommen\n(ots) Baunatal: Die Polizei nahm einen Betrüger fest. ${FILL}\nJunge bei Unfall verletzt\n(ots) Kassel: Ein Kind wurde von einem Auto erfasst. ${FILL}`;
    expect(titles(text)).toEqual(['Betrüger in Baunatal festgenommen', 'Junge bei Unfall verletzt']);
  });

  it('never throws and keeps sections ordered, in bounds, non-overlapping on odd input', () => {
    for (const text of ['', '\n\n\n', '1. a\n2. b', 'POL-X: \nPOL-X: ', '\ud800\n\n1. x\n2. y', 'A\n'.repeat(5000)]) {
      const sections = splitSections(text, { bodyStart: 1 });
      let at = 0;
      for (const s of sections) {
        expect(s.start).toBeGreaterThanOrEqual(at);
        expect(s.end).toBeLessThanOrEqual(text.length);
        at = s.end;
      }
    }
  });
});

describe('reports in the record', () => {
  it('gives each report the mentions inside it, the release-wide publication date resolving its dates', () => {
    const body = `1. Sachbeschädigung in Werne\nAm Dienstag zerkratzten Unbekannte in Werne einen Wagen. ${FILL}\n2. Diebstahl in Unna\nAm Mittwoch wurden in Unna zwei Fahrräder gestohlen. ${FILL}\n\nRückfragen bitte an die Pressestelle, Telefon 02303 0000`;
    const record = extractRecord(documentOf('Pressebericht der Polizei', body));
    expect(RecordSchema.safeParse(record).success).toBe(true);
    expect(spansInBounds(record)).toEqual([]);
    const reports = record.reports!;
    expect(reports.map((r) => r.title)).toEqual(['1. Sachbeschädigung in Werne', '2. Diebstahl in Unna']);
    expect(reports.map((r) => r.entities.municipalities.map((m) => m.name))).toEqual([['Werne', 'Werne'], ['Unna', 'Unna']]);
    expect(reports.map((r) => r.entities.dates.map((d) => d.value.slice(0, 10)))).toEqual([['2024-03-12'], ['2024-03-13']]);
    // The document-level entities keep every mention of the release.
    expect(record.entities.municipalities.length).toBe(4);
  });

  it('gives a single-incident release no reports', () => {
    const record = extractRecord(documentOf('Einbruch in Kiosk', `Am Dienstag brachen Unbekannte in Werne in einen Kiosk ein. ${FILL}`));
    expect(record.reports).toEqual([]);
  });
});
