import type { Agency, Entities, SourceKind } from '@lagebild/schema';
import { SOURCE_KINDS } from '@lagebild/schema/vocabulary';
import { datedImpacts, goldKeys, impactKey, predictedKeys, scoreDocuments, type EvalReport, type GoldEntitiesLike, type ScoredDocument } from './score.js';

/** A gold release as `fixtures/gold/*.json` stores it (only what scoring needs). */
export interface GoldReleaseLike {
  readonly id: string;
  readonly text: string;
  /** Absent where the document gives no publication instant. */
  readonly publishedAt?: string | undefined;
  readonly sourceId?: string;
  readonly sourceKind?: string;
  /** What a sources config says about the publisher: its AGS and its agency registry id. */
  readonly context?: { readonly jurisdiction?: string | undefined; readonly sourceAgency?: string | undefined } | undefined;
  readonly gold: GoldEntitiesLike;
}

/** The extraction function an evaluation runs. */
export interface EvalExtractor {
  extractEntities(text: string, context: { publishedAt?: string; sourceId?: string; sourceKind?: SourceKind; jurisdiction?: string; sourceAgency?: string }): Entities;
}

/** Options of {@link evaluateWith}. */
export interface EvaluateOptions {
  /** The extractor to score; defaults to the package's. */
  readonly extractor?: EvalExtractor;
  /** The scoring key of an extracted agency; defaults to its id. */
  readonly agencyKey?: (agency: Agency) => string;
}

/** Extracts every release with its publisher context and scores the result against its gold. */
export function evaluateWith(releases: readonly GoldReleaseLike[], extractor: EvalExtractor, agencyKey?: (agency: Agency) => string): EvalReport {
  const documents: ScoredDocument[] = releases.map((r) => {
    const entities = extractor.extractEntities(r.text, {
      ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}),
      ...(r.sourceId ? { sourceId: r.sourceId } : {}),
      ...(r.sourceKind && (SOURCE_KINDS as readonly string[]).includes(r.sourceKind) ? { sourceKind: r.sourceKind as SourceKind } : {}),
      ...(r.context?.jurisdiction ? { jurisdiction: r.context.jurisdiction } : {}),
      ...(r.context?.sourceAgency ? { sourceAgency: r.context.sourceAgency } : {}),
    });
    const predicted = predictedKeys(entities, agencyKey);
    const gold = goldKeys(r.gold);
    const dated = datedImpacts(entities, r.gold);
    const unscored = new Set((r.gold.unscoredImpacts ?? []).map((i) => impactKey(i.place, i.service, i.status)));
    if (unscored.size === 0) return { id: r.id, predicted, gold, dated };
    const impacts = new Map([...predicted.impacts].filter(([key]) => gold.impacts.has(key) || !unscored.has(key)));
    return { id: r.id, predicted: { ...predicted, impacts }, gold, dated };
  });
  return scoreDocuments(documents);
}
