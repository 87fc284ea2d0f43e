import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  const text =
    'The U.S. said on Jan. 5 that \u201cKim Jong-un\u201d\u00a0won\u2019t go.\n\nNorth Korea didn\u2019t reply.';
  const { tokens, sentences } = tokenize(text);

  it('gives every token an offset whose slice is the token', () => {
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('\u201c');
    expect(tokens.some((t) => t.text === 'U.S.')).toBe(true);
  });

  it('does not end sentences at "U.S." or "Jan." and ends one at a blank line', () => {
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The U.S. said on Jan. 5 that \u201cKim Jong-un\u201d\u00a0won\u2019t go.',
      'North Korea didn\u2019t reply.',
    ]);
  });

  it('reads only the given ranges', () => {
    const only = tokenize(text, [{ start: text.indexOf('North'), end: text.length }]);
    expect(only.sentences).toHaveLength(1);
    expect(only.tokens[0]?.text).toBe('North');
  });
});
