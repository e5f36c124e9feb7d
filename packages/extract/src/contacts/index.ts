import type { Contact } from '@lagebild/schema';
import { byPosition, overlaps } from '../text/spans.js';
import { parseEmails } from './parsers/email.js';
import { parsePhones } from './parsers/phone.js';
import { parseUrls } from './parsers/url.js';

/**
 * Phones (E.164), e-mail addresses (lower-cased) and URLs. An e-mail address wins over a URL or phone
 * inside it, a URL over a phone-like digit run inside it.
 */
export function extractContacts(text: string): Contact[] {
  // Cheap gates: most texts have no address and no link.
  const emails = text.includes('@') ? parseEmails(text) : [];
  const urls = /https?:|www\./iu.test(text) ? parseUrls(text).filter((u) => !emails.some((e) => overlaps(e.span, u.span))) : [];
  const phones = parsePhones(text).filter((p) => ![...emails, ...urls].some((o) => overlaps(o.span, p.span)));
  return [...emails, ...urls, ...phones].sort(byPosition);
}
