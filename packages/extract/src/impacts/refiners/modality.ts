import { HYPOTHETICAL } from '../constants.js';

/**
 * Whether a clause states a possibility, a condition or a plan rather than a state ("falls die Behörde nicht
 * erreichbar sein sollte", "soll eingerichtet werden", "könnte ausfallen"): such clauses give no impact.
 */
export function isHypothetical(clause: string): boolean {
  return HYPOTHETICAL.test(clause);
}
