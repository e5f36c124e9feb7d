import { SOURCE_KINDS, type SourceKind } from '@lagebild/schema';
import { SOURCE_KIND_PATTERNS } from './constants.js';

/** Kind of a source by id: from the sources config when known, else guessed from the id, else 'unknown'. */
export type SourceKindOf = (sourceId: string) => SourceKind | 'unknown';

/** Guesses a source's kind from its id ("polizei-dortmund" → police); 'unknown' when nothing fits. */
export function guessSourceKind(sourceId: string): SourceKind | 'unknown' {
  const id = sourceId.toLowerCase();
  for (const [pattern, kind] of SOURCE_KIND_PATTERNS) {
    if (pattern.test(id) && (SOURCE_KINDS as readonly string[]).includes(kind)) return kind as SourceKind;
  }
  return 'unknown';
}

/** A {@link SourceKindOf} that prefers the configured kinds (`sources[].kind` of a sources config). */
export function sourceKinds(configured: readonly { id: string; kind: SourceKind }[] = []): SourceKindOf {
  const known = new Map(configured.map((s) => [s.id, s.kind]));
  return (sourceId) => known.get(sourceId) ?? guessSourceKind(sourceId);
}
