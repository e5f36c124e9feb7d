import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
 * The Berlin police releases as batch lines, or [] when the corpus is not next to this checkout. Frugal,
 * because the extraction bench reads its peak RSS as a worker's: a file at a time, each row cut down to
 * the release while the file is parsed (no whole-year table of rows), no file read once `limit` is reached.
 */
export function loadBerlinCorpus(limit = Number.POSITIVE_INFINITY): GeneratedRelease[] {
  const dir = BERLIN_CORPUS_DIR;
  if (!existsSync(dir)) return [];
  const out: GeneratedRelease[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    if (out.length >= limit) break;
    // The file's bytes, not a string of them: a whole year as a UTF-16 string would be twice the file.
    parse(readFileSync(join(dir.pathname, file)), {
      columns: true, skip_empty_lines: true, relax_quotes: true,
      on_record: (row: Record<string, string>) => {
        if (out.length >= limit) return null;
        const published = publishedOf(row.date ?? '');
        if (!published || !row.description) return null;
        out.push({ id: `berlin-${out.length + 1}`, url: row.link ?? '', title: row.title ?? '', text: row.description, published });
        return null;
      },
    });
  }
  return out;
}
