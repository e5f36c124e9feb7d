import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, documentId } from './ids.js';

describe('documentId', () => {
  it('is stable, readable and free of ":"', () => {
    const a = documentId('polizei-dortmund', 'https://www.presseportal.de/blaulicht/pm/4971/5640000');
    expect(a).toMatch(/^polizei-dortmund-[0-9a-f]{20}$/);
    expect(documentId('polizei-dortmund', 'https://WWW.presseportal.de:443/blaulicht/pm/4971/5640000#top')).toBe(a);
    expect(documentId('polizei-dortmund', 'https://www.presseportal.de/blaulicht/pm/4971/5640001')).not.toBe(a);
    expect(documentId('stadt-werne', 'https://www.presseportal.de/blaulicht/pm/4971/5640000')).not.toBe(a);
    expect(documentId('polizei-dortmund', 'https://www.presseportal.de/blaulicht/pm/4971/5640000?page=2')).not.toBe(a);
  });

  it('ignores scheme and port, which do not identify a release', () => {
    const a = documentId('fixture', 'http://127.0.0.1:47311/sta-koeln/presse/a.html');
    expect(documentId('fixture', 'http://127.0.0.1:39999/sta-koeln/presse/a.html')).toBe(a);
    expect(documentId('fixture', 'https://127.0.0.1/sta-koeln/presse/a.html')).toBe(a);
    expect(documentId('fixture', 'http://127.0.0.2:47311/sta-koeln/presse/a.html')).not.toBe(a);
  });

  it('only ever uses [a-z0-9-]', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (source, url) => /^[a-z0-9-]+$/.test(documentId(source, url))));
  });
});

describe('contentHash', () => {
  it('is the SHA-256 hex of the UTF-8 text', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash('Lünen')).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash('Lünen')).not.toBe(contentHash('Lunen'));
  });
});
