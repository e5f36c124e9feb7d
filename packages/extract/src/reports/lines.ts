/** The non-blank lines of a text, each with its trimmed extent; one pass, linear in the text's length. */

/** One non-blank line: `start`/`end` bound its content without surrounding blanks. */
export interface Line {
  readonly start: number;
  readonly end: number;
  /** Preceded by a blank line, or the first line considered: a paragraph starts here. */
  readonly paragraph: boolean;
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0x2007 || c === 0x202f || c === 0xfeff;
const isBreak = (c: number): boolean => c === 0x0a || c === 0x2028 || c === 0x2029 || c === 0x85;

/** The non-blank lines of `text` from offset `from` on. */
export function linesOf(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  let paragraph = true;
  let i = Math.max(0, Math.min(from, text.length));
  while (i < text.length) {
    let end = i;
    while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
    let s = i;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (s < e) {
      lines.push({ start: s, end: e, paragraph });
      paragraph = false;
    } else {
      paragraph = true;
    }
    i = end + 1;
  }
  return lines;
}

/** The first `max` characters of a line (cue patterns are anchored and bounded: they never need more). */
export function head(text: string, line: Line, max = 300): string {
  return text.slice(line.start, Math.min(line.end, line.start + max));
}
