import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { GeneratedRelease } from '../support/corpus.js';

/** Where the real Berlin police corpus lies, relative to the repository root (outside the repository). */
export const BERLIN_CORPUS_DIR = new URL('../../../../shared/corpus/berlin-police/', import.meta.url);

/** "21.06.2025 15:25 Uhr" (Berlin local time) → ISO with offset; winter/summer offset by month, good enough for a reference date. */
function publishedOf(date: string): string | undefined {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})(?: (\d{2}):(\d{2}))?/.exec(date.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  const offset = month >= 4 && month <= 10 ? '+02:00' : '+01:00';
  return `${m[3]}-${m[2]}-${m[1]}T${m[4] ?? '12'}:${m[5] ?? '00'}:00${offset}`;
}

/**
 * Calls `each` with every Berlin police release, in file order, up to `limit`; returns how many there
 * were (0 when the corpus is not next to this checkout). Frugal, because the extraction bench reads peak
 * RSS as a worker's: a file at a time, read as bytes (a whole year as a UTF-16 string would be twice the
 * file), each row cut down to the release while the file is parsed, no file read once `limit` is reached.
 */
export function forEachBerlinRelease(limit: number, each: (release: GeneratedRelease) => void): number {
  const dir = BERLIN_CORPUS_DIR;
  if (!existsSync(dir)) return 0;
  let n = 0;
  // One buffer for every file: a buffer per file would stay allocated outside the heap until a full
  // collection, which a worker's small old generation rarely needs, and five years' files of it would
  // count as the worker's memory.
  let buffer = Buffer.alloc(0);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    if (n >= limit) break;
    const fd = openSync(join(dir.pathname, file), 'r');
    let length = 0;
    try {
      const size = fstatSync(fd).size;
      if (buffer.length < size) buffer = Buffer.alloc(size);
      while (length < size) {
        const read = readSync(fd, buffer, length, size - length, length);
        if (read === 0) break;
        length += read;
      }
    } finally {
      closeSync(fd);
    }
    parse(buffer.subarray(0, length), {
      columns: true, skip_empty_lines: true, relax_quotes: true,
      on_record: (row: Record<string, string>) => {
        if (n >= limit) return null;
        const published = publishedOf(row.date ?? '');
        if (!published || !row.description) return null;
        n++;
        each({ id: `berlin-${n}`, url: row.link ?? '', title: row.title ?? '', text: row.description, published });
        return null;
      },
    });
  }
  return n;
}

/** The Berlin police releases as batch lines, or [] when the corpus is not next to this checkout. */
export function loadBerlinCorpus(limit = Number.POSITIVE_INFINITY): GeneratedRelease[] {
  const out: GeneratedRelease[] = [];
  forEachBerlinRelease(limit, (release) => out.push(release));
  return out;
}
