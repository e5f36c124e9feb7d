/**
 * Scoring of extracted entities against hand-made gold, as pure functions: per document, each kind is
 * compared as a set of keys (municipalities and districts by AGS, agencies by registry id, dates by
 * value — the days a mention names, a range's first and last —, impacts by place AGS + service + status);
 * counts are summed over documents (micro average).
 */
import type { Entities } from '@lagebild/schema';

/** The kinds that are scored. */
export const EVAL_KINDS = ['municipalities', 'districts', 'agencies', 'dates', 'impacts'] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

/** Gold entities in the record vocabulary (the shape of `fixtures/gold/*.json`'s `gold`). */
export interface GoldEntitiesLike {
  readonly municipalities: readonly { readonly ags: string; readonly name?: string }[];
  readonly districts: readonly { readonly ags: string; readonly name?: string }[];
  readonly agencies: readonly { readonly id: string }[];
  readonly dates: readonly { readonly value: string; readonly end?: string | undefined }[];
  /** `asOf`: the day the gold gives for the state (`as_of`), where it gives one. */
  readonly serviceImpacts: readonly { readonly place: string; readonly service: string; readonly status: string; readonly asOf?: string | undefined }[];
  /** Impacts the gold marks doubtful: not scored, so a prediction of one counts neither way. */
  readonly unscoredImpacts?: readonly { readonly place: string; readonly service: string; readonly status: string }[];
}

/** Precision, recall and F1 of one kind, with the counts they come from. */
export interface KindScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** One disagreement with gold: a false positive (with the text it was read from) or a false negative. */
export interface Miss {
  readonly document: string;
  readonly kind: EvalKind;
  readonly type: 'fp' | 'fn';
  readonly key: string;
  /** For false positives: the text of the first span that produced the key. For false negatives: the gold label. */
  readonly text: string;
}

/** A found impact whose gold gives its day: the gold day and the asOf days extracted for the same place, service and status. */
export interface DatedImpact {
  readonly key: string;
  readonly gold: string;
  readonly predicted: readonly string[];
}

/** A found impact dated otherwise than its gold says. */
export interface AsOfMiss extends DatedImpact {
  readonly document: string;
}

/**
 * How impacts are dated ("since when"): of the impacts found whose gold gives the day the state holds, how many carry
 * that day as asOf. Impacts not found are counted by the impacts kind, not here.
 */
export interface AsOfScore {
  readonly dated: number;
  readonly agree: number;
  readonly misses: readonly AsOfMiss[];
}

/** Scores per kind, the number of documents, every miss, and how the impacts found are dated. */
export interface EvalReport {
  readonly documents: number;
  readonly kinds: Readonly<Record<EvalKind, KindScore>>;
  readonly misses: readonly Miss[];
  readonly asOf: AsOfScore;
}

/** The per-kind figures a baseline keeps (`fixtures/gold/baseline.json`). */
export type Baseline = Readonly<Record<EvalKind, { readonly precision: number; readonly recall: number; readonly f1: number }>>;

/** A key and the text that stands for it (a span's text or a gold label). */
export type KeyedSet = ReadonlyMap<string, string>;

const day = (value: string): string => value.slice(0, 10);

/**
 * Whether a date mention has month precision ("bis Ende November"): its day was inferred but its month
 * was written. Gold lists calendar days only, so such mentions are not scored.
 */
export function isMonthPrecision(mention: { implied: readonly string[] }): boolean {
  return mention.implied.includes('day') && !mention.implied.includes('month');
}

function add(map: Map<string, string>, key: string, text: string): void {
  if (!map.has(key)) map.set(key, text);
}

/** The keys of extracted entities, per kind, each with the text of the first span that produced it. */
export function predictedKeys(entities: Entities, agencyKey: (agency: Entities['agencies'][number]) => string = (a) => a.id): Record<EvalKind, KeyedSet> {
  const municipalities = new Map<string, string>();
  for (const m of entities.municipalities) add(municipalities, m.ags, m.span.text);
  const districts = new Map<string, string>();
  for (const d of entities.districts) add(districts, d.ags, d.span.text);
  const agencies = new Map<string, string>();
  for (const a of entities.agencies) add(agencies, agencyKey(a), a.span.text);
  const dates = new Map<string, string>();
  for (const d of entities.dates) {
    if (isMonthPrecision(d)) continue;
    for (const key of dateKeys(d.value, d.end)) add(dates, key, d.span.text);
  }
  const impacts = new Map<string, string>();
  for (const i of entities.serviceImpacts) {
    const place = i.municipality?.ags ?? i.district?.ags;
    if (place) add(impacts, impactKey(place, i.service, i.status), i.span.text);
  }
  return { municipalities, districts, agencies, dates, impacts };
}

/** The keys of gold entities, per kind, each with a readable label. */
export function goldKeys(gold: GoldEntitiesLike): Record<EvalKind, KeyedSet> {
  const municipalities = new Map<string, string>();
  for (const m of gold.municipalities) add(municipalities, m.ags, m.name ?? m.ags);
  const districts = new Map<string, string>();
  for (const d of gold.districts) add(districts, d.ags, d.name ?? d.ags);
  const agencies = new Map<string, string>();
  for (const a of gold.agencies) add(agencies, a.id, a.id);
  const dates = new Map<string, string>();
  for (const d of gold.dates) for (const key of dateKeys(d.value, d.end)) add(dates, key, d.end ? `${d.value}..${d.end}` : d.value);
  const impacts = new Map<string, string>();
  for (const i of gold.serviceImpacts) add(impacts, impactKey(i.place, i.service, i.status), `${i.place}/${i.service}/${i.status}`);
  return { municipalities, districts, agencies, dates, impacts };
}

