import type { FileHandle } from 'node:fs/promises';

/**
 * Bytes an input line may have (1 MiB). A press release is a few kilobytes; a longer line is
 * quarantined unread (its bytes are skipped, never held), so one huge line cannot take the
 * process's memory, nor extraction's time.
 */
export const MAX_LINE_BYTES = 1024 * 1024;

/** One line of an NDJSON file: its text, or why it cannot be read. */
export type NdjsonLine =
  | { line: number; text: string; error?: undefined }
  | { line: number; error: string; text?: undefined };

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The lines of an NDJSON file, numbered from 1, read in chunks. A UTF-8 byte-order mark at the
 * start is skipped; `\r\n` ends a line like `\n`; a line that is not valid UTF-8 or is longer than
 * `maxLineBytes` is given as an error (with its line number) instead of silently rewritten or cut.
 * Empty lines are not given.
 */
export async function* readNdjsonLines(file: FileHandle, options: { maxLineBytes?: number } = {}): AsyncGenerator<NdjsonLine> {
  const max = options.maxLineBytes ?? MAX_LINE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Buffer[] = [];
  let length = 0;
  let oversize = false;
  let line = 0;

  const finish = (): NdjsonLine | undefined => {
    line++;
    const current = line;
    if (oversize) {
      oversize = false;
      parts = [];
      length = 0;
      return { line: current, error: `line longer than the cap of ${max} bytes per document: left out unread` };
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    parts = [];
    length = 0;
    if (current === 1 && bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return { line: current, error: `not valid UTF-8 (bad byte near offset ${firstInvalidUtf8(bytes)} of the line)` };
    }
    return text.trim() === '' ? undefined : { line: current, text };
  };

  const add = (segment: Buffer) => {
    if (oversize || segment.length === 0) return;
    if (length + segment.length > max) {
      oversize = true;
      parts = [];
      length = 0;
      return;
    }
    // A copy: the read buffer is reused for the next chunk.
    parts.push(Buffer.from(segment));
    length += segment.length;
  };

  const chunk = Buffer.allocUnsafe(256 * 1024);
  for (;;) {
    const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    const data = chunk.subarray(0, bytesRead);
    let start = 0;
    for (let nl = data.indexOf(0x0a, start); nl !== -1; nl = data.indexOf(0x0a, start)) {
      add(data.subarray(start, nl));
      start = nl + 1;
      const out = finish();
      if (out) yield out;
    }
    add(data.subarray(start));
  }
  if (length > 0 || oversize) {
    const out = finish();
    if (out) yield out;
  }
}

/** Offset of the first byte where `bytes` stops being well-formed UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Halving: decode(prefix) succeeds up to the bad sequence (a cut multi-byte tail is tolerated
  // with stream: true), so the first failing prefix length is found in log n decodes.
  let ok = 0;
  let bad = bytes.length;
  while (bad - ok > 1) {
    const mid = (ok + bad) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid), { stream: true });
      ok = mid;
    } catch {
      bad = mid;
    }
  }
  return ok;
}
