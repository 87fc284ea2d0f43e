import type { CorpusData, Span } from '../schema';
import { SYMMETRIC } from './relations';
import type { IngestResult, KnownEntity, TextRange } from './types';

/**
 * Scores an ingest result against the gold graph of the same source: an entity counts when its
 * mentions overlap the gold mentions of a node (or it is linked to that node); a relation counts
 * when both ends resolve to the gold edge's ends (either way round for a symmetric relation such
 * as "met with"), the relation phrase is the same and its span overlaps one of that edge's passages
 * in this source.
 */
export interface Score {
  predicted: number;
  correct: number;
  gold: number;
  found: number;
}

export interface SourceScore {
  source: string;
  entities: Score;
  relations: Score;
  invalidSpans: number;
  /** Of the correct relations: how many carry the gold date (both undated counts as agreeing). */
  dates: { correct: number; agree: number };
  misses: string[];
  /** Each proposal's confidence and whether it was right, to see how far a confidence can be trusted. */
  proposals: { confidence: number; correct: boolean }[];
  /** The same misses, each with the first reason the pipeline did not find it (see MissCause). */
  missCauses: { cause: MissCause; text: string }[];
  falseHits: string[];
  /**
   * Where recall is lost, entity stage or relation stage: of the gold relations, how many have both
   * ends named inside the sentence(s) of their passage by the annotator's own mentions, how many by
   * the pipeline (a mention it linked, or a relation it found there: what a reading of single
   * sentences could reach with these entities), and how many of the latter it found.
   */
  bothNamed: { byAnnotator: number; byPipeline: number; foundOfThose: number };
  /**
   * Of the gold relations both of whose ends the annotator names in the stating sentence, each end
   * the pipeline does not name there: its node type, and whether the pipeline found that node
   * elsewhere in the article (a mention it did not link there) or not at all.
   */
  unnamedEnds: { type: string; foundElsewhere: boolean }[];
  /** The relation scores split by relation phrase ("met with", "participated in"). */
  byRelation: ReadonlyMap<string, Score>;
  /** Precision split by the rule that proposed (`pattern`): proposed and right only, no gold. */
  byPattern: ReadonlyMap<string, Score>;
}

/**
 * Why a gold relation was missed, tried in this order:
 * - entity not found: an end of the edge is not among the entities found in the article;
 * - entity not linked: both ends are found, but one has no mention inside the gold passage
 *   (a pronoun, a short name or a title the pipeline did not resolve there);
 * - wrong direction: the same relation between the same ends was proposed the other way round;
 * - span mismatch: the same relation was proposed between the same ends from another passage;
 * - relation kind differs: the same ends, an overlapping passage, another relation;
 * - no pattern for the verb: nothing was proposed between these ends in the passage.
 */
export type MissCause =
  | 'entity not found'
  | 'entity not linked'
  | 'wrong direction'
  | 'span mismatch'
  | 'relation kind differs'
  | 'no pattern for the verb';

export const MISS_CAUSES: readonly MissCause[] = [
  'entity not found',
  'entity not linked',
  'no pattern for the verb',
  'relation kind differs',
  'wrong direction',
  'span mismatch',
];

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/** The nodes a pipeline may know when it reads `sourceId`: those named in the other sources. */
export function knownExcept(gold: CorpusData, sourceId: string): KnownEntity[] {
  return gold.nodes
    .filter((n) => (n.mentions ?? []).some((m) => m.source !== sourceId))
    .map((n) => ({
      id: n.id,
      type: n.type as KnownEntity['type'],
      ...(n.kind !== undefined ? { kind: n.kind } : {}),
      label: n.label,
      aliases: n.aliases,
      existing: true,
    }));
}

