import type { ServiceStatus, Service } from '@lagebild/schema';
import type { Sentence } from '../text/sentences.js';
import { CLAUSE_BREAK, EXCEPTION_START } from './constants.js';
import type { Cue } from './cues.js';
import { Gated } from '../text/literals.js';

export interface Clause { start: number; end: number; exception: boolean }

/**
 * CLAUSE_BREAK as the branches a sentence may match: most have a comma and none of the other signs or words, and the
 * branches of those ("aber", "bis auf", "mit Ausnahme"), tried at every space, cost more than the rest of the clauses.
 */
const CLAUSE_BREAKS = new Gated(CLAUSE_BREAK);

/** A sentence opening with a subordinate clause of cause or time (not "Seitdem sind …": that adverb opens a main clause). */
const LEADING_SUBORDINATE = /^[ \u00a0"„]*(?:Weil|Nachdem|Obwohl|Obgleich|Sobald|Solange)(?![\p{L}])/u;

/** Words that open a sentence as a conjunction or as a preposition ("Während die Büros … geöffnet haben," / "Während der Schließung"). */
const LEADING_AMBIGUOUS = /^[ \u00a0"„]*(?:Während|Wenn|Als|Bevor|Da)(?![\p{L}])/u;

/** "Während dieser Zeit ist …", "Während der Schließung bleiben …": the leading word as a preposition, a finite verb second. */
const PREPOSITION_PHRASE_THEN_VERB = /^[ \u00a0"„]*Während[ \u00a0]+(?:der|des|dieser|dieses|jener|jenes|einer|eines|seiner|ihrer|unserer)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?\p{Lu}[\p{L}-]*[ \u00a0]+(?:ist|sind|war|waren|bleibt|bleiben|blieb|blieben|wird|werden|wurde|wurden|kann|können|konnte|konnten|muss|müssen|hat|haben|gibt|gab|steht|stehen|fällt|fallen|sei|seien)(?![\p{L}])/u;

/** "Während die Bürgerbüros normalerweise geöffnet haben, bleibt …": a conjunction, its clause verb-final before the comma. */
function verbFinalLeading(sentence: string): RegExpExecArray | null {
  const m = LEADING_AMBIGUOUS.exec(sentence);
  if (!m) return null;
  // "Während dieser Zeit ist die Verwaltung nicht erreichbar, …": a preposition, the finite verb right after its phrase.
  if (PREPOSITION_PHRASE_THEN_VERB.test(sentence)) return null;
  const comma = sentence.indexOf(',', m[0].length);
  return comma > 0 && /(?<![\p{L}])\p{Ll}+$/u.test(sentence.slice(m[0].length, comma)) ? m : null;
}

/** A contrast particle without a comma before it ("… konnten aber nicht …"), which may stand inside its clause. */
const MID_CLAUSE_PARTICLE = /^[ \u00a0]+(?:aber|jedoch|doch|allerdings|hingegen|dagegen)$/u;

/** A clause opened by a contrast particle without a comma ("Geschlossen ist | dagegen das Bürgerbüro"). */
const COLON_START = /^:[ \u00a0]/u;
/** A finite verb: what follows a colon is then a sentence of its own, not a list. */
const FINITE_VERB = /(?<![\p{L}])(?:ist|sind|war|waren|wird|werden|wurde|wurden|kann|können|konnte|konnten|bleibt|bleiben|hat|haben|gibt|sei|seien)(?![\p{L}])/u;
const APPOSITION_START = /^[ \u00a0]*[–—][ \u00a0]*(?:insbesondere|vor allem|besonders|namentlich|speziell)(?![\p{L}])/u;
const PARTICLE_START = /^[ \u00a0]+(?:aber|jedoch|doch|allerdings|hingegen|dagegen|wohingegen)(?![\p{L}])/u;

/**
 * The clauses of a sentence, with whether each is a "bis auf" exception. A break that leaves services
 * without a status on one side and a status without services on the other was a particle ("Das Rathaus
 * ist aber geöffnet"), and the two sides are one clause; so is a stretch with neither after the clause before it.
 */
export function clausesOf(text: string, sentence: Sentence, services: readonly Cue<Service>[], statuses: readonly Cue<ServiceStatus>[]): Clause[] {
  const breaks = [sentence.start];
  // An exec loop: matchAll would copy the pattern for every sentence. No break is empty, so the loop ends.
  const sentenceText = sentence.text;
  const clauseBreak = CLAUSE_BREAKS.for(sentenceText);
  if (clauseBreak) clauseBreak.lastIndex = 0;
  for (let m = clauseBreak?.exec(sentenceText); m; m = clauseBreak!.exec(sentenceText)) {
    let at = m.index;
    // "…, Personalausweise konnten aber nicht beantragt werden": a contrast particle inside a clause; the clause
    // starts at the comma before its subject.
    if (MID_CLAUSE_PARTICLE.test(m[0])) {
      const comma = sentenceText.lastIndexOf(',', at);
      const previous = breaks[breaks.length - 1]! - sentence.start;
      if (comma > previous && comma > 0) at = comma;
    }
    breaks.push(sentence.start + at);
  }
  // "Weil diese Funktion gestört war, ließ die Stadtverwaltung …": a leading subordinate clause ends at its comma.
  const leading = LEADING_SUBORDINATE.exec(sentenceText) ?? verbFinalLeading(sentenceText);
  if (leading) {
    const comma = sentenceText.indexOf(',', leading[0].length);
    if (comma > 0 && !breaks.includes(sentence.start + comma)) {
      breaks.push(sentence.start + comma);
      breaks.sort((a, b) => a - b);
    }
  }
  breaks.push(sentence.end);
  const clauses: Clause[] = breaks.slice(0, -1).map((start, i) => ({ start, end: breaks[i + 1]!, exception: EXCEPTION_START.test(text.slice(start, breaks[i + 1])) }));
  const has = (items: readonly { span: { start: number; end: number } }[], c: Clause): boolean => items.some((x) => x.span.start >= c.start && x.span.end <= c.end);
  // A stretch with neither service nor status ("während der Strom-Abschaltung") belongs to the clause before it.
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (!c.exception && !has(services, c) && !has(statuses, c)) {
      clauses.splice(i - 1, 2, { start: clauses[i - 1]!.start, end: c.end, exception: clauses[i - 1]!.exception });
      i--;
    }
  }
  for (let i = 0; i + 1 < clauses.length; i++) {
    const a = clauses[i]!;
    const b = clauses[i + 1]!;
    // An exception keeps to itself: the status after it belongs to the clause it interrupts.
    if (b.exception || a.exception) continue;
    // "geöffnet – Einschränkungen im Normalbetrieb": a restriction without a service of its own qualifies the clause before.
    const restriction = !has(services, b) && statuses.some((x) => x.value === 'degraded' && x.span.start >= b.start && x.span.end <= b.end)
      && !statuses.some((x) => x.value !== 'degraded' && x.span.start >= b.start && x.span.end <= b.end);
    // "Geschlossen ist dagegen das Bürgerbüro": the status first, a particle after the verb, then the subject.
    // "Folgende Bereiche sind nicht erreichbar: Bürgerbüro, Standesamt": a list after a colon is what the status is of.
    const statusFirst = has(statuses, a) && !has(services, a) && has(services, b) && !has(statuses, b)
      && (PARTICLE_START.test(text.slice(b.start, b.end)) || (COLON_START.test(text.slice(b.start, b.end)) && !FINITE_VERB.test(text.slice(b.start, b.end))));
    // "Die Internetseite – insbesondere das Ratsinfosystem – ist gestört": an apposition between dashes names a part of the
    // subject; the status after it is of both.
    const apposition = has(services, a) && !has(statuses, a) && !has(statuses, b) && APPOSITION_START.test(text.slice(b.start, b.end));
    if ((has(services, a) && !has(statuses, a) && has(statuses, b) && !has(services, b)) || (has(services, a) && restriction) || statusFirst || apposition) {
      clauses.splice(i, 2, { start: a.start, end: b.end, exception: a.exception });
      i--;
    }
  }
  return clauses;
}
