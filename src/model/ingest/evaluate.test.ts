import { describe, expect, it } from 'vitest';
import type { CorpusData, Span } from '../schema';
import { byConfidence, scoreSource } from './evaluate';
import type { EntityCandidate, IngestResult, RelationCandidate } from './types';

// One invented article, its gold and a hand-made pipeline result with one miss of each cause.
const text = [
  'China met Japan.',
  'Japan warned China.',
  'China praised Japan.',
  'China visited Seoul.',
  'Later China visited Seoul.',
  'Korea thanked China.',
  'It thanked Japan.',
  'Japan hosted China.',
].join(' ');
const sentence = (i: number): Span => {
  const s = text.split('. ')[i] ?? '';
  const start = text.indexOf(s);
  return { source: 'a', start, end: start + s.length };
};
const every = (word: string) =>
  [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => ({
    source: 'a',
    start: m.index,
    end: m.index + word.length,
  }));
const node = (id: string, label: string) => ({
  id,
  type: 'actor',
  label,
  aliases: [],
  mentions: every(label),
});
const gold: CorpusData = {
  sources: [{ id: 'a', title: 'A', publisher: 'P', published: '2020-01-01', file: 'a.txt' }],
  nodes: [node('china', 'China'), node('japan', 'Japan'), node('seoul', 'Seoul'), node('korea', 'Korea')],
  edges: [
    ['e0', 'china', 'met with', 'japan', 0],
    ['e1', 'japan', 'warned', 'china', 1],
    ['e2', 'china', 'praised', 'japan', 2],
    ['e3', 'china', 'visited', 'seoul', 3],
    ['e5', 'korea', 'thanked', 'china', 5],
    ['e6', 'china', 'thanked', 'japan', 6],
    ['e7', 'japan', 'hosted', 'china', 7],
  ].map(([id, source, relation, target, i]) => ({
    id: String(id),
    source: String(source),
    relation: String(relation),
    target: String(target),
    evidence: [sentence(Number(i))],
  })),
};
const entity = (id: string, label: string): EntityCandidate => ({
  id,
  type: 'actor',
  label,
  aliases: [],
  existing: true,
  confidence: 1,
  mentions: every(label).map((m) => ({ ...m, entity: id, text: label, reason: 'name' as const })),
});
const relation = (source: string, rel: string, target: string, i: number): RelationCandidate => {
  const s = sentence(i);
  return {
    id: `${source}|${rel}|${target}|${i}`,
    source,
    relation: rel,
    target,
    evidence: s,
    trigger: s,
    confidence: 0.5,
    pattern: 'test',
  };
};
const result: IngestResult = {
  text,
  sentences: [],
  entities: [entity('china', 'China'), entity('japan', 'Japan'), entity('seoul', 'Seoul')],
  relations: [
    relation('china', 'met with', 'japan', 0),
    relation('china', 'warned', 'japan', 1),
    relation('china', 'blamed', 'japan', 2),
    relation('china', 'visited', 'seoul', 4),
  ],
};

describe('misses by cause', () => {
  it('names the first reason each gold relation was missed', () => {
    const score = scoreSource(gold, 'a', result);
    expect(score.relations.found).toBe(1);
    const cause = (id: string) => score.missCauses.find((m) => m.text.startsWith(id))?.cause;
    expect(cause('japan warned china')).toBe('wrong direction');
    expect(cause('china praised japan')).toBe('relation kind differs');
    expect(cause('china visited seoul')).toBe('span mismatch');
    expect(cause('korea thanked china')).toBe('entity not found');
    expect(cause('china thanked japan')).toBe('entity not linked');
    expect(cause('japan hosted china')).toBe('no pattern for the verb');
    expect(score.missCauses).toHaveLength(score.misses.length);
    // What was proposed instead is shown with the miss.
    expect(score.missCauses.find((m) => m.cause === 'relation kind differs')?.text).toContain(
      'china blamed japan',
    );
  });
});