export function scoreSource(gold: CorpusData, sourceId: string, result: IngestResult): SourceScore {
  const inSource = (s: Span) => s.source === sourceId;
  const goldNodes = gold.nodes.filter((n) => (n.mentions ?? []).some(inSource));
  const resolve = new Map<string, string>();
  for (const e of result.entities) {
    if (goldNodes.some((n) => n.id === e.id)) {
      resolve.set(e.id, e.id);
      continue;
    }
    const votes = new Map<string, number>();
    for (const m of e.mentions)
      for (const n of goldNodes)
        if ((n.mentions ?? []).some((g) => inSource(g) && overlaps(g, m)))
          votes.set(n.id, (votes.get(n.id) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best) resolve.set(e.id, best[0]);
  }
  const foundNodes = new Set(resolve.values());
  const entities: Score = {
    predicted: result.entities.length,
    correct: result.entities.filter((e) => resolve.has(e.id)).length,
    gold: goldNodes.length,
    found: goldNodes.filter((n) => foundNodes.has(n.id)).length,
  };

  const goldEdges = gold.edges
    .map((e) => ({ ...e, spans: (e.evidence ?? []).filter(inSource) }))
    .filter((e) => e.spans.length > 0);
  const matched = new Set<string>();
  let correct = 0;
  let datesAgree = 0;
  const falseHits: string[] = [];
  const proposals: SourceScore['proposals'] = [];
  for (const r of result.relations) {
    const s = resolve.get(r.source);
    const t = resolve.get(r.target);
    const matches = (from: string | undefined, to: string | undefined) =>
      goldEdges.find(
        (g) =>
          g.source === from &&
          g.target === to &&
          g.relation === r.relation &&
          g.spans.some((sp) => overlaps(sp, r.evidence)),
      );
    // "A met with B" and "B met with A" state the same fact; the gold writes one of them.
    const hit = matches(s, t) ?? (SYMMETRIC.has(r.relation) ? matches(t, s) : undefined);
    proposals.push({ confidence: r.confidence, correct: !!hit });
    if (hit) {
      correct++;
      if ((hit.date ?? '') === (r.date ?? '')) datesAgree++;
      matched.add(hit.id);
    } else
      falseHits.push(
        `${r.source} ${r.relation} ${r.target} [${r.pattern}] "${result.text.slice(r.evidence.start, r.evidence.end)}"`,
      );
  }
  const missed = goldEdges.filter((g) => !matched.has(g.id));
  const misses = missed.map(
    (g) =>
      `${g.source} ${g.relation} ${g.target}: "${result.text.slice(g.spans[0]?.start, g.spans[0]?.end)}"`,
  );
  const resolved = result.relations.map((r) => ({
    ...r,
    from: resolve.get(r.source),
    to: resolve.get(r.target),
  }));
  const mentionsOf = (node: string) =>
    result.entities.filter((e) => resolve.get(e.id) === node).flatMap((e) => e.mentions);
  const causeOf = (g: (typeof goldEdges)[number]): MissCause => {
    if (!foundNodes.has(g.source) || !foundNodes.has(g.target)) return 'entity not found';
    const inPassage = (node: string) => mentionsOf(node).some((m) => g.spans.some((sp) => overlaps(sp, m)));
    // A relation stated by a role ("South Korea's President Moon") has both names in its passage;
    // one whose end is named outside it (a pronoun, an elided subject) is not linked there.
    const sameEnds = resolved.filter(
      (r) => (r.from === g.source && r.to === g.target) || (r.from === g.target && r.to === g.source),
    );
    const here = (r: (typeof resolved)[number]) => g.spans.some((sp) => overlaps(sp, r.evidence));
    if (!inPassage(g.source) || !inPassage(g.target)) {
      if (!sameEnds.some(here)) return 'entity not linked';
    }
    if (sameEnds.some((r) => r.relation === g.relation && r.from === g.target && here(r)))
      return 'wrong direction';
    if (sameEnds.some((r) => r.relation === g.relation)) return 'span mismatch';
    if (sameEnds.some(here)) return 'relation kind differs';
    return 'no pattern for the verb';
  };
  const missCauses = missed.map((g, i) => {
    const cause = causeOf(g);
    const near = resolved
      .filter(
        (r) =>
          ((r.from === g.source && r.to === g.target) || (r.from === g.target && r.to === g.source)) &&
          (cause !== 'relation kind differs' || g.spans.some((sp) => overlaps(sp, r.evidence))),
      )
      .map((r) => `${r.from} ${r.relation} ${r.to} [${r.pattern}]`);
    const note = cause === 'entity not found' || near.length === 0 ? '' : `  (proposed: ${near.join('; ')})`;
    return { cause, text: `${misses[i] ?? ''}${note}` };
  });
  const inSentencesOf = (g: (typeof goldEdges)[number]) => {
    const sentences = result.sentences.filter((s) => g.spans.some((sp) => overlaps(sp, s)));
    return (m: TextRange) => sentences.some((s) => m.start >= s.start && m.end <= s.end);
  };
  const namedByAnnotator = goldEdges.filter((g) => {
    const inside = inSentencesOf(g);
    const named = (id: string) =>
      (gold.nodes.find((n) => n.id === id)?.mentions ?? []).some((m) => inSource(m) && inside(m));
    return named(g.source) && named(g.target);
  });
  // A found relation shows the pipeline read both ends there, even one it lists no mention for
  // ("South Korean" in "South Korean President Moon" is read by the relation stage).
  const namedByPipeline = goldEdges.filter((g) => {
    const inside = inSentencesOf(g);
    return matched.has(g.id) || (mentionsOf(g.source).some(inside) && mentionsOf(g.target).some(inside));
  });
  const unnamedEnds = namedByAnnotator
    .filter((g) => !matched.has(g.id))
    .flatMap((g) => {
      const inside = inSentencesOf(g);
      return [g.source, g.target]
        .filter((id) => !mentionsOf(id).some(inside))
        .map((id) => ({
          type: gold.nodes.find((n) => n.id === id)?.type ?? '?',
          foundElsewhere: foundNodes.has(id),
        }));
    });
  const byRelation = new Map<string, Score>();
  const byPattern = new Map<string, Score>();
  const tally = (into: Map<string, Score>, key: string, field: keyof Score) => {
    const score = into.get(key) ?? { predicted: 0, correct: 0, gold: 0, found: 0 };
    score[field]++;
    into.set(key, score);
  };
  result.relations.forEach((r, i) => {
    tally(byRelation, r.relation, 'predicted');
    tally(byPattern, r.pattern, 'predicted');
    if (proposals[i]?.correct) {
      tally(byRelation, r.relation, 'correct');
      tally(byPattern, r.pattern, 'correct');
    }
  });
  for (const g of goldEdges) {
    tally(byRelation, g.relation, 'gold');
    if (matched.has(g.id)) tally(byRelation, g.relation, 'found');
  }
  const invalidSpans = result.relations.filter(
    (r) =>
      !(r.evidence.start >= 0 && r.evidence.end <= result.text.length && r.evidence.start < r.evidence.end),
  ).length;
  return {
    source: sourceId,
    entities,
    relations: { predicted: result.relations.length, correct, gold: goldEdges.length, found: matched.size },
    invalidSpans,
    dates: { correct, agree: datesAgree },
    misses,
    missCauses,
    falseHits,
    proposals,
    bothNamed: {
      byAnnotator: namedByAnnotator.length,
      byPipeline: namedByPipeline.length,
      foundOfThose: namedByPipeline.filter((g) => matched.has(g.id)).length,
    },
    unnamedEnds,
    byRelation,
    byPattern,
  };
}

/** Confidence bands, highest first, for `byConfidence`. */
export const CONFIDENCE_BANDS = [0.7, 0.6, 0.5, 0] as const;

/**
 * How many proposals fall in each confidence band (at least the band's floor, below the next one
 * up) and how many of them were right: whether a higher confidence means a likelier relation.
 */
export function byConfidence(
  proposals: readonly { confidence: number; correct: boolean }[],
): { from: number; proposed: number; correct: number }[] {
  return CONFIDENCE_BANDS.map((from, i) => {
    const below = i === 0 ? Infinity : (CONFIDENCE_BANDS[i - 1] ?? Infinity);
    const inBand = proposals.filter((p) => p.confidence >= from && p.confidence < below);
    return { from, proposed: inBand.length, correct: inBand.filter((p) => p.correct).length };
  });
}

export function sum(scores: readonly Score[]): Score {
  return scores.reduce(
    (a, s) => ({
      predicted: a.predicted + s.predicted,
      correct: a.correct + s.correct,
      gold: a.gold + s.gold,
      found: a.found + s.found,
    }),
    { predicted: 0, correct: 0, gold: 0, found: 0 },
  );
}

export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.predicted ? s.correct / s.predicted : 0;
  const r = s.gold ? s.found / s.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
