/**
 * Newline-delimited JSON: one JSON value per line, `\n` after every line (also the last), no
 * other whitespace between values. JSON.stringify escapes U+2028/U+2029 and control characters,
 * so a line never breaks inside a value.
 */
export const NDJSON_CONTENT_TYPE = 'application/x-ndjson; charset=utf-8';

/** One line per item. */
export function toNdjson(items: Iterable<unknown>): string {
  let out = '';
  for (const item of items) out += `${JSON.stringify(item)}\n`;
  return out;
}
