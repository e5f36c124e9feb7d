import { describe, expect, it } from 'vitest';
import { entryBlocks, escapeBareAmpersands, prepareFeedText, rootStartTag } from './xml.js';

describe('prepareFeedText', () => {
  it('refuses entity declarations in the internal subset, in any case and with parameter entities', () => {
    for (const doctype of [
      '<!DOCTYPE rss [<!ENTITY a "b">]>',
      '<!doctype rss [ <!entity a "b"> ]>',
      '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1/x.dtd"> %p;]>',
      '<!DOCTYPE rss SYSTEM "x.dtd" [<!ENTITY a SYSTEM "file:///etc/passwd">]>',
    ]) {
      expect(prepareFeedText(`<?xml version="1.0"?>\n<!-- c -->\n${doctype}<rss/>`)).toMatchObject({ ok: false, code: 'hostile-xml' });
    }
  });

  it('removes other DOCTYPEs and leaves the rest untouched', () => {
    expect(prepareFeedText('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//x//EN" "http://x/y.dtd"><rss version="2.0"/>'))
      .toEqual({ ok: true, text: '<?xml version="1.0"?><rss version="2.0"/>' });
    expect(prepareFeedText('<!DOCTYPE rss [<!ATTLIST rss version CDATA #REQUIRED>]><rss/>')).toEqual({ ok: true, text: '<rss/>' });
  });

  it('recognizes HTML pages, empty bodies and unterminated DOCTYPEs', () => {
    expect(prepareFeedText('\uFEFF  <!DOCTYPE html><html></html>')).toMatchObject({ ok: false, code: 'feed-parse' });
    expect(prepareFeedText('<html><body>x</body></html>')).toMatchObject({ ok: false, code: 'feed-parse' });
    expect(prepareFeedText(' \n ')).toMatchObject({ ok: false, code: 'empty-body' });
    expect(prepareFeedText('<!DOCTYPE rss [<!ATTLIST rss a CDATA #IMPLIED>')).toMatchObject({ ok: false, code: 'hostile-xml' });
  });

  it('does not treat "<!ENTITY" in the document body as a declaration', () => {
    const text = '<rss version="2.0"><channel><item><description><![CDATA[<!ENTITY x "y">]]></description></item></channel></rss>';
    expect(prepareFeedText(text)).toEqual({ ok: true, text });
  });
});

describe('escapeBareAmpersands', () => {
  it('escapes bare ampersands only, outside CDATA, comments and processing instructions', () => {
    expect(escapeBareAmpersands('<t>A & B &amp; C &#228; &#xE4; &auml; &x</t>')).toBe('<t>A &amp; B &amp; C &#228; &#xE4; &auml; &amp;x</t>');
    expect(escapeBareAmpersands('<l>http://a/?x=1&y=2</l><![CDATA[a & b]]><!-- c & d --><?pi e & f?>')).toBe('<l>http://a/?x=1&amp;y=2</l><![CDATA[a & b]]><!-- c & d --><?pi e & f?>');
    const wellFormed = '<rss><t>a &amp; b</t></rss>';
    expect(escapeBareAmpersands(wellFormed)).toBe(wellFormed);
  });

  it('stays linear on hostile input (many unterminated CDATA openings)', () => {
    const hostile = '<![CDATA['.repeat(50_000) + '&';
    expect(escapeBareAmpersands(hostile)).toBe(hostile);
  });
});

describe('rootStartTag / entryBlocks', () => {
  it('finds the root after the prolog and splits entries, marking a truncated last one', () => {
    const text = '<?xml version="1.0"?><!-- x --><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><items>ignored</items><item><title>a</title></item><item/><item><title>b</ti';
    expect(rootStartTag(text)).toMatchObject({ name: 'rss', tag: '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">' });
    expect(entryBlocks(text, 'item')).toEqual([
      { xml: '<item><title>a</title></item>', complete: true },
      { xml: '<item/>', complete: true },
      { xml: '<item><title>b</ti', complete: false },
    ]);
  });

  it('an entry that never closes before the next one starts is incomplete; the next one still counts', () => {
    expect(entryBlocks('<feed><entry><title>a</title><entry><title>b</title></entry></feed>', 'entry')).toEqual([
      { xml: '<entry><title>a</title>', complete: false },
      { xml: '<entry><title>b</title></entry>', complete: true },
    ]);
  });
});
