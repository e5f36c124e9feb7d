import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromHtml, htmlToText } from './html.js';

const cluttered = `<!doctype html>
<html lang="de"><head>
  <title>Pressemitteilung | Stadt Musterstadt</title>
  <meta property="og:title" content="OG-Titel">
  <meta property="article:published_time" content="2023-11-06T10:15:00+01:00">
  <script>var tracking = "Skripttext";</script><style>.x{color:red}</style>
</head><body>
  <div id="cookie-banner" class="cookie-consent">Wir verwenden Cookies. <button>Akzeptieren</button></div>
  <header class="site-header"><h1>Stadt Musterstadt</h1><nav><ul><li><a href="/">Startseite</a></li><li><a href="/rathaus">Rathaus</a></li></ul></nav></header>
  <ol class="breadcrumb"><li>Start</li><li>Presse</li></ol>
  <main>
    <article>
      <h1>Bürgerbüro wieder geöffnet</h1>
      <p class="meta"><time datetime="2023-11-05T08:00:00+01:00">5. November 2023</time></p>
      <p>Das Bürgerbüro  in Lünen ist ab Montag wieder
         erreichbar.</p>
      <p>Termine können telefonisch<br>vereinbart werden.</p>
      <ul><li>Ausweise</li><li>Meldebescheinigungen</li></ul>
      <div class="share">Teilen auf Social Media</div>
      <div class="related-articles"><h2>Das könnte Sie auch interessieren</h2><a href="/x">Stadtfest verschoben</a></div>
    </article>
    <aside><h2>Kontakt</h2>Pressestelle</aside>
    <section class="teaser-list"><article><h3>Neue Radwege</h3><p>Kurzmeldung</p></article></section>
  </main>
  <footer>Impressum · Datenschutz</footer>
  <noscript>Bitte JavaScript aktivieren</noscript>
</body></html>`;

describe('articleFromHtml', () => {
  it('keeps article text and drops navigation, cookie banner, teasers and related links', () => {
    const a = articleFromHtml(cluttered, 'http://127.0.0.1/a');
    expect(a.title).toBe('Bürgerbüro wieder geöffnet');
    expect(a.body).toBe('5. November 2023\n\nDas Bürgerbüro in Lünen ist ab Montag wieder erreichbar.\n\nTermine können telefonisch\nvereinbart werden.\n\nAusweise\nMeldebescheinigungen');
    for (const furniture of ['Cookies', 'Akzeptieren', 'Startseite', 'Rathaus', 'Presse', 'Teilen', 'interessieren', 'Stadtfest', 'Kontakt', 'Radwege', 'Impressum', 'JavaScript', 'Skripttext', 'color']) {
      expect(a.body).not.toContain(furniture);
    }
    expect(a.published).toBe('2023-11-06T10:15:00+01:00');
  });

  it('uses configured selectors first', () => {
    const a = articleFromHtml(cluttered, 'http://127.0.0.1/a', { title: 'title', body: 'article > p:not(.meta)', published: '.meta time' });
    expect(a.title).toBe('Pressemitteilung | Stadt Musterstadt');
    expect(a.body).toBe('Das Bürgerbüro in Lünen ist ab Montag wieder erreichbar.\n\nTermine können telefonisch\nvereinbart werden.');
    expect(a.published).toBe('2023-11-05T08:00:00+01:00');
  });

  it('falls back to heuristics when the body selector matches nothing', () => {
    const a = articleFromHtml(cluttered, 'http://127.0.0.1/a', { body: '.does-not-exist' });
    expect(a.body).toContain('Das Bürgerbüro in Lünen');
  });

  it('keeps presseportal-style police titles and the "(ots)" lead intact', () => {
    const html = `<html><head><title>POL-DO: Cyberangriff auf IT-Dienstleister | Presseportal</title></head><body>
      <div class="card"><h1>POL-DO: Cyberangriff auf IT-Dienstleister - Ermittlungen laufen</h1>
      <p>06.11.2023 – 10:15</p>
      <p>Dortmund (ots) - Nach einem Angriff auf einen kommunalen IT-Dienstleister ermittelt das Kriminalkommissariat.</p>
      <p>Rückfragen bitte an: Polizei Dortmund, Pressestelle</p></div></body></html>`;
    const a = articleFromHtml(html, 'http://127.0.0.1/pm');
    expect(a.title).toBe('POL-DO: Cyberangriff auf IT-Dienstleister - Ermittlungen laufen');
    expect(a.body).toContain('Dortmund (ots) - Nach einem Angriff');
    expect(a.body.startsWith('POL-DO')).toBe(false);
    expect(a.published).toBeUndefined();
  });

  it('title falls back to og:title, then <title>', () => {
    expect(articleFromHtml('<html><head><meta property="og:title" content="Aus OG"><title>T</title></head><body><p>x</p></body></html>', 'u').title).toBe('Aus OG');
    expect(articleFromHtml('<html><head><title> Nur  Titel </title></head><body><p>x</p></body></html>', 'u').title).toBe('Nur Titel');
    expect(articleFromHtml('<p>x</p>', 'u').title).toBeUndefined();
  });

  it('takes time[datetime] in the article and parses German text in a published selector', () => {
    const html = '<aside><time datetime="2020-01-01">alt</time></aside><article><h1>T</h1><time datetime="2023-10-27T10:15">x</time><p>Text</p></article>';
    expect(articleFromHtml(html, 'u').published).toBe('2023-10-27T10:15:00+02:00');
    const german = '<article><span class="date">Stand: 6. November 2023, 10:15 Uhr</span><p>Text</p></article>';
    expect(articleFromHtml(german, 'u', { published: '.date' }).published).toBe('2023-11-06T10:15:00+01:00');
  });

  it('prefers article, then main, then .content, then body', () => {
    expect(articleFromHtml('<div>Menü</div><main><p>Haupttext</p></main>', 'u').body).toBe('Haupttext');
    expect(articleFromHtml('<div>Menü</div><div id="content"><p>Inhalt</p></div>', 'u').body).toBe('Inhalt');
    expect(articleFromHtml('<p>Nur Body</p>', 'u').body).toBe('Nur Body');
    expect(articleFromHtml('<nav>Nur Navigation</nav>', 'u').body).toBe('');
  });

  it('never throws on arbitrary markup', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const a = articleFromHtml(s, 'http://127.0.0.1/');
      return typeof a.body === 'string' && !a.body.includes('\n\n\n');
    }), { numRuns: 300 });
  });
});

