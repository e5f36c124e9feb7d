import { HYPOTHETICAL } from '../constants.js';

/**
 * Whether a clause states a possibility, a condition or a plan rather than a state ("falls die Behörde nicht
 * erreichbar sein sollte", "soll eingerichtet werden", "könnte ausfallen"): such clauses give no impact.
 */
export function isHypothetical(clause: string): boolean {
  return HYPOTHETICAL_WORDS.test(clause) && HYPOTHETICAL.test(clause);
}

/**
 * A word every HYPOTHETICAL match holds ("damit", "Ob", "falls", "sollte", "könnte", "dass", …), with its flags: a clause
 * without any is passed over by one search, where the pattern's look-behind is tried at every position.
 */
const HYPOTHETICAL_WORDS = /damit|Welche|Ob|(?<![\p{L}])ob(?![\p{L}])|Ohne|Wann|Wie|Inwie|such|empf|rät|raten|riet|plan|überleg|erwäg|erwog|denk|alls|ofern|obald|wiederhergestellt|egebenenfalls|wäre|ventuell|öglicherweise|omöglich|ielleicht|Umständen|ormalerweise|blicherweise|ewöhnlich|könn|auszuschließen|ausgeschlossen|dass|daß|diesem|soll|kann|darf|dürf/u;

/**
 * A question, also one in quotes ("„Kann unsere Eheschließung stattfinden?“"): it states nothing. As `/\?[\s"'“”„»«)]*$/u`
 * would say, read backwards from the end: the pattern, tried at every position, cost more than the rest of the check.
 */
export function isQuestion(sentence: string): boolean {
  let i = sentence.length - 1;
  while (i >= 0 && closesQuestion(sentence.charCodeAt(i))) i--;
  return i >= 0 && sentence.charCodeAt(i) === 63 /* ? */;
}

/** Whether a character may follow a question mark at the end of a question: white space (`\s`), a quote or a parenthesis. */
function closesQuestion(c: number): boolean {
  switch (c) {
    case 0x22: case 0x27: case 0x201c: case 0x201d: case 0x201e: case 0xbb: case 0xab: case 0x29: // " ' “ ” „ » « )
    case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20: case 0xa0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200a;
  }
}
