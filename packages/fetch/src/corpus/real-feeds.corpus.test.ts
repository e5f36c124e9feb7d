import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedItem, Source } from '@lagebild/schema';
import { parsePublished } from '../dates.js';
import { documentFromPage, fetchDocument } from '../document.js';
import { readFeed } from '../feed.js';
import type { FetchOptions } from '../http.js';

/**
 * The adapters over the 13 real files of `../shared/corpus/feeds` (provenance in its README), each
 * served on loopback with the Content-Type its source sends. Nothing here talks to anything but the
 * server this file starts. The files are read in place and never copied into the repository.
 *
 * Not part of `npm test` (a clone without ../shared has no corpus): `npm run test:corpus` runs it,
 * and `.ci/run` after `npm test`. Outside CI a missing corpus skips the suite; in CI it fails.
 */

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = process.env.LAGEBILD_CORPUS_FEEDS ?? resolve(here, '../../../../../shared/corpus/feeds');
const present = existsSync(join(CORPUS, 'README.md'));

/** The fetching machine's clock: far from every date in the files, so a leaked fetch time shows. */
const FETCH_TIME = new Date('2031-03-03T03:03:03Z');
const FETCH_TIME_BERLIN = '2031-03-03T04:03:03+01:00';
const options: FetchOptions = { userAgent: 'lagebild-corpus-test/0.1', allowHosts: ['127.0.0.1'], timeoutMs: 15_000, now: () => FETCH_TIME };

/** Git blob SHA-1 of the files fetched byte for byte (the README's table); the two rebuilt ones have none. */
const BLOBS: Record<string, string> = {
  'bundesregierung-pressemitteilungen.xml': '24ba7ebbd5d579e9edc5574cc6fc6f39f88e71c8',
  'stadt-karlsruhe-meldungen.atom': '7c799fe5031a9d3ff286cf52debd2d0fa7a255a5',
  'stadt-goslar-seniorenzeitung.xml': '19afdd9c24f1cebb03cfd227f39df6cfd4b2cf9f',
  'bka-pressemitteilung-messengerdienste.html': '8a9e233909c7bdba7fa088e25d465a4ca0380daf',
  'bsi-pressemitteilung-ki-autos.html': '8f08044898d1b32a0637ee3f2a5bed31dfe1bbfa',
  'bundespolizei-meldung-migration-belarus.html': 'ab6ab8fcf281e1b1615c88108bf7c495658ef71c',
  'stadt-ahlen-nachricht-reparaturcafe.html': '1c623bcfd9b90730d2b85b3b2e258481aed9839c',
  'berliner-feuerwehr-nachricht-ehrenzeichen.html': 'c1d60a2aa5d863f22dbc2a853aaa623469f9d51f',
  'mluk-brandenburg-presseinfo-erlegungspraemie.html': '8f1dd0c9f28fa582483eb8cd2ad357bea2ca1c4e',
  'stadt-karlsruhe-meldung-bombe-marylandschule.html': '5030a5b077a3c96526b7b82cce961c1464a9e1eb',
  'bayern-landesportal-startseite-2017.html': '7abf1cef32f9130b1dc363387817ea941989a260',
};

