import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, normalizeCharset } from './charset.js';
import { FetchError } from './errors.js';

const phrase = 'Lünen, Südwestfalen, Straße – „Bürgerbüro“';
const latin = (s: string) => new Uint8Array(iconv.encode(s, 'windows-1252'));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decodeBody', () => {
  it('decodes plain UTF-8 without any declaration', () => {
    expect(decodeBody(utf8(`<p>${phrase}</p>`), 'text/html')).toEqual({ text: `<p>${phrase}</p>`, charset: 'utf-8' });
  });

  it('strips a UTF-8 byte order mark and lets it win over a wrong header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(phrase)]);
    expect(decodeBody(bytes, 'text/html; charset=iso-8859-1')).toEqual({ text: phrase, charset: 'utf-8' });
  });

  it('decodes UTF-16LE with a byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('Lünen', 'utf-16le')]);
    expect(decodeBody(bytes, undefined).text).toBe('Lünen');
  });

  it('honours ISO-8859-1 declared in the Content-Type header', () => {
    const r = decodeBody(latin(`<p>${phrase}</p>`), 'text/html; charset=ISO-8859-1');
    expect(r.text).toBe(`<p>${phrase}</p>`);
    expect(r.charset).toBe('windows-1252');
  });

  it('honours a quoted header charset', () => {
    expect(decodeBody(latin('Lünen'), 'text/plain; charset="latin1"').text).toBe('Lünen');
  });

  it('honours the XML declaration when the header has no charset', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>${phrase}</title></rss>`;
    expect(decodeBody(latin(xml), 'application/rss+xml').text).toContain(phrase);
  });

  it('honours <meta charset>', () => {
    const html = `<!doctype html><html><head><meta charset="iso-8859-1"><title>Südwestfalen</title></head><body>Straße in Lünen</body></html>`;
    const r = decodeBody(latin(html), 'text/html');
    expect(r.text).toContain('Straße in Lünen');
    expect(r.text).toContain('Südwestfalen');
  });

  it('honours <meta http-equiv="Content-Type" content="...charset=...">', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>Lünen ß</body></html>`;
    expect(decodeBody(latin(html), undefined)).toEqual({ text: html, charset: 'windows-1252' });
  });

  it('falls back to windows-1252 for undeclared bytes that are not valid UTF-8', () => {
    const html = `<p>Lünen und Südwestfalen, Straße, 5 €</p>`;
    expect(decodeBody(latin(html), 'text/html')).toEqual({ text: html, charset: 'windows-1252' });
  });

  it('lets the override win over header, declaration and meta', () => {
    const html = `<?xml version="1.0" encoding="utf-8"?><html><head><meta charset="utf-8"></head><body>Lünen</body></html>`;
    const r = decodeBody(latin(html), 'text/html; charset=utf-8', 'iso-8859-1');
    expect(r.text).toContain('Lünen');
    expect(r.charset).toBe('windows-1252');
  });

  it('header beats the meta declaration', () => {
    const html = '<meta charset="windows-1252"><p>Südwestfalen</p>';
    expect(decodeBody(utf8(html), 'text/html; charset=utf-8').text).toContain('Südwestfalen');
  });

  it('skips an unknown declared label and continues detection', () => {
    const html = '<meta charset="x-no-such-charset"><p>Lünen</p>';
    expect(decodeBody(latin(html), 'text/html; charset=bogus')).toEqual({ text: html, charset: 'windows-1252' });
    expect(decodeBody(utf8(html), 'text/html; charset=bogus').charset).toBe('utf-8');
  });

  it('treats a UTF-16 label inside an ASCII document as UTF-8', () => {
    expect(decodeBody(utf8('<meta charset="utf-16"><p>ß</p>'), undefined).text).toContain('<p>ß</p>');
  });

  it('throws a FetchError for an unknown override label', () => {
    expect(() => decodeBody(utf8('x'), undefined, 'klingon-8')).toThrow(FetchError);
    try {
      decodeBody(utf8('x'), undefined, 'klingon-8');
    } catch (error) {
      expect((error as FetchError).code).toBe('charset');
      expect((error as FetchError).message).toContain('klingon-8');
    }
  });

  it('handles an empty body', () => {
    expect(decodeBody(new Uint8Array(0), undefined)).toEqual({ text: '', charset: 'utf-8' });
  });
});

describe('normalizeCharset', () => {
  it('maps latin1 aliases to windows-1252 and UTF-8 aliases to utf-8', () => {
    for (const l of ['latin1', 'ISO-8859-1', 'iso_8859-1', 'us-ascii', 'CP1252', '"windows-1252"']) expect(normalizeCharset(l)).toBe('windows-1252');
    for (const l of ['UTF-8', 'utf8']) expect(normalizeCharset(l)).toBe('utf-8');
    expect(normalizeCharset('iso-8859-15')).toBe('iso-8859-15');
    expect(normalizeCharset('nope')).toBeUndefined();
  });
});
