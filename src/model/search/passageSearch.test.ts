import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset';
import { loadCorpusForTests } from './corpusForTests';
import { buildPassageIndex, searchPassages, type PassageIndex } from './passageSearch';

// Full-text search over the bodies of the bundled corpus.
let dataset: Dataset;
let index: PassageIndex;

beforeAll(() => {
  dataset = loadCorpusForTests();
  index = buildPassageIndex(dataset);
});

const textOf = (source: string, start: number, end: number) =>
  dataset.sources.get(source)?.text.slice(start, end) ?? '';
const search = (query: string) => searchPassages(index, query);

describe('searchPassages on the corpus', () => {
  it('finds the Cheonan torpedo in two articles and names the entities of each sentence', () => {
    const passages = search('torpedo');
    expect(new Set(passages.map((p) => p.source))).toEqual(
      new Set(['2014-02-diplomat-high-level-talks', '2015-12-12-ap-kaesong-talks']),
    );
    for (const p of passages) {
      const sentence = textOf(p.source, p.sentenceStart, p.sentenceEnd);
      expect(sentence).toMatch(/torpedo/);
      expect(p.matches.map((m) => textOf(m.source, m.start, m.end))).toEqual(['torpedo']);
    }
    expect(passages[0]?.entities).toEqual(expect.arrayContaining(['cheonan', 'south-korea']));
    expect(passages[1]?.entities).toEqual(expect.arrayContaining(['north-korea', 'cheonan-sinking']));
  });

  it('names exactly the entities whose mentions overlap the sentence', () => {
    for (const p of search('talks')) {
      const expected = dataset.graph.filterNodes((_, attrs) =>
        attrs.mentions.some(
          (m) => m.source === p.source && m.start < p.sentenceEnd && m.end > p.sentenceStart,
        ),
      );
      expect(new Set(p.entities)).toEqual(new Set(expected));
      expect(p.entities).toHaveLength(new Set(p.entities).size);
    }
  });

  it('matches any case and any typography, and a word by its start', () => {
    expect(search('TORPEDO')).toHaveLength(search('torpedo').length);
    const itll = search("it'll");
    expect(itll.length).toBeGreaterThan(0);
    expect(textOf(itll[0]!.source, itll[0]!.matches[0]!.start, itll[0]!.matches[0]!.end)).toBe('it’ll');
    const sanction = search('sanction');
    expect(sanction.flatMap((p) => p.matches.map((m) => textOf(m.source, m.start, m.end)))).toContain(
      'sanctions',
    );
  });

  it('wants every word in the sentence, or the words together when quoted', () => {
    const both = search('hanoi summit');
    const phrase = search('"hanoi summit"');
    const reversed = search('"summit hanoi"');
    expect(both.length).toBeGreaterThan(0);
    for (const p of both) {
      const sentence = textOf(p.source, p.sentenceStart, p.sentenceEnd).toLowerCase();
      expect(sentence).toContain('hanoi');
      expect(sentence).toContain('summit');
    }
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThanOrEqual(both.length);
    for (const p of phrase)
      expect(p.matches.map((m) => textOf(m.source, m.start, m.end).toLowerCase())).toContain('hanoi summit');
    expect(reversed).toEqual([]);
  });

  it('searches article bodies only, never site furniture', () => {
    for (const p of search('the')) {
      const body = dataset.sources.get(p.source)?.body ?? [];
      expect(body.some((b) => p.sentenceStart >= b.start && p.sentenceEnd <= b.end)).toBe(true);
    }
    // The blog's comment form and The Independent's notification plea are furniture, not article.
    for (const word of ['commenting', 'notifications']) {
      expect([...dataset.sources.values()].some((s) => s.text.includes(word))).toBe(true);
      expect(search(word)).toEqual([]);
    }
  });

  it('finds nothing for a word absent from the articles, or an empty query', () => {
    expect(search('xylophone')).toEqual([]);
    expect(search('  "" ')).toEqual([]);
  });

  it('lists results in article order, then text order', () => {
    const order = [...dataset.sources.keys()];
    const keys = search('korea').map((p) => [order.indexOf(p.source), p.sentenceStart]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });
});
