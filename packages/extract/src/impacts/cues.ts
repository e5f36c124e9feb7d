import type { District, Municipality } from '@lagebild/schema';

/** A service or status word found in the text, with how directly it says what it says. */
export interface Cue<T> { readonly span: { start: number; end: number; text: string }; readonly value: T; readonly weight: number }

/** A place mention an impact can belong to. */
export type Place = { kind: 'municipality'; mention: Municipality } | { kind: 'district'; mention: District };

/** The place an impact belongs to, and how it was found. */
export interface Binding { readonly place: Place; readonly factor: number }

export function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end + 1; // a cue after the service is preferred on ties
  return 0;
}

export function placesIn(places: readonly Place[], start: number, end: number): Place[] {
  return places.filter((p) => p.mention.span.start >= start && p.mention.span.end <= end);
}

export function nearest<T extends { span: { start: number; end: number } }>(items: readonly T[], to: { start: number; end: number }): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = distance(to, item.span);
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** Cues (or clauses, statuses) lying within `s`. */
export function within<T extends { span: { start: number; end: number } }>(cues: readonly T[], s: { start: number; end: number }): T[] {
  return cues.filter((c) => c.span.start >= s.start && c.span.end <= s.end);
}

/**
 * The items whose span lies within [start, end], from a list sorted by span start: a binary search for the
 * first, so that looking up a sentence's mentions costs its own mentions, not the document's.
 */
export function spansWithin<T>(items: readonly T[], spanOf: (item: T) => { start: number; end: number }, start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(items[mid]!).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && spanOf(items[i]!).start < end; i++) if (spanOf(items[i]!).end <= end) out.push(items[i]!);
  return out;
}

/** The index of the last item whose span starts before `at`, or -1 (list sorted by span start). */
export function lastStartingBefore<T>(items: readonly T[], spanOf: (item: T) => { start: number }, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(items[mid]!).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
