import type * as chrono from 'chrono-node';
// Only the German locale: the package's root loads every locale (about 200 ms more at start-up).
import { Chrono, createCasualConfiguration } from 'chrono-node/de';
import type { DateMention } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import type { Scan } from '../lexicon.js';
import { overlapsAny, spanOf } from '../text/spans.js';
import { endsWithMatch } from '../text/suffix.js';
import { berlinDate, berlinDateTime, berlinOffset, isoDate, isValidDate } from './calendar.js';
import { CASE_NUMBER_BEFORE, FOLLOWING_WEEKDAY_BEFORE, RELATIVE_TAG, WINDOW_AFTER, WINDOW_BEFORE } from './constants.js';
import { Kind, numericKind, standKind } from './candidates.js';
import { DayListParser } from './parsers/dayList.js';
import { GenitiveMonthParser } from './parsers/genitiveMonth.js';
import { MONTH_PART_TAG, MonthPartParser } from './parsers/monthPart.js';
import { NumericDayMonthParser } from './parsers/numericDayMonth.js';
import { RelativeAdjectiveParser } from './parsers/relativeAdjective.js';
import { StandTimeParser } from './parsers/stand.js';
import { hasTag } from './tags.js';
import { WEEKDAY_FORWARD_TAG, WEEKDAY_NAMED_WEEK_TAG, WeekdayParser, withSourceText } from './parsers/weekday.js';
import { AbsorbUhrRefiner } from './refiners/absorbUhr.js';
import { DropNonDatesRefiner } from './refiners/dropNonDates.js';
import { FixShortYearRefiner } from './refiners/fixShortYear.js';
import { MergeDateTimeRefiner } from './refiners/mergeDateTime.js';
import { MergeRangeRefiner } from './refiners/mergeRange.js';
import { MergeWeekdayComponentRefiner } from './refiners/mergeWeekdayComponent.js';
import { ValidDateFilter } from './refiners/validDate.js';
import { MergeWeekdayDateRefiner } from './refiners/mergeWeekdayDate.js';

/** Never matches, and fails at once: anchored, it is tried at the start only (a bare `(?!)` is tried at every position). */
const NEVER = /^(?!)/u;
/** Tags of results whose day is counted from the reference instant rather than written in the text. */
const RELATIVE_TAGS = [RELATIVE_TAG, 'lagebild/weekday', 'lagebild/stand', 'result/relativeDate'] as const;

/** Whether a result's day is counted from the reference ("gestern", "am Montag", "vor zwei Tagen", "Stand: 11 Uhr"). */
function isRelative(components: chrono.ParsedComponents): boolean {
  for (const t of RELATIVE_TAGS) if (hasTag(components, t)) return true;
  return false;
}
const caseNumberBefore = endsWithMatch(CASE_NUMBER_BEFORE);
const followingWeekdayBefore = endsWithMatch(FOLLOWING_WEEKDAY_BEFORE);
const DAY_UNIT = /tag/iu;

/**
 * chrono's "vor zwei Tagen" parser builds its pattern anew on every call and tries it at every unit word
 * ("h", "a", "Jahr"); only days survive the refiners, so it runs only on texts that say "Tag", with its
 * pattern built once.
 */
class OnlyDaysAgo implements chrono.Parser {
  private cached: RegExp | undefined;
  constructor(private readonly inner: chrono.Parser) {}
  pattern(context: chrono.ParsingContext): RegExp {
    if (!DAY_UNIT.test(context.text)) return NEVER;
    this.cached ??= this.inner.pattern(context);
    return this.cached;
  }
  extract(context: chrono.ParsingContext, match: RegExpMatchArray): ReturnType<chrono.Parser['extract']> {
    return this.inner.extract(context, match);
  }
}

/**
 * chrono's "heute", "gestern", "morgen" parser, its results tagged as relative to the reference: without a
 * publication instant such a day has nothing to be counted from (the latest written date is no "today").
 */
class TagRelative implements chrono.Parser {
  constructor(private readonly inner: chrono.Parser) {}
  pattern(context: chrono.ParsingContext): RegExp {
    return this.inner.pattern(context);
  }
  extract(context: chrono.ParsingContext, match: RegExpMatchArray): ReturnType<chrono.Parser['extract']> {
    const out = this.inner.extract(context, match);
    if (out && typeof out === 'object' && 'addTag' in out) out.addTag(RELATIVE_TAG);
    return out;
  }
}

