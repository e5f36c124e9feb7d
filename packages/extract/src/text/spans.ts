import type { Span } from '@lagebild/schema';

/** A span of `text` from `start` to `end`; its `text` is always `text.slice(start, end)`. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Whether the half-open ranges overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether the range from `start` to `end` overlaps any of `ranges`. Bounds as numbers, not an object: callers pass
 * candidates, mentions and ranges of many shapes, and a property read of them here would deoptimize on a new one.
 */
export function overlapsAny(start: number, end: number, ranges: readonly { start: number; end: number }[]): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (start < r.end && r.start < end) return true;
  }
  return false;
}

/** Sorts by start, longer first at the same start. */
export function byPosition<T extends { span: Span }>(a: T, b: T): number {
  return a.span.start - b.span.start || b.span.end - a.span.end;
}

/**
 * Keeps the longest of overlapping items (earlier first on ties); the rest are dropped.
 * Used wherever "longest match wins".
 */
export function longestNonOverlapping<T extends { span: Span }>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => (b.span.end - b.span.start) - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const kept: T[] = [];
  for (const item of sorted) if (!kept.some((k) => overlaps(k.span, item.span))) kept.push(item);
  return kept.sort(byPosition);
}
