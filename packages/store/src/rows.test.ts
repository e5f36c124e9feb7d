import { describe, expect, it } from 'vitest';
import { districtKey, nameKey, recordFromRow, recordJson, searchKey } from './rows.js';
import { buildQuery, numberPlaceholders } from './sql.js';

describe('name keys', () => {
  it('fold case, whitespace and dashes', () => {
    expect(nameKey('  LÜNEN ')).toBe('lünen');
    expect(nameKey('Siegen\u2013Wittgenstein')).toBe('siegen-wittgenstein');
  });
  it('give "Kreis Unna", "Landkreis Unna" and "Unna" one district key', () => {
    expect(new Set(['Kreis Unna', 'Landkreis Unna', 'Unna', 'unna, Kreis', 'Unna (Kreis)'].map(districtKey))).toEqual(new Set(['unna']));
    expect(districtKey('Märkischer Kreis')).toBe('märkischer kreis');
    expect(districtKey('Kreis')).toBe('kreis');
  });
  it('lower-case search text exactly as the German locale does', () => {
    const text = 'STRAẞE Ärger ÖL Übel İstanbul ΟΔΟΣ Σ. ǅ DŽ ﬀ ŉ À\u0301 Ⅻ Ⓐ 𐐀';
    expect(searchKey(text)).toBe(text.toLocaleLowerCase('de-DE'));
  });
});

describe('SQL helpers', () => {
  it('number placeholders in order', () => {
    expect(numberPlaceholders('a = ? AND b IN (?, ?)')).toBe('a = $1 AND b IN ($2, $3)');
  });
  it('keep parameters in placeholder order for every filter combination', () => {
    const { sql, params } = buildQuery({
      municipality: 'Werne', district: 'Kreis Unna', agency: 'bsi', service: 'website', status: 'outage',
      from: '2023-01-01', to: '2023-12-31', sourceId: 's', text: 'x', limit: 5,
    });
    expect(sql.split('?').length - 1).toBe(params.length);
    expect(params.at(-1)).toBe(5);
  });
  it('rejects a non-finite limit', () => {
    expect(() => buildQuery({ limit: Number.NaN })).toThrow(RangeError);
  });
});

describe('record_json', () => {
  it('leaves document.text to the text column and reads back the record written, keys in order', async () => {
    const { policeRecord } = await import('./conformance-records.js');
    const json = recordJson(policeRecord);
    expect(JSON.parse(json).document.text).toBe('');
    expect(json.length).toBeLessThan(JSON.stringify(policeRecord).length);
    const back = recordFromRow({ record_json: json, text: policeRecord.document.text });
    expect(back).toStrictEqual(policeRecord);
    expect(JSON.stringify(back)).toBe(JSON.stringify(policeRecord));
  });
  it('keeps a text with U+0000 in the JSON (PostgreSQL text cannot hold it)', async () => {
    const { werneRecord } = await import('./conformance-records.js');
    const record = { ...werneRecord, document: { ...werneRecord.document, text: `${werneRecord.document.text}\u0000x` } };
    const json = recordJson(record);
    expect(JSON.parse(json).document.text).toBe(record.document.text);
    expect(recordFromRow({ record_json: json, text: record.document.text.replaceAll('\u0000', '\uFFFD') })).toStrictEqual(record);
  });
  it('keeps a text with surrogates in the JSON (a lone one does not survive UTF-8)', async () => {
    const { werneRecord } = await import('./conformance-records.js');
    for (const extra of ['\ud800', '\udc00x', '\u{1F6A8}']) {
      const record = { ...werneRecord, document: { ...werneRecord.document, text: `${werneRecord.document.text}${extra}` } };
      const json = recordJson(record);
      expect(JSON.parse(json).document.text).toBe(record.document.text);
      expect(recordFromRow({ record_json: json, text: Buffer.from(record.document.text).toString() })).toStrictEqual(record);
    }
  });
  it('reads rows written with the text inside record_json', async () => {
    const { werneRecord } = await import('./conformance-records.js');
    expect(recordFromRow({ record_json: JSON.stringify(werneRecord), text: werneRecord.document.text })).toStrictEqual(werneRecord);
  });
});
