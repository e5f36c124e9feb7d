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
  const out: Contact[] = text.includes('@') ? parseEmails(text) : [];
  const emails = out.length;
  if (URL_GATE.test(text)) for (const u of parseUrls(text)) if (!overlapsSome(out, 0, emails, u)) out.push(u);
  // Plain loops over one array (e-mails, then URLs, then phones): this runs for every document.
  const emailsAndUrls = out.length;
  for (const p of parsePhones(text)) if (!overlapsSome(out, 0, emailsAndUrls, p)) out.push(p);
  return out.sort(byPosition);
}

const URL_GATE = /https?:|www\./iu;

/** Whether `contact` overlaps one of `list[from]` … `list[to - 1]`. */
function overlapsSome(list: readonly Contact[], from: number, to: number, contact: Contact): boolean {
  for (let i = from; i < to; i++) if (overlaps(list[i]!.span, contact.span)) return true;
  return false;
}
