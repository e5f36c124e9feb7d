import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('keeps German ordinals and abbreviations inside a sentence', () => {
    const text = 'Am 6. November bleibt das Amt z. B. zu. Termine gibt es unter Tel. 0231 1234-5 bzw. per Mail. Die 32. Hundertschaft half.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Am 6. November bleibt das Amt z. B. zu.',
      'Termine gibt es unter Tel. 0231 1234-5 bzw. per Mail.',
      'Die 32. Hundertschaft half.',
    ]);
  });
  it('splits at line breaks and keeps offsets into the text', () => {
    const text = 'Titel der Meldung\n\nErster Satz! Zweiter Satz? „Dritter.“ Vierter';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Titel der Meldung', 'Erster Satz!', 'Zweiter Satz?', '„Dritter.“', 'Vierter']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('does not split before lower-case continuations', () => {
    expect(splitSentences('Es gibt ca. 10 Fälle. und so weiter')).toHaveLength(1);
  });
  it('splits where a page lost the blank after a period, and nowhere in addresses, abbreviations or ordinals', () => {
    const split = (t: string) => splitSentences(t).map((s) => s.text);
    expect(split('Das ganze Spektrum kann angeboten werden.Die Öffnungszeiten bleiben eingeschränkt.'))
      .toEqual(['Das ganze Spektrum kann angeboten werden.', 'Die Öffnungszeiten bleiben eingeschränkt.']);
    expect(split('Infos unter www.stadt.Werne.de und z.B.Bürgerbüro am 3.Mai.')).toEqual(['Infos unter www.stadt.Werne.de und z.B.Bürgerbüro am 3.Mai.']);
  });
  it('does not split after a weekday whose date follows a stray period ("ab Montag. 16. März")', () => {
    const split = (t: string) => splitSentences(t).map((s) => s.text);
    expect(split('Die Rathäuser schließen ab Montag. 16. März, bis auf weiteres.')).toHaveLength(1);
    expect(split('Die Bücherei öffnet am Montag. 16 Personen warteten.')).toHaveLength(2);
  });
});
