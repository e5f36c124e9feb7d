/**
 * Subjects a sentence names without a service word: a pronoun for the service of the sentence before ("Sie bleibt
 * geschlossen"), a place set against the sentence before ("Schwerte hingegen hat geöffnet"), a body named with a
 * state of its own ("Keine Probleme hatten die Kreise …"). Each gives a service cue where it stands.
 */
import type { Service } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { spanOf } from '../text/spans.js';
import { endsWithMatch } from '../text/suffix.js';
import { placesIn } from './binding.js';
import type { Cue, Place } from './cues.js';
import type { ImpactInput } from './index.js';

/**
 * A subject pronoun early in a sentence ("ist sie", "Sie bleibt", "Diese öffnet"), standing for a service of the sentence
 * before. Not "es" or "er": "getroffen hat es Lünen", "er sagte" refer to anything.
 */
const SUBJECT_PRONOUN = /(?:^|[ \u00a0,])(?:(?:ist|sind|bleibt|bleiben|war|waren|wird|werden|hat|haben|kann|können|öffnet|öffnen|schließt|schließen)[ \u00a0]+(?:sie|diese|dieses|dieser)|(?:Sie|Diese|Dieses|Dieser|Dies)[ \u00a0]+(?:ist|sind|bleibt|bleiben|war|waren|wird|werden|hat|haben|kann|können|öffnet|öffnen|schließt|schließen))(?![\p{L}])/u;

/** "ist es (wieder) geöffnet": "es" as the subject right before an opening state; group-free, ends after "es". */
const ES_STATE = /(?:^|[ \u00a0,])(?:ist|bleibt|war|wird|hat)[ \u00a0]+es(?=[ \u00a0]+(?:(?:wieder|weiterhin|erneut|nur|noch|dann|auch|ab[ \u00a0]+\S+|bis[ \u00a0]+\S+|an[ \u00a0]+\S+)[ \u00a0]+){0,3}(?:geöffnet|geschlossen|erreichbar|offen|zu(?=[ \u00a0]*[.,;!?]))(?![\p{L}]))/u;
/**
 * The staff of an office named before, at the head of a sentence that says whether they can be reached ("Ab Montag sind die
 * Kolleginnen und Kollegen wieder zu erreichen", "Die Mitarbeiter waren nur in Notfällen zu sprechen"): they stand for the office.
 */
const STAFF_REACHED = /(?<![\p{L}])(?:die|Die)[ \u00a0]+(?:Mitarbeiter(?:innen)?(?:[ \u00a0]+und[ \u00a0]+Mitarbeiter(?:innen)?)?|Mitarbeitenden|Kolleginnen[ \u00a0]+und[ \u00a0]+Kollegen)(?:[ \u00a0]+(?:des|der)[ \u00a0]+(?:Büros|Amtes|Behörde|Stelle))?(?=(?:[ \u00a0]+[\p{L}\p{N}.,:–-]+){0,10}?[ \u00a0]+(?:zu[ \u00a0]+erreichen|zu[ \u00a0]+sprechen|erreichbar|für[ \u00a0]+die[ \u00a0]+(?:Bürger\p{L}*|Kunden|Besucher\p{L}*)[ \u00a0]+da)(?![\p{L}]))/u;
/** Service words of neuter nouns ("das Bürgerbüro", "das Standesamt", "das Rathaus"), for which "es" may stand. */
const NEUTER_ANTECEDENT = /(?:amt|ämter|büro|haus|zentrum|center|bad|archiv|museum|portal)$/iu;

/** A sentence of a time and a state with no subject ("Ab Donnerstag ist wieder geöffnet."); group 1 is the verb. */
const IMPERSONAL_STATE = /^(?:Ab|Seit|Am|Bis|Vom|Von)[ \u00a0](?:[^,.;:!?]|(?<=\d)\.){0,40}?[ \u00a0](ist|bleibt|gelten)(?=[ \u00a0]+(?:(?:wieder[ \u00a0]+|weiterhin[ \u00a0]+|erneut[ \u00a0]+)?(?:geöffnet|geschlossen|offen)|wieder[ \u00a0]+die[ \u00a0]+(?:üblichen|regulären|gewohnten|normalen)[ \u00a0]+Öffnungszeiten)[ \u00a0]*[.!]?[ \u00a0]*$)/u;

/** A restriction set against the sentence before, with no subject of its own; group 1 is the restriction word. */
const RESTRICTION_NEXT = /(?<![\p{L}])(?:jedoch|aber|allerdings|dennoch|trotzdem)(?:[ \u00a0]+[\p{L}]+){0,3}?[ \u00a0]+(Einschränkungen|Beeinträchtigungen)(?![\p{L}])/u;

