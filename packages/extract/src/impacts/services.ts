import type { Service } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { spanOf } from '../text/spans.js';
import { isWordChar, type Tokens } from '../text/tokens.js';
import { endsWithMatch } from '../text/suffix.js';
import {
  APPOINTMENTS_OF_GAP, LOCATIVE_BEFORE_AUTHORITY, ATTACK_TARGET_BEFORE, ATTRIBUTE_OF_BEFORE, CHANNEL_FOR_ARRANGING, IT_WORK_BEFORE, PART_OF_ADMINISTRATION, BUILDING_CONTEXT_BEFORE, BUILDING_NAME_AFTER, CHANNEL_BEFORE, NOT_PUBLIC_BEFORE, NOT_SUBJECT_AFTER, NOT_SUBJECT_BEFORE,
  NOUN_PHRASE_SERVICES, OFFICES, OWNER_GAP, SERVICE_CUES, SERVICE_MODIFIERS, VERB_PHRASE_GAP, VERB_PHRASE_SERVICES,
} from './constants.js';
import type { Cue } from './cues.js';

const TROUBLE_WITH_BEFORE = /(?<![\p{L}])(?:Problem\p{L}*|Störung\p{L}*|Ausfall\p{L}*|Schwierigkeiten|Defekt\p{L}*)[ \u00a0]+(?:mit|bei|an|in|der|des)(?:[ \u00a0]+(?:dem|der|den|des))?[ \u00a0]+$/iu;
const FORMER_NAME_BEFORE = /(?<![\p{L}])(?:die|der|das|den)[ \u00a0]+(?:ehemaligen|ehemalige|ehemaliges|früheren|frühere|früheres)[ \u00a0]+$/iu;
/** Between a service and an office that goes with it: "Rathaus mit (dem) Standesamt", "Bürgeramt samt Meldestelle". */
const COMPANION_GAP = /^[ \u00a0]+(?:mit|samt|mitsamt)(?:[ \u00a0]+(?:dem|der|seinem|seiner|ihrem|ihrer))?[ \u00a0]+$/u;
const PARTNER_BEFORE = /(?<![\p{L}])(?:mit|für|sowie|durch|seitens|zusammen mit|gemeinsam mit)(?:[ \u00a0]+(?:dem|der|das|den|des))?[ \u00a0]+$/iu;
import { channelSubjects, isChannel } from './refiners/channels.js';

const notSubjectBefore = endsWithMatch(NOT_SUBJECT_BEFORE);
const attackTargetBefore = endsWithMatch(ATTACK_TARGET_BEFORE);
const notPublicBefore = endsWithMatch(NOT_PUBLIC_BEFORE);
const buildingContextBefore = endsWithMatch(BUILDING_CONTEXT_BEFORE);
const channelBefore = endsWithMatch(CHANNEL_BEFORE);
const attributeBefore = endsWithMatch(ATTRIBUTE_OF_BEFORE);
const itWorkBefore = endsWithMatch(IT_WORK_BEFORE);
/** "im", "in dem", "beim" right before a building word: where something happens. */
const locativeBefore = endsWithMatch(LOCATIVE_BEFORE_AUTHORITY);

/** A plural head for a body's offices ("Ämter", "Dienststellen"). */
const PLURAL_OFFICES_HEAD = /^(?:Ämter|Fachämter|Dienststellen)/u;
/** A building's utility as the subject of a failure ("der Strom", "die Heizungsanlage", "der Aufzug"). */
const BUILDING_UTILITY = /(?<![\p{L}])(?:der|die|das)[ \u00a0]+(?:Strom|Stromversorgung|Heizung|Heizungsanlage|Aufzug|Fahrstuhl|Klimaanlage|Lüftung|Lüftungsanlage|Wasserversorgung|Brandmeldeanlage|Licht)(?![\p{L}])/u;
/** A fire brigade as the owner of what is named before it ("die Rufnummern der Feuerwehr"). */
const OWNER_OF_BEFORE = /(?:Rufnummer|Rufnummern|Nummer|Nummern|Telefon\p{L}*|Leitung|Leitungen|Anschlüsse|Fahrzeuge|Gerätehäuser|Gerätehaus)[ \u00a0]+(?:der|von|unserer|unsere)[ \u00a0]+$/u;
/** What a fire brigade's own state is said with: reached, ready, working, affected or left out. */
const FIRE_BRIGADE_STATE = /(?<![\p{L}])(?:erreichbar|zu[ \u00a0]+erreichen|einsatzbereit|einsatzfähig|betroffen|ausgenommen|präsent|arbeiten|arbeitet|Schichtbetrieb|gilt|gelten)(?![\p{L}])/u;

