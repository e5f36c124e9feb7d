import type { DateMention, District, Municipality, ServiceImpact, ServiceStatus } from '@lagebild/schema';
import type { Service, SourceKind } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { longestNonOverlapping, spanOf } from '../text/spans.js';
import { isWordChar, type Tokens } from '../text/tokens.js';
import { endsWithMatch } from '../text/suffix.js';
import {
  AGAIN_BEFORE, CAUSE_BEFORE, CHANNEL_BEFORE, CLAUSE_BREAK, CONFIDENCE, DISTRICT_SERVICES, EMERGENCY_PAGE, EXCEPTION_START, FOCUS_NUR, GENERIC_SUBJECT,
  INTENT, KREIS_SERVICE, NEGATED_AGAIN, NEGATION_BEFORE, NOT_SUBJECT_AFTER, NOT_SUBJECT_BEFORE, OWN_KREIS_AFTER, OWNER_GAP, OWNING_PLACE_GAP,
  PLACE_LIST_GAP, SERVICE_CUES, SERVICE_MODIFIERS, SINCE_BEFORE, STATUS_CUES, STATUS_NOUN, UNTIL_BEFORE, IT_OF_SERVICE, GENERIC_IT, CONDITION, QUANTIFIER, NOT_PUBLIC_BEFORE, BUILDING_CONTEXT_BEFORE, BUILDING_NAME_AFTER,
} from './constants.js';

const notSubjectBefore = endsWithMatch(NOT_SUBJECT_BEFORE);
const notPublicBefore = endsWithMatch(NOT_PUBLIC_BEFORE);
const buildingContextBefore = endsWithMatch(BUILDING_CONTEXT_BEFORE);
const channelBefore = endsWithMatch(CHANNEL_BEFORE);
const causeBefore = endsWithMatch(CAUSE_BEFORE);
const negationBefore = endsWithMatch(NEGATION_BEFORE);
const againBefore = endsWithMatch(AGAIN_BEFORE);
const sinceBefore = endsWithMatch(SINCE_BEFORE);
const untilBefore = endsWithMatch(UNTIL_BEFORE);
const negatedAgain = endsWithMatch(NEGATED_AGAIN);

interface Cue<T> { readonly span: { start: number; end: number; text: string }; readonly value: T; readonly weight: number }

interface ServiceForm { readonly written: string; readonly service: Service; readonly prefix: boolean }

/**
 * A number for the first three characters at `at` (ten bits each), or -1 when one of them is beyond
 * U+03FF (no cue starts with such a character). Numbers as keys spare a string per word.
 */
function keyAt(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  if (!(a < 1024 && b < 1024 && c < 1024)) return -1; // also NaN past the end
  return (a << 20) | (b << 10) | c;
}

/** Service forms by their first three characters, longest first. */
const SERVICE_FORMS = new Map<number, ServiceForm[]>();
for (const cue of SERVICE_CUES) {
  for (const [list, prefix] of [[cue.prefix ?? [], true], [cue.exact ?? [], false]] as const) {
    for (const written of list) {
      const key = keyAt(written, 0);
      const forms = SERVICE_FORMS.get(key) ?? [];
      forms.push({ written, service: cue.service, prefix });
      SERVICE_FORMS.set(key, forms);
    }
  }
}
for (const forms of SERVICE_FORMS.values()) forms.sort((a, b) => b.written.length - a.written.length);

/** The service form written at `at` (checked against the word it ends in), or undefined. */
function serviceFormAt(text: string, at: number, key: number): ServiceForm | undefined {
  const forms = SERVICE_FORMS.get(key);
  if (!forms) return undefined;
  for (const f of forms) {
    // The key holds the first three characters; the rest compared by hand (most forms differ at the fourth,
    // where a call of startsWith per form would cost more than the comparison).
    const written = f.written;
    const length = written.length;
    if (at + length > text.length) continue;
    let k = 3;
    while (k < length && text.charCodeAt(at + k) === written.charCodeAt(k)) k++;
    if (k < length) continue;
    const end = at + length;
    if (f.prefix || !isWordChar(text, end)) return f;
  }
  return undefined;
}

/** First characters of service forms and modifiers: a word starting otherwise needs no lookup. */
const FIRST_CHARS = new Uint8Array(1024);
for (const cue of SERVICE_CUES) for (const w of [...(cue.prefix ?? []), ...(cue.exact ?? [])]) if (w.charCodeAt(0) < 1024) FIRST_CHARS[w.charCodeAt(0)] = 1;
for (const m of SERVICE_MODIFIERS) FIRST_CHARS[m.charCodeAt(0)] = 1;