/** "Geöffnet wird wieder am nächsten Dienstag.": the same without a subject, the participle first; group 1 is the verb. */
const IMPERSONAL_OPENING = /^(?:[Ww]ieder[ \u00a0]+)?[Gg]eöffnet[ \u00a0]+(wird|ist)(?=[ \u00a0]+(?:wieder|erst|ab|am)[ \u00a0])/u;

/** A place named as a body before it ("die Kreise Segeberg, Stormarn …", "die Stadt Hagen", "beim Kreis Soest"). */
const BODY_BEFORE_PLACE = /(?<![\p{L}])(?:[Dd]ie|[Dd]er|[Dd]em|[Dd]en|[Bb]eim|[Bb]ei[ \u00a0]+der)[ \u00a0]+(?:Städte|Stadt|Gemeinden|Gemeinde|Kommunen|Kommune|Kreise|Landkreise)[ \u00a0]+$/u;
const bodyBeforePlace = endsWithMatch(BODY_BEFORE_PLACE);
/** What a whole body's state is said with when no service is named: firm words, not a bare "betroffen" (guide §4). */
const BODY_STATE = /(?<![\p{L}])(?:keine[ \u00a0]+(?:Probleme|Einschränkungen|Beeinträchtigungen|Störungen)|Einschränkungen|normal[ \u00a0]+arbeiten|lahmgelegt|arbeitsunfähig|handlungsunfähig|nicht[ \u00a0]+(?:mehr[ \u00a0]+)?(?:erreichbar|arbeitsfähig|handlungsfähig)|(?:wieder|voll|vollständig|eingeschränkt|kaum)[ \u00a0]+(?:arbeitsfähig|handlungsfähig)|wieder[ \u00a0]+(?:(?:voll|vollumfänglich|vollständig|uneingeschränkt|normal)[ \u00a0]+)?erreichbar|ohne[ \u00a0]+(?:einen[ \u00a0]+)?Termin[ \u00a0]+geht)(?![\p{L}])/iu;

/** Whether a text names a place as a body ("der Kreis Soest", "die Stadt Hagen"), where {@link bodyAsSubject} may find one. */
export function namesBody(input: ImpactInput): boolean {
  for (const d of input.districts) if (KREIS_NAMED.test(d.span.text)) return true;
  for (const m of input.municipalities) {
    if (bodyBeforePlace(input.text.slice(Math.max(0, m.span.start - 20), m.span.start))) return true;
  }
  return false;
}

const KREIS_NAMED = /^(?:Kreise?|Landkreise?)(?![\p{L}])/u;

/**
 * The administration of a body a sentence names with a state and no service ("Keine Probleme hatten die Kreise
 * Segeberg und Plön", "Beim Kreis Soest gibt es Einschränkungen"): guide §4 makes "beim Kreis gibt es Einschränkungen"
 * the administration. A cue at the first such place, or undefined.
 */
export function bodyAsSubject(text: string, sentence: Sentence, places: readonly Place[]): Cue<Service> | undefined {
  // The places first: most sentences name none, and the state words are looked for only where one is a body.
  for (const p of placesIn(places, sentence.start, sentence.end)) {
    const span = p.mention.span;
    const named = p.kind === 'district' && KREIS_NAMED.test(span.text);
    if (named || bodyBeforePlace(text.slice(Math.max(sentence.start, span.start - 20), span.start))) {
      if (!BODY_STATE.test(sentence.text)) return undefined;
      // An empty cue where the place starts: the evidence runs from it to the state, or from the state to it.
      return { span: { start: span.start, end: span.start, text: '' }, value: 'administration', weight: 0.7 };
    }
  }
  return undefined;
}

/** A place at the head of a sentence set against the one before: "Werne hingegen hat geöffnet", "In Selm dagegen ist es geöffnet". */
const CONTRASTED_PLACE_AFTER = /^[ \u00a0]+(?:hingegen|dagegen|jedoch|wiederum|aber)(?![\p{L}])/u;

/**
 * The service of the sentence before, standing at the contrast word of a sentence that only names another place
 * ("Die Stadt Lünen hat ihr Bürgerbüro geschlossen. Werne hingegen hat geöffnet."), or undefined.
 */
export function contrastedPlaceFor(text: string, sentence: Sentence, places: readonly Place[], antecedent: Cue<Service>): Cue<Service> | undefined {
  const head = placesIn(places, sentence.start, Math.min(sentence.end, sentence.start + 40))[0];
  if (!head) return undefined;
  const m = CONTRASTED_PLACE_AFTER.exec(text.slice(head.mention.span.end, Math.min(sentence.end, head.mention.span.end + 20)));
  if (!m) return undefined;
  const at = head.mention.span.end + m[0].length - m[0].trimStart().length;
  return { span: spanOf(text, at, head.mention.span.end + m[0].length), value: antecedent.value, weight: 0.8 };
}

