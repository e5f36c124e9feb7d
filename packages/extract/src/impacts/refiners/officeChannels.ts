import type { Service } from '@lagebild/schema';
import type { Sentence } from '../../text/sentences.js';
import type { Cue } from '../cues.js';

/** Services that are an office one visits, as against channels, systems and the administration as a whole. */
const NOT_AN_OFFICE: ReadonlySet<Service> = new Set(['administration', 'phone', 'email', 'it-systems', 'website', 'online-services', 'appointments', 'payments']);

const BLANK_LINE = /\n[ \t]*\n/u;
/** All of a body's offices as the subject: "Alle Dienststellen", "sämtliche Ämter". */
const GENERAL_OWNER = /(?<![\p{L}])(?:[Aa]lle|[Ss]ämtliche)[ \u00a0]+(?:Dienststellen|Ämter|Fachämter|Fachbereiche|Bereiche|Abteilungen|Büros|Standorte)(?![\p{L}])/u;

/**
 * Channels with no owner of their own right after a named office ("Die Führerscheinstelle ist mittwochs geschlossen.
 * Die Mitarbeiter sind an diesen Tagen zudem weder telefonisch noch per E-Mail zu erreichen."): how that office is
 * reached, which keeps the office's key (annotation guide §4), so no channel item. Only where the sentence names
 * nothing but channels and no place, and the sentence before in its paragraph names an office and not the
 * administration.
 */
export function channelsOfOfficeBefore(
  text: string, sentences: readonly Sentence[], index: number, found: readonly Cue<Service>[], placed: boolean,
  subjectsOf: (sentence: Sentence, index: number) => readonly Cue<Service>[],
): boolean {
  if (index === 0 || placed) return false;
  // "Alle Dienststellen bleiben telefonisch erreichbar": the sentence names its own, general owner.
  if (GENERAL_OWNER.test(sentences[index]!.text)) return false;
  for (const f of found) if (f.value !== 'phone' && f.value !== 'email') return false;
  const previous = sentences[index - 1]!;
  if (BLANK_LINE.test(text.slice(previous.end, sentences[index]!.start))) return false;
  let office = false;
  for (const s of subjectsOf(previous, index - 1)) {
    if (s.value === 'administration') return false;
    if (!NOT_AN_OFFICE.has(s.value)) office = true;
  }
  return office;
}
