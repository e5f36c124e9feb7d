/**
 * A deterministic generator of synthetic German press releases, for load tests and benchmarks
 * (the real corpora live outside the repository). Templates are this project's own sentences.
 */

export interface GeneratedRelease {
  id: string;
  url: string;
  title: string;
  text: string;
  published: string;
}

/** mulberry32: tiny, fast, seedable; the same seed gives the same corpus on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Werne', 'Lünen', 'Unna', 'Kamen', 'Bergkamen', 'Schwerte', 'Selm', 'Holzwickede', 'Iserlohn', 'Menden', 'Soest', 'Lippstadt', 'Arnsberg', 'Meschede', 'Olpe', 'Attendorn', 'Kreuztal', 'Netphen', 'Lüdenscheid', 'Plettenberg', 'Hemer', 'Balve', 'Fröndenberg', 'Bönen'];
const STREETS = ['Bahnhofstraße', 'Marktplatz', 'Lindenallee', 'Kirchweg', 'Am Stadtpark', 'Hauptstraße', 'Schulstraße', 'Mühlenweg'];
const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const SERVICES = ['das Standesamt', 'das Bürgerbüro', 'die Ausländerbehörde', 'die Kfz-Zulassung', 'die Internetseite der Stadt', 'die Online-Terminvergabe'];

const TEMPLATES: ((v: Record<string, string>) => { title: string; body: string })[] = [
  (v) => ({
    title: `POL-UN: Verkehrsunfall in ${v.place} – zwei Leichtverletzte`,
    body: `${v.place} (ots) - Am ${v.weekday}, ${v.day}. ${v.month}, gegen ${v.hour}:${v.minute} Uhr stießen auf der ${v.street} in ${v.place} zwei Autos zusammen. Beide Fahrer wurden leicht verletzt.\n\nDie Polizei bittet Zeugen, sich unter der Rufnummer 02303 921-${v.ext} zu melden.`,
  }),
  (v) => ({
    title: `POL-UN: Einbruch in Einfamilienhaus in ${v.place}`,
    body: `${v.place} (ots) - Unbekannte sind in der Nacht zu ${v.weekday} (${v.day}. ${v.month}) in ein Einfamilienhaus an der ${v.street} eingebrochen. Sie erbeuteten Schmuck und Bargeld.\n\nHinweise nimmt die Kriminalpolizei unter Tel. 02303/921-${v.ext} entgegen.`,
  }),
  (v) => ({
    title: `Stadt ${v.place}: ${v.serviceCap} nach IT-Störung eingeschränkt`,
    body: `Nach einer Störung beim kommunalen IT-Dienstleister ist ${v.service} der Stadt ${v.place} seit ${v.weekday}, ${v.day}. ${v.month}, nicht erreichbar. Die Verwaltung arbeitet an einer Lösung.\n\nTermine können telefonisch unter (0${v.area}) ${v.ext}-0 vereinbart werden. Weitere Informationen gibt es unter www.${v.slug}.de.`,
  }),
  (v) => ({
    title: `Staatsanwaltschaft Dortmund: Anklage nach Betrugsserie in ${v.place}`,
    body: `Die Staatsanwaltschaft Dortmund hat Anklage gegen einen 41-jährigen Mann erhoben. Er soll zwischen März und ${v.month} ${v.year} in ${v.place} ältere Menschen am Telefon getäuscht haben.\n\nDie Hauptverhandlung beginnt voraussichtlich am ${v.day}.${v.monthNum}.${v.year} vor dem Landgericht Dortmund.`,
  }),
  (v) => ({
    title: `POL-UN: Vermisster Jugendlicher aus ${v.place} wohlbehalten angetroffen`,
    body: `${v.place} (ots) - Der seit ${v.weekday} vermisste 15-Jährige aus ${v.place} ist wieder da. Eine Streife traf ihn am Abend an der ${v.street} an.\n\nDie Polizei bedankt sich für die Hinweise aus der Bevölkerung.`,
  }),
];

/** `count` releases from the fixed seed; ids `gen-000001`…, in 2023 and 2024. */
export function generateReleases(count: number, seed = 20231030): GeneratedRelease[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: GeneratedRelease[] = [];
  for (let i = 1; i <= count; i++) {
    const year = 2023 + Math.floor(random() * 2);
    const monthIndex = Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const place = pick(PLACES);
    const service = pick(SERVICES);
    const v: Record<string, string> = {
      place, street: pick(STREETS), weekday: pick(WEEKDAYS), day: String(day), month: MONTHS[monthIndex] as string,
      monthNum: String(monthIndex + 1).padStart(2, '0'), year: String(year), hour: String(6 + Math.floor(random() * 16)).padStart(2, '0'),
      minute: String(Math.floor(random() * 60)).padStart(2, '0'), ext: String(1000 + Math.floor(random() * 9000)),
      area: String(2300 + Math.floor(random() * 99)), service, serviceCap: service.replace(/^(das|die) /, '').replace(/^./, (c) => c.toUpperCase()),
      slug: place.toLowerCase().replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae'),
    };
    const { title, body } = pick(TEMPLATES)(v);
    const publishedDay = Math.min(28, day + 1);
    const id = `gen-${String(i).padStart(6, '0')}`;
    out.push({
      id, url: `http://127.0.0.1/generated/${id}`, title, text: body,
      published: `${year}-${v.monthNum}-${String(publishedDay).padStart(2, '0')}T10:00:00+0${monthIndex >= 3 && monthIndex <= 8 ? 2 : 1}:00`,
    });
  }
  return out;
}
