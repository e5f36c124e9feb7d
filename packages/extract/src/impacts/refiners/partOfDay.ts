import type { ServiceImpact, ServiceStatus } from '@lagebild/schema';
import { CLOSED_WEEKDAY_PART, PART_OF_DAY, WHOLE_DAY } from '../constants.js';

/**
 * Closed for part of the day ("schließt bereits um 13 Uhr", "öffnet erst um 15 Uhr", "bis 14 Uhr
 * geschlossen") is degraded, not an outage; closed all day stays an outage (annotation guide §4).
 */
export function partOfDayStatus(clause: string, status: ServiceStatus): ServiceStatus {
  if (status !== 'outage' || !PART_WORDS.test(clause)) return status;
  // "an besonders warmen Tagen geschlossen": closed on some days only.
  if (SOME_DAYS.test(clause)) return 'degraded';
  if (CLOSED_WEEKDAY_PART.test(clause)) return 'degraded';
  return PART_OF_DAY.test(clause) && !WHOLE_DAY.test(clause) ? 'degraded' : status;
}

/**
 * Words every match of SOME_DAYS ("Tagen"), CLOSED_WEEKDAY_PART ("…mittag…") and PART_OF_DAY holds, with their flags: a clause
 * without any is passed over by one search.
 */
const PART_WORDS = /tagen|mittag|schl|stunden|hinein|uhr|zeitwei|zwischenzeitlich|mehrfach|mehrmals|sporadisch|phasenweise|immer|tags|mittwoch|jeden/iu;

/** Some days of a period, not all: "an besonders warmen Tagen", "an einzelnen Tagen". */
const SOME_DAYS = /(?<![\p{L}])an[ \u00a0]+(?:(?:einigen|manchen|bestimmten|einzelnen|besonders|sehr|heißen|warmen|kalten|wenigen)[ \u00a0]+)+Tagen(?![\p{L}])/iu;

/**
 * Open only for a window of the day ("Die Bibliothek wird Freitag ab 13 Uhr geöffnet", "jeweils von 7:30 Uhr bis 11:00
 * Uhr geöffnet") is shorter hours, degraded, unless said to be the usual ones; decided after open and closed
 * statements of one service are merged (see `mergeMixedStates`).
 */
export function openWindowStatus(text: string, impact: ServiceImpact): ServiceImpact {
  if (impact.status !== 'operational') return impact;
  const statement = text.slice(Math.max(0, impact.span.start - 40), Math.min(text.length, impact.span.end + 40));
  return shortWindow(OPEN_WINDOW.exec(statement)) && !USUAL_HOURS.test(statement) ? { ...impact, status: 'degraded' } : impact;
}

/** Whether a statement opens only for a short window of the day ("ab 13 Uhr geöffnet", "von 10 bis 12 Uhr erreichbar"). */
export function shortOpening(statement: string): boolean {
  return shortWindow(OPEN_WINDOW.exec(statement)) || SHORT_BETWEEN.test(statement);
}

/** "zwischen 10 und 12 Uhr": a window of two or three hours. */
const SHORT_BETWEEN = /(?<![\p{L}])zwischen[ \u00a0]+(\d{1,2})(?:[:.]\d{2})?[ \u00a0]*(?:Uhr[ \u00a0]+)?und[ \u00a0]+(\d{1,2})(?:[:.]\d{2})?[ \u00a0]*Uhr(?![\p{L}])/u;

/** An opening for a window of clock time: "ab 13 Uhr geöffnet", "von 7:30 Uhr bis 11:00 Uhr geöffnet"; the groups are the hours. */
const OPEN_WINDOW = /(?<![\p{L}])(ab|bis|von)[ \u00a0]+(\d{1,2})(?:[:.]\d{2})?[ \u00a0]*(?:Uhr[ \u00a0]+)?(?:(?:bis|-|–)[ \u00a0]*(\d{1,2})(?:[:.]\d{2})?[ \u00a0]*Uhr[ \u00a0]+)?(?:[\p{L}]+[ \u00a0]+){0,2}(?:geöffnet|erreichbar|offen)(?![\p{L}])/u;

/** A window that leaves out much of an office day: opening at 10 or later, closing by 14, or five hours or fewer. */
function shortWindow(m: RegExpExecArray | null): boolean {
  if (!m) return false;
  const from = Number(m[2]);
  const to = m[3] === undefined ? undefined : Number(m[3]);
  if (m[1] === 'ab') return from >= 10;
  if (m[1] === 'bis') return from <= 14;
  return to !== undefined ? to - from <= 5 : from >= 10;
}

/** Words that make a window the usual opening hours, among them a week's schedule ("montags bis freitags von 8 bis 12 Uhr"). */
const USUAL_HOURS = /(?<![\p{L}])(?:wie[ \u00a0]+gewohnt|gewohnten|regulären|üblichen|normalen|wie[ \u00a0]+immer|regulär|werktags|(?:montags|montag|mo\.?)[ \u00a0]*(?:bis|-|–)[ \u00a0]*(?:freitags|freitag|fr\.?|donnerstags|donnerstag|do\.?))(?![\p{L}])/iu;