/** "das Gebäude", "das Haus": the administration's building named in the sentence before. */
const BUILDING_REFERENCE = /(?<![\p{L}])(?:das|Das)[ \u00a0]+(Gebäude|Haus)(?![\p{L}])/u;

/** A service cue standing where a subject pronoun refers back to `antecedent`, or undefined. */
export function pronounFor(text: string, sentence: Sentence, antecedent: Cue<Service>): Cue<Service> | undefined {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
  // "Ein Anruf hat das Rathaus lahmgelegt. Morgen öffnet das Gebäude wie gewohnt.": the building is the administration.
  if (antecedent.value === 'administration') {
    const building = BUILDING_REFERENCE.exec(head);
    if (building) {
      const at = sentence.start + building.index + building[0].length - building[1]!.length;
      return { span: spanOf(text, at, at + building[1]!.length), value: antecedent.value, weight: 0.7 };
    }
  }
  const m = SUBJECT_PRONOUN.exec(head);
  if (!m) {
    const staff = STAFF_REACHED.exec(head);
    if (staff && staff.index < 40) {
      const at = sentence.start + staff.index + staff[0].indexOf(' ') + 1;
      return { span: spanOf(text, at, sentence.start + staff.index + staff[0].length), value: antecedent.value, weight: 0.7 };
    }
    // "Ab Dienstag ist es wieder geöffnet.": "es" for a neuter office named before, right before its state.
    const es = NEUTER_ANTECEDENT.test(antecedent.span.text) ? ES_STATE.exec(head) : null;
    if (es) {
      const at = sentence.start + es.index + es[0].length;
      return { span: spanOf(text, at - 2, at), value: antecedent.value, weight: 0.7 };
    }
    // "Ab Donnerstag (18. Januar) ist wieder geöffnet.": no subject at all, the office of the sentence before.
    const impersonal = IMPERSONAL_STATE.exec(sentence.text) ?? IMPERSONAL_OPENING.exec(sentence.text);
    if (!impersonal) {
      // "Die Ämter bleiben geöffnet. Aus Gründen des Schutzes müssen jedoch Einschränkungen hingenommen werden.": the
      // restriction is of the service just said to be open.
      const restriction = RESTRICTION_NEXT.exec(sentence.text);
      if (!restriction) return undefined;
      const at = sentence.start + restriction.index + restriction[0].length - restriction[1]!.length;
      return { span: spanOf(text, at, at + restriction[1]!.length), value: antecedent.value, weight: 0.7 };
    }
    const at = sentence.start + impersonal.index + impersonal[0].length - impersonal[1]!.length;
    return { span: spanOf(text, at, at + impersonal[1]!.length), value: antecedent.value, weight: 0.8 };
  }
  const word = /(?:sie|diese|dieses|dieser|dies)$/iu.exec(m[0].replace(/[ \u00a0]+(?:ist|sind|bleibt|bleiben|war|waren|wird|werden|hat|haben|kann|können|öffnet|öffnen|schließt|schließen)$/u, ''))?.[0] ?? '';
  const at = sentence.start + m.index + m[0].indexOf(word, m[0].search(/\S/u));
  if (!word || at < sentence.start) return undefined;
  return { span: spanOf(text, at, at + word.length), value: antecedent.value, weight: 0.8 };
}

/** The administration named as a body ("Stadtverwaltung", "Landratsamt", "Rathaus"), not by its visitors ("Publikumsverkehr"). */
const ADMINISTRATION_BODY = /(?:verwaltung|amt|rathaus|kreishaus)$/u;
/** "das Büro", "das Amt", "die Behörde", "die Stelle" at the head of a sentence: an office named before by its full name. */
const SHORT_NAME = /(?<![\p{L}])(?:[Dd]as[ \u00a0]+(Büro|Amt)|[Dd]ie[ \u00a0]+(Behörde|Stelle))(?![\p{L}])/u;
const SHORT_NOUNS = ['Büro', 'Amt', 'Behörde', 'Stelle'];

/**
 * "Das Bürgerbüro wird umgebaut. … Am 15. Dezember ist das Büro ganztägig geschlossen.": the short name is the last office
 * whose name ends in it ("Bürgerbüro", "Standesamt", "Ausländerbehörde", "Zulassungsstelle"), however far back.
 */
