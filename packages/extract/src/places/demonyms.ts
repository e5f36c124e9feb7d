/**
 * In a municipality's own release, its residents named as such ("bitten die Rostocker um Verständnis", "bei den
 * Brandenburgerinnen und Brandenburgern") point to the publisher: a span of evidence for the publisher's
 * municipality where the text never writes its name. Adjectives before a noun ("die Rostocker Straßenbahn",
 * "die Dortmunder Polizei") are not taken: they name other things.
 */
import { baseName, type MunicipalityEntry } from '@lagebild/gazetteer';

/** Endings of a resident noun after the stem: "Rostocker", "Rostockerin", "Rostockerinnen", "Rostockern". */
const RESIDENT = /^(?:in|innen|n)?$/u;

/** Stems of the residents' noun: "Werne" → "Werner", "Lünen" → "Lüner", "Rostock" → "Rostocker". */
function demonymStems(name: string): string[] {
  if (name.length < 3 || /[\s/-]/u.test(name)) return [];
  if (name.endsWith('e')) return [`${name}r`];
  if (name.endsWith('en')) return [`${name.slice(0, -2)}er`, `${name}er`];
  return [`${name}er`];
}

/** Resident nouns of the publisher's municipality in `text`, each with its span. */
export function residentMentions(text: string, publisher: MunicipalityEntry): { start: number; end: number }[] {
  const stems = demonymStems(baseName(publisher.name) ?? publisher.name);
  const out: { start: number; end: number }[] = [];
  for (const stem of stems) {
    let at = text.indexOf(stem);
    while (at >= 0) {
      let end = at + stem.length;
      while (end < text.length && /\p{Ll}/u.test(text[end]!)) end++;
      const before = at > 0 ? text[at - 1]! : ' ';
      const ending = text.slice(at + stem.length, end);
      if (!/[\p{L}\p{N}-]/u.test(before) && RESIDENT.test(ending) && text[end] !== '-' && isNoun(text, end)
        && (ending === 'innen' || ending === 'n' || PLURAL_BEFORE.test(text.slice(Math.max(0, at - 12), at)))) {
        out.push({ start: at, end });
      }
      at = text.indexOf(stem, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The residents as a group ("die Rostocker", "alle Werner"), not one person ("ein 45-jähriger Rostocker", "der Werner"). */
const PLURAL_BEFORE = /(?<![\p{L}])(?:die|den|alle|allen|liebe|Liebe|viele|vielen|unsere|unseren)[ \u00a0]+$/u;

const CAPITALIZED_NEXT = /^[ \u00a0]+\p{Lu}/u;

/** Whether the word ending at `end` stands as a noun: no capitalized word follows it ("die Rostocker Straßenbahn" is an adjective). */
function isNoun(text: string, end: number): boolean {
  return !CAPITALIZED_NEXT.test(text.slice(end, end + 3));
}
