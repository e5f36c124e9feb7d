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

/**
 * A heading that opens teasers of other articles ("Auch interessant", "Meistgelesen", "Mehr zum Thema", "Mehr aus
 * Hamburg"), alone on its line.
 */
const TEASER_HEADING = /^[ \t\u00a0]*(?:Auch[ \u00a0]+interessant|Meistgelesen(?:e[ \u00a0]+(?:Artikel|Nachrichten|Beiträge))?|Das[ \u00a0]+könnte[ \u00a0]+(?:Sie|dich)[ \u00a0]+auch[ \u00a0]+interessieren|Mehr[ \u00a0]+zum[ \u00a0]+Thema|Lesen[ \u00a0]+Sie[ \u00a0]+auch|Weitere[ \u00a0]+(?:Nachrichten|Artikel|Meldungen|Beiträge)|Neueste[ \u00a0]+(?:Artikel|Nachrichten|Beiträge)|Aus[ \u00a0]+dem[ \u00a0]+Ressort|Zum[ \u00a0]+Thema|(?:Mehr|Weitere)[ \u00a0]+(?:Nachrichten[ \u00a0]+)?aus[ \u00a0]+[^\n.!?]{1,40}|Ähnliche[ \u00a0]+Artikel|Verwandte[ \u00a0]+Artikel|Top[- ]?Themen)[ \t\u00a0]*:?[ \t\u00a0]*$/gmu;
/** The heading tried at one position (sticky). */
const HEADING_AT = new RegExp(TEASER_HEADING.source, 'ymu');
/** Line terminators the tokenizer does not note among its breaks. */
const OTHER_LINE_ENDS = /[\u2028\u2029]/u;

/**
 * The first teaser heading at a line start at or after `from`. With the text's `breaks` (see `Tokens.breaks`: every line
 * feed and carriage return among them), it is tried at the line starts only, the positions where a search for the
 * multiline `^` can match: the search tried the heading's alternatives at every character.
 */
function nextHeading(text: string, from: number, breaks: readonly number[] | undefined): RegExpExecArray | null {
  if (breaks === undefined) {
    TEASER_HEADING.lastIndex = from;
    return TEASER_HEADING.exec(text);
  }
  if (from === 0) {
    HEADING_AT.lastIndex = 0;
    const m = HEADING_AT.exec(text);
    if (m) return m;
  }
  for (const b of breaks) {
    if (b + 1 < from) continue;
    const c = text.charCodeAt(b);
    if (c !== 10 && c !== 13) continue;
    HEADING_AT.lastIndex = b + 1;
    const m = HEADING_AT.exec(text);
    if (m) return m;
  }
  return null;
}

/** The longest line a teaser's headline takes. */
const MAX_HEADLINE = 140;
/** A line of body text: a sentence's end, or longer than a headline. */
const BODY_LINE = /[.;][ \t\u00a0"“”»«)]*$/u;

/**
 * The ranges of teaser blocks (design §4: related-article teasers are no body text): from a teaser heading over the
 * headline-like lines after it (short, no sentence end, blank lines between), up to the first line of body text.
 * Text after that is the article again, as when a page's teasers stand between two paragraphs.
 */
export function teaserRanges(text: string, breaks?: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const lineBreaks = breaks !== undefined && !OTHER_LINE_ENDS.test(text) ? breaks : undefined;
  for (let m = nextHeading(text, 0, lineBreaks); m; ) {
    const start = m.index;
    let end = m.index + m[0].length;
    let at = end;
    while (at < text.length) {
      const lineEnd = text.indexOf('\n', at + 1);
      const stop = lineEnd < 0 ? text.length : lineEnd;
      const line = text.slice(at, stop).trim();
      if (line.length > MAX_HEADLINE || BODY_LINE.test(line)) break;
      if (line.length > 0) end = stop;
      at = stop;
    }
    out.push({ start, end });
    m = nextHeading(text, Math.max(m.index + m[0].length, end), lineBreaks);
  }
  return out;
}