/** Modifiers by their first three characters. */
const MODIFIERS = new Map<number, string[]>();
for (const m of SERVICE_MODIFIERS) {
  const list = MODIFIERS.get(keyAt(m, 0)) ?? [];
  list.push(m);
  MODIFIERS.set(keyAt(m, 0), list);
}

/** The service of a closed compound with a modifier ("Onlineterminvergabe" → appointments), or undefined. */
function modifiedForm(part: string, key: number): ServiceForm | undefined {
  const modifiers = MODIFIERS.get(key);
  if (!modifiers) return undefined;
  for (const modifier of modifiers) {
    if (part.length > modifier.length + 3 && part.startsWith(modifier)) {
      const rest = part.charAt(modifier.length).toUpperCase() + part.slice(modifier.length + 1);
      const f = serviceFormAt(rest, 0, keyAt(rest, 0));
      if (f && (f.prefix || f.written.length === rest.length)) return f;
    }
  }
  return undefined;
}

/**
 * Service cues of a text from its words: a cue may start any part of a hyphenated compound
 * ("Online-Terminbuchung", "E-Mail-Postfächer", "Standesamt-Software"), or follow a modifier of a closed
 * compound ("Onlineterminvergabe"); its span is the whole compound word.
 */
function findServices(tokens: Tokens): Cue<Service>[] {
  const { text, starts, ends } = tokens;
  const out: Cue<Service>[] = [];
  let i = 0;
  while (i < starts.length) {
    // Most words stand alone and start no form: passed over before any compound is looked at.
    const first = text.charCodeAt(starts[i]!);
    if ((first >= 1024 || FIRST_CHARS[first] === 0) && !(i + 1 < starts.length && ends[i]! + 1 === starts[i + 1]! && text.charCodeAt(ends[i]!) === 45)) {
      i++;
      continue;
    }
    // The compound: tokens joined by single hyphens.
    let j = i;
    while (j + 1 < starts.length && ends[j]! + 1 === starts[j + 1]! && text.charCodeAt(ends[j]!) === 45 /* - */) j++;
    const wordStart = starts[i]!;
    let wordEnd = ends[j]!;
    let found: ServiceForm | undefined;
    for (let k = i; k <= j && !found; k++) {
      const first = text.charCodeAt(starts[k]!);
      if (first >= 1024 || FIRST_CHARS[first] === 0) continue;
      const key = keyAt(text, starts[k]!);
      if (key < 0) continue;
      found = serviceFormAt(text, starts[k]!, key);
      if (found) {
        // Multi-word forms ("Kfz Zulassung", "Anmeldung eines Autos") end after the compound.
        const end = starts[k]! + found.written.length;
        if (end > wordEnd) {
          wordEnd = end;
          while (wordEnd < text.length && (isWordChar(text, wordEnd) || (text[wordEnd] === '-' && isWordChar(text, wordEnd + 1)))) wordEnd++;
        }
        break;
      }
      if (MODIFIERS.has(key)) found = modifiedForm(text.slice(starts[k]!, ends[k]!), key);
    }
    if (found) out.push({ span: spanOf(text, wordStart, wordEnd), value: found.service, weight: 1 });
    i = j + 1;
    while (i < starts.length && starts[i]! < wordEnd) i++;
  }
  return out;
}

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
/**
 * Triggers by a hash of their first two characters, so that one pass over a sentence finds them all: a
 * position whose bucket is empty (most) costs one array read.
 */
const pairHash = (a: number, b: number): number => ((a << 7) ^ b) & 0xffff;
const TRIGGER_BUCKETS: (number[] | undefined)[] = new Array<number[] | undefined>(65536).fill(undefined);
TRIGGERS.forEach((t, i) => {
  const h = pairHash(t.charCodeAt(0), t.charCodeAt(1));
  (TRIGGER_BUCKETS[h] ??= []).push(i);
});

/**
 * Which triggers `lower` contains (1 = yes), as `lower.includes(trigger)` would say for each: one pass
 * over the sentence instead of one search per trigger.
 */
