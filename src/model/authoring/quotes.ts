import { foldTypography, occurrences } from '../text/normalize';

/** A source text prepared for quote look-ups: folded once, searched many times. */
export interface QuoteIndex {
  sourceId: string;
  text: string;
  folded: string;
}

export function quoteIndex(sourceId: string, text: string): QuoteIndex {
  return { sourceId, text, folded: foldTypography(text) };
}

export type QuoteResult = { ok: true; start: number; end: number } | { ok: false; message: string };

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n)}…` : one;
}

// Explain a miss: how much of the quote's beginning does occur, and what the text says there.
function missHint(index: QuoteIndex, folded: string): string {
  let lo = 0;
  let hi = folded.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (index.folded.includes(folded.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 4) return 'not even its first words occur in the text';
  const at = index.folded.indexOf(folded.slice(0, lo));
  return `its first ${lo} characters match at offset ${at}, then the text reads "${clip(index.text.slice(at + lo, at + lo + 40), 40)}" where the quote has "${clip(folded.slice(lo, lo + 40), 40)}"`;
}

/** Finds the one occurrence of `quote` in the text (typography folded), or says why not. */
export function resolveQuote(index: QuoteIndex, quote: string): QuoteResult {
  const folded = foldTypography(quote);
  const found = occurrences(index.folded, folded);
  if (found.length === 1) {
    const start = found[0] ?? 0;
    return { ok: true, start, end: start + quote.length };
  }
  if (found.length === 0) {
    return {
      ok: false,
      message: `quote not found in "${index.sourceId}": "${clip(quote)}" (${missHint(index, folded)})`,
    };
  }
  return {
    ok: false,
    message: `quote is ambiguous in "${index.sourceId}": "${clip(quote)}" occurs ${found.length} times (at offsets ${found.join(', ')}); lengthen it`,
  };
}

/** Resolves `words` inside the unique occurrence of `quote`: the words must occur once in the quote. */
export function resolveWithinQuote(index: QuoteIndex, quote: string, words: string): QuoteResult {
  const outer = resolveQuote(index, quote);
  if (!outer.ok) return outer;
  const inner = occurrences(index.folded.slice(outer.start, outer.end), foldTypography(words));
  if (inner.length !== 1) {
    return {
      ok: false,
      message:
        inner.length === 0
          ? `"${clip(words)}" does not occur inside the quote "${clip(quote)}"`
          : `"${clip(words)}" occurs ${inner.length} times inside the quote "${clip(quote)}"; make the quote name it once`,
    };
  }
  const start = outer.start + (inner[0] ?? 0);
  return { ok: true, start, end: start + words.length };
}
