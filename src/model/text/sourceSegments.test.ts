import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAPH_JSON, readSourceTexts } from '../../../scripts/corpusFiles';
import { loadGraphDocument } from '../load';
import type { CorpusData as GraphData } from '../schema';
import {
  runsBy,
  sourceBlocks,
  sourceMentions,
  sourceSegments,
  type MentionSpan,
  type SourceSegment,
} from './sourceSegments';

const TEXT = 'Ad. Kim Jong Un met Moon Jae-in in Seoul. Subscribe!';
const at = (words: string) => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in the text`);
  return { start, end: start + words.length };
};
const mention = (words: string, node: string, type: MentionSpan['type'] = 'actor'): MentionSpan => ({
  ...at(words),
  node,
  type,
});
const KIM = mention('Kim Jong Un', 'kim');
const MOON = mention('Moon Jae-in', 'moon');
const SEOUL = mention('Seoul', 'seoul', 'place');
const BODY = [{ start: 4, end: TEXT.indexOf(' Subscribe') }];

const words = (text: string, segments: SourceSegment[]) => segments.map((s) => text.slice(s.start, s.end));
const joined = (text: string, segments: SourceSegment[]) => words(text, segments).join('');

/** Segments are ordered, non-empty and touch: together they are the text, once. */
function expectExactCover(text: string, segments: SourceSegment[]) {
  expect(joined(text, segments)).toBe(text);
  segments.forEach((s, i) => {
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.start).toBe(i === 0 ? 0 : segments[i - 1]?.end);
  });
}

describe('sourceSegments', () => {
  it('marks furniture outside the body and mentions inside it', () => {
    const segs = sourceSegments(TEXT, { body: BODY, mentions: [SEOUL, KIM, MOON] });
    expectExactCover(TEXT, segs);
    expect(words(TEXT, segs)).toEqual([
      'Ad. ',
      'Kim Jong Un',
      ' met ',
      'Moon Jae-in',
      ' in ',
      'Seoul',
      '.',
      ' Subscribe!',
    ]);
    expect(segs.map((s) => s.furniture)).toEqual([true, false, false, false, false, false, false, true]);
    expect(segs.map((s) => s.mention?.node ?? null)).toEqual([
      null,
      'kim',
      null,
      'moon',
      null,
      'seoul',
      null,
      null,
    ]);
  });

  it('treats the whole text as body when no body is given, and returns nothing for empty text', () => {
    const segs = sourceSegments(TEXT);
    expect(segs).toEqual([{ start: 0, end: TEXT.length, mention: null, passage: false, furniture: false }]);
    expect(sourceSegments('', { mentions: [KIM] })).toEqual([]);
  });

  it('keeps a mention inside the passage whole and clickable within the highlight', () => {
    const passage = at('Kim Jong Un met Moon');
    const segs = sourceSegments(TEXT, { body: BODY, mentions: [KIM, MOON], passage });
    expectExactCover(TEXT, segs);
    const inPassage = segs.filter((s) => s.passage);
    expect(words(TEXT, inPassage)).toEqual(['Kim Jong Un', ' met ', 'Moon']);
    expect(inPassage[0]?.mention).toBe(KIM);
    // The passage ends inside "Moon Jae-in": the mention is split, both pieces name Moon.
    const moonPieces = segs.filter((s) => s.mention === MOON);
    expect(words(TEXT, moonPieces)).toEqual(['Moon', ' Jae-in']);
    expect(moonPieces.map((s) => s.passage)).toEqual([true, false]);
  });

  it('keeps adjacent mentions apart, even of the same node', () => {
    const text = 'SeoulSeoul';
    const first = { start: 0, end: 5, node: 'seoul', type: 'place' as const };
    const second = { start: 5, end: 10, node: 'seoul', type: 'place' as const };
    const segs = sourceSegments(text, { mentions: [second, first] });
    expect(segs.map((s) => s.mention)).toEqual([first, second]);
  });

  it('handles spans at the very start and end of the text, and clamps spans that overrun it', () => {
    const text = 'Seoul and Pyongyang';
    const segs = sourceSegments(text, {
      mentions: [
        { start: 0, end: 5, node: 'seoul', type: 'place' },
        { start: 10, end: 99, node: 'pyongyang', type: 'place' },
      ],
      passage: { start: -3, end: 7 },
    });
    expectExactCover(text, segs);
    expect(words(text, segs)).toEqual(['Seoul', ' a', 'nd ', 'Pyongyang']);
    expect(segs.map((s) => s.passage)).toEqual([true, true, false, false]);
    expect(segs[3]?.end).toBe(text.length);
  });

  it('drops a mention that overlaps an earlier or longer one, and ignores empty spans', () => {
    const long = mention('Kim Jong Un', 'kim');
    const inner = mention('Jong', 'jong');
    const crossing = { ...at('Un met'), node: 'un', type: 'actor' as const };
    const empty = { start: 3, end: 3, node: 'none', type: 'actor' as const };
    const segs = sourceSegments(TEXT, { mentions: [inner, crossing, long, empty], passage: at('Ad') });
    expectExactCover(TEXT, segs);
    expect(new Set(segs.map((s) => s.mention?.node ?? null))).toEqual(new Set([null, 'kim']));
  });

  it('merges overlapping and touching body spans', () => {
    const segs = sourceSegments(TEXT, {
      body: [
        { start: 4, end: 10 },
        { start: 8, end: 20 },
        { start: 20, end: 25 },
      ],
    });
    expect(segs.map((s) => [s.start, s.end, s.furniture])).toEqual([
      [0, 4, true],
      [4, 25, false],
      [25, TEXT.length, true],
    ]);
  });
});

describe('runsBy', () => {
  it('groups consecutive items with the same key only', () => {
    expect(runsBy([1, 1, 2, 1, 3, 3], (n) => n)).toEqual([[1, 1], [2], [1], [3, 3]]);
    expect(runsBy([], (n) => n)).toEqual([]);
  });
});

describe('sourceBlocks', () => {
  const text = 'Menu\n\nKim Jong Un spoke.\n\n  Ads here \n';
  const kim = { start: 6, end: 17, node: 'kim', type: 'actor' as const };
  const body = [{ start: 6, end: 24 }];

  it('splits white space off furniture into blank blocks, still covering the text once', () => {
    const blocks = sourceBlocks(text, sourceSegments(text, { body, mentions: [kim] }));
    expect(blocks.map((b) => [text.slice(b.start, b.end), b.furniture, b.blank])).toEqual([
      ['Menu', true, false],
      ['\n\n', true, true],
      ['Kim Jong Un spoke.', false, false],
      ['\n\n  ', true, true],
      ['Ads here', true, false],
      [' \n', true, true],
    ]);
    const pieces = blocks.flatMap((b) => b.runs.flatMap((r) => r.segments));
    expect(pieces.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('groups the passage into one run inside its block', () => {
    const passage = { start: 10, end: 23 };
    const blocks = sourceBlocks(text, sourceSegments(text, { body, mentions: [kim], passage }));
    const article = blocks.find((b) => !b.furniture && !b.blank);
    expect(article?.runs.map((r) => [text.slice(r.start, r.end), r.passage])).toEqual([
      ['Kim ', false],
      ['Jong Un spoke', true],
      ['.', false],
    ]);
    // The mention is cut by the passage edge; both pieces still name Kim.
    expect(article?.runs.flatMap((r) => r.segments).filter((s) => s.mention?.node === 'kim')).toHaveLength(2);
  });

  it('treats a text that is all furniture white space as one blank block', () => {
    const blocks = sourceBlocks('\n \n', sourceSegments('\n \n', { body: [] }));
    expect(blocks).toEqual([expect.objectContaining({ start: 0, end: 3, furniture: true, blank: true })]);
  });
});

describe('on the five corpus articles', () => {
  const data = JSON.parse(readFileSync(GRAPH_JSON, 'utf8')) as GraphData;
  const texts = readSourceTexts(data);
  const loaded = loadGraphDocument(data, (file) => {
    const source = data.sources.find((s) => s.file === file);
    return source && texts.get(source.id);
  });
  if (!loaded.ok) throw new Error('the corpus does not load');
  const { dataset } = loaded;
  const evidence = data.edges.flatMap((e) => e.evidence);

  it.each(data.sources.map((s) => [s.id, s] as const))('%s: segments reproduce the text', (_, source) => {
    const text = dataset.sources.get(source.id)?.text ?? '';
    expect(text.length).toBeGreaterThan(1000);
    const mentions = sourceMentions(dataset.graph, source.id);
    expect(mentions.length).toBeGreaterThan(0);
    const passages = evidence.filter((e) => e.source === source.id);
    for (const passage of [null, ...passages]) {
      const segs = sourceSegments(text, { body: source.body, mentions, passage });
      expectExactCover(text, segs);
      // Every mention is in the body, and every one is kept.
      expect(segs.filter((s) => s.mention).every((s) => !s.furniture)).toBe(true);
      expect(new Set(segs.map((s) => s.mention).filter(Boolean)).size).toBe(mentions.length);
      if (passage) {
        const marked = segs.filter((s) => s.passage);
        expect(joined(text, marked)).toBe(text.slice(passage.start, passage.end));
        const blocks = sourceBlocks(text, segs);
        const runs = blocks.flatMap((b) => b.runs).filter((r) => r.passage);
        expect(runs).toHaveLength(1);
      }
    }
    const furniture = sourceBlocks(text, sourceSegments(text, { body: source.body, mentions }));
    expect(furniture.some((b) => b.furniture && !b.blank)).toBe(true);
  });

  it('lists mentions in text order with their node type', () => {
    const mentions = sourceMentions(dataset.graph, '2021-08-01-independent-koreas-ties');
    const text = dataset.sources.get('2021-08-01-independent-koreas-ties')?.text ?? '';
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
    const kim = mentions.find((m) => m.node === 'kim-jong-un');
    expect(kim?.type).toBe('actor');
    expect(text.slice(kim?.start, kim?.end)).toMatch(/Kim/);
  });
});