function triggersIn(lower: string): Uint8Array {
  const present = new Uint8Array(TRIGGERS.length);
  const n = lower.length;
  let c = lower.charCodeAt(0);
  for (let i = 0; i + 1 < n; i++) {
    const d = lower.charCodeAt(i + 1);
    const bucket = TRIGGER_BUCKETS[pairHash(c, d)];
    if (bucket !== undefined) {
      for (const t of bucket) {
        if (present[t] !== 0) continue;
        const trigger = TRIGGERS[t]!;
        const length = trigger.length;
        if (i + length > n || trigger.charCodeAt(0) !== c || trigger.charCodeAt(1) !== d) continue;
        let k = 2;
        while (k < length && lower.charCodeAt(i + k) === trigger.charCodeAt(k)) k++;
        if (k === length) present[t] = 1;
      }
    }
    c = d;
  }
  return present;
}
const STATUS_PATTERNS = STATUS_CUES.map((c) => ({
  re: new RegExp(`(?:${lowerPattern(c.pattern)})(?![\\p{L}\\p{N}])`, 'gu'),
  fallback: new RegExp(`(?:${c.pattern})(?![\\p{L}\\p{N}])`, 'giu'),
  value: c.status, weight: c.weight, triggers: c.triggers.map((t) => TRIGGERS.indexOf(t)),
}));

type Place = { kind: 'municipality'; mention: Municipality } | { kind: 'district'; mention: District };

/** The place an impact belongs to, and how it was found. */
interface Binding { readonly place: Place; readonly factor: number }

/** A document's text with the mentions impacts are built from. */
export interface ImpactInput {
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  readonly municipalities: readonly Municipality[];
  readonly districts: readonly District[];
  readonly dates: readonly DateMention[];
  /** Publication date, `YYYY-MM-DD` (Europe/Berlin), else the latest day written with its year; undefined when neither exists. */
  readonly referenceDate: string | undefined;
  /** The publisher's own municipality or district, the place of last resort. */
  readonly publisher?: Place | undefined;
  /** The publisher is the Kreis itself (a district's own release): its offices are the Kreis's wherever they are. */
  readonly kreisPublisher?: boolean;
  /** The publisher's source kind; police, prosecutors, federal agencies and news speak of others' services. */
  readonly publisherKind?: SourceKind | undefined;
  /** Spans of IT providers named in the text ("Südwestfalen-IT"): bare IT words beside them are the provider's. */
  readonly providers?: readonly { start: number; end: number }[];
  /** Spans of phone numbers and addresses: a clause with one tells how to reach someone. */
  readonly contacts?: readonly { start: number; end: number }[];
}