/** What a decoding error leaves in German text: UTF-8 read as Latin-1, replacement characters, raw entities, CR. */
const MOJIBAKE = /Ã|Â|â€|\uFFFD|&(?:#\d+|#x[\da-f]+|[a-z]+);|\u00ad|\r/i;

interface FeedCase {
  file: string;
  /** The Content-Type its server sends (none for a charset only the XML declaration names). */
  contentType: string;
  items: number;
  /** Titles checked exactly, by position. */
  titles: Record<number, string>;
  /** Links checked exactly, by position. */
  links: Record<number, string>;
  /** Every link starts so. */
  linkPrefix: string;
  /** Publication instants in Europe/Berlin, by position. */
  published: Record<number, string>;
  /** Raw date values of the file that are not publication dates (a generator's build time). */
  notPublished?: string[];
  /** Words of a summary, by position, when the feed carries one. */
  summary?: Record<number, string>;
  /** How a summary starts, by position: the release text, not the generator's header. */
  summaryStarts?: Record<number, string>;
  /** Generator furniture (each also in the raw file) that no summary keeps. */
  summaryAbsent?: string[];
}

const FEEDS: FeedCase[] = [
  {
    file: 'presseportal-polizeidirektion-wittlich.xml',
    contentType: 'application/rss+xml; charset=utf-8',
    items: 15,
    titles: {
      0: 'POL-PDWIL: Brände im Waldgebiet zwischen Bollendorf und Wallendorf - Zeugen gesucht',
      1: 'POL-PDWIL: Drohschrift an Schule',
      14: 'POL-PDWIL: einige Verkehrsunfälle',
    },
    links: { 0: 'https://www.presseportal.de/blaulicht/pm/117697/6361691', 14: 'https://www.presseportal.de/blaulicht/pm/117697/6359560' },
    linkPrefix: 'https://www.presseportal.de/blaulicht/pm/117697/',
    published: { 0: '2026-09-29T21:30:24+02:00', 1: '2026-09-29T19:47:18+02:00', 14: '2026-09-26T14:42:45+02:00' },
    summary: { 1: 'Bitburg (ots) - Am 29.09' },
    summaryStarts: { 0: 'Wittlich (ots) - In den vergangenen Wochen', 1: 'Bitburg (ots) - Am 29.09.26 erhielt die Polizeiinspektion Bitburg' },
    summaryAbsent: ['Original-Content von', 'übermittelt durch news aktuell', 'Lesen Sie hier weiter', '[Newsroom]'],
  },
  {
    file: 'bfdi-rss-allgemein.xml',
    // GSB answers without a charset and the file declares none: UTF-8 by XML's default.
    contentType: 'application/rss+xml',
    items: 30,
    titles: {
      0: 'IWGDPT Berlin Group publishes working paper on Extended Reality',
      7: 'Orientierungshilfe für KI in Medizinprodukten veröffentlicht',
      9: 'BfDI gibt Einblicke in technische Datenschutzarbeit beim Girls’ Day',
      14: '„Was ist Datenschutz?“',
      18: 'Ein Tag als Datenschützerin – BfDI nimmt am Girls\' Day teil',
      29: 'Global Privacy Assembly: BfDI unterzeichnet Vereinbarung zur Regulierung von KI',
    },
    links: {
      0: 'https://www.bfdi.bund.de/SharedDocs/Kurzmeldungen/EN/2026/10_IWGDPT-WP-Extended-Reality.html',
      9: 'https://www.bfdi.bund.de/SharedDocs/Kurzmeldungen/DE/2026/06_R%C3%BCckblick-Girls-Day.html',
    },
    linkPrefix: 'https://www.bfdi.bund.de/SharedDocs/',
    published: { 0: '2026-06-19T10:00:00+02:00', 11: '2026-03-23T10:00:00+01:00', 29: '2025-10-01T16:24:55+02:00' },
  },
  {
    file: 'bundesregierung-pressemitteilungen.xml',
    contentType: 'application/rss+xml;charset=UTF-8',
    items: 20,
    titles: {
      0: 'Bundeskanzler Merz telefonierte mit dem Staatspräsidenten von Aserbaidschan Ilham Alijew',
      8: 'Staatsminister Weimer macht „Kulturelle Freiheit in Europa“ zum Thema bei EU-Kultur- und Medienministerrat: „Ausgrenzung jüdischer Künstlerinnen und Künstler widerspricht europäischen Grundwerten zur Freiheit der Kultur“',
      19: 'Persönliche Erklärung: Staatsminister Weimer überträgt Verlagsanteile an Treuhänder',
    },
    links: { 0: 'https://www.bundesregierung.de/breg-de/aktuelles/bundeskanzler-merz-telefonierte-mit-dem-staatspraesidenten-von-aserbaidschan-ilham-alijew-2397620' },
    linkPrefix: 'https://www.bundesregierung.de/breg-de/aktuelles/',
    // pubDate in GMT; the instant in Berlin winter time.
    published: { 0: '2025-12-04T15:20:50+01:00', 15: '2025-11-22T22:45:00+01:00', 19: '2025-11-20T12:20:00+01:00' },
    summary: { 0: 'Der Sprecher der Bundesregierung, Stefan Kornelius, teilt mit' },
  },
  {
    file: 'stadt-karlsruhe-meldungen.atom',
    contentType: 'application/atom+xml; charset=utf-8',
    items: 9,
    titles: {
      0: 'Mehr Fundtiere seit Sommerferienbeginn',
      1: 'System-Update des Geoportals Karlsruhe von 24. bis 27. August 2026',
      7: 'Karlsruhe ist weiterhin „Fairtrade-Stadt“',
      8: 'Immer mehr Pflegeanträge werden online gestellt',
    },
    links: { 0: 'https://www.karlsruhe.de/stadt-rathaus/aktuelles/meldungen/mehr-fundtiere-seit-sommerferienbeginn' },
    linkPrefix: 'https://www.karlsruhe.de/stadt-rathaus/aktuelles/meldungen/',
    // <published> as the generator wrote it (midnight UTC), not its <updated> build time.
    published: { 0: '2026-08-21T02:00:00+02:00', 3: '2026-08-20T02:00:00+02:00', 8: '2026-08-17T02:00:00+02:00' },
    notPublished: ['2026-08-21T13:11:03.297Z', '2026-08-21T13:11:04.297Z', '2026-08-21T13:11:05.297Z'],
    summary: { 0: 'Wie fast jeden Sommer kommt es zu Ferienbeginn gehäuft zu vermehrten Fundmeldungen von Heimtieren.' },
  },
  {
    file: 'stadt-goslar-seniorenzeitung.xml',
    // The crawler's file as a static host sends it: charset only in the single-quoted XML declaration.
    contentType: 'application/xml',
    items: 19,
    titles: { 0: 'Eine neue Ausgabe der Seniorenzeitung ist erschienen!', 18: 'Eine neue Ausgabe der Seniorenzeitung ist erschienen!' },
    links: {
      0: 'https://goslar.de/fileadmin/media-goslar/leben/senioren/seniorenzeitung/seniorenzeitung_nr._46.pdf',
      18: 'https://goslar.de/fileadmin/media-goslar/leben/senioren/seniorenzeitung/39_seniorenzeitung_goslar.pdf',
    },
    linkPrefix: 'https://goslar.de/fileadmin/media-goslar/leben/senioren/seniorenzeitung/',
    // "2025-06-18 19:41" (not RFC 822) is Berlin wall-clock time.
    published: { 0: '2025-06-18T19:41:00+02:00', 18: '2025-06-18T19:41:00+02:00' },
    summary: { 0: 'Seniorenzeitung der Stadt Goslar' },
  },
];

interface PageCase {
  file: string;
  /** Where it is served on loopback: the path of the page on its site where the provenance names it. */
  path: string;
  contentType: string;
  title: string;
  published: string;
  /** The release's first sentence: the body starts with it. */
  first: string;
  /** The release's last sentence: the body ends with it, or with it and `tail`. */
  last: string;
  /** What the release itself prints after its last sentence (a press contact, a photo credit). */
  tail?: string;
  /** Furniture of the page (each also checked to be in the raw file): never in the body. */
  absent: string[];
}

const PAGES: PageCase[] = [
  {
    file: 'bka-pressemitteilung-messengerdienste.html',
    path: '/DE/Presse/Listenseite_Pressemitteilungen/2022/Presse2022/220126_PM_Telegram.html',
    contentType: 'text/html;charset=UTF-8',
    title: 'Messengerdienste sind kein rechtsfreier Raum',
    published: '2022-01-26T00:00:00+01:00',
    first: 'Bedrohungen, Beleidigungen, Mordaufrufe: Der Messengerdienst Telegram entwickelt sich nach Einschätzung der deutschen Sicherheitsbehörden zunehmend zu einem Medium der Radikalisierung.',
    last: 'Ziel ist die Verbesserung der Kooperation, insbesondere bei der Aufklärung von Aufrufen über Telegram zu Tötungsdelikten und weiteren schweren Straftaten.',
    absent: ['Pressemitteilung als PDF', '298KB', 'Springe direkt', 'Ausgabejahr', 'Impressum', 'Leichte Sprache', 'Barrierefreiheit', 'Bundeskriminalamt (BKA)'],
  },
  {
    file: 'bsi-pressemitteilung-ki-autos.html',
    path: '/DE/Service-Navi/Presse/Pressemitteilungen/Presse2022/220128_KI-Autos.html',
    contentType: 'text/html;charset=UTF-8',
    title: 'Sicherheits-Check für Künstliche Intelligenz in Autos: BSI und ZF starten Projekt mit TÜViT',
    published: '2022-01-28T00:00:00+01:00',
    first: 'Mehr Sicherheit für künstliche Intelligenz (KI) im Straßenverkehr: Das Bundesamt für Sicherheit in der Informationstechnik (BSI) und das Technologieunternehmen ZF haben ein gemeinsames Projekt gestartet um zu erforschen, wie die IT-Sicherheit von KI-Systemen in Autos nach allgemein anerkannten Kriterien getestet werden kann.',
    last: 'Diese kann beispielsweise als Grundlage für internationale Standardisierungsbemühungen im Rahmen des UNECE World Forum for Harmonization of Vehicle Regulations genutzt werden.',
    tail: 'Pressekontakt:\n\nBundesamt für Sicherheit in der Informationstechnik Pressestelle\nTel.: 0228-999582-5777\nE-Mail: presse@bsi.bund.de\nInternet: www.bsi.bund.de\n\nTwitter: @BSI_Bund\n#DeutschlandDigitalSicherBSI',
    absent: ['Cookie', 'Datenschutzerklärung', 'Newsletter', 'Springe direkt', 'Impressum', 'Ort\nSaarbrücken', 'Datum'],
  },
  {
    file: 'bundespolizei-meldung-migration-belarus.html',
    path: '/Web/DE/04Aktuelles/01Meldungen/2021/11/211110_belarus.html',
    contentType: 'text/html;charset=UTF-8',
    title: 'Illegale Migration aus Belarus über Polen nach Deutschland: Bereits 9.087 Feststellungen durch die Bundespolizei im laufenden Jahr',
    published: '2021-11-10T00:00:00+01:00',
    first: 'Bis einschließlich 9. November 2021 registrierte die Bundespolizei im November 1.246 unerlaubte Einreisen mit einem Bezug zu Belarus.',
    last: 'Bei gestelltem Schutzersuchen besteht aktuell keine Möglichkeit dazu.',
    absent: ['Lesen Sie dazu auch', 'Nr. 34 vom 08. November 2021', 'Seite drucken', 'Cookie', 'Leichte Sprache', 'Impressum', '10.11.2021'],
  },
  {
    file: 'stadt-ahlen-nachricht-reparaturcafe.html',
    path: '/start/aktuelles/news/reparaturcafe-am-31-januar/',
    contentType: 'text/html; charset=utf-8',
    title: 'Reparaturcafé am 31. Januar',
    published: '2020-01-27T00:00:00+01:00',
    first: 'Ins Reparaturcafé kann jeder reparaturbedürftige Gegenstände gebracht werden, um ihn von einem kompetenten und engagierten Team reparieren zu lassen.',
    last: 'Weitere Informationen erteilt Anne Althaus in der Leitstelle „Älter werden in Ahlen“ unter Tel. 02382 59743 (althausa@stadt.ahlen.de).',
    absent: ['Soziales & Gesundheit', 'Startseite', 'Cookie', 'Impressum', 'Ehrenamtler reparieren ideenreich', '27.01.2020'],
  },
  {
    file: 'berliner-feuerwehr-nachricht-ehrenzeichen.html',
    path: '/aktuelles/nachrichten/feuerwehr-und-katastrophenschutz-ehrenzeichen-verliehen/',
    contentType: 'text/html; charset=utf-8',
    title: 'Feuerwehr- und Katastrophenschutz-Ehrenzeichen verliehen',
    published: '2021-11-05T00:00:00+01:00',
    first: 'Gestern Abend wurde das Feuerwehr- und Katastrophenschutz-Ehrenzeichen der Stufe 1 an 57 Ehrenamtliche der Freiwilligen Feuerwehr verliehen.',
    last: 'Alle Informationen zu unseren Freiwilligen Feuerwehren und wo Ihre nächste Wache liegt, finden Sie unter https://www.berliner-feuerwehr.de/ueber-uns/freiwillige-feuerwehr/.',
    tail: 'Fotos: Berliner Feuerwehr',
    absent: ['Nächster Eintrag', 'Red levens', 'Zur Liste', 'Abkürzungen', 'Newsletter', 'Impressum', 'Barrierefreiheit', '05.11.2021'],
  },
  {
    file: 'mluk-brandenburg-presseinfo-erlegungspraemie.html',
    path: '/mluk/de/presse/pressemitteilungen/detail/~02-01-2022-erlegungspraemie',
    // Six CMS without a charset parameter: the page's <meta charset> decides.
    contentType: 'text/html',
    title: 'Land zahlte rund 1,4 Millionen Euro Erlegungsprämie für Wildschweine im Jagdjahr 2020/2021',
    published: '2022-01-02T00:00:00+01:00',
    first: 'Potsdam – Zum Ende des Jagdjahres 2020/21 ist die landesweite allgemeine Erlegungsprämie für Schwarzwild ausgelaufen.',
    last: 'Das Antragsformular für die Bachenprämie steht auf den Internetseiten des MLUK zum Download bereit. https://mluk.brandenburg.de/sixcms/media.php/9/Bachenpraemie-Antragsformular.pdf',
    absent: ['Weiterführende Informationen', 'Informationen zur ASP und zur Bachenprämie', 'Seite drucken', 'Cookie', 'Datenschutzerklärung', 'Impressum', '02.01.2022'],
  },
  {
    file: 'stadt-karlsruhe-meldung-bombe-marylandschule.html',
    path: '/stadt-rathaus/aktuelles/meldungen/bombe-nahe-marylandschule-entschaerft',
    contentType: 'text/html; charset=utf-8',
    title: 'Bombe nahe Marylandschule entschärft',
    published: '2025-12-10T00:00:00+01:00',
    first: 'Der Kampfmittelbeseitigungsdienst hat am Mittwoch, 10. Dezember den nahe der Marylandschule freigelegten Blindgänger aus dem Zweiten Weltkrieg entschärft.',
    last: 'Neben dem Kampfmittelbeseitigungsdienst, Ordnungs- und Bürgeramt, Karlsruher Verkehrsverbund und weiteren beteiligten Akteuren waren insgesamt rund 30 Polizei- und Rettungskräfte im Einsatz.',
    absent: ['Mehr zum Thema', 'Informationsseite zum Blindgänger', 'Florian Kaute', 'Cookie', 'Newsletter', 'Impressum', 'Mittwoch, 10. Dezember 2025'],
  },
];

/** The Bayern portal's front page: its press ticker read as an `html-list` source. */
const LIST = {
  file: 'bayern-landesportal-startseite-2017.html',
  contentType: 'text/html; charset=UTF-8',
  items: 5,
  titles: [
    'Herrmann zeichnet verdiente Bergretter aus',
    'Ausbau weiterer barrierefreier Bahnhöfe im Bahnland Bayern',
    'Scharf: Bayerischer Projektverbund sucht Pflanzen von morgen – ...',
    'Bayerns Justizminister Prof. Dr. Winfried Bausback eröffnet bayernweit ...',
    '209 neue Wohnheimplätze für Studierende in Landshut: „Wertvoller ...',
  ],
  firstPath: '/herrmann-zeichnet-verdiente-bergretter-aus/',
};

function gitBlobSha1(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const source = (id: string, url: string, extra: Partial<Source> = {}): Source =>
  ({ id, kind: 'news', name: id, feed: { type: 'rss', url }, ...extra }) as Source;

describe.skipIf(!present)('real feeds and pages of ../shared/corpus/feeds, served on loopback', () => {
  let server: http.Server;
  let origin = '';
  const routes = new Map<string, { file: string; contentType: string }>();
  const requested: string[] = [];

  beforeAll(async () => {
    for (const f of FEEDS) routes.set(`/feeds/${f.file}`, { file: f.file, contentType: f.contentType });
    for (const p of PAGES) routes.set(p.path, { file: p.file, contentType: p.contentType });
    routes.set('/', { file: LIST.file, contentType: LIST.contentType });
    server = http.createServer((req, res) => {
      requested.push(req.url ?? '');
      const route = routes.get(req.url ?? '');
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      // The bytes as stored, unchanged: decoding is the adapters' job.
      res.writeHead(200, { 'content-type': route.contentType }).end(readFileSync(join(CORPUS, route.file)));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((done) => server?.close(done));
  });

  it('has all 13 files, the byte-for-byte ones matching their git blob', () => {
    const files = [...FEEDS.map((f) => f.file), ...PAGES.map((p) => p.file), LIST.file];
    expect(files).toHaveLength(13);
    for (const file of files) {
      const bytes = readFileSync(join(CORPUS, file));
      if (BLOBS[file]) expect(gitBlobSha1(bytes), file).toBe(BLOBS[file]);
    }
  });

  describe.each(FEEDS)('feed $file', (c) => {
    let items: FeedItem[];

    beforeAll(async () => {
      const result = await readFeed(source('corpus', `${origin}/feeds/${c.file}`), options);
      expect(result.quarantined).toEqual([]);
      expect(result.notModified).toBe(false);
      items = result.items;
    });

    it('yields every entry, with exact titles and links', () => {
      const raw = readFileSync(join(CORPUS, c.file), 'utf8');
      expect(raw.match(/<(item|entry)>/g)?.length).toBe(c.items);
      expect(items).toHaveLength(c.items);
      for (const [i, title] of Object.entries(c.titles)) expect(items[Number(i)]?.title, `title ${i}`).toBe(title);
      for (const [i, link] of Object.entries(c.links)) expect(items[Number(i)]?.url, `link ${i}`).toBe(link);
      for (const item of items) {
        expect(item.title, item.url).toBeTruthy();
        expect(item.title).not.toMatch(MOJIBAKE);
        expect(item.title).toBe(item.title?.trim());
        expect(item.url.startsWith(c.linkPrefix), item.url).toBe(true);
        if (item.summary) expect(item.summary).not.toMatch(MOJIBAKE);
      }
      for (const [i, words] of Object.entries(c.summary ?? {})) expect(items[Number(i)]?.summary, `summary ${i}`).toContain(words);
      for (const [i, start] of Object.entries(c.summaryStarts ?? {})) expect(items[Number(i)]?.summary?.startsWith(start), `summary ${i}`).toBe(true);
      for (const word of c.summaryAbsent ?? []) {
        expect(raw.includes(word.replace('[Newsroom]', 'Newsroom')), `${word} in the file`).toBe(true);
        for (const item of items) expect(item.summary ?? '', item.url).not.toContain(word);
      }
    });

    it('dates every entry in Europe/Berlin from the feed, never from the fetch', () => {
      for (const [i, instant] of Object.entries(c.published)) {
        expect(parsePublished(items[Number(i)]?.published ?? ''), `published ${i}`).toBe(instant);
      }
      for (const item of items) {
        const instant = parsePublished(item.published ?? '');
        expect(instant, item.url).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
        expect(instant).not.toBe(FETCH_TIME_BERLIN);
        for (const other of c.notPublished ?? []) expect(item.published).not.toBe(other);
      }
    });

    it('makes documents dated by the feed when the article page prints no date', () => {
      const item = items[0] as FeedItem;
      const page = { item, sourceId: 'corpus', url: item.url, html: '<!doctype html><html><head></head><body><main><p>Text der Seite.</p></main></body></html>', fetchedAt: FETCH_TIME_BERLIN, validators: {} };
      const document = documentFromPage(page);
      expect(document.publishedAt).toBe(parsePublished(item.published ?? ''));
      expect(document.publishedAt).not.toBe(document.fetchedAt);
      expect(document.title).toBe(c.titles[0]);
    });
  });

  describe.each(PAGES)('release page $file', (c) => {
    it('gives the title, the printed date and the release text without furniture', async () => {
      const raw = readFileSync(join(CORPUS, c.file), 'utf8');
      const url = `${origin}${c.path}`;
      const document = await fetchDocument({ sourceId: 'corpus', url }, source('corpus', `${origin}/feed`), options);
      expect(document.url).toBe(url);
      expect(document.title).toBe(c.title);
      expect(document.publishedAt).toBe(c.published);
      expect(document.fetchedAt).toBe(FETCH_TIME_BERLIN);
      const body = document.text.slice(c.title.length + 2);
      expect(document.text.startsWith(`${c.title}\n\n`)).toBe(true);
      expect(body.startsWith(c.first), body.slice(0, 200)).toBe(true);
      const end = c.tail ? `${c.last}\n\n${c.tail}` : c.last;
      expect(body.endsWith(end), body.slice(-300)).toBe(true);
      expect(body).not.toMatch(MOJIBAKE);
      for (const word of c.absent) {
        // Each word is on the page (so its absence from the body means something) ...
        expect(raw.replace(/&amp;/g, '&').replace(/<[^>]*>/g, '\n').replace(/[ \t\r\n]+/g, ' ').includes(word.replace(/\n/g, ' ')) || raw.includes(word), `${word} on the page`).toBe(true);
        // ... and not in the release text.
        expect(body, word).not.toContain(word);
      }
    });
  });

  it('reads the Bayern portal front page as a list: the press ticker, links on loopback, no dates', async () => {
    const list = source('bayern', `${origin}/`, {
      feed: { type: 'html-list', url: `${origin}/`, item: '#ticker .pressejcarousel li', link: 'a', title: 'a' },
    });
    const { items, quarantined } = await readFeed(list, options);
    expect(quarantined).toEqual([]);
    expect(items.map((i) => i.title)).toEqual(LIST.titles);
    expect(items[0]?.url).toBe(`${origin}${LIST.firstPath}`);
    for (const item of items) {
      expect(item.url.startsWith(`${origin}/`)).toBe(true);
      expect(item.title).not.toMatch(MOJIBAKE);
      // The ticker prints no dates: the items have none, and the fetch time does not stand in.
      expect(item.published).toBeUndefined();
    }
    const undated = documentFromPage({
      item: items[0] as FeedItem, sourceId: 'bayern', url: items[0]?.url ?? '', fetchedAt: FETCH_TIME_BERLIN, validators: {},
      html: '<!doctype html><html><body><main><h1>Herrmann zeichnet verdiente Bergretter aus</h1><p>Text.</p></main></body></html>',
    });
    expect(undated.publishedAt).toBeUndefined();
    expect('publishedAt' in undated).toBe(false);
  });

  it('asked only its own loopback server, and only for what it serves', () => {
    expect(requested.length).toBeGreaterThan(0);
    for (const path of requested) expect(path === '/robots.txt' || routes.has(path), path).toBe(true);
  });
});

// In CI the corpus is laid beside the clone; its absence there is a failure, not a skip.
describe.runIf(!present && process.env.CI)('real feeds corpus', () => {
  it(`is present at ${CORPUS}`, () => {
    expect(present).toBe(true);
  });
});
