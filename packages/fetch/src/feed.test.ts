import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '@lagebild/schema';
import { QuarantineItemSchema, SourceSchema, FeedItemSchema } from '@lagebild/schema';
import { FetchError } from './errors.js';
import { readFeed } from './feed.js';
import type { FetchOptions } from './http.js';
import { startServer } from './test-support/server.js';
import type { TestServer } from './test-support/server.js';

let server: TestServer;
const now = () => new Date('2023-11-06T12:00:00Z');
const options: FetchOptions = { userAgent: 'lagebild-test/0.1', allowHosts: ['127.0.0.1'], timeoutMs: 3000, now };

const rss = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Polizei Musterstadt</title><link>${origin}/</link><description>Meldungen</description>
  <item>
    <title>POL-MS: Störung im Bürgerbüro Südwestfalen</title>
    <link>${origin}/pm/1</link>
    <pubDate>Mon, 06 Nov 2023 10:15:00 +0100</pubDate>
    <description>Kurzfassung</description>
    <content:encoded><![CDATA[<p>Musterstadt (ots) - Erster Absatz.</p><p>Zweiter Absatz.</p>]]></content:encoded>
  </item>
  <item>
    <title>Relativer Link &amp; Sonderzeichen</title>
    <link>/pm/2</link>
    <pubDate>06.11.2023, 09:00 Uhr</pubDate>
    <description>&lt;b&gt;fett&lt;/b&gt; und normal</description>
  </item>
  <item>
    <title>Nur guid als Permalink</title>
    <guid isPermaLink="true">${origin}/pm/3</guid>
  </item>
  <item>
    <title>Dublette</title>
    <link>${origin}/pm/1#kommentare</link>
  </item>
</channel></rss>`;

const atom = (origin: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Stadt Musterstadt</title><id>urn:x</id><updated>2023-11-06T10:00:00+01:00</updated>
  <entry>
    <title>Rathaus wieder erreichbar</title>
    <link rel="alternate" href="${origin}/news/a"/>
    <id>urn:uuid:1</id>
    <published>2023-11-06T10:00:00+01:00</published>
    <summary>Die Verwaltung ist wieder online.</summary>
  </entry>
  <entry>
    <title>Datum kaputt</title>
    <link href="${origin}/news/b"/>
    <id>urn:uuid:2</id>
    <published>morgen früh</published>
    <content type="html">&lt;p&gt;Inhalt B&lt;/p&gt;</content>
  </entry>
</feed>`;

const malformed = (origin: string) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>t</title><link>${origin}</link><description>d</description>
  <item><title>Gut</title><link>${origin}/ok/1</link></item>
  <item><title>Ohne Link</title><description>kein Verweis</description></item>
  <item><title>Skript</title><link>javascript:alert(1)</link></item>
  <item><title>Kaputt</title><link>http://[nicht-gültig/</link></item>
  <item><title>Auch gut</title><link>${origin}/ok/2</link></item>
</channel></rss>`;

const list = `<!doctype html><html><head><base href="/presse/"></head><body>
  <nav><a href="/">Start</a></nav>
  <ul class="news">
    <li class="entry"><a class="more" href="mitteilung-1.html">Staatsanwaltschaft erhebt Anklage</a><time datetime="2023-11-02T14:00:00+01:00">2. November</time></li>
    <li class="entry"><h3>Ermittlungen in Lünen</h3><a class="more" href="https://127.0.0.1/absolut">weiterlesen</a><span class="date">01.11.2023</span></li>
    <li class="entry"><span>Ohne Link</span></li>
    <li class="entry"><a class="more" href="mitteilung-1.html#oben">Dublette</a></li>
  </ul></body></html>`;

function source(id: string, feed: Source['feed'], extra: Partial<Source> = {}): Source {
  return SourceSchema.parse({ id, kind: 'police', name: id, feed, ...extra });
}

beforeAll(async () => {
  server = await startServer();
  server.route('/rss', (o) => ({ headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rss(o) }));
  server.route('/atom', (o) => ({ headers: { 'content-type': 'application/atom+xml' }, body: atom(o) }));
  server.route('/malformed', (o) => ({ headers: { 'content-type': 'application/rss+xml' }, body: malformed(o) }));
  server.route('/latin-rss', (o) => ({
    headers: { 'content-type': 'text/xml' },
    body: new Uint8Array(iconv.encode(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title><link>${o}</link><description>d</description><item><title>Lünen: Straße gesperrt</title><link>${o}/l/1</link></item></channel></rss>`, 'latin1')),
  }));
  server.route('/liste', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: list });
  server.route('/html', { headers: { 'content-type': 'text/html' }, body: '<html><body><p>Kein Feed</p></body></html>' });
});

