import { describe, expect, it } from 'vitest';
import { extractEntities } from '../index.js';
import { splitSentences } from '../text/sentences.js';
import { boundedSentences, MAX_SENTENCE_LENGTH } from './sentences.js';

describe('bounded sentences', () => {
  it('leaves ordinary sentences as they are', () => {
    const text = 'Das Bürgerbüro ist geschlossen. Die Website funktioniert wieder.';
    const sentences = splitSentences(text);
    expect(boundedSentences(text, sentences)).toBe(sentences);
  });
  it('cuts a run-on sentence into pieces no longer than the bound, at commas, covering it without gaps', () => {
    const text = `${Array.from({ length: 400 }, (_, i) => `das Bürgerbüro Nummer ${i} ist geschlossen`).join(', ')}.`;
    const pieces = boundedSentences(text, splitSentences(text));
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
    expect(pieces[0]!.start).toBe(0);
    for (const p of pieces.slice(0, -1)) expect(text[p.end - 1]).toBe(',');
    expect(pieces[pieces.length - 1]!.text).toBe(text.slice(pieces[pieces.length - 1]!.start, pieces[pieces.length - 1]!.end));
  });
  it('still reads the impacts of a run-on text, one per place, service and status', () => {
    const text = `In Werne ${Array.from({ length: 300 }, () => 'ist das Bürgerbüro geschlossen').join(', ')}.`;
    const impacts = extractEntities(text, { publishedAt: '2023-11-06T12:00:00+01:00' }).serviceImpacts;
    expect(impacts.map((i) => `${i.municipality?.name}|${i.service}|${i.status}`)).toEqual(['Werne|citizens-office|outage']);
  });
});