/** Cues of `patterns` (built from STATUS_CUES: their triggers index TRIGGERS) between `start` and `end`. */
function findCues<T>(
  text: string, start: number, end: number,
  patterns: readonly { re: RegExp; fallback: RegExp; value: T; weight: number; triggers: readonly number[] }[],
): Cue<T>[] {
  const slice = text.slice(start, end);
  const lower = slice.toLowerCase();
  // Lower-casing keeps offsets for German text; where it does not ("İ"), the case-insensitive patterns run instead.
  const aligned = lower.length === slice.length;
  const subject = aligned ? lower : slice;
  const out: Cue<T>[] = [];
  const present = triggersIn(lower);
  for (const p of patterns) {
    let triggered = false;
    for (const t of p.triggers) {
      if (present[t] === 1) {
        triggered = true;
        break;
      }
    }
    if (!triggered) continue;
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
  return longestNonOverlapping(out);
}

function invert(status: ServiceStatus): ServiceStatus {
  return status === 'operational' || status === 'restored' ? 'outage' : 'operational';
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end + 1; // a cue after the service is preferred on ties
  return 0;
}

function placesIn(places: readonly Place[], start: number, end: number): Place[] {
  return places.filter((p) => p.mention.span.start >= start && p.mention.span.end <= end);
}

function nearest<T extends { span: { start: number; end: number } }>(items: readonly T[], to: { start: number; end: number }): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = distance(to, item.span);
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Service impacts, sentence by sentence: service cues (whole compound words, vocabulary as data) and status
 * cues are paired within a clause (contrast words like "aber", "während", "bis auf" start a new clause; a
 * "bis auf" clause without its own status takes the opposite of the sentence's), each status going to the
 * service it is nearest to and lists sharing it. Negations ("nicht erreichbar", "noch nicht wieder
 * freigeschaltet"), "wieder" (restoration), "nur"/"ausschließlich" (restriction, or focus before "das
 * Standesamt"), conditions ("nach vorheriger Terminvereinbarung"), causes ("wegen einer Störung") and plans
 * ("daran arbeiten, ... wieder in Betrieb zu nehmen") are read; an emergency page that is up means a degraded
 * website. Speakers, owners, channels ("per E-Mail"), contact lines and private look-alikes are no subjects;
 * the IT of a named service is that service. Each impact is bound to the place that owns the service
 * ("Website der Stadt Lünen"), the Kreis for the Kreis's own offices ("Kreishaus", "des Kreises", any
 * registration office in a Kreis's own release), or the nearest place of its sentence (and the places listed
 * with it); else to the last place of the previous sentence or of the paragraph, the single place of the
 * headline, the publisher's place (cities and districts) or the place that dominates the document (not for
 * police and prosecutors), in that order. A statement about many places ("viele Rathäuser") binds to none
 * from context; bare IT words ("Server") need a place of their own outside city and district releases.
 */
export function extractImpacts(input: ImpactInput): ServiceImpact[] {
  // Service cues come from the words once; status cues are looked for only in sentences with a service.
  const allServices = findServices(input.tokens);
  return allServices.length === 0 ? [] : impactsOf(input, allServices);
}

/** Cues (or clauses, statuses) lying within `s`. */
function within<T extends { span: { start: number; end: number } }>(cues: readonly T[], s: { start: number; end: number }): T[] {
  return cues.filter((c) => c.span.start >= s.start && c.span.end <= s.end);
}

/** What every sentence of one text shares while its impacts are read. */
interface TextScope {
  readonly input: ImpactInput;
  readonly text: string;
  readonly places: readonly Place[];
  readonly out: ServiceImpact[];
  /** place|service|status|asOf of the impacts found so far: each is reported once. */
  readonly seen: Set<string>;
  /** Cities and districts speak of their own services; police, prosecutors and news need a place in the sentence for bare IT words. */
  readonly publicPublisher: boolean;
  /** A police or prosecutor's release names places where things happened; its dateline owns no services. */
  readonly authority: boolean;
  paragraphList: number[] | undefined;
}

/** What the services of one clause share. */
interface ClauseScope {
  readonly text: TextScope;
  readonly clause: Clause;
  readonly services: readonly Cue<Service>[];
  readonly statuses: readonly Cue<ServiceStatus>[];
  readonly previousStatus: ServiceStatus | undefined;
  readonly providerInClause: boolean;
  readonly contactInClause: boolean;
  readonly inSentence: readonly Place[];
  readonly binding: Binding | undefined;
  readonly when: { asOf?: string; since?: string; until?: string };
}

/**
 * The impacts of a text with service cues (the rest of {@link extractImpacts}, kept apart so the common
 * no-service case stays small). Split into a function per sentence, per service and per impact: each is
 * small enough for V8 to optimize soon and quickly, where one large function took a long-running worker
 * thousands of releases and a second of compile time to reach.
 */
function impactsOf(input: ImpactInput, allServices: readonly Cue<Service>[]): ServiceImpact[] {
  const { text, sentences } = input;
  const places: Place[] = [];
  for (const m of input.municipalities) places.push({ kind: 'municipality', mention: m });
  for (const d of input.districts) places.push({ kind: 'district', mention: d });
  places.sort((a, b) => a.mention.span.start - b.mention.span.start);
  const scope: TextScope = {
    input, text, places, out: [], seen: new Set<string>(),
    publicPublisher: input.publisherKind === undefined || input.publisherKind === 'city' || input.publisherKind === 'district',
    authority: input.publisherKind === 'police' || input.publisherKind === 'prosecutor',
    paragraphList: undefined,
  };
  // Service cues are in text order: most sentences are passed over by comparing offsets, not by filtering.
  let next = 0;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    while (next < allServices.length && allServices[next]!.span.start < sentence.start) next++;
    if (next === allServices.length) break;
    if (allServices[next]!.span.start >= sentence.end) continue;
    const found = within(allServices, sentence);
    if (found.length === 0) continue;
    // Questions ("Wann laufen die Systeme wieder?") state nothing.
    if (sentence.text.trimEnd().endsWith('?')) continue;
    impactsOfSentence(scope, sentence, index, found);
  }
  return scope.out;
}

