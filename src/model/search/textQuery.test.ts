import { describe, expect, it } from 'vitest';
import { foldTypography } from '../text/normalize';
import { parseTextQuery, termPattern } from './textQuery';

// What each term of a query finds in a text, as the original text (offsets survive folding).
const found = (query: string, text: string) =>
  parseTextQuery(query).map((term) =>
    [...foldTypography(text).matchAll(termPattern(term))].map((m) =>
      text.slice(m.index, m.index + m[0].length),
    ),
  );

describe('parseTextQuery', () => {
  it('reads loose words and quoted phrases, straight or curly', () => {
    expect(parseTextQuery('  Torpedo  sank ')).toEqual([{ words: ['Torpedo'] }, { words: ['sank'] }]);
    expect(parseTextQuery('"north korean" torpedo')).toEqual([
      { words: ['north', 'korean'] },
      { words: ['torpedo'] },
    ]);
    expect(parseTextQuery('“kim jong-un” said')).toEqual([
      { words: ['kim', 'jong-un'] },
      { words: ['said'] },
    ]);
  });

  it('runs an unclosed quote to the end, and drops punctuation at word edges', () => {
    expect(parseTextQuery('talks "at panmunjom')).toEqual([
      { words: ['talks'] },
      { words: ['at', 'panmunjom'] },
    ]);
    expect(parseTextQuery('Seoul, (Kaesong)… U.S.')).toEqual([
      { words: ['Seoul'] },
      { words: ['Kaesong'] },
      { words: ['U.S'] },
    ]);
    expect(parseTextQuery(' " ", -- ')).toEqual([]);
  });
});

describe('termPattern', () => {
  it('matches from the start of a word to the end of it, in any case', () => {
    expect(found('torpedo', 'Torpedoes, a TORPEDO and antitorpedo nets')).toEqual([['Torpedoes', 'TORPEDO']]);
  });

  it('finds other forms of a word by its stem, whole words only, and phrases as written', () => {
    expect(found('denuclearization', 'denuclearizing the peninsula; its denuclearization')).toEqual([
      ['denuclearizing', 'denuclearization'],
    ]);
    expect(found('suspended', 'Seoul suspends talks it suspended')).toEqual([['suspends', 'suspended']]);
    expect(found('"talks resumed"', 'talks resume; talks resumed')).toEqual([['talks resumed']]);
    expect(found('happy', 'a happy, happier end')).toEqual([['happy']]); // no stem "happi"
  });

  it('folds typography in the text, so straight quotes find curly ones', () => {
    expect(found("it'll", 'South Korea says it’ll keep pushing')).toEqual([['it’ll']]);
  });

  it('matches a phrase across any white space, including a no-break space', () => {
    expect(found('"north korean"', 'a North\u00a0Korean torpedo; north  koreans')).toEqual([
      ['North\u00a0Korean', 'north  koreans'],
    ]);
  });

  it('treats regular-expression characters in the query as text', () => {
    expect(found('U.S.', 'the U.S. and USAS')).toEqual([['U.S']]);
    expect(found('(a+b)*', 'a+b and aab')).toEqual([['a+b']]);
  });
});
