import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { extractRecord } from '@lagebild/extract';
import { documentFromInput } from '@lagebild/press-releases';
import { ExtractInputSchema } from '@lagebild/schema';
import { MAX_LINE_BYTES, readNdjsonLines } from '../ndjson.js';

/** One input line that was left out, as listed in the `.quarantine.ndjson` file. */
export interface QuarantinedLine {
  line: number;
  id?: string;
  reason: string;
}

export interface ExtractBatchResult {
  records: number;
  /** Lines left out; each is in {@link ExtractBatchResult.quarantineFile}. */
  quarantined: number;
  /** The first few of them, to print: the full list is streamed to the file, never kept in memory. */
  samples: QuarantinedLine[];
  /** `<out>.quarantine.ndjson` when any line was left out. */
  quarantineFile?: string;
}

/** A usage problem (unreadable input, output path that cannot be written): a message, no stack. */
export class ExtractUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractUsageError';
  }
}

const SAMPLES = 20;

/** The quarantine list of an output file. */
export const quarantineFileOf = (outFile: string): string => `${outFile}.quarantine.ndjson`;

async function fileId(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Everything that can be checked before anything is written: the input opens for reading and is
 * a file, the output is not the input (nor its quarantine list), is not a directory, and its
 * directory exists. Returns the opened input.
 */
async function checkPaths(inFile: string, outFile: string): Promise<FileHandle> {
  let input: FileHandle;
  try {
    input = await open(inFile, 'r');
  } catch (error) {
    throw new ExtractUsageError(`cannot read --in ${inFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    if ((await input.stat()).isDirectory()) throw new ExtractUsageError(`--in ${inFile} is a directory, not an NDJSON file`);
    const inId = await fileId(inFile);
    for (const target of [outFile, quarantineFileOf(outFile)]) {
      const targetId = await fileId(target);
      const same = (inId !== undefined && inId === targetId)
        || (await realpath(inFile).catch(() => resolve(inFile))) === (await realpath(target).catch(() => resolve(target)));
      if (same) throw new ExtractUsageError(`--out ${outFile} would overwrite the input ${inFile}: choose another output file`);
    }
    const dir = dirname(resolve(outFile));
    const dirStat = await stat(dir).catch(() => undefined);
    if (!dirStat?.isDirectory()) throw new ExtractUsageError(`the directory of --out ${outFile} does not exist: ${dir}`);
    const outStat = await stat(outFile).catch(() => undefined);
    if (outStat?.isDirectory()) throw new ExtractUsageError(`--out ${outFile} is a directory, not a file`);
    return input;
  } catch (error) {
    await input.close();
    throw error;
  }
}

/** A file written under a temporary name beside its target and renamed over it when complete. */
function pendingFile(target: string): { path: string; stream: WriteStream } {
  const path = resolve(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(path, { encoding: 'utf8', flags: 'wx' });
  // Errors (a full disk, no permission) are read from `stream.errored` by write() and finish(),
  // which end the run with them; an unheard 'error' event would crash the process instead.
  stream.on('error', () => {});
  return { path, stream };
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (!stream.write(text)) await once(stream, 'drain');
}

async function finish(stream: WriteStream): Promise<void> {
  if (stream.errored) throw stream.errored;
  stream.end();
  await once(stream, 'finish');
}

/**
 * `lagebild extract`: one Record per input line, in input order. A line that is not valid UTF-8,
 * not valid JSON, misses `id`/`text` or is longer than {@link MAX_LINE_BYTES} is listed with its
 * line number and reason in `<out>.quarantine.ndjson` and left out; the rest go on. Nothing is
 * opened for writing until the input is readable and differs from the output; both files are
 * written under temporary names and renamed at the end, so a failed run leaves an earlier output
 * as it was, and a run without quarantined lines removes an earlier quarantine list.
 */
export async function extractBatch(inFile: string, outFile: string, options: { now?: Date; onProgress?: (lines: number) => void; maxLineBytes?: number } = {}): Promise<ExtractBatchResult> {
  const now = options.now ?? new Date();
  const input = await checkPaths(inFile, outFile);
  const out = pendingFile(outFile);
  const quarantineFile = quarantineFileOf(outFile);
  let quarantine: { path: string; stream: WriteStream } | undefined;
  const result: ExtractBatchResult = { records: 0, quarantined: 0, samples: [] };
  const quarantineLine = async (item: QuarantinedLine) => {
    result.quarantined++;
    if (result.samples.length < SAMPLES) result.samples.push(item);
    quarantine ??= pendingFile(quarantineFile);
    await write(quarantine.stream, `${JSON.stringify(item)}\n`);
  };
  try {
    for await (const entry of readNdjsonLines(input, { maxLineBytes: options.maxLineBytes ?? MAX_LINE_BYTES })) {
      if (entry.error !== undefined) {
        await quarantineLine({ line: entry.line, reason: entry.error });
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(entry.text);
      } catch (error) {
        await quarantineLine({ line: entry.line, reason: `not valid JSON: ${(error as Error).message}` });
        continue;
      }
      const parsed = ExtractInputSchema.safeParse(json);
      if (!parsed.success) {
        const raw = json as { id?: unknown } | null;
        await quarantineLine({
          line: entry.line, ...(typeof raw?.id === 'string' ? { id: raw.id } : {}),
          reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; '),
        });
        continue;
      }
      try {
        const record = extractRecord(documentFromInput(parsed.data, now));
        await write(out.stream, `${JSON.stringify(record)}\n`);
        result.records++;
      } catch (error) {
        await quarantineLine({ line: entry.line, id: parsed.data.id, reason: (error as Error).message });
      }
      if (entry.line % 500 === 0) options.onProgress?.(entry.line);
    }
    await finish(out.stream);
    if (quarantine) await finish(quarantine.stream);
  } catch (error) {
    out.stream.destroy();
    quarantine?.stream.destroy();
    await rm(out.path, { force: true });
    if (quarantine) await rm(quarantine.path, { force: true });
    throw error;
  } finally {
    await input.close();
  }
  await rename(out.path, outFile);
  if (quarantine) {
    await rename(quarantine.path, quarantineFile);
    result.quarantineFile = quarantineFile;
  } else {
    // An old list would describe a run that is no longer what the output holds.
    await rm(quarantineFile, { force: true });
  }
  return result;
}
