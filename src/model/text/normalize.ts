/**
 * Folds typographic variants so that a quote typed on any keyboard matches the text: curly quotes
 * to straight ones, non-breaking and other fixed-width spaces to a plain space, dashes to "-".
 * Every replacement is one UTF-16 unit for one, so offsets in the folded text are offsets in the
 * original: matching happens on the folded form and the original offsets come out unchanged.
 */
const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u2033': '"', // ″
  '\u00A0': ' ', // no-break space
  '\u2007': ' ', // figure space
  '\u202F': ' ', // narrow no-break space
  '\u2009': ' ', // thin space
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

export function foldTypography(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLD[ch] ?? ch);
}

/** Start offsets of every occurrence of `needle` in `haystack` (both already folded). */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

const WORD = /[\p{L}\p{N}]/u;

/** True when the span [start, end) of `text` is not glued to letters or digits on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : undefined;
  const after = end < text.length ? text[end] : undefined;
  return !(before && WORD.test(before)) && !(after && WORD.test(after));
}