/** A parser and the kinds of candidates it can read. */
interface GatedParser {
  readonly parser: chrono.Parser;
  readonly kinds: number;
}

/** Which parsers each kind of candidate calls for; the time parser runs where a clock time is written. */
const GATES: Readonly<Record<string, number>> = {
  ISOFormatParser: Kind.Iso,
  SlashDateFormatParser: Kind.Numeric | Kind.Slash,
  DETimeExpressionParser: Kind.Clock,
  DEMonthNameLittleEndianParser: Kind.Month,
  DECasualDateParser: Kind.Casual,
  DETimeUnitAgoFormatParser: Kind.Days,
  WeekdayParser: Kind.Weekday,
  NumericDayMonthParser: Kind.Numeric,
  MonthPartParser: Kind.MonthPart,
  DayListParser: Kind.Month | Kind.Numeric,
  GenitiveMonthParser: Kind.Month,
  RelativeAdjectiveParser: Kind.RelativeAdjective,
  StandTimeParser: Kind.Stand,
};
/**
 * A clock time written in the text: "14:30", "9 Uhr", "14.30" standing alone. Not the "6.07" of "6.07.2024": run
 * there, the time parser reads every bare number of the text as an hour, and the refiners drop them all.
 */
const CLOCK = /\d:\d\d|\d\s*Uhr|(?<![\d.])\d{1,2}\.\d\d(?![\d.])/u;
/**
 * Words without which {@link MonthPartParser} ("Ende November") and {@link RelativeAdjectiveParser} ("am
 * gestrigen Abend") cannot match (every alternative of their patterns contains one; the second with the
 * same flags, so that case folds alike). Most documents have a month or weekday but neither phrase: a
 * parser left out costs nothing, and each one run costs its scan and, between documents, cold code.
 */
const MONTH_PART_WORD = /Anfang|Mitte|Ende/u;
const RELATIVE_ADJECTIVE_WORD = /heutig|gestrig|morgig/iu;

/** The kinds of `text`'s candidates, with the parse-time gates the parsers of rare phrases need. */
function gateKinds(text: string, kinds: number): number {
  let all = kinds;
  if (CLOCK.test(text)) all |= Kind.Clock;
  if ((kinds & Kind.Month) !== 0 && MONTH_PART_WORD.test(text)) all |= Kind.MonthPart;
  if ((kinds & (Kind.Casual | Kind.Weekday)) !== 0 && RELATIVE_ADJECTIVE_WORD.test(text)) all |= Kind.RelativeAdjective;
  return all;
}

/** A date parser: chrono's machinery with the parsers and refiners below, each parser run only where its gate finds something. */
export interface DateParser {
  readonly parsers: readonly GatedParser[];
  readonly refiners: readonly chrono.Refiner[];
  /**
   * Parses `text`, running only the parsers for the candidate `kinds` found in it; `weekdayYears` (default
   * true) lets a named weekday choose a year-less date's year.
   */
  parse(text: string, reference: chrono.ParsingReference, kinds: number, weekdayYears?: boolean): chrono.ParsedResult[];
}

/**
 * chrono's casual German configuration with this package's parsers and refiners. Removed: chrono's weekday
 * parser (reads "so"/"mo" as weekdays), its range merge (joins times with dates), its casual time parser
 * (a part of the day alone is no date), its "für zwei Tage" parser (a duration is no date), the second
 * time parser (reads "13.10 Uhr" as 13:00; {@link AbsorbUhrRefiner} gives the first one its "Uhr"), the
 * second copy of the ISO parser that the casual configuration adds, and the time-zone refiners. Replaced by
 * equivalents that do the same with less work per result (the commonest results pass them all): the merge
 * of a weekday with its date ({@link MergeWeekdayComponentRefiner}) and the filter of bare numbers and
 * impossible dates ({@link ValidDateFilter}).
 */
