import type { ServiceStatus } from '@lagebild/schema';
import { PART_OF_DAY, WHOLE_DAY } from '../constants.js';

/**
 * Closed for part of the day ("schließt bereits um 13 Uhr", "öffnet erst um 15 Uhr", "bis 14 Uhr
 * geschlossen") is degraded, not an outage; closed all day stays an outage (annotation guide §4).
 */
export function partOfDayStatus(clause: string, status: ServiceStatus): ServiceStatus {
  if (status !== 'outage') return status;
  return PART_OF_DAY.test(clause) && !WHOLE_DAY.test(clause) ? 'degraded' : status;
}
