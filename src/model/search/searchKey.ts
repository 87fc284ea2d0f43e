import { foldTypography } from '../text/normalize';

const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The form of a name or query that entity search compares: typography folded, accents dropped,
 * lower case, and every run of punctuation or space turned into one space, so "Kim Jong-un",
 * "kim jong un" and "KIM  JONG–UN" all read "kim jong un".
 */
export function searchKey(text: string): string {
  return foldTypography(text).normalize('NFD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** The words of a search key ("" has none). */
export function searchWords(text: string): string[] {
  const key = searchKey(text);
  return key === '' ? [] : key.split(' ');
}
