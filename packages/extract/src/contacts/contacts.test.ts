import { describe, expect, it } from 'vitest';
import { extractContacts } from './index.js';
import { toE164 } from './parsers/phone.js';

describe('phones', () => {
  it('normalizes German notations to E.164', () => {
    expect(toE164('(02306) 104-2030')).toBe('+4923061042030');
    expect(toE164('0231/132-1020')).toBe('+492311321020');
    expect(toE164('+49 231 132-1020')).toBe('+492311321020');
    expect(toE164('+49 (0)231 1321020')).toBe('+492311321020');
    expect(toE164('0049 231 1321020')).toBe('+492311321020');
  });
  it('finds numbers with their spans', () => {
    const text = 'Anmeldung unter Tel. (02306) 104-2030 oder 0231/132-1020, nachts 0521 545-0.';
    const phones = extractContacts(text).filter((c) => c.kind === 'phone');
    expect(phones.map((p) => [p.span.start, p.span.text, p.value])).toEqual([
      [21, '(02306) 104-2030', '+4923061042030'],
      [43, '0231/132-1020', '+492311321020'],
      [65, '0521 545-0', '+495215450'],
    ]);
  });
  it('leaves postcodes, dates, times, money and emergency numbers alone', () => {
    const text = 'Hauptstraße 5, 06217 Merseburg. Am 06.11.2023 um 13.10 Uhr, Schaden 2.000 Euro, Notruf 110 oder 112.';
    expect(extractContacts(text)).toEqual([]);
  });
});

describe('emails and urls', () => {
  it('finds addresses and links without trailing punctuation', () => {
    const text = 'Schreiben Sie an Buergerbuero@Beispielstadt.de oder besuchen Sie https://www.beispielstadt.de/termine. Auch www.beispielstadt.de, (http://beispiel.de/a).';
    const contacts = extractContacts(text);
    expect(contacts.map((c) => [c.kind, c.span.text, c.value])).toEqual([
      ['email', 'Buergerbuero@Beispielstadt.de', 'buergerbuero@beispielstadt.de'],
      ['url', 'https://www.beispielstadt.de/termine', 'https://www.beispielstadt.de/termine'],
      ['url', 'www.beispielstadt.de', 'https://www.beispielstadt.de'],
      ['url', 'http://beispiel.de/a', 'http://beispiel.de/a'],
    ]);
    for (const c of contacts) expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
  });
  it('ignores a truncated address without a top-level domain', () => {
    expect(extractContacts('per E-Mail an standesamt@beispiel.')).toEqual([]);
  });
});
