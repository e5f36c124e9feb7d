import iconv from 'iconv-lite';
import { FetchError } from './errors.js';

/** Bytes sniffed for an XML declaration or a `<meta>` charset, read as latin1. */
const SNIFF_BYTES = 2048;

/**
 * Labels browsers treat as windows-1252 (WHATWG Encoding Standard): servers that say
 * ISO-8859-1 almost always send windows-1252 (curly quotes, en dash, euro sign).
 */
const WINDOWS_1252_LABELS = new Set([
  'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso-ir-100', 'iso88591', 'iso_8859-1:1987',
  'ibm819', 'cp819', 'csisolatin1', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'cp1252', 'x-cp1252',
  'windows-1252', 'win1252',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);

/**
 * Canonical charset name for a label, or undefined when iconv-lite does not know it.
 * Aliases of latin1/ASCII map to `windows-1252`, as browsers do.
 */
export function normalizeCharset(label: string): string | undefined {
  const l = label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (l === '') return undefined;
  if (UTF8_LABELS.has(l)) return 'utf-8';
  if (WINDOWS_1252_LABELS.has(l)) return 'windows-1252';
  if (l === 'utf-16' || l === 'utf16') return 'utf-16le';
  return iconv.encodingExists(l) ? l : undefined;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `charset=` parameter of a Content-Type header value. */
export function contentTypeCharset(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2];
}

function xmlDeclarationCharset(head: string): string | undefined {
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m?.[1];
}

function metaCharset(head: string): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (/\bhttp-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? /\bcontent\s*=\s*([^\s>]+)/i.exec(tag)?.[1];
      const fromContent = content ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(content)?.[1] : undefined;
      if (fromContent) return fromContent;
    } else if (direct?.[1]) {
      return direct[1];
    }
  }
  return undefined;
}

/** A label declared inside an ASCII-compatible document cannot honestly be UTF-16. */
function asciiCompatible(charset: string): string {
  return charset.startsWith('utf-16') ? 'utf-8' : charset;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset, { stripBOM: true });
}

/**
 * Decodes a response body. Priority: `override` (the source's configured charset) > byte order
 * mark > Content-Type `charset` > XML declaration > HTML `<meta charset>` / `http-equiv` (first
 * 2 KB sniffed as latin1) > UTF-8, falling back to windows-1252 when the bytes are not valid UTF-8.
 *
 * Decision on unknown labels: an unknown `override` is a configuration error and throws a
 * {@link FetchError} with code `charset` (silently ignoring it would hide the mistake). An unknown
 * label declared by the server or the document is skipped and detection continues with the next
 * rule, as browsers do; the returned `charset` names what was actually used.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined, override?: string): { text: string; charset: string } {
  if (override !== undefined && override.trim() !== '') {
    const charset = normalizeCharset(override);
    if (!charset) {
      throw new FetchError(`unknown charset "${override}" configured as override`, { url: '', code: 'charset', permanent: true });
    }
    return { text: decodeWith(bytes, charset), charset };
  }
  const bom = bomCharset(bytes);
  if (bom) return { text: decodeWith(bytes, bom), charset: bom };

  const header = contentTypeCharset(contentType);
  const fromHeader = header ? normalizeCharset(header) : undefined;
  if (fromHeader) return { text: decodeWith(bytes, fromHeader), charset: fromHeader };

  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  for (const declared of [xmlDeclarationCharset(head), metaCharset(head)]) {
    const charset = declared ? normalizeCharset(declared) : undefined;
    if (charset) {
      const usable = asciiCompatible(charset);
      return { text: decodeWith(bytes, usable), charset: usable };
    }
  }
  if (isValidUtf8(bytes)) return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8' };
  return { text: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252' };
}
