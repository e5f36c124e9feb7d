import type { Service, ServiceStatus } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { longestNonOverlapping, spanOf } from '../text/spans.js';
import { isWordChar } from '../text/tokens.js';
import { endsWithMatch } from '../text/suffix.js';
import { AGAIN_BEFORE, CAUSE_BEFORE, CONDITION, FOCUS_NUR, NEGATED_AGAIN, NEGATION_BEFORE, NOT_AS_USUAL_BEFORE, PARTIAL_QUALIFIER_BEFORE, STATUS_CUES, STATUS_NOUN } from './constants.js';
import { nearest, type Cue } from './cues.js';
import { branchTriggers, branchWords, topLevelBranches } from '../text/literals.js';

const causeBefore = endsWithMatch(CAUSE_BEFORE);
const negationBefore = endsWithMatch(NEGATION_BEFORE);
const againBefore = endsWithMatch(AGAIN_BEFORE);
const negatedAgain = endsWithMatch(NEGATED_AGAIN);
const partialBefore = endsWithMatch(PARTIAL_QUALIFIER_BEFORE);
const notAsUsualBefore = endsWithMatch(NOT_AS_USUAL_BEFORE);

/** A condition shortly before an operational word ("Notfalltermine sind nach Absprache möglich"): restricted. */
const CONDITION_BEFORE = /(?<![\p{L}])(?:nach[ \u00a0]+(?:vorheriger[ \u00a0]+)?(?:Absprache|Terminabsprache|Terminvereinbarung|Vereinbarung|Voranmeldung|Anmeldung)|mit[ \u00a0]+(?:vorheriger[ \u00a0]+)?(?:Termin|Terminvereinbarung|Anmeldung))(?:[ \u00a0]+[\p{L}-]+){0,2}[ \u00a0]*$/iu;

/** A negation inside an operational cue, not as its last word ("ändern sich nicht" is the cue itself). */
const NEGATION_INSIDE = /(?<![\p{L}])(?:kein|keine|keinen|nicht)[ \u00a0]+\p{L}/iu;

/** Services whose absence "ohne" states ("ohne Telefonnetz, Internet"). */
const WITHOUT_SERVICES: ReadonlySet<Service> = new Set<Service>(['phone', 'email', 'it-systems', 'website', 'online-services']);

/** A regular-expression source with its literal letters lower-cased (escapes such as `\\p{L}` kept). */
function lowerPattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        out += source.slice(i, close + 1);
        i = close;
      } else {
        out += ch + next;
        i++;
      }
    } else out += ch.toLowerCase();
  }
  return out;
}

// Statuses are matched case-insensitively ("Betroffen sind ...", "Erreichbar ist ..."): on the lower-cased
// sentence, with lower-cased patterns. Not inside hyphenated compounds: "IT-Ausfall" names the topic, not a
// service's state (checked by hand after a match: a look-behind would be tried at every position).
// Many patterns share a trigger word ("wieder", "nicht"): each distinct trigger is looked for once per sentence.
const TRIGGERS = [...new Set(STATUS_CUES.flatMap((c) => c.triggers))];
/** Triggers of fewer than three characters, which the buckets below cannot hold (none so far): looked for one by one. */
const SHORT_TRIGGERS = TRIGGERS.flatMap((t, i) => (t.length < 3 ? [i] : []));
/**
 * Triggers by a hash of their first three characters, so that one pass over a sentence finds them all: a
 * position whose bucket is empty (most) costs one array read, and one whose bucket is not meets only the
 * triggers that start with its three characters (by the first two, every common pair such as "ge" or "ei" met
 * a dozen). 4,096 buckets: a table of one per triple would be megabytes that every sentence reads from at random,
 * and the few collisions are sorted out by the comparison of the characters that follows.
 */
const tripleHash = (a: number, b: number, c: number): number => Math.imul((a << 10) ^ (b << 5) ^ c, 0x9e3779b1) >>> 20;
const TRIGGER_BUCKETS: (number[] | undefined)[] = new Array<number[] | undefined>(4096).fill(undefined);
/**
 * A bit per bucket that holds a trigger: 512 bytes that stay in the first-level cache, where the 4,096 buckets do not
 * (most positions, whose bucket is empty, are passed over by reading this alone).
 */
