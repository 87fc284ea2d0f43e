import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, TextRange, Token } from './types';

let nlp: ReturnType<typeof winkNLP> | undefined;
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

/**
 * Splits `text` (within `ranges`, default all of it) into sentences and tokens with offsets into
 * the original string. The library's token values are located in the text one after another; its
 * offsets are never trusted, and a token that cannot be found where expected is an error, not a
 * guess. Blank lines always end a sentence, since headlines and paragraphs carry no full stop.
 */
export function tokenize(
  text: string,
  ranges: readonly TextRange[] = [{ start: 0, end: text.length }],
): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const range of ranges) {
    for (const block of blocks(text, range)) tokenizeBlock(text, block, tokens, sentences);
  }
  return { tokens, sentences };
}

// Paragraphs: stretches between line breaks that hold text.
function blocks(text: string, range: TextRange): TextRange[] {
  const out: TextRange[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = range.start;
  const slice = text.slice(0, range.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function tokenizeBlock(text: string, block: TextRange, tokens: Token[], sentences: Sentence[]): void {
  const its = engine().its;
  const doc = engine().readDoc(text.slice(block.start, block.end));
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const base = tokens.length;
  let cursor = block.start;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    if (start < 0 || start >= block.end || text.slice(cursor, start).trim() !== '') {
      throw new Error(`tokenizer lost its place at offset ${cursor}: expected "${value}"`);
    }
    const end = start + value.length;
    tokens.push({ start, end, text: value, pos: pos[i] ?? 'X', sentence: -1 });
    cursor = end;
  });
  // "the North Korea-U.S. nuclear talks": a sentence never starts in lower case nor without a space
  // before it, so such a break (after an abbreviation's full stop) is no break.
  const merged: [number, number][] = [];
  for (const [first, last] of spans) {
    const prev = merged[merged.length - 1];
    const glued = prev && tokens[base + prev[1]]?.end === tokens[base + first]?.start;
    if (prev && (glued || /^\p{Ll}/u.test(values[first] ?? ''))) prev[1] = last;
    else merged.push([first, last]);
  }
  for (const [first, last] of merged) {
    const a = tokens[base + first];
    const b = tokens[base + last];
    if (!a || !b) continue;
    const index = sentences.length;
    for (let t = base + first; t <= base + last; t++) {
      const tok = tokens[t];
      if (tok) tok.sentence = index;
    }
    sentences.push({ start: a.start, end: b.end, firstToken: base + first, endToken: base + last + 1 });
  }
}
