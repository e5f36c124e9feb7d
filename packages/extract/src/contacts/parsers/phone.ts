import type { Contact } from '@lagebild/schema';
import { spanOf } from '../../text/spans.js';
import { COUNTRY_CODE, MAX_PHONE_DIGITS, MIN_PHONE_DIGITS } from '../constants.js';

const SP = '[ \\u00a0]';
// Area code: "(02306)", "+49 231", "+49 (0)231", "0049 231", "0231"; then a separator (required unless the
// area code is in parentheses, so that postcodes like "06217" stay postcodes), the subscriber number and
// up to two further groups ("104-2030", "9269 2200", "545-3020").
const AREA = `(?:\\(0\\d{2,5}\\)${SP}?|(?:(?:\\+|00)${COUNTRY_CODE}${SP}?(?:\\(0\\)${SP}?)?\\d{2,5}|0\\d{2,5})(?:${SP}?[-/–]${SP}?|${SP}))`;
const PHONE = new RegExp(`${AREA}\\d{2,8}(?:(?:${SP}?-${SP}?|${SP})\\d{1,6}){0,2}(?![\\p{N}]|[.,/]\\p{N})`, 'gu');
/** What may not stand right before a number (checked by hand: a look-behind would be tried at every position). */
const NOT_BEFORE = /[\p{L}\p{N}.,/+\-–]/u;

const ZERO_ZERO_CODE = `00${COUNTRY_CODE}`;

/** The digits of a written number, without its "(0)"s: `written.replace(/\(0\)/g, '').replace(/\D/g, '')` in one pass. */
function digitsOf(written: string): string {
  let out = '';
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c === 40 /* ( */ && written.charCodeAt(i + 1) === 48 && written.charCodeAt(i + 2) === 41) i += 2;
    else if (c >= 48 && c <= 57) out += written[i];
  }
  return out;
}

/** A German phone number in E.164 ("(02306) 104-2030" → "+4923061042030"), or undefined when implausible. */
export function toE164(written: string): string | undefined {
  const figures = digitsOf(written);
  // "+49 …" as written, "0049 …" without its "00", "0231 …" with the country code for its "0". Every form takes the
  // same steps (what is cut, what is put before), so that the rarer ones run no code of their own in compiled code.
  const international = written.trim().startsWith('+');
  const countryCode = figures.startsWith(COUNTRY_CODE);
  const zeroZero = figures.startsWith(ZERO_ZERO_CODE);
  const zero = figures.startsWith('0');
  if (international ? !countryCode : !zeroZero && !zero) return undefined;
  const digits = (international || zeroZero ? '' : COUNTRY_CODE) + figures.slice(international ? 0 : zeroZero ? 2 : 1);
  if (digits.length < MIN_PHONE_DIGITS + 1 || digits.length > MAX_PHONE_DIGITS) return undefined;
  return `+${digits}`;
}

/** Phone numbers in German notation. */
export function parsePhones(text: string): Contact[] {
  const out: Contact[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    if (m.index > 0 && NOT_BEFORE.test(text[m.index - 1]!)) {
      // Not a number of its own ("x0231 ...", "10231 ..."); a reading may still start inside it.
      PHONE.lastIndex = m.index + 1;
      continue;
    }
    let written = m[0];
    // A trailing group separated only by a space may be a following number ("0231 1234 5 Personen"): keep it
    // only when the group is at least two digits long.
    written = written.replace(/[ \u00a0]\d$/u, '');
    const value = toE164(written);
    if (!value) continue;
    out.push({ span: spanOf(text, m.index, m.index + written.length), kind: 'phone', value });
  }
  return out;
}
