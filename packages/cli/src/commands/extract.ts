import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { extractRecord } from '@lagebild/extract';
import { documentFromInput } from '@lagebild/press-releases';
import { ExtractInputSchema, type ExtractInput } from '@lagebild/schema';

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
