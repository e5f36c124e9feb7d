import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { extractRecord } from '@lagebild/extract';
import { ExtractInputSchema, toBerlinIso, type Document, type ExtractInput } from '@lagebild/schema';

/** Publication instant of a batch line: ISO date-time, ISO date (taken as noon in Berlin) or absent (now). */
export function publishedAtOf(published: string | undefined, now: Date): string {
  if (!published) return toBerlinIso(now);
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

/** The Document for one batch line: `text` is `title + "\n\n" + body` when a title is given. */
export function documentFromInput(input: ExtractInput, now: Date): Document {
  const text = input.title ? `${input.title}\n\n${input.text}` : input.text;
  return {
    id: input.id,
    sourceId: 'batch',
    url: input.url ?? '',
    title: input.title ?? text.split('\n', 1)[0] ?? '',
    publishedAt: publishedAtOf(input.published, now),
    fetchedAt: toBerlinIso(now),
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

export interface ExtractBatchResult {
  records: number;
  quarantined: { line: number; id?: string; reason: string }[];
}

/**
 * `lagebild extract`: one Record per input line, in input order. A line that is not valid JSON or
 * misses `id`/`text` is reported with its line number and reason and left out; the rest go on.
 */
export async function extractBatch(inFile: string, outFile: string, options: { now?: Date; onProgress?: (lines: number) => void } = {}): Promise<ExtractBatchResult> {
  const now = options.now ?? new Date();
  const out = createWriteStream(outFile, { encoding: 'utf8' });
  const lines = createInterface({ input: createReadStream(inFile, { encoding: 'utf8' }), crlfDelay: Infinity });
  const result: ExtractBatchResult = { records: 0, quarantined: [] };
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let input: ExtractInput;
    try {
      const parsed = ExtractInputSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        const raw = JSON.parse(line) as { id?: unknown };
        result.quarantined.push({
          line: lineNumber, ...(typeof raw?.id === 'string' ? { id: raw.id } : {}),
          reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; '),
        });
        continue;
      }
      input = parsed.data;
    } catch (error) {
      result.quarantined.push({ line: lineNumber, reason: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    try {
      const record = extractRecord(documentFromInput(input, now));
      if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
      result.records++;
    } catch (error) {
      result.quarantined.push({ line: lineNumber, id: input.id, reason: (error as Error).message });
    }
    if (lineNumber % 500 === 0) options.onProgress?.(lineNumber);
  }
  out.end();
  await once(out, 'finish');
  return result;
}
