import type { Service, ServiceStatus } from '@lagebild/schema';
import { endsWithMatch } from '../../text/suffix.js';
import { PART_QUANTIFIER_BEFORE, PARTIAL_CLAUSE, PARTIAL_RESTORATION, VISITORS_ONLY } from '../constants.js';
import type { Cue } from '../cues.js';

const partBefore = endsWithMatch(PART_QUANTIFIER_BEFORE);
/** Some of an administration's offices ("zahlreiche Ämter"): not "alle Ämter". */
const SOME_OFFICES = /(?<![\p{L}])(?:mehrere|mehreren|zahlreiche|zahlreichen|einige|einigen|viele|vielen|etliche|etlichen|manche|manchen|verschiedene|verschiedenen)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:Ämter|Fachämter|Dienststellen|Fachbereiche|Büros)$/iu;

/**
 * An administration that is closed only in part ("Teile der Stadtverwaltung bleiben geschlossen") or only for
 * visitors ("für den Publikumsverkehr geschlossen", while phone and mail work) is degraded, not out
 * (annotation guide §4: part of a service is degraded).
 */
export function partialAdministration(text: string, service: Cue<Service>, clause: { start: number; end: number }, status: ServiceStatus): ServiceStatus {
  const before = text.slice(Math.max(clause.start, service.span.start - 40), service.span.start);
  if (partBefore(before)) return 'degraded';
  // "zahlreiche Ämter", "mehrere Dienststellen": some of the offices, not all of them.
  if (SOME_OFFICES.test(text.slice(Math.max(clause.start, service.span.start - 20), service.span.end))) return 'degraded';
  return VISITORS_ONLY.test(text.slice(clause.start, clause.end)) ? 'degraded' : status;
}

/** An outage stated of parts only ("große Teile der Gebäude ohne Telefonnetz") is degraded. */
export function partialClause(clause: string, status: ServiceStatus): ServiceStatus {
  return status === 'outage' && PARTIAL_CLAUSE.test(clause) ? 'degraded' : status;
}

/** A restoration of part only ("in Teilbereichen wieder arbeitsfähig", "teilweise wieder") is degraded (guide §4). */
export function partialRestoration(statement: string, status: ServiceStatus): ServiceStatus {
  return status === 'restored' && PARTIAL_RESTORATION.test(statement) ? 'degraded' : status;
}
