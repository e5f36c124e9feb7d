import type { Service, ServiceStatus } from '@lagebild/schema';
import { CHANNEL_ONLY, REACHABILITY } from '../constants.js';
import type { Cue } from '../cues.js';

/** Whether a service mention is a channel by which someone is reached ("telefonisch", "per E-Mail", "per Telefon"). */
export function isChannel(service: Cue<Service>, channelWordsBefore: boolean): boolean {
  if (service.value !== 'phone' && service.value !== 'email') return false;
  return channelWordsBefore || /^(?:telefonisch|fernmündlich)/iu.test(service.span.text);
}

/**
 * Reachability by channel (annotation guide §4): "Die Stadtverwaltung ist weder per E-Mail noch telefonisch
 * erreichbar" states the channels (`email`, `phone`), not the administration; "Die Ausländerbehörde ist
 * telefonisch kaum erreichbar" keeps the named office and drops the channel. Elsewhere a channel beside another
 * service is how that service is reached, not a subject. Returns which of `subjects` stay.
 */
export function channelSubjects(
  sentence: string, subjects: readonly Cue<Service>[], channels: ReadonlySet<Cue<Service>>, found: readonly Cue<Service>[] = subjects,
  documentChannels: readonly Service[] = [], sentenceStart = 0,
): Cue<Service>[] {
  if (channels.size === 0) {
    // "Telefonleitung tot, Mails kommen nicht an: Die Kreisverwaltung ist nicht erreichbar": the channels the sentence
    // names with states of their own are what the administration's reachability is about.
    if (REACHABILITY.test(sentence) && subjects.some((s) => s.value === 'administration') && subjects.some((s) => s.value === 'phone' || s.value === 'email')) {
      return subjects.filter((s) => s.value !== 'administration');
    }
    const reachAdministration = subjects.length > 0 && subjects.every((s) => s.value === 'administration') && REACHABILITY.test(sentence);
    if (!reachAdministration) return [...subjects];
    // "Wegen Problemen an der Telefonanlage war das Kreishaus nicht erreichbar": the administration's reachability
    // by the channel the sentence names as the cause is that channel's state.
    const named = found.filter((f) => f.value === 'phone' || f.value === 'email');
    if (named.length > 0) return [named[0]!];
    // "Die Stadtverwaltung war nicht erreichbar" in a release about its telephone system: the channel it is about.
    if (documentChannels.length > 0) return documentChannels.map((value) => ({ ...subjects[0]!, value }));
    return [...subjects];
  }
  const others = subjects.filter((s) => !channels.has(s));
  if (others.length === 0) return [...subjects];
  if (!REACHABILITY.test(sentence)) return others;
  // "Während dieser Zeit ist die Verwaltung nicht erreichbar, auch nicht telefonisch": out in person, and by phone too.
  if (ALSO_NOT_BY_CHANNEL.test(sentence)) return [...subjects];
  if (others.every((s) => s.value === 'administration')) return [...channels];
  // "Die Telefone sind ausgefallen, die Stadtverwaltung ist nur per E-Mail erreichbar": the administration reached by
  // a channel in its own part of the sentence gives way to that channel; the other services stay.
  const reached = others.filter((s) => s.value === 'administration' && [...channels].some((c) => sameStretch(sentence, sentenceStart, s, c)));
  if (reached.length === 0) return others;
  return subjects.filter((s) => !reached.includes(s) && (!channels.has(s) || reached.some((r) => sameStretch(sentence, sentenceStart, r, s))));
}

/** Unreachable, the channel added after a comma: "nicht erreichbar, auch nicht telefonisch". */
const ALSO_NOT_BY_CHANNEL = /(?<![\p{L}])nicht[ \u00a0]+(?:mehr[ \u00a0]+)?(?:erreichbar|zu[ \u00a0]+erreichen)[ \u00a0]*[,–-][ \u00a0]*(?:und[ \u00a0]+)?(?:auch|selbst)[ \u00a0]+nicht[ \u00a0]+(?:telefonisch|per[ \u00a0]+(?:Telefon|E-Mail|Mail))(?![\p{L}])/u;

/** "nur telefonisch erreichbar": the only channel left is working (phone operational), not a restriction of it. */
export function channelStatus(text: string, service: Cue<Service>, cue: Cue<ServiceStatus> | undefined, status: ServiceStatus): ServiceStatus {
  if (status !== 'degraded' || !cue || (service.value !== 'phone' && service.value !== 'email')) return status;
  const between = text.slice(Math.min(cue.span.start, service.span.start), service.span.start);
  return CHANNEL_ONLY.test(between) ? 'operational' : status;
}

/** Whether two cues of a sentence stand in one stretch of it, with no comma, colon or semicolon between them. */
function sameStretch(sentence: string, sentenceStart: number, a: Cue<Service>, b: Cue<Service>): boolean {
  const from = Math.min(a.span.end, b.span.end) - sentenceStart;
  const to = Math.max(a.span.start, b.span.start) - sentenceStart;
  return from <= to && !/[,;:]/u.test(sentence.slice(from, to));
}
