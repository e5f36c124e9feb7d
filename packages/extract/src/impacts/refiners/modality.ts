import { HYPOTHETICAL } from '../constants.js';

/**
 * Whether a clause states a possibility, a condition or a plan rather than a state ("falls die Behörde nicht
 * erreichbar sein sollte", "soll eingerichtet werden", "könnte ausfallen"): such clauses give no impact.
 */
export function isHypothetical(clause: string): boolean {
  return HYPOTHETICAL.test(clause);
}

/** A question, also one in quotes ("„Kann unsere Eheschließung stattfinden?“"): it states nothing. */
export function isQuestion(sentence: string): boolean {
  return /\?[\s"'“”„»«)]*$/u.test(sentence);
}
