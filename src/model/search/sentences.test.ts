import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../dataset';
import { loadCorpusForTests } from './corpusForTests';
import { bodySentences } from './sentences';

const source = (text: string, body: [number, number][]): SourceDocument => ({
  id: 's',
  title: 'T',
  publisher: 'P',
  published: '2020',
  file: 's.txt',
  text,
  body: body.map(([start, end]) => ({ source: 's', start, end })),
});

const texts = (s: SourceDocument) => bodySentences(s).map((span) => s.text.slice(span.start, span.end));

describe('bodySentences', () => {
  it('splits a body into sentences, keeping abbreviations and initials inside them', () => {
    const text = 'Mr. Kim met U.S. envoys. They talked!\nNew line here? Yes.';
    expect(texts(source(text, [[0, text.length]]))).toEqual([
      'Mr. Kim met U.S. envoys.',
      'They talked!',
      'New line here?',
      'Yes.',
    ]);
  });

  it('keeps site furniture out: only body spans, clipped at their edges', () => {
    const text = 'Ad: buy now. Body starts here. Body ends here SUBSCRIBE TODAY.';
    const bodyStart = text.indexOf('Body');
    const bodyEnd = text.indexOf(' SUBSCRIBE');
    expect(texts(source(text, [[bodyStart, bodyEnd]]))).toEqual(['Body starts here.', 'Body ends here']);
    expect(bodySentences({ ...source(text, []), body: undefined })).toEqual([]);
  });

  it('covers every non-blank character of every corpus body exactly once', () => {
    for (const s of loadCorpusForTests().sources.values()) {
      const sentences = bodySentences(s);
      expect(sentences.length, s.id).toBeGreaterThan(5);
      let covered = '';
      let uncovered = '';
      let at = 0;
      for (const span of sentences) {
        expect(span.start, s.id).toBeGreaterThanOrEqual(at);
        uncovered += s.text.slice(at, span.start);
        covered += s.text.slice(span.start, span.end);
        at = span.end;
      }
      const bodies = (s.body ?? []).map((b) => s.text.slice(b.start, b.end)).join('');
      expect(covered.replace(/\s/g, '')).toBe(bodies.replace(/\s/g, ''));
      expect(uncovered.length).toBeGreaterThan(0);
    }
  });
});