describe('"Weitere Meldungen" and other teaser blocks without a class', () => {
  const withTeasers = `<html><body><main><article>
    <h1>Standesamt Werne wieder geöffnet</h1>
    <p>Das Standesamt nimmt ab Montag wieder Termine an.</p>
    <p>Weitere Meldungen folgen, sobald die Fachverfahren laufen.</p>
    <h3>Weitere Meldungen</h3>
    <ul><li><a href="/a">Kreis Unna: Bürgerbüro geschlossen</a> <span>02.11.2023</span></li><li><a href="/b">Lünen: Website gestört</a></li></ul>
    <p><strong>Das könnte Sie auch interessieren</strong></p>
    <div><a href="/c">Stadtfest verschoben</a></div>
  </article>
  <div><h2>Mehr zum Thema</h2><ul><li><a href="/d">Cyberangriff: Chronik</a></li></ul><p><a href="/e">Alle Meldungen</a></p></div>
  </main></body></html>`;

  it('drops the heading and its link lists, keeps every paragraph (also one that starts with "Weitere Meldungen")', () => {
    const a = articleFromHtml(withTeasers, 'http://127.0.0.1/pm');
    expect(a.body).toBe('Das Standesamt nimmt ab Montag wieder Termine an.\n\nWeitere Meldungen folgen, sobald die Fachverfahren laufen.');
  });

  it('also under a configured body selector', () => {
    const a = articleFromHtml(withTeasers, 'http://127.0.0.1/pm', { body: 'main' });
    expect(a.body).not.toMatch(/Bürgerbüro geschlossen|Stadtfest|Chronik|Alle Meldungen|Mehr zum Thema|interessieren/);
    expect(a.body).toContain('Das Standesamt nimmt ab Montag wieder Termine an.');
  });

  it('leaves a heading alone when no link list follows it', () => {
    const html = '<article><h1>T</h1><h2>Weitere Meldungen</h2><p>Zur Lage in Lünen: Die Website ist wieder erreichbar.</p></article>';
    expect(articleFromHtml(html, 'u').body).toBe('Weitere Meldungen\n\nZur Lage in Lünen: Die Website ist wieder erreichbar.');
  });
});

describe('the fast parser', () => {
  const sites = fileURLToPath(new URL('../../../fixtures/sites', import.meta.url));
  const pages: string[] = [];
  const collect = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) collect(path);
      else if (name.endsWith('.html')) pages.push(path);
    }
  };
  collect(sites);
  const config = JSON.parse(readFileSync(fileURLToPath(new URL('../../../pipelines/press-releases/config/sources.fixtures.json', import.meta.url)), 'utf8')) as
    { sources: { article?: { body?: string; title?: string; published?: string } }[] };
  const selectorSets = [undefined, ...config.sources.flatMap((s) => (s.article ? [s.article] : [])), { body: 'p:first', title: 'h1:eq(0)' }];

  it('gives every fixture page the same title, body and date as the standard parser', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const html = readFileSync(path, 'latin1').includes('iso-8859-1') ? readFileSync(path, 'latin1') : readFileSync(path, 'utf8');
      for (const selectors of selectorSets) {
        expect(articleFromHtml(html, 'u', selectors), path).toEqual(articleFromHtml(html, 'u', selectors, { parser: 'parse5' }));
      }
    }
  });
  it('leaves pages outside the standard shell to the standard parser', () => {
    const odd = [
      'Vorspann<html><body><article><h1>T</h1><p>Text.</p></article></body></html>',
      '<html><body><article><h1>T</h1><p>Text.</p></article></body></html>Nachsatz',
      '<html><head><title>T</title><p>Im Kopf</p></head><body><p>Text.</p></body></html>',
      '<table><tr><td>Zelle</td></tr>lose</table><p>Text.</p>',
      '<article><p>Eins<p>Zwei</article>',
      '<html><body><article><table><tr><td>Zelle</td></tr>lose</table><p>Text.</p></article></body></html>',
    ];
    for (const html of odd) expect(articleFromHtml(html, 'u')).toEqual(articleFromHtml(html, 'u', undefined, { parser: 'parse5' }));
  });
});

describe('htmlToText', () => {
  it('turns feed HTML into paragraphs and leaves plain text alone', () => {
    expect(htmlToText('<p>Erster Absatz.</p><p>Zweiter &amp; letzter.</p>')).toBe('Erster Absatz.\n\nZweiter & letzter.');
    expect(htmlToText('  Einfacher Text  ')).toBe('Einfacher Text');
  });
});
