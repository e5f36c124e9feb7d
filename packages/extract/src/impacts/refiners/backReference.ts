import type { Service, ServiceStatus } from '@lagebild/schema';
import type { Sentence } from '../../text/sentences.js';
import { ACCEPTED_NOT_PROCESSED, BACK_REFERENCE } from '../constants.js';
import type { Cue } from '../cues.js';
import { findCues, statusCues, STATUS_PATTERNS } from '../statuses.js';
import { isHypothetical } from './modality.js';
import { partialClause } from './partial.js';
import { partOfDayStatus } from './partOfDay.js';

/**
 * A sentence that names services and points back for their state ("Das betrifft Führerscheine und
 * Bauanträge.", "Betroffen sind die Kfz-Zulassung und die Ausländerbehörde.", "Gleiches gilt für das
 * Standesamt.") takes the state the previous sentence gave: its status cues are replaced by the strongest cue
 * of that sentence, placed where the pointing words stand. Without such a sentence before, nothing changes.
 */
export function referredStatuses(
  text: string, sentence: Sentence, previous: Sentence | undefined, statuses: readonly Cue<ServiceStatus>[], beforePrevious?: Sentence,
): Cue<ServiceStatus>[] {
  if (!previous) return [...statuses];
  BACK_REFERENCE.lastIndex = 0;
  const pointer = BACK_REFERENCE.exec(sentence.text);
  if (!pointer) return [...statuses];
  let source = previous;
  let strongest = strongestCue(text, previous);
  // "… kein Parteiverkehr mehr möglich. Dies gilt für alle Außenstellen. Betroffen sind …": a pointer that points at
  // a pointer takes the state of the sentence before that.
  if (!strongest && beforePrevious && POINTER_ONLY.test(previous.text)) {
    source = beforePrevious;
    strongest = strongestCue(text, beforePrevious);
  }
  // "Möglicherweise bleiben Standorte ganz geschlossen. Betroffen sind folgende Standorte: …": a possibility is no
  // state to take over; what points back keeps its own words ("betroffen": degraded).
  if (!strongest || isHypothetical(source.text)) return [...statuses];
  // "Betroffen waren auch …" after "… sei inzwischen wieder behoben": affected says down, whatever came back before.
  if (AFFECTED.test(pointer[0]) && (strongest.value === 'restored' || strongest.value === 'operational')) return [...statuses];
  // What the previous sentence said of parts only ("40 von 150 Servern sind ausgefallen") is partial for what points back.
  // "Anträge können nur angenommen, aber nicht bearbeitet werden. Das betrifft Führerscheine …": taken but not
  // processed is degraded for what points back too (guide §4).
  // "… bleibt ab 13 Uhr geschlossen. Betroffen sind das Rathaus mit Standesamt …": part of the day is degraded for them too.
  // "Große Teile der Verwaltung sind geschlossen. Dazu gehören das Standesamt …": the parts named are the closed ones.
  const members = MEMBERS.test(pointer[0]);
  const partial = members ? partOfDayStatus(source.text, strongest.value) : partialClause(source.text, partOfDayStatus(source.text, strongest.value));
  const value = partial === 'outage' && ACCEPTED_NOT_PROCESSED.test(source.text) ? 'degraded' : partial;
  const start = sentence.start + pointer.index;
  const pointed: Cue<ServiceStatus> = { span: { start, end: start + pointer[0].length, text: pointer[0] }, value, weight: strongest.weight * 0.9 };
  // The sentence's own cues stay where they say more than "betroffen" ("..., wo keine Sprechzeiten stattfinden").
  const own = statuses.filter((s) => !(s.span.start < pointed.span.end && s.span.end > pointed.span.start) && !/troffen$/iu.test(s.span.text));
  return [pointed, ...own].sort((a, b) => a.span.start - b.span.start);
}

const AFFECTED = /troffen/iu;
const MEMBERS = /^[„“"»]?(?:[\p{L}]+[ \u00a0]+){0,2}?[Dd]azu[ \u00a0]+(?:gehören|gehörten)/u;

/** A sentence that only extends what the one before said ("Dies gilt sowohl für … als auch für …"). */
const POINTER_ONLY = /^(?:Dies|Das|Gleiches|Dasselbe)[ \u00a0]+(?:gilt|betrifft|betraf|galt|gelte|betreffe)(?![\p{L}])/u;

/** The strongest status cue of a sentence when it is a firm one (weight ≥ 0.8), else undefined. */
function strongestCue(text: string, sentence: Sentence): Cue<ServiceStatus> | undefined {
  const cues = statusCues(text, sentence, [] as Cue<Service>[], findCues(text, sentence.start, sentence.end, STATUS_PATTERNS));
  let strongest: Cue<ServiceStatus> | undefined;
  for (const c of cues) if (!strongest || c.weight > strongest.weight) strongest = c;
  return strongest && strongest.weight >= 0.8 ? strongest : undefined;
}

/** Services a sentence that explains a "betroffen" may name without speaking of something else. */
const EXPLAINING_SERVICES: ReadonlySet<Service> = new Set<Service>(['administration', 'appointments', 'it-systems']);

/**
 * A bare "betroffen" explained by the next sentence of the same paragraph ("Betroffen sind die Kfz-Zulassungsstelle und
 * die Ausländerbehörde. Die Abteilungen seien komplett von ihren Fachverfahren abgeschnitten und nicht arbeitsfähig.")
 * takes the state that sentence gives, when it is a firm outage and names no other office of its own.
 */
export function explainedStatuses(
  text: string, next: Sentence | undefined, statuses: readonly Cue<ServiceStatus>[], services: readonly Cue<Service>[],
): Cue<ServiceStatus>[] {
  if (!next || statuses.length === 0 || !statuses.every((s) => s.value === 'degraded' && /troffen$/iu.test(s.span.text))) return [...statuses];
  if (/\n[ \t]*\n/u.test(text.slice(statuses[0]!.span.end, next.start))) return [...statuses];
  for (const v of services) {
    if (v.span.start >= next.end) break;
    if (v.span.start >= next.start && !EXPLAINING_SERVICES.has(v.value)) return [...statuses];
  }
  const explained = strongestCue(text, next);
  if (!explained || explained.value !== 'outage' || explained.weight < 0.9) return [...statuses];
  return statuses.map((s) => ({ ...s, value: 'outage' }));
}
