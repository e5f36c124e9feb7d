/**
 * Page furniture in texts taken from web pages: a numbered breadcrumb ("1. Home 2. Regionales 3. Hamburg 4. Eiszeit im
 * Kieler Rathaus", on one line or one item per line). Its items before the last are the site's sections, not what the
 * page is about (design §4: navigation is no body text); the last item is the page's own subject and stays.
 */

/** A numbered item at the start of a line or after a blank: its number and the blanks after it. */
const ITEM = /(?<=^|[ \t\u00a0\n])(\d{1,2})\.[ \u00a0]+/gu;
/** The longest label a breadcrumb item has. */
const MAX_LABEL = 40;
/** A label: short words, no sentence end inside, at most the line break (and indentation) before the next item. */
const LABEL = new RegExp(`^[^\\n.!?;:]{1,${MAX_LABEL}}?[ \\t\\u00a0]*\\n?[ \\t\\u00a0]*$`, 'u');

/** The ranges of a text's breadcrumb items before the last one, in text order (empty for most texts). */
export function breadcrumbRanges(text: string): { start: number; end: number }[] {
  if (!text.includes('1. ')) return [];
  const out: { start: number; end: number }[] = [];
  let runStart = -1;
  let expected = 1;
  let lastItemStart = -1;
  let labelStart = -1;
  const close = (): void => {
    // At least three items: "1. … 2. …" alone is as likely a numbered list in the body.
    if (expected > 3) out.push({ start: runStart, end: lastItemStart });
    runStart = -1;
    expected = 1;
  };
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
    const n = Number(m[1]);
    if (runStart >= 0 && n === expected && m.index - labelStart <= MAX_LABEL + 8 && LABEL.test(text.slice(labelStart, m.index))) {
      lastItemStart = m.index;
      labelStart = m.index + m[0].length;
      expected++;
      continue;
    }
    if (runStart >= 0) close();
    // A run starts with "1." at the start of a line.
    if (n === 1 && (m.index === 0 || /\n[ \t\u00a0]*$/u.test(text.slice(Math.max(0, m.index - 12), m.index)))) {
      runStart = m.index;
      lastItemStart = m.index;
      labelStart = m.index + m[0].length;
      expected = 2;
    }
  }
  if (runStart >= 0) close();
  return out;
}