/** A date's keys: its day, and for a range also its last day ("dates by value": each written day counts once). */
export function dateKeys(value: string, end?: string): string[] {
  return end && day(end) !== day(value) ? [day(value), day(end)] : [day(value)];
}

/** An impact's key: place AGS, service and status. */
export function impactKey(place: string, service: string, status: string): string {
  return `${place}/${service}/${status}`;
}

/** P, R and F1 from counts; an empty denominator counts as perfect (nothing to find, nothing wrong). */
export function scoreOf(tp: number, fp: number, fn: number): KindScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** One document's predicted and gold keys. */
export interface ScoredDocument {
  readonly id: string;
  readonly predicted: Record<EvalKind, KeyedSet>;
  readonly gold: Record<EvalKind, KeyedSet>;
  /** Its found impacts whose gold gives the day (see {@link datedImpacts}). */
  readonly dated?: readonly DatedImpact[];
}

/** The found impacts whose gold gives the day, with the days extracted for them: what {@link AsOfScore} counts. */
export function datedImpacts(entities: Entities, gold: GoldEntitiesLike): DatedImpact[] {
  const out: DatedImpact[] = [];
  for (const g of gold.serviceImpacts) {
    if (!g.asOf) continue;
    const key = impactKey(g.place, g.service, g.status);
    const predicted: string[] = [];
    for (const i of entities.serviceImpacts) {
      const place = i.municipality?.ags ?? i.district?.ags;
      if (place && impactKey(place, i.service, i.status) === key && i.asOf && !predicted.includes(day(i.asOf))) predicted.push(day(i.asOf));
    }
    if (predicted.length > 0) out.push({ key, gold: day(g.asOf), predicted });
  }
  return out;
}

/** Micro-averaged scores over documents, and every false positive and false negative. */
export function scoreDocuments(documents: readonly ScoredDocument[]): EvalReport {
  const counts = Object.fromEntries(EVAL_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<EvalKind, { tp: number; fp: number; fn: number }>;
  const misses: Miss[] = [];
  for (const doc of documents) {
    for (const kind of EVAL_KINDS) {
      const predicted = doc.predicted[kind];
      const gold = doc.gold[kind];
      const c = counts[kind];
      for (const [key, text] of predicted) {
        if (gold.has(key)) c.tp++;
        else {
          c.fp++;
          misses.push({ document: doc.id, kind, type: 'fp', key, text });
        }
      }
      for (const [key, label] of gold) {
        if (!predicted.has(key)) {
          c.fn++;
          misses.push({ document: doc.id, kind, type: 'fn', key, text: label });
        }
      }
    }
  }
  const kinds = Object.fromEntries(EVAL_KINDS.map((k) => [k, scoreOf(counts[k].tp, counts[k].fp, counts[k].fn)])) as Record<EvalKind, KindScore>;
  let dated = 0;
  let agree = 0;
  const asOfMisses: AsOfMiss[] = [];
  for (const doc of documents) {
    for (const d of doc.dated ?? []) {
      dated++;
      // A state stated twice (closed since Monday, still closed today) may carry two days: one of them must be the gold's.
      if (d.predicted.includes(d.gold)) agree++;
      else asOfMisses.push({ document: doc.id, ...d });
    }
  }
  return { documents: documents.length, kinds, misses, asOf: { dated, agree, misses: asOfMisses } };
}

/** The figures of a report as a baseline, rounded to four places. */
export function baselineOf(report: EvalReport): Baseline {
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  return Object.fromEntries(EVAL_KINDS.map((k) => {
    const s = report.kinds[k];
    return [k, { precision: r(s.precision), recall: r(s.recall), f1: r(s.f1) }];
  })) as Baseline;
}

/** Kinds whose F1 fell more than `tolerance` below the baseline, as readable lines (empty when none did). */
export function regressions(report: EvalReport, baseline: Partial<Baseline>, tolerance = 0.005): string[] {
  const out: string[] = [];
  for (const kind of EVAL_KINDS) {
    const base = baseline[kind];
    if (!base) continue;
    const f1 = report.kinds[kind].f1;
    if (f1 < base.f1 - tolerance) out.push(`${kind}: F1 ${f1.toFixed(4)} < baseline ${base.f1.toFixed(4)} - ${tolerance}`);
  }
  return out;
}

/** The report as a plain-text table followed by the misses, one per line. */
export function formatReport(report: EvalReport, options: { misses?: boolean } = {}): string {
  const lines = [`${report.documents} documents`, 'kind            precision  recall     F1     tp    fp    fn'];
  for (const kind of EVAL_KINDS) {
    const s = report.kinds[kind];
    lines.push(`${kind.padEnd(16)}${s.precision.toFixed(3).padStart(9)}${s.recall.toFixed(3).padStart(8)}${s.f1.toFixed(3).padStart(7)}`
      + `${String(s.tp).padStart(7)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}`);
  }
  if (report.asOf.dated > 0) lines.push(asOfLine(report.asOf));
  if (options.misses !== false) {
    lines.push('', `misses (${report.misses.length}):`);
    for (const m of report.misses) lines.push(`  ${m.document}  ${m.kind}  ${m.type.toUpperCase()}  ${m.key}  "${m.text.replace(/\s+/g, ' ')}"`);
    for (const m of report.asOf.misses) lines.push(`  ${m.document}  asOf  ${m.key}  gold ${m.gold}  extracted ${m.predicted.join(', ')}`);
  }
  return lines.join('\n');
}

/** The asOf figure as one line: "asOf  70 of 88 found impacts dated as their gold (0.795)". */
export function asOfLine(score: AsOfScore): string {
  const share = score.dated === 0 ? 1 : score.agree / score.dated;
  return `asOf            ${score.agree} of ${score.dated} found impacts whose gold gives the day dated so (${share.toFixed(3)})`;
}
