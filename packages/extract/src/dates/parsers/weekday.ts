import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { endsWithMatch } from '../../text/suffix.js';
import {
  DAY_PARTS, FOLLOWING_WEEKDAY_BEFORE, FROM_WEEKDAY, FUTURE_VERB, HOURS_WORDS, LAST_WEEKDAY, NEXT_WEEKDAY, RECURRING_AFTER_RANGE, RECURRING_WEEKDAY, SINCE_WEEKDAY, WEEKDAY_RANGE_GAP, WEEKDAYS,
} from '../constants.js';

const recurringBefore = endsWithMatch(RECURRING_WEEKDAY);
const nextBefore = endsWithMatch(NEXT_WEEKDAY);
const lastBefore = endsWithMatch(LAST_WEEKDAY);
const fromBefore = endsWithMatch(FROM_WEEKDAY);
const sinceBefore = endsWithMatch(SINCE_WEEKDAY);

const NAME = `(${Object.keys(WEEKDAYS).join('|')})(${DAY_PARTS.join('|')})?`;
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])${NAME}(?:${WEEKDAY_RANGE_GAP}${NAME})?(?![\\p{L}\\p{N}])`, 'u');
/** The end of a range of weekdays right before a weekday: it was read (or declined) with its start. */
const rangeEndBefore = endsWithMatch(new RegExp(`(?<![\\p{L}])(?:${Object.keys(WEEKDAYS).join('|')})(?:${DAY_PARTS.join('|')})?${WEEKDAY_RANGE_GAP}$`, 'u'));
/** Further weekdays listed after one ("Montag, Dienstag und Freitag"). */
const WEEKDAY_LIST = new RegExp(`^(?:\\s*(?:,|und|sowie|oder)\\s*(?:${Object.keys(WEEKDAYS).join('|')}))+`, 'u');
/** Where the clause around a weekday ends: a comma or the end of a sentence (`, . ; : ! ? \n ¦`). */
const isClauseEnd = (c: number): boolean => c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || c === 0xa6;

/** A piece of the source text in the text chrono reads: chrono's offsets [offset, offset + end - start) are [start, end) there. */
export interface SourceWindow {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

/**
 * The whole text the windows chrono reads were cut from, while it reads them: a clause's tense ("ist am Montag wegen einer
 * Personalversammlung ab 11 Uhr geschlossen") often lies beyond a window's forty characters.
 */
let source: { readonly text: string; readonly windows: readonly SourceWindow[] } | undefined;

/** Runs `parse` with `text` and its `windows` as the source the weekday parser reads clauses from. */
export function withSourceText<T>(text: string, windows: readonly SourceWindow[], parse: () => T): T {
  source = { text, windows };
  try {
    return parse();
  } finally {
    source = undefined;
  }
}

/** Where chrono's offset `index` lies in the source text (or in chrono's own text where no source is set). */
function inSource(context: chrono.ParsingContext, index: number): { text: string; at: number } {
  if (source === undefined) return { text: context.text, at: index };
  const { windows } = source;
  let lo = 0;
  let hi = windows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (windows[mid]!.offset <= index) lo = mid;
    else hi = mid - 1;
  }
  const w = windows[lo];
  if (w === undefined || index < w.offset || index - w.offset > w.end - w.start) return { text: context.text, at: index };
  return { text: source.text, at: w.start + index - w.offset };
}

/** Tag of this parser's results that point forward from publication ("ab Montag", "am Samstag wird"). */
export const WEEKDAY_FORWARD_TAG = 'lagebild/weekdayForward';
/**
 * Tag of this parser's results whose week is named ("am vergangenen Dienstag", "am kommenden Montag"): counted from
 * publication, never moved to a written date of the same weekday (which would be the other week).
 */
export const WEEKDAY_NAMED_WEEK_TAG = 'lagebild/weekdayNamedWeek';

/**
 * Weekdays written in full, alone or joined with a part of the day ("Montag", "Montagvormittag"), and
 * ranges of them ("von Samstag bis Montagabend": the end is the first such day after the start).
 * Replaces chrono's German weekday parser, which also takes "so", "mo", "do" and so turns the word "so"
 * into a Sunday. Without a modifier a weekday is the most recent such day on or before publication
 * (releases report what happened: "in der Nacht zu Montag", "seit Donnerstag"); "kommenden" points
 * forward, "vergangenen" strictly back, "seit" back (today included), "ab"/"bis" and a verb of the future
 * in its clause ("Am Samstag wird ...") forward from publication, today included. Recurring days are none: "jeden Montag", "die
 * Sprechzeit am Mittwoch", "Montag bis Freitag von 8 bis 12 Uhr", "Öffnungszeiten: Montag 8 bis 12 Uhr".
 */
export class WeekdayParser implements chrono.Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult | null {
    const weekday = WEEKDAYS[match[1] ?? ''];
    if (weekday === undefined) return null;
    const index = match.index ?? 0;
    const before = context.text.slice(Math.max(0, index - 30), index);
    if (recurringBefore(before)) return null;
    const endWeekday = match[3] ? WEEKDAYS[match[3]] : undefined;
    const after = context.text.slice(index + match[0].length, index + match[0].length + 80);
    if (RECURRING_AFTER_RANGE.test(after) && (endWeekday !== undefined || HOURS_WORDS.test(context.text.slice(Math.max(0, index - 80), index)))) return null;
    // "Die Öffnungszeiten sind Montag, Dienstag und Freitag von 8.30 bis 12 Uhr": a list of weekdays with hours after it.
    const listed = WEEKDAY_LIST.exec(after);
    if (listed && RECURRING_AFTER_RANGE.test(after.slice(listed[0].length)) && HOURS_WORDS.test(context.text.slice(Math.max(0, index - 80), index))) return null;
    if (endWeekday === undefined && rangeEndBefore(before)) return null;
    const ref = referenceDate(context);
    const refDay = ref.getDay();
    let delta: number;
    let forward = false;
    let namedWeek = false;
    // "am darauffolgenden Samstag" follows the day the text spoke of last, not publication: a weekday alone, anchored later.
    if (nextBefore(before) && !FOLLOWING_WEEKDAY_BEFORE.test(before)) {
      delta = ((weekday - refDay + 7) % 7) || 7;
      forward = true;
      namedWeek = true;
    } else if (lastBefore(before)) {
      delta = -(((refDay - weekday + 7) % 7) || 7);
      namedWeek = true;
    } else if (sinceBefore(before)) {
      delta = -((refDay - weekday + 7) % 7);
    } else if (fromBefore(before) || futureClauseAt(context, index, match[0].length)) {
      delta = (weekday - refDay + 7) % 7;
      forward = true;
    } else {
      delta = -((refDay - weekday + 7) % 7);
    }
    const components = weekdayComponents(context, ref, delta, weekday, forward);
    if (namedWeek) components.addTag(WEEKDAY_NAMED_WEEK_TAG);
    if (endWeekday === undefined) {
      // A result, not bare components: chrono would build one with default components only to replace them.
      return context.createParsingResult(index, match[0], components);
    }
    const endDelta = delta + (((endWeekday - weekday + 7) % 7) || 7);
    return context.createParsingResult(index, match[0], components, weekdayComponents(context, ref, endDelta, endWeekday, forward));
  }
}

function weekdayComponents(context: chrono.ParsingContext, ref: Date, delta: number, weekday: number, forward: boolean): chrono.ParsingComponents {
  // Calendar arithmetic in UTC: the same day as in local time, without a time-zone look-up.
  const target = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate() + delta));
  const components = context.createParsingComponents({ weekday });
  components.imply('day', target.getUTCDate());
  components.imply('month', target.getUTCMonth() + 1);
  components.imply('year', target.getUTCFullYear());
  components.addTag('lagebild/weekday');
  if (forward) components.addTag(WEEKDAY_FORWARD_TAG);
  return components;
}

/** Whether the clause around chrono's match at `index` has a verb of the future, read in the source text. */
function futureClauseAt(context: chrono.ParsingContext, index: number, length: number): boolean {
  const { text, at } = inSource(context, index);
  return futureClause(text, at, at + length);
}

/** Whether the clause around text[start, end) has a verb of the future. */
function futureClause(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 80 && !isClauseEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 100 && !isClauseEnd(text.charCodeAt(to))) to++;
  if (FUTURE_VERB.test(text.slice(from, start)) || FUTURE_VERB.test(text.slice(end, to))) return true;
  // "Das Rathaus ist am Mittwoch geschlossen": a state in the present tense, told for a weekday, is one announced.
  const clause = text.slice(from, to);
  if (PAST_MARKER.test(clause) || PERFECT.test(clause)) return false;
  // "müssen Bürger auch am Dienstag mit Wartezeiten rechnen", "Freitag und Sonnabend stehen Trauungen im Kalender": other
  // verbs in the present tense speak of the coming day too.
  return PRESENT_STATE.test(clause) || PRESENT_VERB.test(clause) || SHALL_AHEAD.test(clause);
}

/**
 * "Am Freitag sollen die Rechner wieder funktionieren", "soll Samstag einem Haftrichter vorgeführt werden": "soll" with a
 * present infinitive speaks of what is planned; with a perfect one ("soll am Dienstag geschlagen haben") of what is said to
 * have happened (see FUTURE_VERB).
 */
const SHALL_AHEAD = /(?<![\p{L}])(?:soll|sollen)(?![\p{L}])(?![^.;:!?]*(?<![\p{L}])(?:haben|sein|gewesen)(?![\p{L}]))/u;

/** Finite verbs in the present tense that releases use for what is planned or expected, not for what happened. */
const PRESENT_VERB = /(?<![\p{L}])(?:muss|müssen|kann|können|steht|stehen|gilt|gelten|beginnt|beginnen|startet|starten|macht[^.;:!?]{0,40}(?<![\p{L}])auf|auf[ \u00a0]?macht|lesen[ \u00a0]+Sie)(?![\p{L}])/u;
/** A perfect tense ("hat … gebracht", "sind … gekommen"): the clause tells what happened. */
const PERFECT = /(?<![\p{L}])(?:hat|haben|ist|sind)(?![\p{L}])[^.;:!?]{0,80}(?<![\p{L}])ge\p{Ll}{2,}(?:t|en)(?![\p{L}])(?<!geschlossen|geöffnet|gesperrt|gestört|geplant)/u;

/** A state said in the present tense: "ist … geschlossen", "sind … nicht erreichbar", "hat … geöffnet". */
const PRESENT_STATE = /(?<![\p{L}])(?:(?:ist|sind)(?![\p{L}])(?:[ \u00a0]+[\p{L}\p{N}.,:–-]+){0,8}?[ \u00a0]+(?:geschlossen|geöffnet|erreichbar|besetzt|zu)|(?:hat|haben)(?![\p{L}])(?:[ \u00a0]+[\p{L}\p{N}.,:–-]+){0,8}?[ \u00a0]+(?:geöffnet|offen))(?![\p{L}])/u;
/** Words that put such a clause in the past after all ("ist … geschlossen worden", "war"). */
const PAST_MARKER = /(?<![\p{L}])(?:worden|wurde|wurden|war|waren|gewesen|hatte|hatten)(?![\p{L}])/u;
