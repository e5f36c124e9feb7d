import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractRecord } from '@lagebild/extract';
import { documentFromInput, publishedAtOf } from './batch.js';

describe('batch lines', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('take the publication instant from `published` and nowhere else', () => {
    expect(publishedAtOf(undefined)).toBeUndefined();
    expect(publishedAtOf('  ')).toBeUndefined();
    expect(publishedAtOf('2023-11-06')).toBe('2023-11-06T12:00:00+01:00');
    expect(publishedAtOf('2023-07-06')).toBe('2023-07-06T12:00:00+02:00');
    expect(publishedAtOf('2023-11-06T09:15:00Z')).toBe('2023-11-06T10:15:00+01:00');
    expect(() => publishedAtOf('gestern')).toThrow(/not an ISO 8601 date/);
    const now = new Date('2026-03-15T10:00:00Z');
    const document = documentFromInput({ id: 'a', text: 'Text.' }, now);
    expect(document).not.toHaveProperty('publishedAt');
    expect(document.fetchedAt).toBe('2026-03-15T11:00:00+01:00');
    expect(documentFromInput({ id: 'a', text: 'Text.', published: '2023-11-06' }, now).publishedAt).toBe('2023-11-06T12:00:00+01:00');
  });

  it('give the same record for an undated line whatever the machine clock says', () => {
    const line = {
      id: 'werne', title: 'Standesamt Werne',
      text: 'Am Montag, 6. November 2023, bleibt das Standesamt der Stadt Werne geschlossen. Trauungen am 10. November finden statt.',
    };
    const records = ['2026-03-15T10:00:00Z', '2031-12-31T23:30:00Z'].map((instant) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(instant));
      const { document: { fetchedAt: _fetchedAt, ...document }, ...rest } = extractRecord(documentFromInput(line, new Date()));
      vi.useRealTimers();
      return { document, ...rest };
    });
    expect(records[1]).toStrictEqual(records[0]);
    expect(records[0]!.entities.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2023-11-06', '2023-11-10']));
  });
});
