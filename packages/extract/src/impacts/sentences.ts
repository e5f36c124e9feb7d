import type { Sentence } from '../text/sentences.js';

/**
 * Longest stretch of text read as one sentence for impacts. Real sentences stay far below it (the longest in
 * the Berlin police corpus and the real-text sets are under 1,000 characters); a run-on text (a list without
 * full stops, a page without punctuation) is read in pieces of at most this length.
 */
export const MAX_SENTENCE_LENGTH = 1500;

/** A piece of a sentence. */
class Piece implements Sentence {
  constructor(readonly start: number, readonly end: number, private readonly document: string) {}
  get text(): string {
    return this.document.slice(this.start, this.end);
  }
}

/**
 * `sentences` with each one longer than {@link MAX_SENTENCE_LENGTH} cut into pieces, at the last comma,
 * semicolon or blank before the limit (else at the limit). Shorter sentences are returned as they are.
 */
export function boundedSentences(text: string, sentences: readonly Sentence[]): readonly Sentence[] {
  let long = false;
  for (const s of sentences) if (s.end - s.start > MAX_SENTENCE_LENGTH) long = true;
  if (!long) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.end - s.start <= MAX_SENTENCE_LENGTH) {
      out.push(s);
      continue;
    }
    let start = s.start;
    while (s.end - start > MAX_SENTENCE_LENGTH) {
      const limit = start + MAX_SENTENCE_LENGTH;
      let cut = -1;
      for (let i = limit; i > start + MAX_SENTENCE_LENGTH / 2; i--) {
        const c = text.charCodeAt(i - 1);
        if (c === 44 /* , */ || c === 59 /* ; */) {
          cut = i;
          break;
        }
      }
      if (cut < 0) cut = text.lastIndexOf(' ', limit) > start ? text.lastIndexOf(' ', limit) + 1 : limit;
      out.push(new Piece(start, cut, text));
      start = cut;
    }
    out.push(new Piece(start, s.end, text));
  }
  return out;
}
