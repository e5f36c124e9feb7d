import { InvalidArgumentError } from 'commander';
import { IsoDateSchema } from '@lagebild/schema';

/**
 * A `YYYY-MM-DD` option that is a real calendar day. The API refuses 2023-02-30 and 2023-13-45;
 * the CLI refused only other shapes, and `Date.parse` rolls 2023-02-30 over to 2 March.
 */
export function isoDay(value: string): string {
  if (!IsoDateSchema.safeParse(value).success) {
    throw new InvalidArgumentError(`expected a calendar date YYYY-MM-DD${/^\d{4}-\d{2}-\d{2}$/.test(value) ? ` (${value} is no day of the calendar)` : ''}`);
  }
  return value;
}