/** Whether `s` is the office whose appointments follow it ("im Bürgerbüro keine Termine"). */
function placeOfAppointments(text: string, sentence: Sentence, s: Cue<Service>, next: Cue<Service> | undefined): boolean {
  return next !== undefined && next.value === 'appointments' && s.value !== 'administration'
    && /^[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}$/u.test(text.slice(s.span.end, next.span.start))
    && /(?<![\p{L}])(?:im|beim|in[ \u00a0]+(?:der|dem|den)|bei[ \u00a0]+(?:der|dem))[ \u00a0]+$/iu.test(text.slice(Math.max(sentence.start, s.span.start - 20), s.span.start));
}

/** "auch nicht über das", "auch nicht online über": a way named as not working either. */
const ALSO_NOT_BY_BEFORE = /(?<![\p{L}])(?:auch|ebenfalls)[ \u00a0]+nicht[ \u00a0]+(?:online[ \u00a0]+)?(?:über|per|via)[ \u00a0]+(?:(?:das|die|den|dem)[ \u00a0]+)?$/iu;

const SENTENCE_HEAD_PREPOSITION = /^(?:Bei|Für|Über|Trotz|Während|Neben|Innerhalb|Außerhalb)$/u;

/** Whether the text before an administration word makes it the owner of another thing, not a part standing for it. */
function attributeOf(before: string): boolean {
  if (!attributeBefore(before)) return false;
  const noun = /(\p{Lu}[\p{L}-]*)[ \u00a0]+(?:der|des)(?:[ \u00a0]+\p{Lu}[\p{L}]+er)?[ \u00a0]+$/u.exec(before)?.[1] ?? '';
  // "Bei der Stadtverwaltung ist alles geschlossen": a preposition at the head of a sentence is no owning noun ("In der
  // Stadtverwaltung sind Computerprogramme ausgefallen" names where, and stays out).
  return !PART_OF_ADMINISTRATION.test(noun) && !SENTENCE_HEAD_PREPOSITION.test(noun);
}

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
/** Exact forms of two characters ("IT"), which a key of three characters cannot hold: by their text. */
const TWO_CHARACTER_FORMS = new Map<string, ServiceForm>();
for (const cue of SERVICE_CUES) for (const written of cue.exact ?? []) if (written.length === 2) TWO_CHARACTER_FORMS.set(written, { written, service: cue.service, prefix: false });
const TWO_CHARACTER_FIRST = new Set([...TWO_CHARACTER_FORMS.keys()].map((w) => w.charCodeAt(0)));

/** Case endings an exact form may take ("Ämter" → "Ämtern", "Server" → "Servern", "Mail" → "Mails"). */
const INFLECTIONS = ['n', 's', 'e', 'en', 'es'];

function inflectionEndsAt(text: string, end: number): boolean {
  for (const ending of INFLECTIONS) {
    if (text.startsWith(ending, end) && !isWordChar(text, end + ending.length)) return true;
  }
  return false;
}

/** "alle Bürgerdienste" is the administration as a whole (annotation guide §4), not the citizens' office. */
function allServicesOf(text: string, start: number, service: Service): Service {
  return service === 'citizens-office' && text.startsWith('Bürgerdienste', start) && /(?:^|[^\p{L}])[Aa]lle[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 6), start))
    ? 'administration' : service;
}

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
    if (f.prefix || !isWordChar(text, end) || inflectionEndsAt(text, end)) return f;
  }
  return undefined;
}

/** First characters of service forms and modifiers: a word starting otherwise needs no lookup. */
const FIRST_CHARS = new Uint8Array(1024);
for (const cue of SERVICE_CUES) for (const w of [...(cue.prefix ?? []), ...(cue.exact ?? [])]) if (w.charCodeAt(0) < 1024) FIRST_CHARS[w.charCodeAt(0)] = 1;
for (const m of SERVICE_MODIFIERS) FIRST_CHARS[m.charCodeAt(0)] = 1;

/** Compounds naming an office's software or systems ("Meldesoftware", "Passsystem", "Kassensysteme"). */
const IT_COMPOUND = /^(?:\p{Lu}[\p{L}-]*software|(?:Melde|Pass|Kassen|Verwaltungs|Antrags|Dokumenten|Fach|Daten|Rechen|Netzwerk|Dokumentenmanagement)[\p{L}-]*(?:system|systeme|systems|systemen))$/u;
/** The heads {@link IT_COMPOUND} words end in: most long words end in "e", "n" or "s" too, but few in these. */
const IT_COMPOUND_HEADS = ['software', 'system', 'systeme', 'systems', 'systemen'];

/** Whether the word ending at `end` ends in a head of {@link IT_COMPOUND}. */
function itCompoundHeadAt(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last !== 101 /* e */ && last !== 109 /* m */ && last !== 110 /* n */ && last !== 115 /* s */) return false;
  for (const head of IT_COMPOUND_HEADS) if (text.startsWith(head, end - head.length)) return true;
  return false;
}

/**
 * A bit per hash of the first two characters of the service forms and modifiers: of the words FIRST_CHARS lets
 * pass (two in three), most start with two characters none of them starts with, and can start no cue.
 */
