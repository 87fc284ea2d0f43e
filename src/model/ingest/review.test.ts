import { describe, expect, it } from 'vitest';
import { buildDataset } from '../dataset';
import { ingestText } from './pipeline';
import type { RelationCandidate } from './types';
import {
  applyReview,
  effectiveRelation,
  knownFromGraph,
  newReview,
  passagesOfSameRelation,
  relationProblem,
  type Review,
} from './review';

const base = buildDataset(
  {
    sources: [],
    nodes: [
      { id: 'kim-jong-un', type: 'actor', kind: 'person', label: 'Kim Jong Un', aliases: [] },
      { id: 'north-korea', type: 'actor', kind: 'state', label: 'North Korea', aliases: [] },
    ],
    edges: [],
  },
  new Map(),
);
const text = 'North Korean leader Kim Jong-un met South Korean President Moon Jae-in. Moon praised Kim.';
const article = { id: 'a1', title: 'T', publisher: 'P', published: '2018-05-26', text };

function reviewed(): Review {
  return newReview(article, ingestText(text, { existing: knownFromGraph(base.graph) }));
}
const find = (r: Review, triple: string) => {
  const c = r.relations.find((x) => `${x.source} ${x.relation} ${x.target}` === triple);
  if (!c)
    throw new Error(
      `no candidate ${triple}: ${r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`).join('; ')}`,
    );
  return c;
};

describe('applyReview', () => {
  it('adds nothing until a candidate is accepted, then the relation with its passage and new nodes', () => {
    const r = reviewed();
    expect(applyReview(base, r)).toBe(base);
    const praised = find(r, 'moon-jae-in praised kim-jong-un');
    const out = applyReview(base, { ...r, decisions: { [praised.id]: 'accepted' } });
    expect(out.graph.hasEdge('moon-jae-in--praised--kim-jong-un')).toBe(true);
    const [span] = out.graph.getEdgeAttribute('moon-jae-in--praised--kim-jong-un', 'evidence');
    expect(span && text.slice(span.start, span.end)).toBe('Moon praised Kim');
    expect(out.graph.getNodeAttribute('moon-jae-in', 'label')).toBe('Moon Jae-in');
    expect(
      out.graph.getNodeAttribute('kim-jong-un', 'mentions').map((m) => text.slice(m.start, m.end)),
    ).toEqual(['Kim Jong-un', 'Kim']);
    expect(out.sources.get('a1')?.text).toBe(text);
    expect(base.graph.hasNode('moon-jae-in')).toBe(false);
  });

  it('applies edits and undone merges, and refuses a relation the vocabulary forbids', () => {
    const r = reviewed();
    const leader = find(r, 'kim-jong-un leader of north-korea');
    const edited: Review = {
      ...r,
      decisions: { [leader.id]: 'accepted' },
      edits: { [leader.id]: { evidence: { start: 0, end: 31 } } },
      unlinked: ['kim-jong-un'],
    };
    const out = applyReview(base, edited);
    const id = 'kim-jong-un--a1--leader-of--north-korea';
    expect(out.graph.hasEdge(id)).toBe(true);
    // Kept apart: named as the article writes it, and by the article, not as the node it was taken for.
    expect(out.graph.getNodeAttribute('kim-jong-un--a1', 'label')).toBe('Kim Jong-un (T)');
    expect(out.graph.getNodeAttribute('kim-jong-un--a1', 'aliases')).toEqual([]);
    const [span] = out.graph.getEdgeAttribute(id, 'evidence');
    expect(span && text.slice(span.start, span.end)).toBe('North Korean leader Kim Jong-un');
    const bad = { ...leader, relation: 'held at' };
    expect(relationProblem(r, bad)).toBe(
      '"held at" runs from an event to an actor or a place: Kim Jong Un is an actor',
    );
  });
});

describe('effectiveRelation', () => {
  it('applies how the reviewer says the text states it, and takes a wrong one away', () => {
    const denied = 'Kim Jong-un did not meet Moon Jae-in.';
    const r = newReview(
      { ...article, text: denied },
      ingestText(denied, { existing: knownFromGraph(base.graph) }),
    );
    const met = r.relations.find((x) => x.relation === 'met with');
    expect(met?.modality).toBe('negated');
    if (!met) return;
    expect(effectiveRelation({ ...r, edits: { [met.id]: { modality: '' } } }, met).modality).toBeUndefined();
    expect(effectiveRelation({ ...r, edits: { [met.id]: { modality: 'planned' } } }, met).modality).toBe(
      'planned',
    );
    const accepted = {
      ...r,
      decisions: { [met.id]: 'accepted' as const },
      edits: { [met.id]: { modality: '' as const } },
    };
    const edge = applyReview(base, accepted).graph.findEdge((_e, a) => a.relation === 'met with');
    expect(edge && applyReview(base, accepted).graph.getEdgeAttribute(edge, 'modality')).toBeUndefined();
  });
});

describe('passagesOfSameRelation', () => {
  it('counts the candidates that would become one relation, and leaves rejected ones out', () => {
    const twice = 'Kim Jong-un met Moon Jae-in. Later, Kim Jong-un met Moon Jae-in again.';
    const r = newReview(
      { ...article, text: twice },
      ingestText(twice, { existing: knownFromGraph(base.graph) }),
    );
    const met = r.relations.filter((x) => x.relation === 'met with');
    expect(met).toHaveLength(2);
    const [first, second] = met as [RelationCandidate, RelationCandidate];
    expect(passagesOfSameRelation(r).get(first.id)).toBe(2);
    expect(passagesOfSameRelation({ ...r, decisions: { [second.id]: 'rejected' } }).get(first.id)).toBe(1);
    // A different date makes a different relation.
    expect(
      passagesOfSameRelation({ ...r, edits: { [second.id]: { date: '2018-04-27' } } }).get(first.id),
    ).toBe(1);
    const together = { ...r, decisions: { [first.id]: 'accepted', [second.id]: 'accepted' } } as Review;
    const edge = applyReview(base, together)
      .graph.edges()
      .filter((e) => e.includes('met-with'));
    expect(edge).toHaveLength(1);
  });
});