afterAll(() => server.close());

describe('readFeed rss adapter', () => {
  it('reads RSS 2.0: absolute links, raw published, plain-text summary, dedup by URL', async () => {
    const { items, quarantined } = await readFeed(source('polizei-ms', { type: 'rss', url: `${server.origin}/rss` }), options);
    expect(quarantined).toEqual([]);
    expect(items.map((i) => i.url)).toEqual([`${server.origin}/pm/1`, `${server.origin}/pm/2`, `${server.origin}/pm/3`]);
    expect(items[0]).toEqual({
      sourceId: 'polizei-ms', url: `${server.origin}/pm/1`, title: 'POL-MS: Störung im Bürgerbüro Südwestfalen',
      published: 'Mon, 06 Nov 2023 10:15:00 +0100', summary: 'Musterstadt (ots) - Erster Absatz.\n\nZweiter Absatz.',
    });
    expect(items[1]).toMatchObject({ title: 'Relativer Link & Sonderzeichen', published: '06.11.2023, 09:00 Uhr', summary: 'fett und normal' });
    for (const item of items) FeedItemSchema.parse(item);
  });

  it('reads Atom, and an entry with an unparsable date does not sink the feed', async () => {
    const { items, quarantined } = await readFeed(source('stadt-ms', { type: 'rss', url: `${server.origin}/atom` }), options);
    expect(quarantined).toEqual([]);
    expect(items).toEqual([
      { sourceId: 'stadt-ms', url: `${server.origin}/news/a`, title: 'Rathaus wieder erreichbar', published: '2023-11-06T10:00:00+01:00', summary: 'Die Verwaltung ist wieder online.' },
      { sourceId: 'stadt-ms', url: `${server.origin}/news/b`, title: 'Datum kaputt', summary: 'Inhalt B' },
    ]);
  });

  it('quarantines malformed items and returns the others', async () => {
    const { items, quarantined } = await readFeed(source('polizei-ms', { type: 'rss', url: `${server.origin}/malformed` }), options);
    expect(items.map((i) => i.title)).toEqual(['Gut', 'Auch gut']);
    expect(quarantined).toHaveLength(3);
    for (const q of quarantined) {
      expect(QuarantineItemSchema.parse(q)).toMatchObject({ sourceId: 'polizei-ms', stage: 'feed', at: '2023-11-06T13:00:00+01:00' });
    }
    expect(quarantined[0]?.reason).toMatch(/no link/);
    expect(quarantined[0]?.excerpt).toContain('Ohne Link');
    expect(quarantined[1]).toMatchObject({ url: 'javascript:alert(1)' });
    expect(quarantined[1]?.reason).toMatch(/scheme/);
    expect(quarantined[2]?.reason).toMatch(/not a valid URL/);
  });

  it('decodes an ISO-8859-1 feed declared only in the XML declaration', async () => {
    const { items } = await readFeed(source('latin', { type: 'rss', url: `${server.origin}/latin-rss` }), options);
    expect(items[0]?.title).toBe('Lünen: Straße gesperrt');
  });

  it('throws a FetchError naming source, URL and reason when the feed is not a feed', async () => {
    const p = readFeed(source('kaputt', { type: 'rss', url: `${server.origin}/html` }), options);
    await expect(p).rejects.toBeInstanceOf(FetchError);
    await expect(p).rejects.toMatchObject({ code: 'feed-parse', permanent: true });
    await expect(p).rejects.toThrow(new RegExp(`source "kaputt" feed ${server.origin}/html: cannot parse rss`));
  });

  it('throws a FetchError naming the source when the feed URL fails', async () => {
    const p = readFeed(source('fehlt', { type: 'rss', url: `${server.origin}/gibt-es-nicht` }), options);
    await expect(p).rejects.toMatchObject({ code: 'http-status', status: 404, permanent: true });
    await expect(p).rejects.toThrow(/source "fehlt" feed .*gibt-es-nicht: HTTP 404/);
    // reason stays free of source and URL: the quarantine record stores those separately.
    await expect(p).rejects.toMatchObject({ reason: 'HTTP 404 Not Found', url: `${server.origin}/gibt-es-nicht` });
  });
});

