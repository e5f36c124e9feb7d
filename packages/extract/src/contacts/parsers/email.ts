import type { Contact } from '@lagebild/schema';
import { spanOf } from '../../text/spans.js';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}@])/gu;

/** E-mail addresses; the value is lower-cased. */
export function parseEmails(text: string): Contact[] {
  const out: Contact[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const written = m[0].replace(/^\.+/, '');
    const start = m.index + (m[0].length - written.length);
    out.push({ span: spanOf(text, start, start + written.length), kind: 'email', value: written.toLowerCase() });
  }
  return out;
}
