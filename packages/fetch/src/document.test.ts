import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedItem, Source } from '@lagebild/schema';
import { DocumentSchema, SourceSchema } from '@lagebild/schema';
import { documentFromPage, fetchArticlePage, fetchDocument } from './document.js';
import { FetchError } from './errors.js';
import type { FetchOptions } from './http.js';
import { contentHash, documentId } from './ids.js';
import { startServer } from './test-support/server.js';
import type { TestServer } from './test-support/server.js';

let server: TestServer;
const options: FetchOptions = { userAgent: 'lagebild-test/0.1', allowHosts: ['127.0.0.1'], timeoutMs: 3000, now: () => new Date('2023-11-06T12:00:00Z') };
const source: Source = SourceSchema.parse({ id: 'polizei-do', kind: 'police', name: 'Polizei Dortmund', feed: { type: 'rss', url: 'http://127.0.0.1/rss' } });

const policePage = `<!DOCTYPE html><html lang="de"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>POL-DO: Cyberangriff auf IT-Dienstleister | Presseportal</title></head><body>
<header><a href="/">Presseportal</a><nav>Blaulicht · Wirtschaft</nav></header>
<div class="cookie-layer">Diese Seite nutzt Cookies.</div>
<article>
  <h1>POL-DO: Cyberangriff auf IT-Dienstleister - Ermittlungen in Lünen und Südwestfalen</h1>
  <p class="date">06.11.2023 – 10:15</p>
  <p>Dortmund (ots) - Die Ermittler der Polizei prüfen derzeit die Systeme eines kommunalen Dienstleisters.</p>
  <p>Betroffen sind unter anderem Fachverfahren in Lünen; die Straßenverkehrsbehörde arbeitet eingeschränkt.</p>
  <div class="related"><a href="/x">Weitere Meldungen aus Dortmund</a></div>
</article>
<footer>Original-Content von: Polizei Dortmund</footer>
</body></html>`;

