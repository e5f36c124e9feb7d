import { berlinOffsetMinutes, toBerlinIso } from '@lagebild/schema/time';

/** German (and the common English) month names and abbreviations. */
const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, jaenner: 1, jan: 1, january: 1,
  februar: 2, feber: 2, feb: 2, february: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12, december: 12, dec: 12,
};

/** Zone abbreviations `Date.parse` does not know but German feeds use. */
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = { cet: '+0100', mez: '+0100', cest: '+0200', mesz: '+0200' };

function validDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The instant of a Europe/Berlin wall-clock time. An ambiguous time (the repeated hour in October)
 * takes summer time; a time in the skipped hour in March is read as winter time (so 02:30 becomes
 * 03:30 CEST), as clocks do.
 */
export function berlinLocalToDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date {
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  for (const offset of [120, 60]) {
    const t = new Date(local - offset * 60_000);
    if (berlinOffsetMinutes(t) === offset) return t;
  }
  return new Date(local - 60 * 60_000);
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** What may stand between a date and its time: a comma, a bar or dash, "um", "gegen". */
const TIME_LEAD = String.raw`^\s*(?:[,|/–—-]\s*)?(?:um\s+|gegen\s+)?`;
/** Built once: this runs for every date of every item. */
const HOURS_MINUTES = new RegExp(`${TIME_LEAD}(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?!\\d)`, 'i');
const HOURS_ONLY = new RegExp(`${TIME_LEAD}(\\d{1,2})\\s*uhr`, 'i');

/** A time of day right after a date: ", 10:15 Uhr", " um 10.15", " - 10 Uhr", " 10:15:30". */
function timeAfter(rest: string): { h: number; mi: number; s: number } | undefined {
  const hm = HOURS_MINUTES.exec(rest);
  const hOnly = hm ? undefined : HOURS_ONLY.exec(rest);
  const m = hm ?? hOnly;
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = hm ? Number(hm[2]) : 0;
  const s = hm?.[3] ? Number(hm[3]) : 0;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return { h, mi, s };
}

function fromParts(y: number, mo: number, d: number, rest: string): string | undefined {
  if (!validDay(y, mo, d)) return undefined;
  const t = timeAfter(rest);
  return toBerlinIso(berlinLocalToDate(y, mo, d, t?.h ?? 0, t?.mi ?? 0, t?.s ?? 0));
}

/**
 * Normalizes a publication date as found in feeds and pages to ISO 8601 in Europe/Berlin with its
 * offset, or undefined when nothing date-like is found. Accepts ISO 8601 (with or without offset),
 * RFC 822 dates with a zone, and German forms such as "06.11.2023, 10:15 Uhr", "6.11.23",
 * "6. November 2023", "Montag, 6. Nov. 2023 um 10.15 Uhr". Times without an offset are Berlin
 * local time, never UTC; a date without a time is Berlin midnight.
 */
export function parsePublished(value: string): string | undefined {
  const s = value.replace(/\s+/g, ' ').trim();
  if (s === '' || s.length > 300) return undefined;

  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', zone] = iso;
    if (!validDay(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return undefined;
    if (!zone) return toBerlinIso(berlinLocalToDate(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec)));
    let offsetMinutes = 0;
    if (zone.toUpperCase() !== 'Z') {
      const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
      if (!z) return undefined;
      offsetMinutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
    }
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec)) - offsetMinutes * 60_000;
    return toBerlinIso(new Date(utc));
  }

  // RFC 822 with an explicit zone, as in RSS pubDate: "Mon, 06 Nov 2023 10:15:00 +0100".
  const rfc = /^(?:[a-z]{2,4}\.?,?\s*)?\d{1,2}\.? [a-zäö]{3,9}\.? \d{4},? \d{1,2}:\d{2}(?::\d{2})? ?([+-]\d{4}|gmt|utc|ut|z|cet|cest|mez|mesz|[ecmp][sd]t)$/i.exec(s);
  if (rfc) {
    const zone = (rfc[1] ?? '').toLowerCase();
    const normalized = ZONE_ABBREVIATIONS[zone] ? s.slice(0, s.length - zone.length) + ZONE_ABBREVIATIONS[zone] : s;
    const english = normalized.replace(/[a-zäö]{3,9}\.?(?= \d{4})/i, (m) => {
      const month = MONTHS[m.replace('.', '').toLowerCase()];
      return month ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1] ?? m : m;
    }).replace(/^[a-z]{2,4}\.?,?\s*/i, '').replace(/(\d)\./, '$1').replace(/(\d{4}),/, '$1');
    const t = Date.parse(english);
    if (!Number.isNaN(t)) return toBerlinIso(new Date(t));
  }

  const numeric = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)/.exec(s);
  if (numeric) {
    const [whole, d, mo, y] = numeric;
    const result = fromParts(twoDigitYear(y as string), Number(mo), Number(d), s.slice(numeric.index + whole.length));
    if (result) return result;
  }

  const named = /(?<!\d)(\d{1,2})\.?\s+([a-zäöü]{3,9})\.?\s+(\d{4})(?!\d)/i.exec(s);
  if (named) {
    const [whole, d, name, y] = named;
    const month = MONTHS[(name as string).toLowerCase()];
    if (month) {
      const result = fromParts(Number(y), month, Number(d), s.slice(named.index + whole.length));
      if (result) return result;
    }
  }

  // English order, "November 6, 2023 10:15": some CMS templates use it even on German sites.
  const english = /(?<![a-z])([a-z]{3,9})\.? (\d{1,2}),? (\d{4})(?!\d)/i.exec(s);
  if (english) {
    const [whole, name, d, y] = english;
    const month = MONTHS[(name as string).toLowerCase()];
    if (month) return fromParts(Number(y), month, Number(d), s.slice(english.index + whole.length));
  }
  return undefined;
}
