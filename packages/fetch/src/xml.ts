/**
 * Feed text hygiene before any XML parser sees it: DTD entity declarations are refused (no
 * expansion, no external entity, whatever the parser would do), other DOCTYPEs are removed, HTML
 * pages and empty bodies are recognized, and bare ampersands are escaped.
 */

/** Why a feed text cannot be parsed as a feed; `code` matches a FetchErrorCode. */
export interface FeedTextRejection {
  code: 'empty-body' | 'hostile-xml' | 'feed-parse';
  reason: string;
}

/** Prolog items that may precede a DOCTYPE or the root element. */
function skipMisc(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return text.length;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return text.length;
      i = end + 3;
    } else {
      return i;
    }
  }
}

/** Where the DOCTYPE at `start` ends (index after its `>`), and its internal subset if any. */
function doctypeExtent(text: string, start: number): { end: number; subset?: string } | undefined {
  let i = start + '<!DOCTYPE'.length;
  let quote: string | undefined;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return { end: i + 1 };
    } else if (c === '[') {
      // The internal subset ends at the first "]" followed by optional blanks and ">".
      const close = /\]\s*>/g;
      close.lastIndex = i + 1;
      const m = close.exec(text);
      if (!m) return undefined;
      return { end: m.index + m[0].length, subset: text.slice(i + 1, m.index) };
    }
  }
  return undefined;
}

/**
 * Checks a decoded feed text and returns the text the parser may see, or why it must not be
 * parsed:
 * - empty or blank → `empty-body`;
 * - an HTML document (`<!DOCTYPE html>`, `<html>`) → `feed-parse`, the site most likely changed;
 * - a DOCTYPE whose internal subset declares entities (`<!ENTITY`: billion laughs, XXE) →
 *   `hostile-xml`, refused without expanding or resolving anything;
 * - any other DOCTYPE is removed (no DTD is ever read), and bare `&` are escaped.
 */
export function prepareFeedText(raw: string): { ok: true; text: string } | ({ ok: false } & FeedTextRejection) {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, code: 'empty-body', reason: 'empty feed body' };
  const head = skipMisc(text, 0);
  const rest = text.slice(head, head + 200);
  if (/^<!doctype\s+html\b/i.test(rest) || /^<(html|head|body)\b/i.test(rest)) {
    return { ok: false, code: 'feed-parse', reason: 'an HTML page was served instead of a feed (the feed URL may have moved or the site changed)' };
  }
  let out = text;
  if (/^<!DOCTYPE/i.test(rest)) {
    const extent = doctypeExtent(text, head);
    if (!extent) return { ok: false, code: 'hostile-xml', reason: 'unterminated DOCTYPE declaration; refused' };
    if (extent.subset !== undefined && /<!ENTITY/i.test(extent.subset)) {
      return { ok: false, code: 'hostile-xml', reason: 'the feed declares DTD entities (<!ENTITY ...>); refused without expanding them' };
    }
    out = text.slice(0, head) + text.slice(extent.end);
  }
  return { ok: true, text: escapeBareAmpersands(out) };
}

const REFERENCE = /^&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);/;

/**
 * Replaces every `&` that does not start a character or entity reference with `&amp;`, outside
 * CDATA sections, comments and processing instructions (where `&` is literal). Well-formed XML is
 * returned unchanged.
 */
export function escapeBareAmpersands(text: string): string {
  if (!text.includes('&')) return text;
  const parts: string[] = [];
  let copiedTo = 0;
  // One pass; an unterminated CDATA/comment/PI ends the scan (its rest is literal), so hostile
  // input costs O(n), never O(n²).
  const skip = (at: number, open: string, close: string): number | undefined => {
    if (!text.startsWith(open, at)) return undefined;
    const end = text.indexOf(close, at + open.length);
    return end < 0 ? text.length : end + close.length;
  };
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 0x3c) {
      i = skip(i, '<![CDATA[', ']]>') ?? skip(i, '<!--', '-->') ?? skip(i, '<?', '?>') ?? i + 1;
      continue;
    }
    if (c === 0x26 && !REFERENCE.test(text.slice(i, i + 40))) {
      parts.push(text.slice(copiedTo, i), '&amp;');
      copiedTo = i + 1;
    }
    i++;
  }
  if (copiedTo === 0) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

/** The root element's start tag and name, after the prolog. */
export function rootStartTag(text: string): { name: string; tag: string; end: number } | undefined {
  const at = skipMisc(text, 0);
  const m = /^<([A-Za-z_][\w:.-]*)(?:\s[^>]*)?>/.exec(text.slice(at, at + 4096));
  if (!m) return undefined;
  return { name: m[1] as string, tag: m[0], end: at + m[0].length };
}

/** One entry as found by {@link entryBlocks}: its markup, or a truncated start. */
export interface EntryBlock {
  xml: string;
  complete: boolean;
}

/**
 * The `<item>` / `<entry>` elements of a feed that is not well-formed as a whole, as raw markup,
 * in document order; the last one is incomplete when the feed was cut off inside it.
 */
export function entryBlocks(text: string, tag: 'item' | 'entry'): EntryBlock[] {
  const blocks: EntryBlock[] = [];
  const open = new RegExp(`<${tag}(?=[\\s>/])`, 'g');
  const close = `</${tag}>`;
  let m: RegExpExecArray | null;
  while ((m = open.exec(text)) !== null) {
    const start = m.index;
    const selfClosing = /^<[^>]*\/>/.exec(text.slice(start, start + 2048));
    if (selfClosing) {
      blocks.push({ xml: selfClosing[0], complete: true });
      open.lastIndex = start + selfClosing[0].length;
      continue;
    }
    const end = text.indexOf(close, start);
    // A following entry that starts before this one ends means this one was never closed.
    open.lastIndex = start + 1;
    const nextOpen = open.exec(text);
    open.lastIndex = start + 1;
    if (end < 0 || (nextOpen && nextOpen.index < end)) {
      blocks.push({ xml: text.slice(start, nextOpen ? nextOpen.index : text.length), complete: false });
      if (!nextOpen) break;
      open.lastIndex = nextOpen.index;
      continue;
    }
    blocks.push({ xml: text.slice(start, end + close.length), complete: true });
    open.lastIndex = end + close.length;
  }
  return blocks;
}