const BUCKET_BITS = new Int32Array(4096 / 32);
TRIGGERS.forEach((t, i) => {
  if (t.length < 3) return;
  const h = tripleHash(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
  (TRIGGER_BUCKETS[h] ??= []).push(i);
  BUCKET_BITS[h >>> 5] = BUCKET_BITS[h >>> 5]! | (1 << (h & 31));
});

/** Whether each trigger is in the sentence last looked at (1 = yes), as `lower.includes(trigger)` would say. */
const PRESENT = new Uint8Array(TRIGGERS.length);
/** The triggers found in the sentence last looked at, the first {@link foundCount} of them. */
const FOUND = new Int32Array(TRIGGERS.length);
let foundCount = 0;

/**
 * Finds the triggers `lower` contains (into FOUND and PRESENT, one array for every call: a sentence's triggers
 * are read before the next sentence's are looked for), with one pass over the sentence instead of one search
 * per trigger. Returns how many.
 */
function findTriggers(lower: string): number {
  for (let k = 0; k < foundCount; k++) PRESENT[FOUND[k]!] = 0;
  let count = 0;
  const n = lower.length;
  let a = lower.charCodeAt(0);
  let b = lower.charCodeAt(1);
  for (let i = 0; i + 2 < n; i++) {
    const c = lower.charCodeAt(i + 2);
    const h = tripleHash(a, b, c);
    if ((BUCKET_BITS[h >>> 5]! & (1 << (h & 31))) !== 0) {
      const bucket = TRIGGER_BUCKETS[h]!;
      for (const t of bucket) {
        if (PRESENT[t] !== 0) continue;
        const trigger = TRIGGERS[t]!;
        const length = trigger.length;
        if (i + length > n || trigger.charCodeAt(0) !== a || trigger.charCodeAt(1) !== b || trigger.charCodeAt(2) !== c) continue;
        let k = 3;
        while (k < length && lower.charCodeAt(i + k) === trigger.charCodeAt(k)) k++;
        if (k === length) {
          PRESENT[t] = 1;
          FOUND[count++] = t;
        }
      }
    }
    a = b;
    b = c;
  }
  for (const t of SHORT_TRIGGERS) {
    if (lower.includes(TRIGGERS[t]!)) {
      PRESENT[t] = 1;
      FOUND[count++] = t;
    }
  }
  foundCount = count;
  return count;
}
/**
 * The branches of a status pattern's top-level alternation, each with the triggers one of which every match of it holds (read
 * from the pattern by {@link branchTriggers}; null: none of its own, it runs whenever the pattern does). A pattern of many
 * branches runs on a sentence as those of its branches whose triggers the sentence has: "betrieb" alone runs "außer Betrieb",
 * "vom Netz" no more. Matches are the whole pattern's (a branch that cannot match anywhere changes nothing).
 */
interface Branches {
  readonly sources: readonly string[];
  /** Per branch, indexes into TRIGGERS, or null. */
  readonly triggers: readonly (readonly number[] | null)[];
  /**
   * Per branch with a look-behind, words one of which the sentence holds besides its triggers (read by {@link branchWords}:
   * "kann", "können", … where the look-behind asks for them before "nicht"), or null. Looked for only where the triggers let
   * the branch run, and only for branches with a look-behind, which are tried at each trigger and cost most: as more
   * triggers, the words made the pass over every sentence slower than the branches they spare.
   */
  readonly words: readonly (readonly string[] | null)[];
  /**
   * Each branch as a pattern of its own (made when first needed). A pattern per set of branches would be compiled anew for
   * each set a text first calls for, and real texts kept calling for new ones long after any warm-up.
   */
  readonly patterns: (RegExp | undefined)[];
}

function branchesOf(source: string, triggers: readonly string[]): Branches | undefined {
  const covers = branchTriggers(source, 'u', triggers);
  const sources = topLevelBranches(source);
  const words = branchWords(source, 'u', triggers)?.map((w, b) => (sources[b]?.includes('(?<') ? w : null));
  if (!covers || !words || covers.length !== sources.length || words.length !== sources.length) return undefined;
  // Worth it only where a branch can be left out while the pattern runs: its triggers are fewer than the pattern's, or
  // it needs words besides.
  if (!covers.some((c) => c !== null && c.length < triggers.length) && words.every((w) => w === null)) return undefined;
  return {
    sources, triggers: covers.map((c) => c && c.map((t) => TRIGGERS.indexOf(triggers[t]!))), words, patterns: sources.map(() => undefined),
  };
}

/** The most branches run one by one; where a sentence calls for more, the whole pattern runs. */
const MOST_BRANCHES = 3;
/** The branches {@link branchesPresent} found, in their order, the first of them. */
const ACTIVE = new Int32Array(MOST_BRANCHES);

/**
 * The branches the triggers (PRESENT) and words (in `lower`) of the sentence last looked at call for, into ACTIVE: how
 * many (0: none; a trigger of the pattern that no branch needs, "handlungsfähig" where the branch holds "nicht
 * arbeitsfähig"; "nicht" without "kann" or "können" before it), or -1 where the whole pattern is to run (all branches,
 * or more than MOST_BRANCHES).
 */
function branchesPresent(branches: Branches, lower: string): number {
  const covers = branches.triggers;
  const words = branches.words;
  let count = 0;
  for (let b = 0; b < covers.length; b++) {
    const cover = covers[b]!;
    let on = cover === null;
    if (!on) {
      for (let k = 0; k < cover!.length; k++) {
        if (PRESENT[cover![k]!] !== 0) {
          on = true;
          break;
        }
      }
    }
    const also = words[b]!;
    if (on && also !== null) {
      on = false;
      for (let k = 0; k < also.length; k++) {
        if (lower.includes(also[k]!)) {
          on = true;
          break;
        }
      }
    }
    if (!on) continue;
    if (count === MOST_BRANCHES) return -1;
    ACTIVE[count++] = b;
  }
  return count === covers.length ? -1 : count;
}

function branchPattern(branches: Branches, b: number): RegExp {
  return branches.patterns[b] ??= new RegExp(`(?:${branches.sources[b]!})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Per branch run, where its next match starts (-1: none) and its length; valid for searches from before that start. */
const NEXT_AT = new Int32Array(MOST_BRANCHES);
const NEXT_LENGTH = new Int32Array(MOST_BRANCHES);

/**
 * The next match of the pattern made of the ACTIVE branches alone, searched from `from` in `subject`, as that pattern's
 * `exec` would find it (into NEXT_AT/NEXT_LENGTH of the branch; returns its index into ACTIVE, or -1): the leftmost match
 * of any branch, and of those at one position the first branch's, which is what an alternation finds. `known` branches
 * (below it) have a next match from an earlier search that starts at `from` or later: still the next one.
 */
function nextBranchMatch(branches: Branches, count: number, subject: string, from: number, known: Uint8Array): number {
  let best = -1;
  for (let k = 0; k < count; k++) {
    if (known[k] === 0 || (NEXT_AT[k] !== -1 && NEXT_AT[k]! < from)) {
      const re = branchPattern(branches, ACTIVE[k]!);
      re.lastIndex = from;
      const m = re.exec(subject);
      NEXT_AT[k] = m ? m.index : -1;
      NEXT_LENGTH[k] = m ? m[0].length : 0;
      known[k] = 1;
    }
    if (NEXT_AT[k] !== -1 && (best === -1 || NEXT_AT[k]! < NEXT_AT[best]!)) best = k;
  }
  return best;
}
const KNOWN = new Uint8Array(MOST_BRANCHES);

export const STATUS_PATTERNS = STATUS_CUES.map((c) => {
  const source = lowerPattern(c.pattern);
  return {
    re: new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, 'gu'),
    fallback: new RegExp(`(?:${c.pattern})(?![\\p{L}\\p{N}])`, 'giu'),
    value: c.status, weight: c.weight, triggers: c.triggers.map((t) => TRIGGERS.indexOf(t)),
    branches: branchesOf(source, c.triggers),
  };
});

type StatusPattern<T> = { re: RegExp; fallback: RegExp; value: T; weight: number; triggers: readonly number[]; branches?: Branches | undefined };

/** For a list of patterns: the patterns each trigger calls for, and a mark per pattern to be run. */
interface Selection {
  readonly byTrigger: readonly (readonly number[])[];
  readonly run: Uint8Array;
}
const selections = new WeakMap<readonly unknown[], Selection>();

function selectionOf(patterns: readonly StatusPattern<unknown>[]): Selection {
  let selection = selections.get(patterns);
  if (!selection) {
    const byTrigger: number[][] = TRIGGERS.map(() => []);
    patterns.forEach((p, i) => {
      for (const t of p.triggers) if (!byTrigger[t]!.includes(i)) byTrigger[t]!.push(i);
    });
    selection = { byTrigger, run: new Uint8Array(patterns.length) };
    selections.set(patterns, selection);
  }
  return selection;
}

/** A gender sign inside a word ("Bürger*innen", "Bürger:innen", "Bürger_innen"). */
const GENDER_SIGN = /(?<=\p{L})[*:_](?=in(?:nen)?(?![\p{L}]))/gu;

/** `text` with gender signs inside words replaced by a letter, offsets unchanged. */
function withGenderSignsAsLetters(text: string): string {
  return text.includes('*') || text.includes(':in') || text.includes('_in') ? text.replace(GENDER_SIGN, 'x') : text;
}

/** Cues of `patterns` (built from STATUS_CUES: their triggers index TRIGGERS) between `start` and `end`. */
export function findCues<T>(text: string, start: number, end: number, patterns: readonly StatusPattern<T>[]): Cue<T>[] {
  const slice = text.slice(start, end);
  // "Bürger*innen", "Mitarbeiter:innen": the gender sign read as a letter, so that the word counts as one (same length).
  const lower = withGenderSignsAsLetters(slice.toLowerCase());
  // Lower-casing keeps offsets for German text; where it does not ("İ"), the case-insensitive patterns run instead.
  const aligned = lower.length === slice.length;
  const subject = aligned ? lower : slice;
  const out: Cue<T>[] = [];
  const count = findTriggers(lower);
  if (count === 0) return out;
  // The patterns the triggers found call for, run in their order.
  const { byTrigger, run } = selectionOf(patterns);
  for (let k = 0; k < count; k++) for (const p of byTrigger[FOUND[k]!]!) run[p] = 1;
  for (let i = 0; i < patterns.length; i++) {
    if (run[i] === 0) continue;
    run[i] = 0;
    const p = patterns[i]!;
    const branchCount = aligned && p.branches !== undefined ? branchesPresent(p.branches, subject) : -1;
    if (branchCount === 0) continue;
    if (branchCount > 0) {
      // The branches one by one, as their alternation would run (see nextBranchMatch).
      KNOWN.fill(0);
      let from = 0;
      for (let k = nextBranchMatch(p.branches!, branchCount, subject, from, KNOWN); k !== -1; k = nextBranchMatch(p.branches!, branchCount, subject, from, KNOWN)) {
        const at = NEXT_AT[k]!;
        const length = NEXT_LENGTH[k]!;
        const before = subject.charCodeAt(at - 1);
        if ((at > 0 && (before === 45 /* - */ || isWordChar(subject, at - 1))) || length === 0) {
          from = at + 1;
          continue;
        }
        out.push({ span: spanOf(text, start + at, start + at + length), value: p.value, weight: p.weight });
        from = at + length;
      }
      continue;
    }
    const re = aligned ? p.re : p.fallback;
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      const at = m.index;
      const before = subject.charCodeAt(at - 1);
      if (at > 0 && (before === 45 /* - */ || isWordChar(subject, at - 1))) {
        re.lastIndex = at + 1;
        continue;
      }
      if (m[0].length === 0) {
        re.lastIndex = at + 1;
        continue;
      }
      out.push({ span: spanOf(text, start + at, start + at + m[0].length), value: p.value, weight: p.weight });
    }
  }
  // One cue or none: nothing overlaps.
  return out.length < 2 ? out : longestNonOverlapping(out);
}

/** A building or address right before "zu erreichen": where something is found. */
const FOUND_AT_BEFORE = /(?<![\p{L}])(?:im|in[ \u00a0]+der|in[ \u00a0]+den|am|an[ \u00a0]+der)[ \u00a0]+(?:Rathaus|Stadthaus|Kreishaus|Gebäude|Verwaltungsgebäude|Erdgeschoss|Obergeschoss|Nebengebäude|\p{Lu}\p{L}*(?:straße|platz|weg|allee))(?:[ \u00a0]+\d+\p{L}?)?[ \u00a0]+(?:zu[ \u00a0]+)?$/u;

/** After a trouble noun: where it lies or what it is ("liegt beim Anbieter", "ist nicht, dass …"). */
const TROUBLE_EXPLAINED_AFTER = /^[ \u00a0]+(?:(?:liegt|lag|liege|lagen|liegen)(?![\p{L}])|(?:ist|war|sei)(?:[ \u00a0]+(?:nicht|aber|jedoch|vielmehr))?[ \u00a0]*,[ \u00a0]*(?:dass|daß)(?![\p{L}]))/u;

/** "immer mal wieder", "immer wieder", "mal wieder" before "wieder": now and then. */
const NOW_AND_THEN = /(?<![\p{L}])(?:immer[ \u00a0,]*(?:mal[ \u00a0]+)?|mal[ \u00a0]+)wieder(?![\p{L}])/iu;

/** Words before "zu erreichen" that make it an attempt or a purpose ("versuchen, … zu erreichen", "um … zu erreichen"). */
const ATTEMPT_BEFORE = /(?<![\p{L}])(?:versuch\p{L}*|Versuch\p{L}*|um|bemüh\p{L}*)(?:[ \u00a0,]+[\p{L}\p{N}-]+){0,8}[ \u00a0,]*$/u;

export function invert(status: ServiceStatus): ServiceStatus {
  return status === 'operational' || status === 'restored' ? 'outage' : 'operational';
}

/** Staff away ("krankheitsbedingte Ausfälle"): a noun like "Ausfälle", a cause after "wegen" as well. */
const STAFF_ABSENCE = /^(?:krankheitsbedingt|personell)\p{L}*[ \u00a0]+\p{L}*(?:ausfall|ausfälle|ausfällen)$/iu;

/** A verb of working standing alone as the cue ("funktioniert", "läuft"). */
const WORKING_VERB = /^(?:funktioniert|funktionieren|funktionierte|funktionierten|läuft|laufen|lief|liefen|geht|gehen|ging|gingen)$/iu;
/** "kein" right after such a verb, at most two words between ("funktioniert derzeit kein einziger Computer"). */
const KEIN_AFTER_VERB = /^(?:[ \u00a0]+[\p{L}]+){0,2}[ \u00a0]+kein(?:e|en|er|es)?(?![\p{L}])/iu;

const CONTRARY_TO_BEFORE = /(?<![\p{L}])entgegen[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,6}$/u;
const WEDER = /(?<![\p{L}])[Ww]eder(?![\p{L}])/u;
const AS_FOLLOWS = /(?<![\p{L}])wie[ \u00a0]+folgt(?![\p{L}])/u;

/**
 * Whether a "weder" further back than the usual look-back negates the cue ("Weder telefonisch, noch persönlich ist das
 * Bürgerbüro Hattingen derzeit erreichbar"): the same negation pattern over 90 characters, read only where "weder" stands there.
 */
function wederReaches(text: string, sentence: Sentence, cue: Cue<ServiceStatus>): boolean {
  const far = text.slice(Math.max(sentence.start, cue.span.start - 90), cue.span.start);
  return far.length > 50 && WEDER.test(far.slice(0, -40)) && negationBefore(far);
}

/** Whether `before` ends inside a clause opened by "bis", "bevor" or "ehe" (the words are looked for first: most cues have none). */
function untilClauseBefore(before: string): boolean {
  return (before.includes('bis') || before.includes('evor') || before.includes('ehe') || before.includes('Ehe')) && UNTIL_CLAUSE_BEFORE.test(before);
}

/** A clause opened by "bis", "bevor" or "ehe" that the cue stands in (the words between hold no clause break). */
const UNTIL_CLAUSE_BEFORE = /(?:^|[,;(–-])[ \u00a0]*(?:[Bb]evor|[Ee]he|bis[ \u00a0]+(?:die|der|das|den|dem|es|sie|er|alle|man|wir|diese|dieser|dieses|sämtliche))(?![\p{L}])[^,;:.!?()]*$/u;

/** Closed or down as a state (an adjective or participle), which "nicht" right before it turns into working. */
const CLOSED_STATE = /^(?:geschlossen|lahm|lahmgelegt|lahm[ \u00a0]+gelegt|offline|abgeschaltet|außer[ \u00a0]+Betrieb|heruntergefahren|zusammengebrochen)$/iu;
const NOT_RIGHT_BEFORE = /(?<![\p{L}])(?:nicht|keineswegs)[ \u00a0]+$/u;
/** An emergency service as the subject of availability ("Ein Notdienst steht … zur Verfügung"). */
const EMERGENCY_SERVICE_BEFORE = /(?<![\p{L}])(?:Notdienst|Notbetrieb|Notbesetzung|Bereitschaftsdienst|Notfallbetrieb|Notfallsprechstunde|Notsprechstunde)(?![\p{L}])(?![^;!?]*(?<![\p{L}])(?:aber|jedoch|während|sonst)(?![\p{L}]))[^;!?]*$/u;
/** "um" opening a purpose, with no clause break before the cue. */
const AVOIDED_BEFORE = /(?<![\p{L}])[Uu]m[ \u00a0]+[^,;:.!?]{0,60}$/u;
/** The purpose is to avoid: "… zu vermeiden", "… zu minimieren". */
const AVOIDED_AFTER = /^[^,;:.!?]{0,30}?(?<![\p{L}])zu[ \u00a0]+(?:vermeiden|minimieren|verhindern|reduzieren|verringern|umgehen|verkürzen)(?![\p{L}])/u;
/** "ließen sich …", "lässt sich …" earlier in the clause: what follows is what can be done to a thing. */
const LET_ITSELF_BEFORE = /(?<![\p{L}])(?:ließ|ließen|lässt|lassen|ließe|ließen)[ \u00a0]+sich(?![\p{L}])[^,;:.!?]*$/u;
/** A gap named before a closing ("Datenlücken", "Sicherheitslücke", "Lücken"), the last of the stretch. */
const GAP_BEFORE = /\p{L}*[Ll]ücken?(?![\p{L}])(?!.*[Ll]ücke)/u;
const NO_LONGER_BEFORE = /(?<![\p{L}])nicht[ \u00a0]+mehr[ \u00a0]+$/u;
/** A partial qualifier right before the negation: "zum Teil nicht per E-Mail", "teilweise nicht". */
const PARTLY_NOT_BEFORE = /(?<![\p{L}])(?:zum[ \u00a0]+Teil|teilweise|zeitweise|zeitweilig|vereinzelt|stellenweise|stundenweise)[ \u00a0]+nicht(?:[ \u00a0]+[\p{L}-]+){0,3}[ \u00a0]+$/iu;
/** A partial qualifier at the head of the sentence, with no clause break before the cue. */
const PARTIAL_AT_START = /^[\s„“"»]*(?:Zum[ \u00a0]+Teil|Teilweise|Zeitweise|Zeitweilig|Vereinzelt|Stellenweise|Stundenweise)(?![\p{L}])[^,;:.!?]*$/u;
const STAFF_OUT = /^(?:ausgefallen|ausfallen|fallen[ \u00a0]+aus|fällt[ \u00a0]+aus|nicht[ \u00a0]+zur[ \u00a0]+Verfügung)$/iu;
/** Staff named as what is missing: "Mitarbeiterinnen und Mitarbeiter", "Beschäftigte", "Personal" earlier in the clause. */
const STAFF_BEFORE = /(?<![\p{L}])(?:Mitarbeiter\p{L}*|Beschäftigte\p{L}*|Bedienstete\p{L}*|Kolleg\p{L}*|Personal|Angestellte\p{L}*)(?![\p{L}])[^.;:!?]*$/u;

/** The status cues `cues` of a sentence (from {@link findCues}), turned by negation, "wieder", focus, cause and condition. */
export function statusCues(text: string, sentence: Sentence, services: readonly Cue<Service>[], cues: readonly Cue<ServiceStatus>[]): Cue<ServiceStatus>[] {
  const statuses: Cue<ServiceStatus>[] = [];
  for (const s of cues) {
    const before = text.slice(Math.max(sentence.start, s.span.start - 90), s.span.start);
    // "ohne Telefonnetz": a missing service only where one follows ("ohne Genehmigung" is none).
    // Only of channels and IT: "ohne Führerschein" is an offence, "ohne Termin" a condition.
    if (/^ohne$/iu.test(s.span.text) && !services.some((v) => v.span.start >= s.span.end && v.span.start <= s.span.end + 6 && WITHOUT_SERVICES.has(v.value))) continue;
    // "stellt ... Räume zur Verfügung": something provided, not a state of the provider.
    if (s.value === 'operational' && /^zur Verfügung$/iu.test(s.span.text)
      && (/(?<![\p{L}])(?:stellt|stellen|stellte|stellten|gestellt)(?![\p{L}])/iu.test(text.slice(Math.max(sentence.start, s.span.start - 160), s.span.start))
        || /^[ \u00a0]+(?:gestellt|stellen|stellt|zu[ \u00a0]+stellen)(?![\p{L}])/iu.test(text.slice(s.span.end, s.span.end + 20)))) continue;
    // "Ein Notdienst steht … im Standesamt und im Bürgerbüro zur Verfügung": what is there is the emergency service, which
    // says the offices are degraded, not working.
    if (s.value === 'operational' && /^zur Verfügung$/iu.test(s.span.text) && EMERGENCY_SERVICE_BEFORE.test(text.slice(Math.max(sentence.start, s.span.start - 240), s.span.start))) continue;
    // "ließen sich die Jalousien der Fenster nicht mehr schließen": a thing that can (not) be shut, not an office closing.
    if (s.value === 'outage' && /^(?:schließen|öffnen)$/iu.test(s.span.text) && LET_ITSELF_BEFORE.test(before)) continue;
    // "Datenlücken, die nur durch die manuelle Nacherfassung geschlossen werden könnten", "die Sicherheitslücke wurde
    // geschlossen": a gap closed, not an office; no service may stand between the gap and the closing.
    if (s.value === 'outage' && /^(?:geschlossen|schließen|schließt|zu schließen)$/iu.test(s.span.text)) {
      const gap = GAP_BEFORE.exec(before);
      if (gap && !services.some((v) => v.span.start >= s.span.start - before.length + gap.index + gap[0].length && v.span.end <= s.span.start)) continue;
    }
    // "die versuchen, das Rathaus telefonisch zu erreichen", "um … zu erreichen": an attempt or a purpose, no state.
    if (s.value === 'operational' && /^zu erreichen$/iu.test(s.span.text) && ATTEMPT_BEFORE.test(text.slice(Math.max(sentence.start, s.span.start - 90), s.span.start))) continue;
    // "immer mal wieder", "mal wieder": now and then, no restoration.
    if (s.value === 'restored' && NOW_AND_THEN.test(text.slice(Math.max(sentence.start, s.span.start - 12), s.span.start + s.span.text.search(/wieder/iu) + 6))) continue;
    // "Das geht gar nicht": unacceptable, an idiom, no state.
    if (s.value === 'outage' && /^geht[ \u00a0]+gar[ \u00a0]+nicht$/iu.test(s.span.text) && /(?<![\p{L}])(?:das|es)[ \u00a0]+$/iu.test(before)) continue;
    // "das Problem liegt beim Anbieter": where the trouble lies, told as its cause.
    // "Das Problem ist nicht, dass …": what the trouble is, explained.
    if (STATUS_NOUN.test(s.span.text) && TROUBLE_EXPLAINED_AFTER.test(text.slice(s.span.end, s.span.end + 20))) continue;
    // "weiterhin im Rathaus zu erreichen": where an office is found, not whether it works.
    if (s.value === 'operational' && /^(?:zu[ \u00a0]+)?erreich/iu.test(s.span.text) && FOUND_AT_BEFORE.test(before)) continue;
    // "ist ab Januar wie folgt zu erreichen: …", "geöffnet wie folgt": opening hours announced, a pointer, no state.
    if (s.value === 'operational' && (before.includes('folgt') || text.startsWith(' wie', s.span.end)) && (AS_FOLLOWS.test(before.slice(-30)) || AS_FOLLOWS.test(text.slice(s.span.end, s.span.end + 14)))) continue;
    // "entgegen der angekündigten Einschränkungen": a restriction that did not come about.
    if ((s.value === 'degraded' || s.value === 'outage') && before.includes('entgegen') && CONTRARY_TO_BEFORE.test(before)) continue;
    // "so schnell wie möglich": a manner, no state.
    if (/^möglich$/iu.test(s.span.text) && /(?<![\p{L}])wie[ \u00a0]+$/iu.test(before)) continue;
    // "…, bis die Systeme wieder laufen", "bevor es wieder ans Netz kann": a state still to come, told as a limit.
    if (untilClauseBefore(before)) continue;
    // "um Warteschlangen und Verzögerungen zu minimieren", "Um Wartezeiten zu vermeiden, …": trouble to be avoided, not a state.
    if (s.value !== 'operational' && s.value !== 'restored' && AVOIDED_BEFORE.test(before) && AVOIDED_AFTER.test(text.slice(s.span.end, Math.min(sentence.end, s.span.end + 40)))) continue;
    // "Wegen einer Störung ist ...": the noun names the cause, not the state.
    if ((STATUS_NOUN.test(s.span.text) || STAFF_ABSENCE.test(s.span.text)) && causeBefore(before)) continue;
    // "Die Störung an der Telefonanlage ist behoben": the noun names what was fixed.
    if (STATUS_NOUN.test(s.span.text) && cues.some((c) => c.value === 'restored' && c.span.start > s.span.end && /behoben|beseitigt|beheben|beseitigen/iu.test(c.span.text))) continue;
    // "können Anträge erst wieder nach Behebung des Schadens bearbeiten": back only once something has happened, not yet.
    if (s.value === 'restored' && ONLY_AGAIN_AFTER.test(text.slice(Math.max(sentence.start, s.span.start - 12), Math.min(sentence.end, s.span.end + 40)))) {
      statuses.push({ span: s.span, value: 'outage', weight: s.weight });
      continue;
    }
    if (s.value === 'restored' && negatedAgain(before)) {
      statuses.push({ span: s.span, value: 'outage', weight: s.weight });
      continue;
    }
    if (s.value === 'degraded' && /^nur/iu.test(s.span.text)) {
      // "nur" before a service with its article is a focus particle ("Nur das Standesamt ist geöffnet"): the plain status.
      const inside = services.find((v) => v.span.start > s.span.start && v.span.end <= s.span.end);
      if (inside && FOCUS_NUR.test(text.slice(s.span.start, inside.span.start))) {
        statuses.push({ span: s.span, value: 'operational', weight: 0.8 });
        continue;
      }
    }
    // "nicht beeinträchtigt", "nicht gestört", "nicht eingeschränkt": working.
    if ((s.value === 'degraded' || s.value === 'outage') && /^(?:beeinträchtigt|eingeschränkt|gestört|betroffen|ausgefallen)$/iu.test(s.span.text) && negationBefore(before)) {
      statuses.push({ span: s.span, value: 'operational', weight: s.weight });
      continue;
    }
    // "Die Verwaltung ist nicht lahm", "Das Rathaus ist nicht geschlossen": "nicht" right before a closed state says working.
    if (s.value === 'outage' && CLOSED_STATE.test(s.span.text) && NOT_RIGHT_BEFORE.test(before)) {
      statuses.push({ span: s.span, value: 'operational', weight: s.weight });
      continue;
    }
    // "Das Rathaus ist nicht mehr geschlossen": open again.
    if (s.value === 'outage' && CLOSED_STATE.test(s.span.text) && NO_LONGER_BEFORE.test(before)) {
      statuses.push({ span: s.span, value: 'restored', weight: s.weight });
      continue;
    }
    // "Mitarbeiterinnen und Mitarbeiter … im Fachbereich Bürgerservice krankheitsbedingt ausgefallen": staff missing, the service short of hands.
    if (s.value === 'outage' && STAFF_OUT.test(s.span.text) && STAFF_BEFORE.test(before)) {
      statuses.push({ span: s.span, value: 'degraded', weight: s.weight });
      continue;
    }
    // "Zum Teil waren die Behörden nicht per E-Mail erreichbar", "Teilweise waren die Ämter nicht erreichbar": the clause's part.
    if (s.value === 'outage' && PARTIAL_AT_START.test(text.slice(sentence.start, s.span.start))) {
      statuses.push({ span: s.span, value: 'degraded', weight: s.weight });
      continue;
    }
    if (s.value === 'outage' && partialBefore(before)) {
      statuses.push({ span: s.span, value: 'degraded', weight: s.weight });
      continue;
    }
    // "Termine finden nicht wie geplant statt": restricted.
    // "nicht in gewohntem Umfang zur Verfügung", "nicht in vollem Umfang": short of the usual, not out.
    if (s.value === 'operational' && /^(?:wie|in |im )/iu.test(s.span.text) && /(?<![\p{L}])nicht[ \u00a0]+$/iu.test(before)) {
      statuses.push({ span: s.span, value: 'degraded', weight: s.weight });
      continue;
    }
    if (s.value !== 'operational' || /^(?:nicht|kein|wie)/iu.test(s.span.text)) {
      statuses.push(s);
      continue;
    }
    if (notAsUsualBefore(before)) statuses.push({ span: s.span, value: 'degraded', weight: s.weight });
    // "findet kein Gesprächsaufbau statt": the negation inside the cue.
    else if (NEGATION_INSIDE.test(s.span.text)) statuses.push({ span: s.span, value: 'outage', weight: s.weight });
    // "Es funktioniert derzeit kein einziger Computer mehr": "kein" after the verb, before what does not work.
    else if (WORKING_VERB.test(s.span.text) && KEIN_AFTER_VERB.test(text.slice(s.span.end, Math.min(sentence.end, s.span.end + 40)))) statuses.push({ span: s.span, value: 'outage', weight: s.weight });
    else if (negationBefore(before) || wederReaches(text, sentence, s) || keinReaches(text, sentence, cues, s)) {
      // "Zum Teil waren die Behörden nicht per E-Mail erreichbar", "waren teilweise nicht erreichbar": not reachable in part.
      const partly = PARTIAL_AT_START.test(text.slice(sentence.start, s.span.start)) || PARTLY_NOT_BEFORE.test(before);
      statuses.push({ span: s.span, value: partly ? 'degraded' : 'outage', weight: s.weight });
    }
    else if (againBefore(before) || /(?<![\p{L}])wieder(?![\p{L}])/iu.test(s.span.text)) statuses.push({ span: s.span, value: 'restored', weight: s.weight });
    else if (CONDITION.test(s.span.text) || CONDITION_BEFORE.test(before)) statuses.push({ span: s.span, value: 'degraded', weight: s.weight });
    else statuses.push(s);
  }
  // "nicht vollständig arbeitsfähig", "noch nicht wieder vollständig verfügbar", "funktionieren nicht überall": a negation of
  // wholeness is short of whole, not out (guide §4: partly is degraded).
  for (let k = 0; k < statuses.length; k++) {
    const st = statuses[k]!;
    if (st.value === 'outage' && NOT_FULLY.test(text.slice(Math.max(sentence.start, st.span.start - 20), Math.min(sentence.end, st.span.end + 15)))) {
      statuses[k] = { span: st.span, value: 'degraded', weight: st.weight };
    }
  }
  // "Eine Störung hat die Kundenzentren lahmgelegt", "Die Störung hat keine Auswirkungen auf …": beside another status
  // word the noun "Störung" names the trouble, not the state; alone ("Störung der Telefonanlage") it is the state.
  if (statuses.length > 1 && statuses.some((c) => TROUBLE_NOUN.test(c.span.text)) && statuses.some((c) => !TROUBLE_NOUN.test(c.span.text))) {
    return statuses.filter((c) => !TROUBLE_NOUN.test(c.span.text));
  }
  return statuses;
}

/** "nicht" with a word of wholeness: "nicht vollständig", "noch nicht wieder in vollem Umfang", "nicht überall". */
const NOT_FULLY = /(?<![\p{L}])nicht[ \u00a0]+(?:(?:mehr|noch|wieder)[ \u00a0]+)*(?:voll|vollständig|vollumfänglich|komplett|uneingeschränkt|überall|durchgehend|durchgängig|flächendeckend|in[ \u00a0]+vollem[ \u00a0]+Umfang|in[ \u00a0]+allen[ \u00a0]+Bereichen)(?![\p{L}])/iu;

/** "erst wieder nach …", "erst wieder, wenn …": a return bound to a condition still to be met. */
const ONLY_AGAIN_AFTER = /(?<![\p{L}])erst[ \u00a0]+wieder(?:[ \u00a0]+[\p{L}]+){0,3}[ \u00a0,]+(?:nach|wenn|sobald|falls)(?![\p{L}])/u;

/** The noun "Störung" as a status cue (degraded, as "gestört"). */
const TROUBLE_NOUN = /^Störung(?:en)?$/u;

/**
 * The status cue for a service: each cue goes to the service it is nearest to, and a service takes the
 * nearest of its own cues ("Standesamt beurkundet wieder, E-Mails kommen verzögert an"); a service without
 * cues of its own (an item of a list) takes the nearest cue of the clause.
 */
export function cueFor(service: Cue<Service>, services: readonly Cue<Service>[], all: readonly Cue<ServiceStatus>[]): Cue<ServiceStatus> | undefined {
  // "Rathaus seit vier Wochen ohne Telefon": what is missing follows "ohne"; the service before it is the one without it.
  const statuses = all.some((c) => c.span.start >= service.span.end && WITHOUT.test(c.span.text))
    ? all.filter((c) => !(c.span.start >= service.span.end && WITHOUT.test(c.span.text)))
    : all;
  const own = statuses.filter((c) => nearest(services, c.span) === service);
  const pick = nearest(own.length > 0 ? own : statuses, service.span);
  // Open but restricted is degraded, not operational as well (annotation guide §4): "geöffnet – Einschränkungen".
  if (pick?.value === 'operational') {
    const restriction = (own.length > 0 ? own : statuses).find((c) => c.value === 'degraded');
    if (restriction) return restriction;
    // "sind ab Dienstag wie gewohnt ab 9 Uhr wieder geöffnet": back after a closure, as usual from then on.
    const restored = (own.length > 0 ? own : statuses).find((c) => c.value === 'restored');
    if (restored && /^wie[ \u00a0]/iu.test(pick.span.text)) return restored;
  }
  return pick;
}

const WITHOUT = /^ohne$/iu;
const KEIN_BARRIER = /[:;–]|,[ \u00a0]*(?:aber|doch|jedoch|sondern|während|und|oder|weil|denn|da|sodass|damit|wenn|falls)(?![\p{L}])/u;
const KEIN = /(?<![\p{L}])[Kk]ein(?:e|en|em|er|es)?(?![\p{L}])/gu;

/**
 * Whether a "kein" earlier in the sentence negates an operational cue however far the noun phrase runs
 * ("keine Online-Behördengänge wie die Kfz-Zulassung, ... oder der Antrag für eine Müllmarke möglich"):
 * the last "kein" before the cue, within 160 characters, with no other status cue in between.
 */
export function keinReaches(text: string, sentence: Sentence, cues: readonly Cue<ServiceStatus>[], cue: Cue<ServiceStatus>): boolean {
  const from = Math.max(sentence.start, cue.span.start - 160);
  const stretch = text.slice(from, cue.span.start);
  KEIN.lastIndex = 0;
  let last = -1;
  for (let m = KEIN.exec(stretch); m; m = KEIN.exec(stretch)) last = m.index;
  if (last < 0) return false;
  const at = from + last;
  // Not across a clause: "müssen sich keine Sorgen machen: Alle Eheschließungen finden statt".
  if (KEIN_BARRIER.test(text.slice(at, cue.span.start))) return false;
  return !cues.some((c) => c !== cue && c.span.start >= at && c.span.end <= cue.span.start);
}
