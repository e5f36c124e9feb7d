import type * as chrono from 'chrono-node';

const cache = new WeakMap<object, Date>();

/** The reference instant as a Date whose local fields are Berlin wall time, computed once per parse. */
export function referenceDate(context: chrono.ParsingContext): Date {
  const key = context.reference as object;
  let d = cache.get(key);
  if (!d) {
    d = context.reference.getDateWithAdjustedTimezone();
    cache.set(key, d);
  }
  return d;
}