/** The impacts one sentence states, given the service cues in it. */
function impactsOfSentence(scope: TextScope, sentence: Sentence, index: number, found: readonly Cue<Service>[]): void {
  const { text, input, places } = scope;
  // A sentence without any status word states nothing: its subjects need not be sorted out.
  const cues = findCues(text, sentence.start, sentence.end, STATUS_PATTERNS);
  if (cues.length === 0) return;
  const services = subjects(text, sentence, index, found);
  if (services.length === 0) return;
  const statuses = statusCues(text, sentence, services, cues);
  if (statuses.length === 0) return;
  const clauses = clausesOf(text, sentence, services, statuses);

  scope.paragraphList ??= paragraphStarts(text);
  const binding = bindPlace(scope.paragraphList, places, input.sentences, index, input.publisher, input.kreisPublisher === true, scope.authority);
  const when = timeOf(input, sentence, index);
  const inSentence = placesIn(places, sentence.start, sentence.end);
  let previousStatus: ServiceStatus | undefined;
  for (const clause of clauses) {
    // A restoration that is planned, hoped for or open is none yet.
    const intent = INTENT.test(text.slice(clause.start, clause.end));
    const clauseStatuses = within(statuses, clause).filter((s) => !(intent && s.value === 'restored'));
    const clauseServices = within(services, clause);
    const clauseScope: ClauseScope = {
      text: scope, clause, services: clauseServices, statuses: clauseStatuses, previousStatus,
      providerInClause: input.providers?.some((p) => p.start >= clause.start && p.end <= clause.end) ?? false,
      // "telefonisch unter (030) ... erreichbar", "per E-Mail unter ... erreichbar": how to reach someone, no state of a service.
      contactInClause: input.contacts?.some((c) => c.start >= clause.start && c.end <= clause.end) ?? false,
      inSentence, binding, when,
    };
    for (const service of clauseServices) impactsOfService(clauseScope, service);
    const dominant = nearest(clauseStatuses, { start: clause.start, end: clause.start });
    if (dominant) previousStatus = dominant.value;
  }
}

/** The impacts a clause states about one of its services: its status, and the places it goes to. */
function impactsOfService(scope: ClauseScope, service: Cue<Service>): void {
  const { text, input, places, authority, publicPublisher } = scope.text;
  const { clause, inSentence, binding } = scope;
  if (scope.contactInClause && (service.value === 'phone' || service.value === 'email')) return;
  let status: ServiceStatus | undefined;
  let cue = cueFor(service, scope.services, scope.statuses);
  if (cue) status = cue.value;
  else if (clause.exception && scope.previousStatus) {
    status = invert(scope.previousStatus);
    cue = undefined;
  }
  if (!status) return;
  // An emergency page that is up means the regular website is degraded; one that goes down says nothing new.
  if (service.value === 'website' && EMERGENCY_PAGE.test(service.span.text)) {
    if (status === 'outage') return;
    status = 'degraded';
  }
  // The Kreis's own offices ("Kreishaus", "Ausländerbehörde des Kreises") belong to the Kreis of the text.
  const kreis = (KREIS_SERVICE.test(service.span.text) || OWN_KREIS_AFTER.test(text.slice(service.span.end, service.span.end + 30)))
    ? kreisOf(places, input.publisher, input.kreisPublisher === true) : undefined;
  const owning = inSentence.find((p) => p.mention.span.start >= service.span.end
    && OWNING_PLACE_GAP.test(text.slice(service.span.end, p.mention.span.start)));
  const closest = owning ?? nearestPlace(inSentence, service.span);
  // Bare IT words ("Server", "Systeme") belong to no place by themselves: not to an IT provider named beside
  // them ("deren Systeme"), not to the places of a police release ("Server der Täter"), unless a place owns them.
  const genericIt = GENERIC_IT.test(service.span.text);
  if (genericIt && !owning && (scope.providerInClause || (authority && !kreis) || (!closest && !kreis && !publicPublisher))) return;
  const clauseText = text.slice(clause.start, clause.end);
  const generic = GENERIC_SUBJECT.test(clauseText) || (!publicPublisher && QUANTIFIER.test(clauseText));
  const targets = kreis ? [kreis] : closest ? listAround(text, inSentence, closest) : binding && !generic ? [binding.place] : [];
  const factor = kreis || closest ? 1 : binding?.factor ?? 1;
  const far = cue && distance(service.span, cue.span) > 60 ? CONFIDENCE.farApart : 1;
  const confidence = Math.round(CONFIDENCE.base * (cue?.weight ?? 0.7) * factor * far * 100) / 100;
  const start = Math.min(service.span.start, cue?.span.start ?? service.span.start);
  const end = Math.max(service.span.end, cue?.span.end ?? service.span.end);
  for (const target of targets) {
    const place = districtRunning(target, service.value, places, input.kreisPublisher ? input.publisher : undefined);
    addImpact(scope, place, service.value, status, start, end, confidence);
  }
}

