import type { Service, ServiceStatus } from '@lagebild/schema';
import type { Sentence } from '../../text/sentences.js';
import { ELIDED_AFFIRMATION_AFTER, ELIDED_CLAUSE_BEFORE, ELIDED_NEGATION_AFTER } from '../constants.js';
import type { Cue } from '../cues.js';

/**
 * The status of a service whose clause has lost its predicate after a comma: "Das Bürgerbüro ist nur eingeschränkt
 * geöffnet, das Standesamt gar nicht" (outage), "per E-Mail nicht erreichbar, telefonisch aber schon" (operational).
 * The opposite, or the confirmation, of what the sentence said just before the comma; undefined for any other service.
 */
export function elidedStatus(text: string, sentence: Sentence, service: Cue<Service>, statuses: readonly Cue<ServiceStatus>[]): ServiceStatus | undefined {
  const after = text.slice(service.span.end, Math.min(sentence.end, service.span.end + 40));
  const negated = ELIDED_NEGATION_AFTER.test(after);
  if (!negated && !ELIDED_AFFIRMATION_AFTER.test(after)) return undefined;
  const before = text.slice(Math.max(sentence.start, service.span.start - 40), service.span.start);
  const m = ELIDED_CLAUSE_BEFORE.exec(before);
  if (!m) return undefined;
  const comma = service.span.start - before.length + m.index;
  let stated: Cue<ServiceStatus> | undefined;
  for (const s of statuses) if (s.span.end <= comma && (!stated || s.span.end > stated.span.end)) stated = s;
  if (!stated) return undefined;
  if (negated) return stated.value === 'outage' ? 'operational' : 'outage';
  return stated.value === 'outage' || stated.value === 'degraded' ? 'operational' : undefined;
}