beforeAll(async () => {
  server = await startServer();
  server.route('/pm/latin', { headers: { 'content-type': 'text/html' }, // Declared iso-8859-1, sent as windows-1252 (the en dash is 0x96), as real servers do.
    body: new Uint8Array(iconv.encode(policePage, 'windows-1252')) });
  server.route('/pm/meta-date', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><head><meta property="article:published_time" content="2023-10-27T08:15:00Z"></head><body><main><h1>Sommerzeit</h1><p>Text.</p></main></body></html>' });
  server.route('/pm/no-date', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<main><p>Nur ein Absatz.</p></main>' });
  server.route('/pm/empty', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html><body><nav>Menü</nav><footer>Impressum</footer></body></html>' });
  server.route('/pm/pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
  server.route('/pm/moved', { status: 301, headers: { location: '/pm/no-date' } });
});

afterAll(() => server.close());

const item = (path: string, extra: Partial<FeedItem> = {}): FeedItem => ({ sourceId: 'polizei-do', url: `${server.origin}${path}`, ...extra });

describe('fetchDocument', () => {
  it('builds a Document from an ISO-8859-1 police page, keeping the POL- title and the (ots) lead', async () => {
    const doc = await fetchDocument(item('/pm/latin', { title: 'Feed-Titel', published: 'Mon, 06 Nov 2023 09:00:00 +0100' }), source, options);
    expect(DocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.title).toBe('POL-DO: Cyberangriff auf IT-Dienstleister - Ermittlungen in Lünen und Südwestfalen');
    expect(doc.text).toBe(`${doc.title}\n\n06.11.2023 – 10:15\n\nDortmund (ots) - Die Ermittler der Polizei prüfen derzeit die Systeme eines kommunalen Dienstleisters.\n\nBetroffen sind unter anderem Fachverfahren in Lünen; die Straßenverkehrsbehörde arbeitet eingeschränkt.`);
    expect(doc.text).not.toMatch(/Cookies|Blaulicht|Weitere Meldungen|Original-Content/);
    expect(doc).toMatchObject({
      id: documentId('polizei-do', `${server.origin}/pm/latin`),
      sourceId: 'polizei-do',
      url: `${server.origin}/pm/latin`,
      publishedAt: '2023-11-06T09:00:00+01:00',
      fetchedAt: '2023-11-06T13:00:00+01:00',
      contentHash: contentHash(doc.text),
    });
  });

  it('reads publishedAt from the page itself with a selector (German form, Berlin time)', async () => {
    const withSelector = SourceSchema.parse({ ...source, article: { published: '.date' } });
    const doc = await fetchDocument(item('/pm/latin', { published: 'Mon, 06 Nov 2023 09:00:00 +0100' }), withSelector, options);
    expect(doc.publishedAt).toBe('2023-11-06T10:15:00+01:00');
  });

  it('prefers article:published_time over the feed date and renders it in Berlin summer time', async () => {
    const doc = await fetchDocument(item('/pm/meta-date', { published: '01.01.2020' }), source, options);
    expect(doc.publishedAt).toBe('2023-10-27T10:15:00+02:00');
    expect(doc.text).toBe('Sommerzeit\n\nText.');
  });

  it('falls back to the feed title and the feed date, never to the fetch time', async () => {
    const fromFeed = await fetchDocument(item('/pm/no-date', { title: 'Titel aus dem Feed', published: '06.11.2023, 10:15 Uhr' }), source, options);
    expect(fromFeed.title).toBe('Titel aus dem Feed');
    expect(fromFeed.text).toBe('Titel aus dem Feed\n\nNur ein Absatz.');
    expect(fromFeed.publishedAt).toBe('2023-11-06T10:15:00+01:00');
    const bare = await fetchDocument(item('/pm/no-date'), source, options);
    expect('publishedAt' in bare).toBe(false);
    expect(bare.fetchedAt).toBe('2023-11-06T13:00:00+01:00');
    expect(bare.title).toBe('');
  });

  it('keeps the feed item URL as identity when the page redirects', async () => {
    const doc = await fetchDocument(item('/pm/moved'), source, options);
    expect(doc.url).toBe(`${server.origin}/pm/moved`);
    expect(doc.id).toBe(documentId('polizei-do', `${server.origin}/pm/moved`));
  });

  it('uses the feed summary when the page has no body, and fails when neither has one', async () => {
    const doc = await fetchDocument(item('/pm/empty', { title: 'T', summary: 'Zusammenfassung aus dem Feed.' }), source, options);
    expect(doc.text).toBe('T\n\nZusammenfassung aus dem Feed.');
    const p = fetchDocument(item('/pm/empty', { title: 'T' }), source, options);
    await expect(p).rejects.toMatchObject({ code: 'empty-body', permanent: true });
    await expect(p).rejects.toThrow(/source "polizei-do" article .*\/pm\/empty: no body text/);
  });

  it('a 404 article is a permanent FetchError', async () => {
    const p = fetchDocument(item('/pm/weg'), source, options);
    await expect(p).rejects.toBeInstanceOf(FetchError);
    await expect(p).rejects.toMatchObject({ code: 'http-status', status: 404, permanent: true });
    await expect(p).rejects.toThrow(/source "polizei-do" article/);
  });

  it('refuses a page that is not HTML', async () => {
    await expect(fetchDocument(item('/pm/pdf'), source, options)).rejects.toMatchObject({ code: 'not-html', permanent: true });
  });

  it('refuses an article URL on a non-allow-listed private address without connecting', async () => {
    await expect(fetchDocument({ sourceId: 'polizei-do', url: 'http://192.168.0.10/pm/1' }, source, options)).rejects.toMatchObject({ code: 'blocked' });
  });
});

describe('fetchArticlePage + documentFromPage (parsing apart from fetching)', () => {
  it('give the document fetchDocument gives, for every page, with the response validators and no parsing before', async () => {
    for (const [path, extra] of [['/pm/latin', {}], ['/pm/meta-date', {}], ['/pm/no-date', { title: 'Aus dem Feed' }], ['/pm/moved', {}]] as const) {
      const page = await fetchArticlePage(item(path, extra), source, options, false);
      expect(page).not.toBeNull();
      // Plain data: it crosses to a worker thread as it is.
      expect(structuredClone(page)).toStrictEqual(page);
      expect(documentFromPage(page!)).toStrictEqual(await fetchDocument(item(path, extra), source, options));
    }
  });

  it('fail on a page without body only when parsed, with the reason fetchDocument gives', async () => {
    const page = await fetchArticlePage(item('/pm/empty'), source, options, false);
    expect(() => documentFromPage(page!)).toThrow(FetchError);
    expect(() => documentFromPage(page!)).toThrow(/no body text after extraction/);
    await expect(fetchArticlePage(item('/pm/pdf'), source, options, false)).rejects.toMatchObject({ code: 'not-html' });
  });
});