/** Adds one impact unless the text has already said the same of the same place. */
function addImpact(scope: ClauseScope, place: Place, service: Service, status: ServiceStatus, start: number, end: number, confidence: number): void {
  const { when } = scope;
  const key = `${place.mention.ags}|${service}|${status}|${when.asOf}`;
  if (scope.text.seen.has(key)) return;
  scope.text.seen.add(key);
  // Built field by field in the schema's order (spreads of small objects cost a copy each).
  const ref = { ags: place.mention.ags, name: place.mention.name };
  const span = spanOf(scope.text.text, start, end);
  const impact: Omit<ServiceImpact, 'confidence'> & { confidence?: number } = place.kind === 'municipality'
    ? { span, municipality: ref, service, status, asOf: when.asOf }
    : { span, district: ref, service, status, asOf: when.asOf };
  if (when.since) impact.since = when.since;
  if (when.until) impact.until = when.until;
  impact.confidence = confidence;
  scope.text.out.push(impact as ServiceImpact);
}

/**
 * The services a sentence states something about: not the speaker ("ein Sprecher der Stadtverwaltung", "Die
 * Kreisverwaltung bittet"), not the owner of another ("IT-Struktur der Kreisverwaltung"), not a channel,
 * place or condition of another ("per E-Mail erreichbar", "im Rathaus", "nach vorheriger Terminvereinbarung"),
 * not a headline's label; the IT of a named service is that service ("die Fachanwendung im Standesamt").
 */
function subjects(text: string, sentence: Sentence, index: number, found: readonly Cue<Service>[]): Cue<Service>[] {
  // A headline's label ("Kreisverwaltung Siegen-Wittgenstein: Ausländerbehörde wieder erreichbar") names who speaks.
  const labelEnd = index === 0 ? text.indexOf(': ', sentence.start) : -1;
  const hasLabel = labelEnd > sentence.start && labelEnd < sentence.end;
  const specific = found.some((s) => s.value !== 'it-systems' && s.value !== 'administration');
  const kept = found.filter((s, i) => {
    const before = text.slice(Math.max(sentence.start, s.span.start - 40), s.span.start);
    if (notSubjectBefore(before) || notPublicBefore(before)) return false;
    // "in Richtung Rathaus Steglitz", "Vorplatz Rathaus Neukölln": a building as a place, not the administration.
    if (s.value === 'administration' && buildingContextBefore(before) && BUILDING_NAME_AFTER.test(text.slice(s.span.end, s.span.end + 60))) return false;
    if (NOT_SUBJECT_AFTER.test(text.slice(s.span.end, Math.min(sentence.end, s.span.end + 40)))) return false;
    if (specific && s.value === 'it-systems' && IT_OF_SERVICE.test(s.span.text)) return false;
    const previous = found[i - 1];
    const itOfThis = previous !== undefined && previous.value === 'it-systems' && IT_OF_SERVICE.test(previous.span.text) && s.value !== 'administration';
    if (previous && !itOfThis && OWNER_GAP.test(text.slice(previous.span.end, s.span.start))) return false;
    if (found.length > 1) {
      if (!itOfThis && channelBefore(before)) return false;
      if (hasLabel && s.span.end <= labelEnd && found.some((o) => o.span.start > labelEnd)) return false;
    }
    // "telefonisch" next to another service is the channel it is reached by, not a service of its own.
    return !(s.value === 'phone' && /^telefonisch/iu.test(s.span.text) && found.length > 1);
  });
  return kept;
}

/** The status cues `cues` of a sentence (from {@link findCues}), turned by negation, "wieder", focus, cause and condition. */
function statusCues(text: string, sentence: Sentence, services: readonly Cue<Service>[], cues: readonly Cue<ServiceStatus>[]): Cue<ServiceStatus>[] {
  const statuses: Cue<ServiceStatus>[] = [];
  for (const s of cues) {
    const before = text.slice(Math.max(sentence.start, s.span.start - 50), s.span.start);
    // "Wegen einer Störung ist ...": the noun names the cause, not the state.
    if (STATUS_NOUN.test(s.span.text) && causeBefore(before)) continue;
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
    if (s.value !== 'operational' || /^(?:nicht|kein|wie)/iu.test(s.span.text)) {
      statuses.push(s);
      continue;
    }
    if (negationBefore(before)) statuses.push({ span: s.span, value: 'outage', weight: s.weight });
    else if (againBefore(before) || /(?<![\p{L}])wieder(?![\p{L}])/iu.test(s.span.text)) statuses.push({ span: s.span, value: 'restored', weight: s.weight });
    else if (CONDITION.test(s.span.text)) statuses.push({ span: s.span, value: 'degraded', weight: s.weight });
    else statuses.push(s);
  }
  return statuses;
}

