import { createHash } from 'node:crypto';
import { toBerlinIso, type Document, type ExtractInput } from '@lagebild/schema';

/** Source id of documents that come as batch lines (`lagebild extract`, `lagebild enqueue`). */
export const BATCH_SOURCE_ID = 'batch';

/**
 * Publication instant of a batch line: ISO date-time, ISO date (taken as noon in Berlin), or undefined
 * when the line gives none. Never the clock: a line without `published` is an undated document, whose
 * dates resolve against the dates written in its text (annotation guide, §3).
 */
export function publishedAtOf(published: string | undefined): string | undefined {
  if (published === undefined || published.trim() === '') return undefined;
  const trimmed = published.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    // Noon keeps the calendar day whatever the offset; the day is what dates resolve against.
    const probe = new Date(`${trimmed}T12:00:00Z`);
    const iso = toBerlinIso(probe);
    return `${trimmed}T12:00:00${iso.slice(19)}`;
  }
  const parsed = new Date(trimmed);
  if (Number.isNaN(parsed.getTime())) throw new Error(`"published" is not an ISO 8601 date: ${JSON.stringify(published)}`);
  return toBerlinIso(parsed);
}

/**
 * The Document for one batch line: `text` is `title + "\n\n" + body` when a title is given. `now` is
 * the document's `fetchedAt` (when it was read) and nothing else: without `published` the document has
 * no `publishedAt`.
 */
export function documentFromInput(input: ExtractInput, now: Date): Document {
  const text = input.title ? `${input.title}\n\n${input.text}` : input.text;
  const publishedAt = publishedAtOf(input.published);
  return {
    id: input.id,
    sourceId: BATCH_SOURCE_ID,
    url: input.url ?? '',
    title: input.title ?? text.split('\n', 1)[0] ?? '',
    ...(publishedAt ? { publishedAt } : {}),
    fetchedAt: toBerlinIso(now),
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}