function createParser(): DateParser {
  const config = createCasualConfiguration(true);
  const drop = new Set(['DEWeekdayParser', 'DECasualTimeParser', 'DETimeUnitWithinFormatParser', 'DESpecificTimeExpressionParser']);
  let iso = 0;
  const parsers: chrono.Parser[] = config.parsers.filter((p) => {
    const name = p.constructor.name;
    if (name === 'ISOFormatParser') return iso++ === 0;
    return !drop.has(name);
  }).map((p) => (p.constructor.name === 'DETimeUnitAgoFormatParser' ? new OnlyDaysAgo(p)
    : p.constructor.name === 'DECasualDateParser' ? new TagRelative(p) : p));
  parsers.push(new WeekdayParser(), new NumericDayMonthParser(), new MonthPartParser(), new StandTimeParser(), new DayListParser(), new RelativeAdjectiveParser(), new GenitiveMonthParser());
  // Time zones are never written in releases (and "Uhr" read as one costs a lookup per result); the
  // forward-date refiner does nothing without its option.
  const dropRefiners = new Set(['DEMergeDateRangeRefiner', 'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ForwardDateRefiner']);
  const refiners: chrono.Refiner[] = [new AbsorbUhrRefiner(), ...config.refiners.filter((r) => !dropRefiners.has(r.constructor.name))
    .map((r) => (r.constructor.name === 'MergeWeekdayComponentRefiner' ? new MergeWeekdayComponentRefiner()
      : r.constructor.name === 'UnlikelyFormatFilter' ? new ValidDateFilter() : r))];
  const weekdayDate = new MergeWeekdayDateRefiner();
  refiners.push(new FixShortYearRefiner(), weekdayDate, new MergeDateTimeRefiner(), new DropNonDatesRefiner(), new MergeRangeRefiner());
  const gated = parsers.map((parser) => {
    const name = parser instanceof OnlyDaysAgo ? 'DETimeUnitAgoFormatParser' : parser instanceof TagRelative ? 'DECasualDateParser' : parser.constructor.name;
    return { parser, kinds: GATES[name] ?? ~0 };
  });
  // One chrono per set of parsers a document's candidates call for (few sets occur), all sharing the refiners.
  const byKinds = new Map<number, Chrono>();
  const dateParser: DateParser = {
    parsers: gated,
    refiners,
    parse(text, reference, kinds, weekdayYears = true) {
      weekdayDate.fixYears = weekdayYears;
      const all = gateKinds(text, kinds);
      let instance = byKinds.get(all);
      if (!instance) {
        instance = new Chrono({ parsers: gated.filter((g) => (g.kinds & all) !== 0).map((g) => g.parser), refiners });
        byKinds.set(all, instance);
      }
      return instance.parse(text, reference);
    },
  };
  keepShapes(dateParser);
  return dateParser;
}

/**
 * Sample text with every kind of date candidate, parsed once when the parser is made (see {@link keepShapes}).
 */
const SHAPE_SAMPLE = [
  'Am Montag, 6. November 2023, um 14.30 Uhr und am Dienstagvormittag, 07.11.2023, ab 9:15 Uhr.',
  'Vom 6.-12. November, vom 06.11.2023 bis 08.11.2023, am 2023-11-06, am 6/11/2023 und am 30.10. um 9 Uhr.',
  'Gestern, heute und morgen; vor zwei Tagen; am heutigen Mittwoch. Stand: 11 Uhr.',
  'Anfang November, Ende Dezember 2023, am 6., 7. und 8. November, am 6. Nov. 2023.',
  'Kommenden Montag, vergangenen Freitag, seit Donnerstag, ab Samstag, von Samstag bis Montagabend, Freitag, 10. November.',
  'Um 14.30 Uhr beginnt es, um 9 Uhr endet es. Freitag, 10. November, um 18:30 Uhr; am Samstag um 20 Uhr.',
].join('\n');

/** What {@link keepShapes} keeps. */
const kept: unknown[] = [];

/**
 * Keeps one parse's context and results alive for good. chrono's objects are class instances whose hidden
 * classes V8 holds only while some instance lives: a full collection between documents (in a worker, or
 * the benchmark's before its timed pass) drops them, and with them the optimized code of every function
 * that has seen them (chrono's, the parsers' and refiners', the date extraction's), which V8 then runs
 * unoptimized and compiles anew. Output is unchanged: nothing reads what is kept.
 */