interface Clause { start: number; end: number; exception: boolean }

/**
 * The clauses of a sentence, with whether each is a "bis auf" exception. A break that leaves services
 * without a status on one side and a status without services on the other was a particle ("Das Rathaus
 * ist aber geöffnet"), and the two sides are one clause.
 */
function clausesOf(text: string, sentence: Sentence, services: readonly Cue<Service>[], statuses: readonly Cue<ServiceStatus>[]): Clause[] {
  const breaks = [sentence.start];
  // An exec loop: matchAll would copy the pattern for every sentence. No break is empty, so the loop ends.
  const sentenceText = sentence.text;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentenceText); m; m = CLAUSE_BREAK.exec(sentenceText)) breaks.push(sentence.start + m.index);
  breaks.push(sentence.end);
  const clauses: Clause[] = breaks.slice(0, -1).map((start, i) => ({ start, end: breaks[i + 1]!, exception: EXCEPTION_START.test(text.slice(start, breaks[i + 1])) }));
  const has = (items: readonly { span: { start: number; end: number } }[], c: Clause): boolean => items.some((x) => x.span.start >= c.start && x.span.end <= c.end);
  for (let i = 0; i + 1 < clauses.length; i++) {
    const a = clauses[i]!;
    const b = clauses[i + 1]!;
    if (b.exception) continue;
    if (has(services, a) && !has(statuses, a) && has(statuses, b) && !has(services, b)) {
      clauses.splice(i, 2, { start: a.start, end: b.end, exception: a.exception });
      i--;
    }
  }
  return clauses;
}

/**
 * The status cue for a service: each cue goes to the service it is nearest to, and a service takes the
 * nearest of its own cues ("Standesamt beurkundet wieder, E-Mails kommen verzögert an"); a service without
 * cues of its own (an item of a list) takes the nearest cue of the clause.
 */
function cueFor(service: Cue<Service>, services: readonly Cue<Service>[], statuses: readonly Cue<ServiceStatus>[]): Cue<ServiceStatus> | undefined {
  const own = statuses.filter((c) => nearest(services, c.span) === service);
  return nearest(own.length > 0 ? own : statuses, service.span);
}

/** The Kreis for a municipality when the service is one the Kreis runs and the text is about that Kreis. */
function districtRunning(place: Place, service: string, places: readonly Place[], kreis: Place | undefined): Place {
  if (place.kind !== 'municipality' || !DISTRICT_SERVICES.has(service)) return place;
  // A Kreis's own release speaks of its own offices, wherever they are ("Kfz-Zulassungsstelle in Ludwigshafen").
  if (kreis?.kind === 'district') return kreis;
  const districtAgs = place.mention.district.ags;
  return places.find((p) => p.kind === 'district' && p.mention.ags === districtAgs) ?? place;
}

/** The Kreis a text is about: the publisher's own, else the single district the text names. */
function kreisOf(places: readonly Place[], publisher: Place | undefined, kreisPublisher: boolean): Place | undefined {
  if (kreisPublisher && publisher?.kind === 'district') return publisher;
  const districts = new Map<string, Place>();
  for (const p of places) if (p.kind === 'district') districts.set(p.mention.ags, p);
  if (districts.size === 1) return [...districts.values()][0];
  return districts.size === 0 && publisher?.kind === 'district' ? publisher : undefined;
}

/** `place` and the places listed with it ("Siegen und Warburg", "Siegen-Wittgenstein und Soest"). */
function listAround(text: string, places: readonly Place[], place: Place): Place[] {
  const i = places.indexOf(place);
  let from = i;
  let to = i;
  while (from > 0 && PLACE_LIST_GAP.test(text.slice(places[from - 1]!.mention.span.end, places[from]!.mention.span.start))) from--;
  while (to < places.length - 1 && PLACE_LIST_GAP.test(text.slice(places[to]!.mention.span.end, places[to + 1]!.mention.span.start))) to++;
  return places.slice(from, to + 1);
}

function nearestPlace(places: readonly Place[], to: { start: number; end: number }): Place | undefined {
  return nearest(places.map((p) => ({ span: p.mention.span, place: p })), to)?.place;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/gu;

/** Starts of paragraphs (text after a blank line), ascending. */
function paragraphStarts(text: string): number[] {
  const out = [0];
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) out.push(m.index + m[0].length);
  return out;
}

