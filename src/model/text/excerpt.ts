/**
 * The sentence (or sentences) around a span, for showing evidence in context: the span itself
 * plus the text before and after it up to the sentence boundaries, clipped to a maximum length.
 */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** True when `before` / `after` were clipped inside a sentence. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Jr',
  'Sr',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Rep',
  'Sen',
  'Gov',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'No',
  'vs',
  'etc',
  'Inc',
  'Ltd',
  'Co',
  'Corp',
]);

function endsSentence(text: string, dot: number): boolean {
  const ch = text[dot];
  if (ch === '\n') return true;
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  // A sentence ends at punctuation followed (after closing quotes) by white space.
  let next = dot + 1;
  while (next < text.length && /["'”’)\]]/.test(text[next] ?? '')) next++;
  if (next < text.length && !/\s/.test(text[next] ?? '')) return false;
  if (ch !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  // Initials and dotted abbreviations: "U.S.", "J."
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return false;
  return true;
}

function sentenceStart(text: string, from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    if (endsSentence(text, i)) {
      let s = i + 1;
      while (s < from && /["'”’)\]\s]/.test(text[s] ?? '')) s++;
      return s;
    }
  }
  return 0;
}

function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\n') return i;
    if (endsSentence(text, i)) {
      let e = i + 1;
      while (e < text.length && /["'”’)\]]/.test(text[e] ?? '')) e++;
      return e;
    }
  }
  return text.length;
}

export function excerptAround(text: string, start: number, end: number, maxContext = 240): Excerpt {
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, Math.max(end, start));
  let before = text.slice(s, start);
  let after = text.slice(end, e);
  let clippedStart = false;
  let clippedEnd = false;
  if (before.length > maxContext) {
    before = before.slice(before.length - maxContext).replace(/^\S*\s/, '');
    clippedStart = true;
  }
  if (after.length > maxContext) {
    after = after.slice(0, maxContext).replace(/\s\S*$/, '');
    clippedEnd = true;
  }
  return { before, match: text.slice(start, end), after, clippedStart, clippedEnd };
}