const pairBit = (a: number, b: number): number => ((a << 6) ^ b) & 0x3fff;
const FIRST_PAIRS = new Uint32Array(512);
for (const w of [...SERVICE_CUES.flatMap((c) => [...(c.prefix ?? []), ...(c.exact ?? [])]), ...SERVICE_MODIFIERS]) {
  const bit = pairBit(w.charCodeAt(0), w.charCodeAt(1));
  FIRST_PAIRS[bit >>> 5] = FIRST_PAIRS[bit >>> 5]! | (1 << (bit & 31));
}
/** Whether a service form or modifier may start at `at` (past the end of the text, a missing character reads as 0). */
function mayStartForm(text: string, at: number): boolean {
  const bit = pairBit(text.charCodeAt(at), text.charCodeAt(at + 1));
  return (FIRST_PAIRS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** Modifiers by their first three characters. */
const MODIFIERS = new Map<number, string[]>();
for (const m of SERVICE_MODIFIERS) {
  const list = MODIFIERS.get(keyAt(m, 0)) ?? [];
  list.push(m);
  MODIFIERS.set(keyAt(m, 0), list);
}

/**
 * A bit per hash of the keys of SERVICE_FORMS and MODIFIERS: most capitalised words start with a letter some form
 * starts with, but with three characters no form or modifier has, and a clear bit spares them two map look-ups.
 */
const keyBit = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 16;
const KNOWN_KEYS = new Uint32Array(2048);
for (const key of [...SERVICE_FORMS.keys(), ...MODIFIERS.keys()]) {
  const bit = keyBit(key);
  KNOWN_KEYS[bit >>> 5] = KNOWN_KEYS[bit >>> 5]! | (1 << (bit & 31));
}
function mayBeKnownKey(key: number): boolean {
  const bit = keyBit(key);
  return (KNOWN_KEYS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
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
 * Whether a word standing alone, from `start` to `end`, starts no service form or modifier by the key of its first three
 * characters: the test the loop of {@link findServices} makes, without the loop (a two-character form such as "IT" is
 * left to it).
 */
function startsNoForm(text: string, start: number, end: number, first: number): boolean {
  const key = keyAt(text, start);
  return key >= 0 && !(end - start === 2 && TWO_CHARACTER_FIRST.has(first)) && !mayBeKnownKey(key);
}

/**
 * Service cues of a text from its words: a cue may start any part of a hyphenated compound
 * ("Online-Terminbuchung", "E-Mail-Postfächer", "Standesamt-Software"), or follow a modifier of a closed
 * compound ("Onlineterminvergabe"); its span is the whole compound word.
 */
export function findServices(tokens: Tokens): Cue<Service>[] {
  const { text, starts, ends } = tokens;
  const out: Cue<Service>[] = [];
  let i = 0;
  while (i < starts.length) {
    // Most words stand alone and start no form: passed over before any compound is looked at.
    const first = text.charCodeAt(starts[i]!);
    if (!(i + 1 < starts.length && ends[i]! + 1 === starts[i + 1]! && text.charCodeAt(ends[i]!) === 45)) {
      if (first >= 1024 || FIRST_CHARS[first] === 0) {
        i++;
        continue;
      }
      // A word standing alone that starts no form and no modifier (by its first two characters, else by its first three
      // as the loop below reads them): only an IT compound ("Meldesoftware") may be left.
      if (!mayStartForm(text, starts[i]!) || startsNoForm(text, starts[i]!, ends[i]!, first)) {
        const wordStart = starts[i]!;
        const wordEnd = ends[i]!;
        if (wordEnd - wordStart >= 9 && itCompoundHeadAt(text, wordEnd) && IT_COMPOUND.test(text.slice(wordStart, wordEnd))) {
          out.push({ span: spanOf(text, wordStart, wordEnd), value: 'it-systems', weight: 1 });
        }
        i++;
        continue;
      }
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
      if (key < 0 || (ends[k]! - starts[k]! === 2 && TWO_CHARACTER_FIRST.has(first))) {
        // "die komplette IT": a word of two characters standing alone (not "IT-Dienstleister", "Südwestfalen-IT").
        if (i === j && ends[k]! - starts[k]! === 2) found = TWO_CHARACTER_FORMS.get(text.slice(starts[k]!, ends[k]!));
        if (found) break;
        if (key < 0) continue;
      }
      if (!mayBeKnownKey(key)) continue;
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
    if (found) out.push({ span: spanOf(text, wordStart, wordEnd), value: allServicesOf(text, wordStart, found.service), weight: 1 });
    else if (wordEnd - wordStart >= 9 && itCompoundHeadAt(text, wordEnd) && IT_COMPOUND.test(text.slice(wordStart, wordEnd))) {
      // "Meldesoftware", "Melde- und Passsystem": the software of an office is its IT.
      out.push({ span: spanOf(text, wordStart, wordEnd), value: 'it-systems', weight: 1 });
    }
    i = j + 1;
    while (i < starts.length && starts[i]! < wordEnd) i++;
  }
  return out;
}

/** "Standes- und Ordnungsamt", "Melde- oder Passbehörde": a first part cut off before "und"/"oder", and the word it shares its head with. */
const TRUNCATED = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+)-[ \u00a0]+(?:und|oder|sowie|bzw\.)[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}-])/uy;

const JOIN_AFTER_HYPHEN = /[ \u00a0]+(?:und|oder|sowie|bzw\.)[ \u00a0]/uy;

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * The matches of {@link TRUNCATED} in text order, as a search of the whole text finds them. Each match holds a hyphen
 * after a letter followed by "und", "oder", "sowie" or "bzw." (the hyphens of most texts are those of compounds and
 * datelines, passed over by a look at the characters around them), with only letters between its start and that
 * hyphen: so the pattern is tried only at the positions of the word before such a hyphen, not at every position of
 * the text. Matches cannot overlap (a match ends before no letter or hyphen), so each such hyphen has its own.
 */
function truncatedJoins(text: string): RegExpExecArray[] {
  let out: RegExpExecArray[] | undefined;
  for (let i = text.indexOf('-', 1); i !== -1; i = text.indexOf('-', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if ((next !== 32 && next !== 160) || !isWordChar(text, i - 1)) continue;
    JOIN_AFTER_HYPHEN.lastIndex = i + 1;
    if (!JOIN_AFTER_HYPHEN.test(text)) continue;
    // Back to the start of the word (astral letters, two code units, included).
    let from = i - 1;
    while (from > 0 && (isWordChar(text, from - 1) || isSurrogate(text.charCodeAt(from - 1)))) from--;
    for (let k = from; k < i; k++) {
      TRUNCATED.lastIndex = k;
      const m = TRUNCATED.exec(text);
      if (m) {
        (out ??= []).push(m);
        break;
      }
    }
  }
  return out ?? NO_MATCHES;
}
const NO_MATCHES: RegExpExecArray[] = [];

/** The heads an office's name ends in; a part is completed only with one ("Standes-" + "amt", not "Stadt-" + "bibliothek"). */
const OFFICE_HEAD = /^(?:amt|ämter|stelle|stellen|behörde|büro|büros|angelegenheiten|wesen|service|abteilung)$/u;

/**
 * Services named by the cut-off first part of a coordinated compound ("Das Standes- und Ordnungsamt ist geschlossen":
 * the Standesamt), merged into `found` in text order. The part is completed with the office head of the word after it
 * ("Standes" + "amt"); parts already read as a service keep their reading.
 */
export function withTruncatedParts(text: string, found: Cue<Service>[]): Cue<Service>[] {
  const joins = truncatedJoins(text);
  if (joins.length === 0) return found;
  let out = found;
  for (const m of joins) {
    const start = m.index;
    if (found.some((c) => c.span.start <= start && c.span.end > start)) continue;
    const part = m[1]!;
    const word = m[2]!;
    let form: ServiceForm | undefined;
    for (let p = word.length - 3; p >= 1 && !form; p--) {
      if (!OFFICE_HEAD.test(word.slice(p))) continue;
      const candidate = part + word.slice(p);
      const f = serviceFormAt(candidate, 0, keyAt(candidate, 0));
      if (f && (f.prefix || f.written.length === candidate.length)) form = f;
    }
    if (!form) continue;
    // "Stadt- und Regionalbibliothek": one library, named by the word after the part.
    const wordStart = start + m[0].length - word.length;
    if (found.some((c) => c.span.start === wordStart && c.value === form.service)) continue;
    if (out === found) out = [...found];
    out.push({ span: spanOf(text, start, start + part.length + 1), value: form.service, weight: 1 });
  }
  return out === found ? found : out.sort((a, b) => a.span.start - b.span.start);
}

const VERB_PHRASES = VERB_PHRASE_SERVICES.map((v) => ({
  service: v.service, objects: v.objects, verbs: v.verbs,
  re: new RegExp(`(?<![\\p{L}\\p{N}-])(${v.objects.join('|')})(?:[ \u00a0]+[\\p{L}\\p{N}.-]+){0,${VERB_PHRASE_GAP}}?[ \u00a0]+(?:${v.verbs.join('|')})(?![\\p{L}])`, 'gu'),
}));
/** What every verb of VERB_PHRASE_SERVICES contains ("angemeldet", "zulassen"): a text without either is not searched. */
const VERB_STEMS = ['melde', 'lassen', 'beurkund', 'angezeigt', 'anzeigen', 'registr', 'leih', 'zurückgeb'];
const NOUN_PHRASES = NOUN_PHRASE_SERVICES.map((n) => ({ service: n.service, re: new RegExp(`(?<![\\p{L}])(?:${n.pattern})(?![\\p{L}])`, 'gu') }));
/** What every {@link NOUN_PHRASES} match contains: a noun in -ung before its object ("Abmeldung von", "Zulassung eines"). */
const NOUN_PHRASE_LINKS = ['ung von ', 'ung eines ', 'ung einer ', 'ungen von '];

/** Whether a text may hold a phrase service, by substrings, for callers that do not have the lexicon's answer. */
function mayHavePhrases(text: string): boolean {
  return VERB_STEMS.some((v) => text.includes(v)) || NOUN_PHRASE_LINKS.some((l) => text.includes(l));
}

/**
 * Services named by a phrase that {@link findServices} did not find, merged into `found` in text order: a verb
 * phrase (VERB_PHRASE_SERVICES; the object is the cue) or a noun with its object (NOUN_PHRASE_SERVICES).
 * `phrases` is the lexicon's answer whether the text has any of their verbs or nouns (most texts have none).
 */
export function withPhraseServices(text: string, found: Cue<Service>[], phrases = mayHavePhrases(text)): Cue<Service>[] {
  if (!phrases) return found;
  let out = found;
  for (const v of VERB_PHRASES) {
    // Every match holds one of the group's objects and one of its verbs, written as listed: a text without both is not searched.
    if (!v.verbs.some((w) => text.includes(w)) || !v.objects.some((o) => text.includes(o))) continue;
    v.re.lastIndex = 0;
    for (let m = v.re.exec(text); m; m = v.re.exec(text)) {
      const start = m.index;
      const end = start + m[1]!.length;
      // No sentence or clause break inside the phrase.
      if (/[.!?;:]/u.test(m[0].slice(m[1]!.length).replace(/\b\d+\./gu, ''))) continue;
      if (out.some((c) => c.span.start < m!.index + m![0].length && c.span.end > start)) continue;
      if (out === found) out = [...found];
      out.push({ span: spanOf(text, start, end), value: v.service, weight: 0.9 });
    }
  }
  if (NOUN_PHRASE_LINKS.some((l) => text.includes(l))) {
    for (const n of NOUN_PHRASES) {
      n.re.lastIndex = 0;
      for (let m = n.re.exec(text); m; m = n.re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const inside = out.filter((c) => c.span.start < end && c.span.end > start);
        // A phrase whose noun was read as another service ("Anmeldung" alone) is this one: the longer reading wins.
        if (inside.some((c) => c.span.start < start || c.span.end > end)) continue;
        if (out === found) out = [...found];
        out = out.filter((c) => !inside.includes(c));
        out.push({ span: spanOf(text, start, end), value: n.service, weight: 1 });
      }
    }
  }
  return out === found ? found : out.sort((a, b) => a.span.start - b.span.start);
}

/** "für das Fachgebiet …" right before a service: the one something is provided for. */
const PROVIDED_FOR_BEFORE = /(?<![\p{L}])für[ \u00a0]+(?:das|die|den|dem)[ \u00a0]+(?:(?:Fachgebiet|Bereich|Abteilung|Team|Fachbereich)[ \u00a0]+)?(?:[\p{L}]+-[ \u00a0]+und[ \u00a0]+)?$/u;
const PROVIDED = /(?<![\p{L}])zur[ \u00a0]+Verfügung(?![\p{L}])/u;

/** A word for a change of systems ("Software-Umstellung", "System-Update"). */
const SYSTEM_CHANGE = /(?:umstellung|update|wechsel|migration|einführung|wartung|umzug)$/iu;
/** A cause before a noun: "wegen einer", "aufgrund der", "infolge eines". */
const CAUSE_BEFORE = /(?<![\p{L}])(?:wegen|aufgrund|auf[ \u00a0]+Grund|infolge)[ \u00a0]+(?:(?:einer|eines|einem|der|des|dem|den)[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+)?$/iu;

/** Words before an identity document that make it one shown ("mit ihrem Personalausweis", "unter Vorlage eines Reisepasses"). */
const DOCUMENT_SHOWN_BEFORE = /(?<![\p{L}])(?:mit|unter[ \u00a0]+Vorlage|Vorlage)[ \u00a0]+(?:(?:ihre[mnrs]?|seine[mnrs]?|eine[mnrs]?|de[mnrs]|gültige[mnrs]?|amtliche[mnrs]?|gültig|ein)[ \u00a0]+){0,2}$/u;

/** Words after an appointment word that make it the condition of a visit ("Termine nur nach Vereinbarung"). */
const APPOINTMENTS_BY_ARRANGEMENT_AFTER = /^[ \u00a0]+(?:(?:gibt[ \u00a0]+es|sind|werden)[ \u00a0]+)?(?:nur|ausschließlich)[ \u00a0]+(?:noch[ \u00a0]+)?(?:nach|mit|per)[ \u00a0]+(?:vorheriger[ \u00a0]+|telefonischer[ \u00a0]+)?(?:Vereinbarung|Absprache|Anmeldung|Terminabsprache|Terminvereinbarung)(?![\p{L}])/u;

/** Words after an appointment word that make it the condition of a visit ("eine Terminvereinbarung erforderlich"). */
const APPOINTMENT_REQUIRED_AFTER = /^[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:erforderlich|notwendig|nötig|Pflicht|vorausgesetzt)(?![\p{L}])/u;

/** Words before an appointment word that make it the condition of a visit ("nur mit", "nach vorheriger", "ohne"). */
const APPOINTMENT_AS_CONDITION = /(?<![\p{L}])(?:ohne|nur[ \u00a0]+(?:mit|nach|per)|(?:mit|nach)[ \u00a0]+vorheriger|(?:auf[ \u00a0]+)?(?:die|eine)[ \u00a0]+ausschließliche|erforderlich[ \u00a0]+(?:sind|ist))[ \u00a0]+(?:(?:vorherige[nr]?|telefonische[nr]?|einer|einem)[ \u00a0]+)?$/iu;

/**
 * The services a sentence states something about: not the speaker ("ein Sprecher der Stadtverwaltung", "Die
 * Kreisverwaltung bittet"), not the owner of another ("IT-Struktur der Kreisverwaltung"), not a channel,
 * place or condition of another ("per E-Mail erreichbar", "im Rathaus", "nach vorheriger Terminvereinbarung"),
 * not a headline's label; the IT of a named service is that service ("die Fachanwendung im Standesamt").
 */
/** A speaker's statement about itself: "teilt mit, dass sie …". */
const SPEAKS_OF_ITSELF_AFTER = /^[^.;!?]{0,40}?,[ \u00a0]*dass[ \u00a0]+(?:sie|er)(?![\p{L}])/u;
/** Words of an office's visitors ("Publikumsverkehr", "Parteiverkehr"). */
const VISITS = /^(?:Publikumsverkehr|Parteiverkehr|Kundenverkehr|Besucherverkehr)$/u;

export function subjects(text: string, sentence: Sentence, index: number, found: readonly Cue<Service>[], documentChannels: readonly Service[] = []): Cue<Service>[] {
  // A headline's label ("Kreisverwaltung Siegen-Wittgenstein: Ausländerbehörde wieder erreichbar") names who speaks.
  const labelEnd = index === 0 ? text.indexOf(': ', sentence.start) : -1;
  const hasLabel = labelEnd > sentence.start && labelEnd < sentence.end;
  const channels = new Set<Cue<Service>>();
  // "ein Problem mit dem Telefonsystem", "Störung der Telefonanlage": that system is what the sentence is about.
  const troubled = found.filter((f) => (f.value === 'phone' || f.value === 'email' || f.value === 'it-systems')
    && TROUBLE_WITH_BEFORE.test(text.slice(Math.max(sentence.start, f.span.start - 40), f.span.start)));
  // "Im Bürgerbüro kommt es zu Einschränkungen im Publikumsverkehr": the visits are the named office's.
  const visitsOfOffice = found.some((o) => VISITS.test(o.span.text)) && found.some((o) => OFFICES.has(o.value));
  // "Die Vorsprache im Einwohnermeldeamt und im Standesamt ist nur nach Anmeldung möglich": offices named only after
  // "im" are the subjects where nothing else is.
  const onlyAfterIn = found.length > 1 && found.every((o) => OFFICES.has(o.value) && channelBefore(text.slice(Math.max(sentence.start, o.span.start - 40), o.span.start)));
  // "im Bürgerbüro der Stadtverwaltung": an administration named as the owner of the service before it is no second
  // subject, so the service stands alone.
  let owners = 0;
  for (let k = 0; k < found.length; k++) {
    const o = found[k]!;
    if (o.value !== 'administration') continue;
    const previous = found[k - 1];
    if (attributeOf(text.slice(Math.max(sentence.start, o.span.start - 40), o.span.start))
      || (previous !== undefined && previous.value === 'administration' && OWNER_GAP.test(text.slice(previous.span.end, o.span.start)))) owners++;
  }
  // "Ein Besuch im Bürgerbüro ist nur nach Terminvereinbarung möglich": an appointment as the condition of a visit is no
  // second subject either, so the office named after "im" is no channel of it.
  let conditions = 0;
  for (const o of found) {
    if (o.value === 'appointments' && APPOINTMENT_AS_CONDITION.test(text.slice(Math.max(sentence.start, o.span.start - 40), o.span.start))) conditions++;
  }
  const subjectsNamed = found.length - owners - conditions;
  const kept = found.filter((s, i) => {
    if (troubled.includes(s)) return true;
    if (visitsOfOffice && VISITS.test(s.span.text)) return false;
    if (troubled.length > 0 && s.value === 'administration') return false;
    const before = text.slice(Math.max(sentence.start, s.span.start - 40), s.span.start);
    if (notSubjectBefore(before) || notPublicBefore(before)) return false;
    if (before.includes('auf ') && attackTargetBefore(before)) return false;
    // "in Richtung Rathaus Steglitz", "Vorplatz Rathaus Neukölln": a building as a place, not the administration.
    if (s.value === 'administration' && buildingContextBefore(before) && BUILDING_NAME_AFTER.test(text.slice(s.span.end, s.span.end + 60))) return false;
    // "Die Stadtbibliothek teilt mit, dass sie am Freitag nur von 10 bis 12 Uhr geöffnet ist": the speaker speaks of itself.
    if (NOT_SUBJECT_AFTER.test(text.slice(s.span.end, Math.min(sentence.end, s.span.end + 40)))
      && !SPEAKS_OF_ITSELF_AFTER.test(text.slice(s.span.end, Math.min(sentence.end, s.span.end + 80)))) return false;
    const previous = found[i - 1];
    const ownsAppointments = previous !== undefined && previous.value === 'appointments' && s.value !== 'administration'
      && s.value !== 'phone' && s.value !== 'email' && APPOINTMENTS_OF_GAP.test(text.slice(previous.span.end, s.span.start));
    if (s.value === 'administration' && attributeOf(before)) return false;
    // "Auch andere Ämter bleiben geöffnet: die Kfz-Zulassungsstelle und die Wohngeldstelle": the offices the colon lists
    // are what the plural head stands for.
    if (s.value === 'administration' && PLURAL_OFFICES_HEAD.test(s.span.text)) {
      const colon = text.indexOf(':', s.span.end);
      if (colon >= 0 && colon < sentence.end && found.some((o) => o.value !== 'administration' && o.span.start > colon)) return false;
    }
    // "Im Rathaus ist die Heizungsanlage ausgefallen", "im Rathaus ist der Strom ausgefallen": the building where a
    // utility failed, not the administration's state.
    if (s.value === 'administration' && locativeBefore(before) && BUILDING_UTILITY.test(text.slice(sentence.start, sentence.end))) return false;
    // "Die Feuerwehr hat die Stromleitungen abgeschaltet", "die Rufnummern der Feuerwehr": the fire brigade acting or
    // owning; only where the sentence says whether it can be reached or works is it the emergency services' state.
    if (s.value === 'emergency-services' && s.span.text === 'Feuerwehr'
      && (OWNER_OF_BEFORE.test(before) || !FIRE_BRIGADE_STATE.test(text.slice(sentence.start, sentence.end)))) return false;
    if ((s.value === 'phone' || s.value === 'email') && CHANNEL_FOR_ARRANGING.test(before)) return false;
    // "hieß es in der Mail", "laut einer E-Mail": where something was said, not the mail's state.
    if (s.value === 'email' && /(?<![\p{L}])(?:hieß[ \u00a0]+es[ \u00a0]+in|laut|in|aus)[ \u00a0]+(?:der|einer|einem|dem)[ \u00a0]+$/iu.test(before)) return false;
    // "im Internet abrufbar", "auf den neuesten Stand der Technik": a place and an idiom, not IT of anyone.
    if (s.value === 'it-systems' && /(?<![\p{L}])(?:im|ins|über[ \u00a0]+das|per|via|Stand[ \u00a0]+der)[ \u00a0]+$/iu.test(before)) return false;
    // "auf der Internetseite informieren": where to look, not the website's state.
    if (s.value === 'website' && /(?<![\p{L}])(?:auf|über)[ \u00a0]+(?:der|die|den|ihrer|ihre|seiner|seine|unserer|unsere)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?$/iu.test(before)) return false;
    // "ohne Termin", "nur mit Terminvergabe", "nach vorheriger Terminvereinbarung": the condition of a visit, not
    // the state of appointments (a visit only by appointment restricts the office: annotation guide §4).
    if (s.value === 'appointments' && APPOINTMENT_AS_CONDITION.test(before)) return false;
    // "ist weiterhin eine Terminvereinbarung erforderlich": the condition of a visit too, said the other way round.
    if (s.value === 'appointments' && APPOINTMENT_REQUIRED_AFTER.test(text.slice(s.span.end, Math.min(sentence.end, s.span.end + 30)))) return false;
    // "wegen einer Software-Umstellung geschlossen": a change of systems given as the cause is an event, not a system down.
    if (s.value === 'it-systems' && SYSTEM_CHANGE.test(s.span.text) && CAUSE_BEFORE.test(before)) return false;
    // "sich mit ihrem Personalausweis ausweisen", "unter Vorlage des Reisepasses": a document shown, not the service issuing it.
    if (s.value === 'id-documents' && DOCUMENT_SHOWN_BEFORE.test(before)) return false;
    // "Persönliche Termine nur nach Vereinbarung": visits by arrangement, the condition of an office's visits too.
    if (s.value === 'appointments' && APPOINTMENTS_BY_ARRANGEMENT_AFTER.test(text.slice(s.span.end, Math.min(sentence.end, s.span.end + 50)))) return false;
    // "im Bürgerbüro keine Termine": the office's appointments too.
    if (s.value === 'appointments' && previous && previous.value !== 'administration' && previous.value !== 'phone' && previous.value !== 'email'
      && /^[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){0,2}$/u.test(text.slice(previous.span.end, s.span.start))
      && /(?<![\p{L}])(?:im|beim|in[ \u00a0]+(?:der|dem|den)|bei[ \u00a0]+(?:der|dem))[ \u00a0]+$/iu.test(text.slice(Math.max(sentence.start, previous.span.start - 20), previous.span.start))) return false;
    // "Termine im Bürgerbüro", "Termine für die Kfz-Zulassung": the office's, not appointments as such (annotation guide §4).
    const next = found[i + 1];
    if (s.value === 'appointments' && next && next.value !== 'administration' && next.value !== 'phone' && next.value !== 'email'
      && APPOINTMENTS_OF_GAP.test(text.slice(s.span.end, next.span.start))) return false;
    // "stehen neue Räume für das Fachgebiet Meldewesen zur Verfügung": what is provided is for the office, not the office.
    if (PROVIDED_FOR_BEFORE.test(before) && PROVIDED.test(sentence.text)) return false;
    // "für den Publikumsverkehr" beside a named service says for whom it is closed.
    if (/verkehr$/u.test(s.span.text) && /für[ \u00a0]+den[ \u00a0]+$/u.test(before)) return false;
    // "Kundenzentren – die ehemaligen Einwohnermeldeämter –": another name for the service before, not a service of its own.
    if (previous && FORMER_NAME_BEFORE.test(before)) return false;
    // A partner or beneficiary ("gemeinsam mit dem Bezirksamt", "in Amtshilfe für das Bezirksamt") is not affected.
    if (s.value === 'administration' && PARTNER_BEFORE.test(before)) return false;
    // Fachverfahren and software are it-systems even beside the office that uses them (annotation guide §4).
    if ((s.value === 'it-systems' || s.value === 'phone' || s.value === 'email') && itWorkBefore(before)) return false;
    // "Fachverfahren des Meldewesens", "IT-Struktur der Kreisverwaltung": the owner of the service before is no subject itself.
    const officeOfLine = previous !== undefined && (previous.value === 'phone' || previous.value === 'email')
      && s.value !== 'administration' && s.value !== 'phone' && s.value !== 'email' && s.value !== 'it-systems';
    if (previous && !ownsAppointments && !officeOfLine && OWNER_GAP.test(text.slice(previous.span.end, s.span.start))) return false;
    if (subjectsNamed > 1) {
      if (hasLabel && s.span.end <= labelEnd && found.some((o) => o.span.start > labelEnd)) return false;
      // "per Telefon, Fax oder E-Mail": every member of a list of channels is a channel.
      const listedChannel = previous !== undefined && channels.has(previous)
        && /^[ \u00a0]*(?:,|und|oder|noch|sowie|bzw\.)[ \u00a0]*(?:(?:per|über|via)[ \u00a0]+)?$/iu.test(text.slice(previous.span.end, s.span.start));
      if (isChannel(s, channelBefore(before) || listedChannel)) channels.add(s);
      // "fällt im Standesamt die Fachanwendung aus": the office whose IT fails is affected too, not only a place.
      else if (!ownsAppointments && !placeOfAppointments(text, sentence, s, found[i + 1]) && channelBefore(before)
        && !(s.value !== 'administration' && found.every((o) => o === s || o.value === 'it-systems'))
        && !(visitsOfOffice && OFFICES.has(s.value)) && !onlyAfterIn
        // "…, auch nicht über das Online-Portal": the way named as unavailable too is a subject of its own.
        && !(s.value === 'online-services' && ALSO_NOT_BY_BEFORE.test(before))
        // "das Rathaus mit dem Standesamt": an office named with the building that houses it shares its state.
        && !(previous !== undefined && COMPANION_GAP.test(text.slice(previous.span.end, s.span.start)))) return false;
    }
    return true;
  });
  // "Die Anschlüsse des Bürgerbüros": a named office with its channel keeps the office's key (guide §4).
  const officeLines = kept.filter((k, i) => {
    if (k.value !== 'phone' && k.value !== 'email') return true;
    const next = kept[i + 1];
    return !(next && next.value !== 'administration' && next.value !== 'phone' && next.value !== 'email' && next.value !== 'it-systems'
      && OWNER_GAP.test(text.slice(k.span.end, next.span.start)));
  });
  return channelSubjects(sentence.text, officeLines, new Set([...channels].filter((c) => officeLines.includes(c))), found, documentChannels, sentence.start);
}