describe('both ends named in the stating sentence', () => {
  it('counts the gold relations whose two ends the annotator, and the pipeline, name in the sentence', () => {
    const sentences = text.split('. ').map((_, i) => {
      const { start, end } = sentence(i);
      return { start, end: end + 1, firstToken: 0, endToken: 0 };
    });
    const score = scoreSource(gold, 'a', { ...result, sentences });
    // "It thanked Japan": the annotator names no China there; "Korea thanked China": the pipeline
    // found no Korea. Of the five the pipeline could have read, it found "China met Japan".
    expect(score.bothNamed).toEqual({ byAnnotator: 6, byPipeline: 5, foundOfThose: 1 });
    // The end the pipeline did not name there: Korea, an actor it found nowhere in the article.
    expect(score.unnamedEnds).toEqual([{ type: 'actor', foundElsewhere: false }]);
    // A Japan the pipeline did not link in "Japan hosted China" is one it found elsewhere.
    const hosted = sentence(7);
    const unlinked = result.entities.map((e) =>
      e.id === 'japan' ? { ...e, mentions: e.mentions.filter((m) => m.start < hosted.start) } : e,
    );
    expect(scoreSource(gold, 'a', { ...result, sentences, entities: unlinked }).unnamedEnds).toEqual([
      { type: 'actor', foundElsewhere: false },
      { type: 'actor', foundElsewhere: true },
    ]);
    // Without sentences no mention can be placed in one; a found relation still shows its ends read.
    expect(scoreSource(gold, 'a', result).bothNamed).toEqual({
      byAnnotator: 0,
      byPipeline: 1,
      foundOfThose: 1,
    });
  });
});

describe('precision by confidence', () => {
  it('records each proposal with whether it was right, and counts them by confidence band', () => {
    const score = scoreSource(gold, 'a', result);
    expect(score.proposals).toHaveLength(result.relations.length);
    expect(score.proposals.filter((p) => p.correct)).toHaveLength(score.relations.correct);
    const bands = byConfidence([
      { confidence: 0.9, correct: true },
      { confidence: 0.7, correct: false },
      { confidence: 0.65, correct: true },
      { confidence: 0.5, correct: true },
      { confidence: 0.3, correct: false },
      { confidence: 0.2, correct: false },
    ]);
    expect(bands).toEqual([
      { from: 0.7, proposed: 2, correct: 1 },
      { from: 0.6, proposed: 1, correct: 1 },
      { from: 0.5, proposed: 1, correct: 1 },
      { from: 0, proposed: 2, correct: 0 },
    ]);
  });
});

describe('scores by relation', () => {
  it('splits the relation counts by relation phrase', () => {
    const score = scoreSource(gold, 'a', result);
    const of = (relation: string) => score.byRelation.get(relation);
    expect(of('met with')).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
    // "China warned Japan" the wrong way round: proposed and wrong; the gold one missed.
    expect(of('warned')).toEqual({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(of('blamed')).toEqual({ predicted: 1, correct: 0, gold: 0, found: 0 });
    expect(of('thanked')).toEqual({ predicted: 0, correct: 0, gold: 2, found: 0 });
    // The phrases add up to the whole.
    const all = [...score.byRelation.values()].reduce((n, s) => n + s.gold, 0);
    expect(all).toBe(score.relations.gold);
  });
});

describe('scores by rule', () => {
  it('counts the proposals of each rule and how many were right', () => {
    const named = {
      ...result,
      relations: result.relations.map((r, i) => ({ ...r, pattern: i < 2 ? 'one' : 'two' })),
    };
    const score = scoreSource(gold, 'a', named);
    // "met with" right, "warned" the wrong way round; "blamed" not in the gold, "visited" off its passage.
    expect(score.byPattern.get('one')).toEqual({ predicted: 2, correct: 1, gold: 0, found: 0 });
    expect(score.byPattern.get('two')).toEqual({ predicted: 2, correct: 0, gold: 0, found: 0 });
  });
});
