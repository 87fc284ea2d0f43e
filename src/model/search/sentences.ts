import type { SourceDocument } from '../dataset';
import type { Span } from '../schema';
import { excerptAround } from '../text/excerpt';

/**
 * The sentences of an article's body, in order, as spans of its text. Sentence boundaries are the
 * ones excerpts are shown with (`excerptAround`), so a result shows the sentence it matched in;
 * they are clipped to the body, so site furniture never joins a sentence.
 */
export function bodySentences(source: SourceDocument): Span[] {
  const { text } = source;
  const sentences: Span[] = [];
  for (const body of source.body ?? []) {
    let at = body.start;
    while (at < body.end) {
      while (at < body.end && /\s/.test(text[at] ?? '')) at++;
      if (at >= body.end) break;
      const around = excerptAround(text, at, at, Infinity);
      const start = Math.max(body.start, at - around.before.length);
      const end = Math.min(body.end, Math.max(at + around.after.length, at + 1));
      sentences.push({ source: source.id, start, end });
      at = end;
    }
  }
  return sentences;
}
