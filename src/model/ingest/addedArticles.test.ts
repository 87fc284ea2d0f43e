import { describe, expect, it } from 'vitest';
import { buildDataset } from '../dataset';
import { articleFootprint, withoutArticle } from './addedArticles';
import { ingestText } from './pipeline';
import { applyReviews, knownFromGraph, newReview, type Review } from './review';

const base = buildDataset(
  {
    sources: [],
    nodes: [{ id: 'kim-jong-un', type: 'actor', kind: 'person', label: 'Kim Jong Un', aliases: [] }],
    edges: [],
  },
  new Map(),
);

/** An article read against the graph so far, with every candidate accepted. */
function finished(id: string, text: string, before: readonly Review[]): Review {
  const graph = applyReviews(base, before).graph;
  const review = newReview(
    { id, title: id, publisher: 'P', published: '2018-05-26', text },
    ingestText(text, { existing: knownFromGraph(graph) }),
  );
  return { ...review, decisions: Object.fromEntries(review.relations.map((r) => [r.id, 'accepted'])) };
}

describe('articleFootprint', () => {
  const a1 = finished('a1', 'Moon Jae-in praised Kim Jong Un. Donald Trump praised Kim Jong Un.', []);
  const a2 = finished('a2', 'Moon Jae-in met Kim Jong Un.', [a1]);

  it('counts the accepted relations and names the nodes no other article has', () => {
    expect(articleFootprint(base, [a1, a2], 'a1')).toEqual({ relations: 2, nodesOnlyHere: ['Donald Trump'] });
    expect(articleFootprint(base, [a1, a2], 'a2')).toEqual({ relations: 1, nodesOnlyHere: [] });
    expect(articleFootprint(base, [a1], 'a1')).toEqual({
      relations: 2,
      nodesOnlyHere: ['Donald Trump', 'Moon Jae-in'],
    });
  });

  it('is empty for an article that was not added', () => {
    expect(articleFootprint(base, [a1], 'nope')).toEqual({ relations: 0, nodesOnlyHere: [] });
    expect(withoutArticle([a1, a2], 'nope')).toEqual([a1, a2]);
  });
});