export function shortNameFor(text: string, sentence: Sentence, services: readonly Cue<Service>[], before: number): Cue<Service> | undefined {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
  // Every match holds one of the four nouns: most heads, without any, are passed over by substring tests.
  const m = SHORT_NOUNS.some((w) => head.includes(w)) ? SHORT_NAME.exec(head) : null;
  if (!m) return undefined;
  const noun = (m[1] ?? m[2])!;
  const ending = noun.toLowerCase();
  for (let k = before - 1; k >= 0; k--) {
    const s = services[k]!;
    const written = s.span.text.toLowerCase();
    // "Die Stadtverwaltung hat verkürzte Öffnungszeiten. Am Rosenmontag bleibt die Behörde geschlossen.": the administration
    // named last, when nothing was named after it.
    if (s.value === 'administration' && k === before - 1 && (noun === 'Behörde' || noun === 'Amt') && ADMINISTRATION_BODY.test(written)) {
      const at = sentence.start + m.index + m[0].length - noun.length;
      return { span: spanOf(text, at, at + noun.length), value: s.value, weight: 0.7 };
    }
    if (s.value !== 'administration' && written !== ending && written.endsWith(ending)) {
      const at = sentence.start + m.index + m[0].length - noun.length;
      return { span: spanOf(text, at, at + noun.length), value: s.value, weight: 0.7 };
    }
  }
  return undefined;
}

/**
 * "beide Behörden", "die beiden Einrichtungen", "alle drei Ämter", a bare "Beide" early in a sentence: a plural that points
 * back to the offices the sentence before named. Group 1 is the pointer.
 */
const PLURAL_REFERENCE = /(?:^|[ \u00a0,])((?:[Bb]eide|(?:[Dd]ie|[Aa]lle)[ \u00a0]+(?:beiden|zwei|drei|vier))(?:[ \u00a0]+(?:Behörden|Ämter|Einrichtungen|Stellen|Dienststellen|Büros|Bereiche|Abteilungen|Standorte|Häuser))?)(?=[ \u00a0]+\p{Ll})/u;
/** "sind sie", "Sie bleiben": a plural pronoun as the subject of a state; group 1 or 2 is the pronoun. */
const PLURAL_PRONOUN = /(?:^|[ \u00a0,])(?:sind|bleiben|waren|blieben)[ \u00a0]+(sie)(?![\p{L}])|^[ \u00a0]*(Sie)(?=[ \u00a0]+(?:sind|bleiben|waren|blieben)(?![\p{L}]))/u;
const PLURAL_WORDS = ['eide', 'zwei', 'drei', 'vier'];
/** The verbs every PLURAL_PRONOUN match holds (beside or right after the pronoun). */
const PRONOUN_VERBS = ['sind', 'bleiben', 'waren', 'blieben'];
const NUMBER_WORDS: Readonly<Record<string, number>> = { beide: 2, beiden: 2, zwei: 2, drei: 3, vier: 4 };
/** Channels and the administration as a whole are not offices a plural like "beide Behörden" counts. */
const NOT_COUNTED: ReadonlySet<Service> = new Set(['administration', 'phone', 'email', 'it-systems', 'website', 'online-services', 'appointments']);

/**
 * The offices a plural pointer stands for ("Das Standesamt und das Einwohnermeldeamt … Daher bleiben beide Behörden heute
 * geschlossen"): the distinct offices named in the sentence before, when they are as many as the pointer says. Each gets a cue
 * on the pointer. Empty when the sentence has no such pointer near its head or the count does not fit.
 */
export function pluralReferents(text: string, sentence: Sentence, services: readonly Cue<Service>[], before: number, previousStart: number): Cue<Service>[] {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60));
  // Every counted pointer says "(b)eide", "zwei", "drei" or "vier", a pronoun "ie": most heads, without any, are passed over by
  // substring tests. "Am Montag ziehen das Standesamt und die Kfz-Zulassung um. Deshalb sind sie geschlossen.": "sie" for all
  // the offices named.
  const m = (PLURAL_WORDS.some((w) => head.includes(w)) ? PLURAL_REFERENCE.exec(head) : null) ?? (head.includes('ie') && PRONOUN_VERBS.some((w) => head.includes(w)) ? PLURAL_PRONOUN.exec(head) : null);
  if (!m) return [];
  const word = m[1] ?? m[2]!;
  const counted = /(beide|beiden|zwei|drei|vier)/iu.exec(word)?.[1];
  const count = counted ? NUMBER_WORDS[counted.toLowerCase()]! : undefined;
  const offices: Service[] = [];
  for (let k = before - 1; k >= 0 && services[k]!.span.start >= previousStart; k--) {
    const value = services[k]!.value;
    if (!NOT_COUNTED.has(value) && !offices.includes(value)) offices.unshift(value);
  }
  if (count === undefined ? offices.length < 2 : offices.length !== count) return [];
  const at = sentence.start + m.index + m[0].length - word.length;
  const span = spanOf(text, at, at + word.length);
  return offices.map((value) => ({ span, value, weight: 0.7 }));
}