function bindPlace(
  paragraphs: readonly number[], places: readonly Place[], sentences: readonly Sentence[], index: number, publisher: Place | undefined, kreisPublisher: boolean,
  authority: boolean,
): Binding | undefined {
  const sentence = sentences[index]!;
  let paragraph = 0;
  for (const p of paragraphs) if (p <= sentence.start) paragraph = p;
  // In a Kreis's own release, what no sentence places is about the Kreis (or another district named before).
  const kreis = kreisPublisher && publisher?.kind === 'district';
  // Plain loops for the last or first place of a stretch: this runs for every sentence with an impact.
  const previous = index > 0 ? sentences[index - 1] : undefined;
  if (previous && previous.start >= paragraph) {
    let last: Place | undefined;
    for (const p of places) {
      if ((!kreis || p.kind === 'district') && p.mention.span.start >= previous.start && p.mention.span.end <= previous.end) last = p;
    }
    if (last) return { place: last, factor: CONFIDENCE.placeFromPreviousSentence };
  }
  if (kreis && publisher) return { place: publisher, factor: CONFIDENCE.placeFromPublisher };
  let last: Place | undefined;
  for (const p of places) if (p.mention.span.end <= sentence.start && p.mention.span.start >= paragraph) last = p;
  if (last) return { place: last, factor: CONFIDENCE.placeFromContext };
  // A release's headline names its subject ("Lünen: Bürgerbüro eingeschränkt").
  const firstSentence = sentences[0];
  if (firstSentence) {
    let inTitle: Place | undefined;
    let single = true;
    for (const p of places) {
      if (p.mention.span.start < firstSentence.start || p.mention.span.end > firstSentence.end) continue;
      if (!inTitle) inTitle = p;
      else if (p.mention.ags !== inTitle.mention.ags) single = false;
    }
    if (inTitle && single) return { place: inTitle, factor: CONFIDENCE.placeFromTitle };
  }
  if (publisher) return { place: publisher, factor: CONFIDENCE.placeFromPublisher };
  if (authority) return undefined;
  const dominant = dominantPlace(places);
  if (dominant) return { place: dominant, factor: CONFIDENCE.placeFromDocument };
  return undefined;
}

/** The place most of the document's place mentions name (at least 60 % of them), if any. */
function dominantPlace(places: readonly Place[]): Place | undefined {
  if (places.length === 0) return undefined;
  const counts = new Map<string, { place: Place; count: number }>();
  for (const p of places) {
    const entry = counts.get(p.mention.ags) ?? { place: p, count: 0 };
    entry.count++;
    counts.set(p.mention.ags, entry);
  }
  // The first of the most named (as a stable sort by count would put first).
  let best: { place: Place; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  if (!best) return undefined;
  return best.count / places.length >= 0.6 ? best.place : undefined;
}

function dayOf(value: string): string {
  return value.slice(0, 10);
}

function notAfterReference(input: ImpactInput, value: string): boolean {
  return input.referenceDate === undefined || dayOf(value) <= input.referenceDate;
}

/** asOf, since and until for an impact in `sentence`. */
function timeOf(input: ImpactInput, sentence: Sentence, index: number): { asOf?: string; since?: string; until?: string } {
  const inSentence = input.dates.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);
  let since: string | undefined;
  let until: string | undefined;
  let asOf: string | undefined;
  for (const d of inSentence) {
    const before = input.text.slice(Math.max(sentence.start, d.span.start - 30), d.span.start);
    if (sinceBefore(before)) since ??= d.value;
    else if (untilBefore(before)) until ??= d.end ?? d.value;
    else if (notAfterReference(input, d.value) && (!asOf || d.value > asOf)) asOf = d.value;
  }
  if (!asOf && index > 0) {
    // A heading like "Update am Montagvormittag (6. November):" dates what follows it.
    const previous = input.sentences[index - 1]!;
    if (previous.text.trimEnd().endsWith(':')) {
      const heading = input.dates.filter((d) => d.span.start >= previous.start && d.span.end <= previous.end && notAfterReference(input, d.value));
      asOf = heading[heading.length - 1]?.value;
    }
  }
  asOf ??= input.referenceDate;
  return { ...(asOf ? { asOf } : {}), ...(since ? { since } : {}), ...(until ? { until } : {}) };
}
