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
  it('reads real CMS shapes: soft hyphens, a screen-reader <h1>, a "Datum" label, a dateline beside the <h1>', () => {
    const gsb = articleFromHtml(`<!doctype html><html><head><title>BKA - Liste</title></head><body>
      <h1 class="aural">Bundeskriminalamt (BKA)</h1><nav><a href="/">Start</a></nav>
      <div><h1>Mes&shy;sen&#173;ger&shy;diens&shy;te sind kein Raum</h1><ul class="info"><li><span>Datum:</span>26. Januar 2022</li></ul></div>
      <div id="content"><p>Erster Satz der Mel&shy;dung.</p><p>Letzter Satz.</p>
      <div class="sectionRelated"><h2>Pressemitteilung als PDF</h2><ul><li><a href="/x.pdf">PDF</a></li></ul></div></div>
      <div class="frame txnewsprevnext"><b>Nächster Eintrag</b><br><a href="/n">Andere Meldung</a><p><a href="/l">Zur Liste</a></p></div>
      <a href="javascript:window.print()">Seite drucken</a></body></html>`, 'http://127.0.0.1/a');
    expect(gsb.title).toBe('Messengerdienste sind kein Raum');
    expect(gsb.published).toBe('2022-01-26T00:00:00+01:00');
    expect(gsb.body).toBe('Erster Satz der Meldung.\n\nLetzter Satz.');
    const beside = articleFromHtml(`<!doctype html><html><body><main><h1>Titel</h1><p><em>10.11.2021</em></p>
      <p>Text am 9. November 2021.</p><p><strong>Lesen Sie dazu auch die Pressemitteilungen:</strong></p>
      <ul><li><a href="/a">Nr. 34 vom 08. November 2021</a></li></ul></main></body></html>`, 'http://127.0.0.1/b');
    expect(beside.published).toBe('2021-11-10T00:00:00+01:00');
    expect(beside.body).toBe('Text am 9. November 2021.');
    // Without a date to keep, a dateline stays in the text.
    const undated = articleFromHtml('<!doctype html><html><body><main><h1>T</h1><div>x</div><p>10.11.2021</p><p>Text.</p></main></body></html>', 'http://127.0.0.1/c');
    expect(undated.published).toBeUndefined();
    expect(undated.body).toBe('x\n\n10.11.2021\n\nText.');
  });

  it('keeps article text and drops navigation, cookie banner, teasers and related links', () => {
    const a = articleFromHtml(cluttered, 'http://127.0.0.1/a');
    expect(a.title).toBe('Bürgerbüro wieder geöffnet');
    // The dateline is furniture once the page's date is kept as `published`.
    expect(a.body).toBe('Das Bürgerbüro in Lünen ist ab Montag wieder erreichbar.\n\nTermine können telefonisch\nvereinbart werden.\n\nAusweise\nMeldebescheinigungen');
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