describe('readFeed html-list adapter', () => {
  const feed = { type: 'html-list' as const, url: '', item: 'ul.news li.entry', link: 'a.more', title: 'h3', published: 'time, .date' };

  it('reads entries, resolves links against <base>, quarantines entries without link', async () => {
    const { items, quarantined } = await readFeed(source('sta-ms', { ...feed, url: `${server.origin}/liste` }, { kind: 'prosecutor' }), options);
    expect(items).toEqual([
      { sourceId: 'sta-ms', url: `${server.origin}/presse/mitteilung-1.html`, title: 'Staatsanwaltschaft erhebt Anklage', published: '2023-11-02T14:00:00+01:00' },
      { sourceId: 'sta-ms', url: 'https://127.0.0.1/absolut', title: 'Ermittlungen in Lünen', published: '01.11.2023' },
    ]);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]?.excerpt).toContain('Ohne Link');
  });

  it('treats an item selector that matches nothing as a broken page', async () => {
    const p = readFeed(source('sta-ms', { ...feed, url: `${server.origin}/liste`, item: '.gibt-es-nicht' }), options);
    await expect(p).rejects.toMatchObject({ code: 'no-items' });
    await expect(p).rejects.toThrow(/source "sta-ms"/);
  });
});

describe('feed content as summary', () => {
  it('drops links back to the item, the distributor credit and the publisher line left in front (presseportal)', async () => {
    const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>PP</title>
<item><title>POL-XY: Einbruch</title><link>https://example.org/pm/1</link>
<content:encoded><![CDATA[<b>Polizei Musterstadt</b> [<a href="https://example.org/pm/1">Newsroom</a>]<br/>Musterstadt (ots) - Unbekannte brachen ein ... <a href="https://example.org/pm/1">Lesen Sie hier weiter...</a><br clear="all" /><p><small>Original-Content von: Polizei Musterstadt, übermittelt durch news aktuell</small></p>]]></content:encoded></item>
<item><title>Zweite</title><link>https://example.org/pm/2</link><content:encoded><![CDATA[<p>Mehr zum <a href="https://example.org/x">Newsroom-Umbau</a> und <small>klein</small>.</p>]]></content:encoded></item>
</channel></rss>`;
    const local = await startServer();
    try {
      local.route('/pp.rss', { headers: { 'content-type': 'application/rss+xml' }, body });
      const { items } = await readFeed(source('pp', { type: 'rss', url: `${local.origin}/pp.rss` }), options);
      expect(items[0]?.summary).toBe('Musterstadt (ots) - Unbekannte brachen ein ...');
      // Links and small print that are text stay.
      expect(items[1]?.summary).toBe('Mehr zum Newsroom-Umbau und klein.');
    } finally {
      await local.close();
    }
  });
});
