import { stemmer } from 'stemmer';
import { foldTypography } from '../text/normalize';

/** A word, or a quoted phrase of several words, that a passage must contain. */
export interface QueryTerm {
  words: string[];
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const WORD_CHAR = '[\\p{L}\\p{N}]';

const cleanWord = (word: string) => word.replace(EDGE_PUNCTUATION, '');
const words = (text: string) =>
  text
    .split(/\s+/)
    .map(cleanWord)
    .filter((w) => w !== '');

/**
 * Reads a full-text query: words, and phrases between double quotes (curly or straight; an unclosed
 * quote runs to the end). Punctuation at the edges of a word is dropped, so "Seoul," is "Seoul".
 */
export function parseTextQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  foldTypography(query)
    .split('"')
    .forEach((part, i) => {
      // Odd parts lie between quotes: one phrase; even parts are loose words, one term each.
      if (i % 2 === 1) {
        const phrase = words(part);
        if (phrase.length > 0) terms.push({ words: phrase });
      } else {
        for (const word of words(part)) terms.push({ words: [word] });
      }
    });
  return terms;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word cut to its stem where the stem starts it ("denuclearization" → "denuclear", which then
 * finds "denuclearizing" too), never shorter than four letters; a stem that changes letters
 * ("happy" → "happi") is not used.
 */
function wordStem(word: string): string {
  const stem = stemmer(word.toLowerCase());
  return stem.length >= 4 && stem.length < word.length && word.toLowerCase().startsWith(stem)
    ? word.slice(0, stem.length)
    : word;
}

/**
 * A pattern finding a term in typography-folded text: case-insensitive, starting at the start of a
 * word and running to the end of the word it stops in, so "torpedo" finds "Torpedoes" whole and
 * not "antitorpedo". The words of a phrase may be separated by any run of white space.
 */
export function termPattern(term: QueryTerm): RegExp {
  const [only] = term.words;
  const words = term.words.length === 1 && only !== undefined ? [wordStem(only)] : term.words;
  const body = words.map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<!${WORD_CHAR})${body}${WORD_CHAR}*`, 'giu');
}
