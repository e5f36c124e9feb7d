import type * as chrono from 'chrono-node';
import { referenceDate } from '../reference.js';
import { closestYear, isValidDate } from '../calendar.js';

/**
 * The components of a day and month, with the year as written or, where none is, the one closest to the reference
 * (implied); null for an impossible date. Shared by the parsers that read a day with its month themselves.
 */
export function dayMonthComponents(context: chrono.ParsingContext, day: number, month: number, written: number | undefined): chrono.ParsingComponents | null {
  const year = written ?? closestYear(referenceDate(context), day, month);
  if (!isValidDate(year, month, day)) return null;
  const components = context.createParsingComponents();
  components.assign('day', day);
  components.assign('month', month);
  if (written !== undefined) components.assign('year', year);
  else components.imply('year', year);
  return components;
}