function keepShapes(dates: DateParser): void {
  const reference = { instant: new Date('2023-11-08T10:00:00Z'), timezone: 60 };
  const capture: chrono.Parser = {
    pattern: (context) => {
      kept.push(context);
      return NEVER;
    },
    extract: () => null,
  };
  new Chrono({ parsers: [capture], refiners: [] }).parse(SHAPE_SAMPLE, reference);
  for (const weekdayYears of [true, false]) kept.push(dates.parse(SHAPE_SAMPLE, reference, ~0, weekdayYears));
}

let parser: DateParser | undefined;
let parseCalls = 0;

/** The configured date parser (for benchmarks and tests). */
export function dateParser(): DateParser {
  parser ??= createParser();
  return parser;
}

/** How often the date parser has run in this process (for tests that check that work is bounded). */
export function chronoCalls(): number {
  return parseCalls;
}

const LEADING = /^(?:[\s,(]|(?:am|Am|an|An|den|Den|vom|Vom)\s)+/u;
const TRAILING = /[\s,)]+$/u;
/** Between windows: no whitespace run and no word, so no chrono merge and no look-behind reaches across. */
const SEPARATOR = ' ¦¦ ';

function componentsValue(c: chrono.ParsedComponents, text: string): { value: string; precision: DateMention['precision'] } | undefined {
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 0;
  const day = c.get('day') ?? 0;
  if (!isValidDate(year, month, day)) return undefined;
  if (c.isCertain('hour')) {
    const hour = c.get('hour') ?? 0;
    const minute = c.get('minute') ?? 0;
    return { value: berlinDateTime(year, month, day, hour, minute), precision: /\d[:.]\d{2}/.test(text) ? 'minute' : 'hour' };
  }
  // "Ende November": only the month and a part of it were written.
  if (!c.isCertain('day') && hasTag(c, MONTH_PART_TAG)) return { value: isoDate(year, month, day), precision: 'month' };
  return { value: isoDate(year, month, day), precision: 'day' };
}

const DATE_COMPONENTS = ['year', 'month', 'day'] as const;

/** Text before a sentence start that ends with a day's period ("6.-12."): no real sentence end before a month. */
const ORDINAL_END = /(?<![\p{N}])\d{1,2}\.\s*$/u;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 160;

