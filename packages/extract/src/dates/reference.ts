import type * as chrono from 'chrono-node';

// The last parse's reference and its date: parses run one after another, so one entry is a perfect cache,
// and unlike a WeakMap it leaves the collector no table of dead references to sweep.
let lastReference: object | undefined;
let lastDate: Date | undefined;

/** The reference instant as a Date whose local fields are Berlin wall time, computed once per parse. */
export function referenceDate(context: chrono.ParsingContext): Date {
  const key = context.reference as object;
  if (key !== lastReference || lastDate === undefined) {
    lastDate = context.reference.getDateWithAdjustedTimezone();
    lastReference = key;
  }
  return lastDate;
}
