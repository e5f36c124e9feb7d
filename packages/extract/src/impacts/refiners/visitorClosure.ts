import type { ServiceStatus } from '@lagebild/schema';
import type { Sentence } from '../../text/sentences.js';
import { endsWithMatch } from '../../text/suffix.js';
import { DAY_WORD, SINCE_BEFORE, UNTIL_BEFORE, VISITORS_ONLY } from '../constants.js';
import type { Cue } from '../cues.js';

/** A closure told as whole: for all of the day, completely, or for days it names ("während der drei Umzugstage"). */
const WHOLLY = /(?<![\p{L}])(?:komplett|vollständig|gänzlich|ganztägig|ganztags|den[ \u00a0]+ganzen[ \u00a0]+Tag|an[ \u00a0]+diesem[ \u00a0]+Tag|an[ \u00a0]+diesen[ \u00a0]+Tagen|Brückentag\p{L}*|(?:während|an)[ \u00a0]+(?:der|den|diesen|dieser|beiden)[ \u00a0]+(?:(?:zwei|drei|vier|fünf|beiden|\d+)[ \u00a0]+)?\p{L}*[Tt]age[n]?)(?![\p{L}])/iu;
const CLOSING_WORD = /(?:geschlossen|schließ|schloss|dicht|gesperrt)/iu;

const sinceBefore = endsWithMatch(SINCE_BEFORE);
const untilBefore = endsWithMatch(UNTIL_BEFORE);

/** A day written after another as its apposition ("Montag, den 8.11.2021", "Freitag, 20. Februar"). */
const APPOSITION = /^,?[ \u00a0]*(?:den|dem)?[ \u00a0]*$/u;
/** A stretch of days with both ends ("vom 13. bis 20. Juni", "von Freitag bis einschließlich Dienstag"). */
const RANGE = /(?<![\p{L}])(?:vom|von)[ \u00a0]+[^;:!?\n]{1,40}?[ \u00a0]bis(?![\p{L}])/u;

/**
 * Whether a sentence names a day the closure holds on ("am Freitag", "vom 13. bis 20. Juni", "heute"), not only where it
 * begins or ends ("ab Montag, den 8.11.", "bis auf Weiteres", "bis zum 11. September"). Read from the words: a text
 * without a year has no calendar dates, and its days still bound the closure.
 */
function namesClosedDay(sentence: string): boolean {
  if (RANGE.test(sentence)) return true;
  DAY_WORD.lastIndex = 0;
  let previousEnd = -1;
  for (let m = DAY_WORD.exec(sentence); m; m = DAY_WORD.exec(sentence)) {
    const appositive = previousEnd >= 0 && APPOSITION.test(sentence.slice(previousEnd, m.index));
    previousEnd = m.index + m[0].length;
    if (appositive) continue;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (!sinceBefore(before) && !untilBefore(before)) return true;
  }
  return false;
}

/** Whether a closure is told for named days ("am Freitag", "vom 13. bis 20. Juni", "an diesem Tag") or as whole ("ganztägig", "komplett"). */
export function closedForDays(statement: string): boolean {
  return WHOLLY.test(statement) || namesClosedDay(statement);
}

/**
 * An office closed "für den Publikumsverkehr" with no day it is closed on ("ist bis auf Weiteres für den Besucherverkehr
 * geschlossen", "schließt ab Montag für den Besucherverkehr"): the staff go on working by phone, mail or appointment, a
 * restriction (guide §4: degraded). Closed for visitors on a named day ("am Freitag, 20. Februar", "vom 13. bis 20. Juni")
 * or completely is closed all day: outage, as read.
 */
export function visitorClosureStatuses(sentence: Sentence, statuses: Cue<ServiceStatus>[]): Cue<ServiceStatus>[] {
  if (!VISITORS_ONLY.test(sentence.text) || closedForDays(sentence.text)) return statuses;
  if (!statuses.some((s) => s.value === 'outage' && CLOSING_WORD.test(s.span.text))) return statuses;
  return statuses.map((s) => (s.value === 'outage' && CLOSING_WORD.test(s.span.text) ? { span: s.span, value: 'degraded', weight: s.weight } : s));
}