/** A stretch of the document chrono reads, and where it sits in the text handed to chrono. */
interface Window {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

/** Date candidates of a document: windows around them and the kinds found. */
export interface Candidates {
  readonly windows: readonly Window[];
  readonly kinds: number;
}

/** How far a window may grow to reach whole words at its ends. */
const WORD_REACH = 40;

/**
 * Date candidates from the words of a document, and windows around them (within sentences, merged where
 * they touch, widened to whole words).
 */
export function candidatesOf(scan: Scan, sentences: readonly Sentence[]): Candidates {
  const { tokens, hits, entries } = scan;
  const { text, starts, ends } = tokens;
  const out: { start: number; end: number; offset: number }[] = [];
  let kinds = 0;
  let s = 0;
  let h = 0;
  for (let i = 0; i < starts.length; i++) {
    let kind = 0;
    const c = text.charCodeAt(starts[i]!);
    if (c >= 48 && c <= 57) kind = numericKind(text, starts[i]!, ends[i]!);
    else {
      while (h < hits.length && hits[h]! < i) h++;
      if (h < hits.length && hits[h] === i) {
        kind = entries[h]!.date ?? 0;
        if (kind === Kind.Stand) kind = standKind(text, ends[i]!);
      }
    }
    if (kind === 0) continue;
    const at = starts[i]!;
    while (s < sentences.length && sentences[s]!.end <= at) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > at) continue;
    kinds |= kind;
    // A sentence that starts right after a day ("Vom 6.-12. | November"): the split was the day's period.
    // The sentence is chosen by its index, so that the rare case runs the same reads as the common one.
    const floor = sentences[s - (s > 0 && ORDINAL_END.test(text.slice(Math.max(0, sentence.start - 8), sentence.start)) ? 1 : 0)]!.start;
    let start = Math.max(floor, at - WINDOW_BEFORE);
    let end = Math.min(sentence.end, ends[i]! + WINDOW_AFTER);
    // Out to whole words, but only so far: a text without blanks ("1.1.1.1…") would make each window the whole sentence.
    const wordFloor = Math.max(floor, start - WORD_REACH);
    const wordCeiling = Math.min(sentence.end, end + WORD_REACH);
    while (start > wordFloor && !isSpace(text.charCodeAt(start - 1))) start--;
    while (end < wordCeiling && !isSpace(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end && last.start >= floor) last.end = Math.max(last.end, end);
    else out.push({ start, end, offset: 0 });
  }
  let offset = 0;
  for (const w of out) {
    w.offset = offset;
    offset += w.end - w.start + SEPARATOR.length;
  }
  return { windows: out, kinds };
}

/** The text chrono reads: the windows joined by a separator. */
export function joinWindows(text: string, windows: readonly Window[]): string {
  let out = '';
  for (let i = 0; i < windows.length; i++) out += (i > 0 ? SEPARATOR : '') + text.slice(windows[i]!.start, windows[i]!.end);
  return out;
}

/**
 * Calendar dates in a text (given as its words), resolved against the publication instant in Europe/Berlin.
 * A cheap scan of the words finds date candidates; chrono (with this package's parsers and refiners) runs once per document, over the
 * windows around them joined by a separator. Mentions overlapping `blocked` ranges (phone numbers, URLs,
 * e-mail addresses) and numbers after "Az."/"Nr." are dropped.
 */
export function extractDates(
  scan: Scan, sentences: readonly Sentence[], publishedAt: Date | undefined, blocked: readonly { start: number; end: number }[],
): DateMention[] {
  const { windows, kinds } = candidatesOf(scan, sentences);
  if (windows.length === 0) return [];
  parser ??= createParser();
  const joined = joinWindows(scan.tokens.text, windows);
  if (publishedAt) return parseWindows(scan, windows, kinds, joined, publishedAt, blocked, false);
  // No publication instant: the guide's reference is the latest date whose year is written. A first pass
  // against a fixed instant finds those (their values do not depend on it); without one, a date whose
  // year was inferred has nothing to be inferred from and is dropped. Days counted from the reference
  // ("gestern", "am Montag") are dropped either way: the latest written date is no "today". The machine's
  // clock is never read.
  const written = parseWindows(scan, windows, kinds, joined, WRITTEN_YEAR_PROBE, blocked, true);
  // Whether some date depends on the reference: a year-less date, or a weekday alone (dropped above unless
  // it names a written date, which a parse against the probe cannot see).
  let inferred = weekdaysSeen;
  let latest: string | undefined;
  for (const m of written) {
    // "bis Ende Mai 2019": a month is no calendar date (guide §3), so it is no reference either.
    if (m.implied.includes('day')) continue;
    if (m.implied.includes('year')) {
      inferred = true;
      // "vom 27. Oktober bis 7. November 2025": the range's end has its year written.
      if (m.end && endYearWritten.has(m) && (!latest || m.end.slice(0, 10) > latest)) latest = m.end.slice(0, 10);
      continue;
    }
    const last = (m.end ?? m.value).slice(0, 10);
    if (!latest || last > latest) latest = last;
  }
  if (!latest) return written.filter((m) => !m.implied.includes('year'));
  if (!inferred) return written;
  return parseWindows(scan, windows, kinds, joined, referenceOfDay(latest), blocked, true);
}

/** Whether the last {@link parseWindows} met a weekday alone. */
let weekdaysSeen = false;
/** Ranges whose end has a written year while their start's year is inferred. */
const endYearWritten = new WeakSet<DateMention>();

/** Any fixed instant: only mentions with a written year are kept from a parse against it. */
const WRITTEN_YEAR_PROBE = new Date('2000-01-01T12:00:00Z');

/** Noon of a Berlin calendar day, as the reference for a text's relative dates. */
export function referenceOfDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function parseWindows(
  scan: Scan, windows: readonly Window[], kinds: number, joined: string, publishedAt: Date, blocked: readonly { start: number; end: number }[],
  writtenOnly: boolean,
): DateMention[] {
  const { text } = scan.tokens;
  weekdaysSeen = false;
  const reference = { instant: publishedAt, timezone: berlinOffset(publishedAt) };
  parseCalls++;
  const out: DateMention[] = [];
  const weekdayOnly: WeekdayAlone[] = [];
  let w = 0;
  const results = withSourceText(text, windows, () => parser?.parse(joined, reference, kinds, !writtenOnly) ?? []);
  for (const result of results) {
    const weekdayAlone = !result.start.isCertain('day') && hasTag(result.start, 'lagebild/weekday') && !hasTag(result.start, WEEKDAY_NAMED_WEEK_TAG);
    // Without a publication instant only days written in the text count (a weekday alone may still be
    // anchored to one of them below).
    if (writtenOnly && !weekdayAlone && (isRelative(result.start) || (result.end && isRelative(result.end)))) continue;
    while (w + 1 < windows.length && windows[w + 1]!.offset <= result.index) w++;
    const window = windows[w]!;
    const local = result.index - window.offset;
    if (local < 0 || local + result.text.length > window.end - window.start) continue; // across a separator
    let start = window.start + local;
    let end = start + result.text.length;
    const raw = text.slice(start, end);
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
    start += lead;
    end -= trail;
    if (end <= start) continue;
    if (overlapsAny(start, end, blocked)) continue;
    if (caseNumberBefore(text.slice(Math.max(0, start - 25), start))) continue;
    const startValue = componentsValue(result.start, result.text);
    if (!startValue) continue;
    const implied: string[] = [];
    for (const c of DATE_COMPONENTS) if (!result.start.isCertain(c)) implied.push(c);
    const mention: DateMention = { span: spanOf(text, start, end), value: startValue.value, precision: startValue.precision, implied };
    if (result.end) {
      const endValue = componentsValue(result.end, result.text);
      if (endValue && endValue.value !== startValue.value) {
        mention.end = endValue.value;
        if (result.end.isCertain('year') && implied.includes('year')) endYearWritten.add(mention);
      }
    }
    // "Öffnungszeiten (Montag, Dienstag und Donnerstag 7.30 bis 18 Uhr, … Mittwoch … geschlossen)": a week's routine, no day.
    if (weekdayAlone && inOpeningHours(text, start)) continue;
    out.push(mention);
    if (weekdayAlone) {
      const following = followingWeekdayBefore(text.slice(Math.max(0, start - 30), start));
      weekdayOnly.push({ mention, weekday: result.start.get('weekday') ?? -1, forward: hasTag(result.start, WEEKDAY_FORWARD_TAG), following });
    }
  }
  if (weekdayOnly.length === 0) return out;
  weekdaysSeen = true;
  const anchored = anchorWeekdays(out, weekdayOnly, writtenOnly ? undefined : berlinDate(publishedAt));
  return writtenOnly ? out.filter((m) => anchored.has(m) || !weekdayOnly.some((w) => w.mention === m)) : out;
}

/** The heading of a list of opening hours ("Öffnungszeiten:", "Öffnungszeiten ("), with nothing after it that ends its sentence or line. */
const OPENING_HOURS_BEFORE = /(?:Öffnungs|Sprech|Service|Geschäfts|Besuchs)zeit(?:en)?[ \u00a0]*[:(][^!?\n]*$/u;
/** A word that makes a bare weekday one day: "am", "ab", "kommenden", … right before it. */
const DAY_ANCHOR_BEFORE = /(?<![\p{L}])(?:am|ab|vom|bis|zum|diesen|dieser|kommenden|nächsten|vergangenen|letzten)\s+$/iu;

/** Whether a bare weekday at `start` is an item of a list of opening hours. */
function inOpeningHours(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  return before.includes('zeit') && OPENING_HOURS_BEFORE.test(before) && !DAY_ANCHOR_BEFORE.test(before);
}

/** A weekday alone (or a range of them) and whether it was read forward from the reference. */
interface WeekdayAlone {
  readonly mention: DateMention;
  readonly weekday: number;
  readonly forward: boolean;
  /** "am darauffolgenden Samstag": the first such day after the day the text spoke of last. */
  readonly following: boolean;
}

/** How near (in characters) a written date must stand for a weekday beside it to be that day whatever the distance in days. */
const BESIDE = 40;

const DAY_MS = 86400000;
const dayNumber = (value: string): number => Date.parse(`${value.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/** A mention's value (date or date-time) moved by whole days, its wall-clock time kept. */
function shiftDays(value: string, days: number): string {
  const d = new Date((dayNumber(value) + days) * DAY_MS);
  const time = /T(\d\d):(\d\d)/.exec(value);
  return time ? berlinDateTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), Number(time[1]), Number(time[2]))
    : isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Moves a weekday mention (and a range's end with it) to `day`. */
function moveTo(mention: DateMention, day: string): void {
  const days = dayNumber(day) - dayNumber(mention.value);
  if (days === 0) return;
  mention.value = shiftDays(mention.value, days);
  if (mention.end) mention.end = shiftDays(mention.end, days);
}

/** How far (in characters) a weekday looks for the written date it may name. */
const ANCHOR_REACH = 5000;

/** The index of the first mention starting at or after `at` (mentions in text order). */
function firstAtOrAfter(mentions: readonly DateMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A weekday alone ("am Freitagabend", "Rathaus am Mittwoch geschlossen") that the same document also
 * writes with its date ("Freitag, 7. Juni") is that day, not the most recent such day before publication.
 * A weekday read forward ("Ab Samstag gilt wieder ...") right after the text has spoken of a day ahead of
 * publication ("am Freitag, 29. November") counts from that day: the first such weekday on or after it.
 * Returns the mentions anchored to a written date.
 */
function anchorWeekdays(mentions: DateMention[], weekdayOnly: readonly WeekdayAlone[], referenceDay: string | undefined): Set<DateMention> {
  const done = new Set<DateMention>();
  // In text order, with their day numbers computed once; each weekday looks only at the dates near it, so that a
  // long text with many dates stays linear.
  const explicit = mentions.filter((m) => !m.implied.includes('day')).sort((a, b) => a.span.start - b.span.start);
  const days = explicit.map((e) => dayNumber(e.value));
  for (const { mention, weekday, forward, following } of weekdayOnly) {
    const at = dayNumber(mention.value);
    let best: DateMention | undefined;
    let before: DateMention | undefined;
    const from = firstAtOrAfter(explicit, mention.span.start - ANCHOR_REACH);
    for (let k = from; k < explicit.length && explicit[k]!.span.start <= mention.span.start + ANCHOR_REACH; k++) {
      const e = explicit[k]!;
      if (e === mention) continue;
      if (e.span.start < mention.span.start) before = e;
      const t = days[k]!;
      // "in der Nacht vom 8. auf den 9. April auf Freitag": a weekday right beside a date of that weekday is that day.
      const beside = Math.abs(e.span.start - mention.span.start) <= BESIDE;
      if (new Date(t * DAY_MS).getUTCDay() !== weekday || (Math.abs(t - at) > 7 && !beside)) continue;
      if (!best || Math.abs(e.span.start - mention.span.start) < Math.abs(best.span.start - mention.span.start)) best = e;
    }
    if (best) {
      done.add(mention);
      moveTo(mention, best.value);
      mention.implied = mention.implied.filter((c) => c === 'year' && best!.implied.includes('year'));
      continue;
    }
    if (following && before) {
      const last = dayNumber(before.end ?? before.value);
      const target = last + 1 + ((weekday - new Date((last + 1) * DAY_MS).getUTCDay() + 7) % 7);
      done.add(mention);
      moveTo(mention, new Date(target * DAY_MS).toISOString().slice(0, 10));
      mention.implied = mention.implied.filter((c) => c === 'year' && before!.implied.includes('year'));
      continue;
    }
    if (!forward || !before || !referenceDay) continue;
    // The day the text last spoke of, when it lies ahead of publication (within a month).
    const last = dayNumber(before.end ?? before.value);
    const ref = dayNumber(referenceDay);
    if (last <= ref || last - ref > 31) continue;
    const target = last + ((weekday - new Date(last * DAY_MS).getUTCDay() + 7) % 7);
    if (target > at) moveTo(mention, new Date(target * DAY_MS).toISOString().slice(0, 10));
  }
  return done;
}
