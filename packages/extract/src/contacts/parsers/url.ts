import type { Contact } from '@lagebild/schema';
import { spanOf } from '../../text/spans.js';
import { DEFAULT_SCHEME, TRAILING_PUNCTUATION } from '../constants.js';

const URL_PATTERN = /(?<![\p{L}\p{N}@./-])(?:https?:\/\/|www\.)[^\s<>"„“”»«]+/giu;

/** URLs written with a scheme or starting with "www."; the value gets a scheme when it has none. */
export function parseUrls(text: string): Contact[] {
  const out: Contact[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    let written = m[0].replace(TRAILING_PUNCTUATION, '');
    // A closing parenthesis belongs to the URL only when it also opens one.
    while (written.endsWith(')') && !written.includes('(')) written = written.slice(0, -1);
    if (/^https?:\/\/$/i.test(written) || /^www\.?$/i.test(written)) continue;
    if (!/[\p{L}\p{N}]\.[\p{L}]{2,}/u.test(written)) continue;
    const value = /^https?:\/\//i.test(written) ? written : DEFAULT_SCHEME + written;
    out.push({ span: spanOf(text, m.index, m.index + written.length), kind: 'url', value });
  }
  return out;
}
