import { describe, expect, it } from 'vitest';
import { ExtractInputSchema, RecordSchema, SourcesConfigSchema, spansInBounds } from './index.js';

const text = 'Cyberangriff in Werne\n\nDie Stadt Werne meldet Ausfälle.';
const record = {
  document: {
    id: 'd1', sourceId: 's', url: 'http://127.0.0.1/a', title: 'Cyberangriff in Werne',
    publishedAt: '2023-11-02T10:00:00+01:00', fetchedAt: '2023-11-02T10:05:00+01:00', text, contentHash: 'h',
  },
  entities: {
    dates: [],
    municipalities: [{
      span: { start: 16, end: 21, text: 'Werne' }, ags: '05978040', name: 'Werne',
      district: { ags: '05978', name: 'Unna' }, state: 'NW', lat: 51.66, lon: 7.63, confidence: 0.9,
    }],
    districts: [], agencies: [],
    serviceImpacts: [{
      span: { start: 23, end: 55, text: text.slice(23, 55) }, municipality: { ags: '05978040', name: 'Werne' },
      service: 'civil-registry', status: 'outage', asOf: '2023-11-02', confidence: 0.8,
    }],
    contacts: [],
  },
  extractor: { version: '0.1.0' },
};

describe('RecordSchema', () => {
  it('accepts a record that follows the contract', () => {
    expect(RecordSchema.parse(record).entities.municipalities[0]?.ags).toBe('05978040');
    expect(spansInBounds(RecordSchema.parse(record))).toEqual([]);
  });
  it('rejects unknown services and statuses', () => {
    const bad = structuredClone(record);
    (bad.entities.serviceImpacts[0] as { service: string }).service = 'standesamt';
    expect(RecordSchema.safeParse(bad).success).toBe(false);
  });
  it('rejects a publication time without offset', () => {
    const bad = structuredClone(record);
    bad.document.publishedAt = '2023-11-02T10:00:00';
    expect(RecordSchema.safeParse(bad).success).toBe(false);
  });
  it('accepts an undated document and an impact without asOf, but not an empty or null date', () => {
    const undated = structuredClone(record) as { document: Partial<typeof record.document>; entities: { serviceImpacts: { asOf?: string }[] } };
    delete undated.document.publishedAt;
    delete undated.entities.serviceImpacts[0]!.asOf;
    const parsed = RecordSchema.parse(undated);
    expect('publishedAt' in parsed.document).toBe(false);
    expect('asOf' in parsed.entities.serviceImpacts[0]!).toBe(false);
    expect(RecordSchema.safeParse({ ...record, document: { ...record.document, publishedAt: '' } }).success).toBe(false);
    expect(RecordSchema.safeParse({ ...record, document: { ...record.document, publishedAt: null } }).success).toBe(false);
  });
  it('reports spans whose text does not match the document', () => {
    const bad = structuredClone(record);
    bad.entities.municipalities[0]!.span = { start: 0, end: 5, text: 'Werne' };
    expect(spansInBounds(RecordSchema.parse(bad))).toHaveLength(1);
  });
});

describe('SourcesConfigSchema', () => {
  const source = { id: 'polizei-dortmund', kind: 'police', name: 'Polizei Dortmund', feed: { type: 'rss', url: 'https://example.invalid/rss' } };
  it('accepts rss and html-list sources', () => {
    const parsed = SourcesConfigSchema.parse({
      userAgent: 'lagebild/0.1', sources: [source,
        { id: 'sta-koeln', kind: 'prosecutor', name: 'Staatsanwaltschaft Köln', feed: { type: 'html-list', url: 'https://example.invalid/', item: 'li', link: 'a' } }],
    });
    expect(parsed.allowHosts).toEqual([]);
  });
  it('rejects duplicate ids and unknown kinds', () => {
    expect(SourcesConfigSchema.safeParse({ userAgent: 'x', sources: [source, source] }).success).toBe(false);
    expect(SourcesConfigSchema.safeParse({ userAgent: 'x', sources: [{ ...source, kind: 'church' }] }).success).toBe(false);
  });
  it.each([
    ['rss', 'file:///etc/passwd'], ['rss', 'gopher://127.0.0.1:70/_GET'], ['rss', 'data:application/rss+xml,<rss/>'],
    ['rss', 'ftp://example.invalid/feed.xml'], ['rss', 'javascript:alert(1)'], ['html-list', 'file:///var/www/index.html'],
    ['html-list', 'data:text/html,<ul></ul>'],
  ])('refuses a %s feed URL %s at config load, naming the field', (type, url) => {
    const feed = type === 'rss' ? { type, url } : { type, url, item: 'li', link: 'a' };
    const result = SourcesConfigSchema.safeParse({ userAgent: 'x', sources: [{ ...source, feed }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.path).toEqual(['sources', 0, 'feed', 'url']);
      expect(result.error.issues[0]?.message).toBe('feed URLs must use http or https');
    }
  });
  it('accepts http and https feed URLs', () => {
    for (const url of ['http://127.0.0.1:8080/rss.xml', 'https://www.polizei.nrw/presse', 'HTTPS://EXAMPLE.INVALID/feed']) {
      expect(SourcesConfigSchema.safeParse({ userAgent: 'x', sources: [{ ...source, feed: { type: 'rss', url } }] }).success).toBe(true);
    }
  });
});

describe('document ids (issue 15 #8)', () => {
  it('refuses an id a store cannot keep exactly, with the reason, and accepts surrogate pairs', () => {
    for (const id of ['a\u0000b', 'a\uD83Db', '\uDC00']) {
      const result = RecordSchema.safeParse({ ...record, document: { ...record.document, id } });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/U\+0000 or an unpaired surrogate/);
      expect(ExtractInputSchema.safeParse({ id, text: 'x' }).success).toBe(false);
    }
    expect(RecordSchema.safeParse({ ...record, document: { ...record.document, id: 'a-🚒' } }).success).toBe(true);
  });
});
