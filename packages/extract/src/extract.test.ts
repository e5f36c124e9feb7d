import { describe, expect, it } from 'vitest';
import { spansInBounds, type Document } from '@lagebild/schema';
import { buildGazetteer, loadAgencyRegistry } from '@lagebild/gazetteer';
import { EXTRACTOR_VERSION, createExtractor, extractEntities, extractRecord } from './index.js';

const PUBLISHED = '2023-11-06T12:00:00+01:00';

describe('extractEntities', () => {
  it('counts offsets in UTF-16 code units, also after astral characters', () => {
    const text = '🚨🚨 Einsatz in Lünen';
    const [m] = extractEntities(text, { publishedAt: PUBLISHED }).municipalities;
    expect(m?.span).toEqual({ start: 16, end: 21, text: 'Lünen' });
    expect(text.slice(m!.span.start, m!.span.end)).toBe('Lünen');
  });
  it('returns every kind, sorted by position, for an empty text too', () => {
    expect(extractEntities('', { publishedAt: PUBLISHED })).toEqual({
      dates: [], municipalities: [], districts: [], agencies: [], serviceImpacts: [], contacts: [],
    });
  });
  it('resolves a bare "Landeskriminalamt" with the publisher or the places of the text', () => {
    const text = 'Das Landeskriminalamt ermittelt.';
    expect(extractEntities(text, { publishedAt: PUBLISHED, sourceAgency: 'polizei-berlin' }).agencies.map((a) => a.id)).toEqual(['lka-berlin']);
    expect(extractEntities(`${text} Tatort war Iserlohn.`, { publishedAt: PUBLISHED }).agencies.map((a) => a.id)).toEqual(['lka-nrw']);
    expect(extractEntities(text, { publishedAt: PUBLISHED }).agencies).toEqual([]);
  });
  it('drops a one-Land abbreviation ("ZAC") where the places of the text lie in another Land', () => {
    const ids = (text: string) => extractEntities(text, { publishedAt: '2023-11-08T10:00:00+01:00' }).agencies.map((a) => a.id);
    expect(ids('Die Stadt Hildesheim hat Anzeige bei der ZAC erstattet.')).toEqual([]);
    expect(ids('Die Stadt Werne hat Anzeige bei der ZAC erstattet.')).toEqual(['zac-nrw']);
  });
  it('uses the publication instant in Europe/Berlin, not UTC', () => {
    // 23:30 UTC on 5 November is already 6 November in Berlin.
    const [today] = extractEntities('Heute fiel das Netz aus.', { publishedAt: '2023-11-05T23:30:00Z' }).dates;
    expect(today?.value).toBe('2023-11-06');
  });
});

const document: Document = {
  id: 'd1', sourceId: 'stadt-werne', url: 'http://127.0.0.1/d1', title: 'Standesamt geschlossen',
  publishedAt: '2023-11-02T10:00:00+01:00', fetchedAt: '2023-11-02T10:05:00+01:00',
  text: 'Standesamt geschlossen\n\nDas Standesamt bleibt heute geschlossen.', contentHash: 'h',
};

describe('extractRecord', () => {
  it('uses the document publication time and the publisher context', () => {
    const record = extractRecord(document, { jurisdiction: '05978040' });
    expect(record.extractor.version).toBe(EXTRACTOR_VERSION);
    expect(record.entities.dates.map((d) => d.value)).toEqual(['2023-11-02']);
    expect(record.entities.serviceImpacts.map((i) => [i.municipality?.name, i.service, i.status, i.asOf])).toEqual([
      ['Werne', 'civil-registry', 'outage', '2023-11-02'],
    ]);
    expect(spansInBounds(record)).toEqual([]);
  });
});

describe('createExtractor', () => {
  it('looks names up in the gazetteer it is given', () => {
    const small = buildGazetteer({ filter: (m) => m.district.ags === '05978' });
    const extractor = createExtractor({ gazetteer: small, registry: loadAgencyRegistry() });
    const text = 'Unfälle in Werne und in Iserlohn.';
    expect(extractor.extractEntities(text, { publishedAt: PUBLISHED }).municipalities.map((m) => m.name)).toEqual(['Werne']);
    expect(extractEntities(text, { publishedAt: PUBLISHED }).municipalities.map((m) => m.name)).toEqual(['Werne', 'Iserlohn']);
    expect(extractor.extractRecord({ ...document, text }).extractor.version).toBe('0.4.0');
  });
});
