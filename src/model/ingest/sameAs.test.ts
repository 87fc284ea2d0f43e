import { describe, expect, it } from 'vitest';
import { buildDataset } from '../dataset';
import { graphNames } from './handAdded';
import { ingestText } from './pipeline';
import {
  applyReview,
  graphIdOf,
  knownFromGraph,
  newReview,
  relationProblem,
  reviewLabel,
  type Review,
} from './review';
import { reviewMarks } from './reviewMarks';
import { keepingApart, sameAsChoices, sayingSameAs } from './sameAs';

const base = buildDataset(
  {
    sources: [],
    nodes: [
      { id: 'kim-jong-un', type: 'actor', kind: 'person', label: 'Kim Jong Un', aliases: [] },
      { id: 'donald-trump', type: 'actor', kind: 'person', label: 'Donald Trump', aliases: ['Trump'] },
      { id: 'hanoi-summit', type: 'event', kind: 'summit', label: 'Hanoi summit', aliases: [] },
      { id: 'hanoi', type: 'place', kind: 'city', label: 'Hanoi', aliases: [] },
    ],
    edges: [],
  },
  new Map(),
);
const names = graphNames(base.graph);
const text =
  'Kim Jong Un attended the second summit in February. Donald Trump also attended the second summit.';
const article = { id: 'a1', title: 'T', publisher: 'P', published: '2019-03-01', text };

function reviewed(): Review {
  return newReview(article, ingestText(text, { existing: knownFromGraph(base.graph) }));
}
const meeting = (r: Review) => {
  const e = r.entities.find((x) => x.label === 'Second summit');
  if (!e) throw new Error(`no "Second summit": ${r.entities.map((x) => x.label).join('; ')}`);
  return e;
};
const merged = (r: Review, id: string, name: string): Review => {
  const out = sayingSameAs(r, names, id, name);
  if ('problem' in out) throw new Error(out.problem);
  return out.review;
};

describe('sayingSameAs', () => {
  it('sends a new entity’s mentions and accepted relations to the graph node it is said to be', () => {
    const r = reviewed();
    const id = meeting(r).id;
    const same = merged(r, id, 'hanoi summit');
    expect(graphIdOf(same, id)).toBe('hanoi-summit');
    expect(reviewLabel(same, id)).toBe('Hanoi summit');
    // Its marks in the article lead to that node, and say so.
    const mark = reviewMarks(same).find((m) => m.candidate?.ids.includes(id));
    expect(mark?.node).toBe('hanoi-summit');
    expect(mark?.candidate?.label).toBe('Second summit (same as Hanoi summit)');
    const attended = same.relations.filter((x) => x.target === id);
    expect(attended.map((x) => x.source).sort()).toEqual(['donald-trump', 'kim-jong-un']);
    const out = applyReview(base, {
      ...same,
      decisions: Object.fromEntries(attended.map((x) => [x.id, 'accepted' as const])),
    });
    expect(out.graph.hasEdge('kim-jong-un--participated-in--hanoi-summit')).toBe(true);
    expect(out.graph.hasEdge('donald-trump--participated-in--hanoi-summit')).toBe(true);
    expect(out.graph.hasNode(id)).toBe(false);
    // The node keeps its name, and gains the article's words for it.
    expect(out.graph.getNodeAttribute('hanoi-summit', 'label')).toBe('Hanoi summit');
    expect(
      out.graph.getNodeAttribute('hanoi-summit', 'mentions').map((m) => text.slice(m.start, m.end)),
    ).toEqual(['second summit', 'second summit']);
    // Undone: the entity is its own again, and would be added as a node of its own.
    const apart = keepingApart(same, id);
    expect(graphIdOf(apart, id)).toBe(id);
    const again = applyReview(base, { ...apart, decisions: { [attended[0]!.id]: 'accepted' } });
    expect(again.graph.getNodeAttribute(id, 'label')).toBe('Second summit');
  });

  it('refuses what cannot be the same: another type, an unknown name, a graph node, itself', () => {
    const r = reviewed();
    const id = meeting(r).id;
    const problem = (entityId: string, name: string) => {
      const out = sayingSameAs(r, names, entityId, name);
      return 'problem' in out ? out.problem : null;
    };
    expect(problem(id, 'Hanoi')).toBe(
      'Second summit is an event and Hanoi a place: only entities of one type can be the same',
    );
    expect(problem(id, 'Paris talks')).toBe('nothing in the graph or the review is called “Paris talks”');
    expect(problem('kim-jong-un', 'Donald Trump')).toBe('Kim Jong Un is in the graph already');
    expect(problem(id, 'Second summit')).toBe('“Second summit” is Second summit itself');
    expect(sameAsChoices(r, names, id)).toEqual(['Hanoi summit']);
  });

  it('makes a relation between an entity and the one it is said to be no relation', () => {
    const t = 'Trump met Donald Trump.';
    const r = newReview({ ...article, text: t }, ingestText(t, { existing: knownFromGraph(base.graph) }));
    // The pipeline links "Trump" by alias; a new person stands in for the test.
    const person = {
      id: 'don',
      type: 'actor' as const,
      kind: 'person',
      label: 'Don',
      aliases: [],
      existing: false,
      confidence: 0.5,
      mentions: [{ entity: 'don', start: 0, end: 5, text: 'Trump', reason: 'new' as const }],
    };
    const withDon: Review = {
      ...r,
      entities: [...r.entities, person],
      relations: [
        {
          id: 'x',
          source: 'don',
          relation: 'met with',
          target: 'donald-trump',
          evidence: { start: 0, end: 22 },
          trigger: { start: 6, end: 9 },
          confidence: 0.5,
          pattern: 'test',
        },
      ],
    };
    const rel = withDon.relations[0]!;
    expect(relationProblem(withDon, rel)).toBeNull();
    expect(relationProblem(merged(withDon, 'don', 'Donald Trump'), rel)).toBe(
      'a relation needs two different entities',
    );
  });

  it('follows a chain one step: one said to be an entity itself said to be another goes to the last', () => {
    const r = reviewed();
    const id = meeting(r).id;
    const other = { ...meeting(r), id: 'other-meeting', label: 'Other meeting', mentions: [] };
    const two: Review = { ...r, entities: [...r.entities, other] };
    const chained = merged(merged(two, 'other-meeting', 'Second summit'), id, 'Hanoi summit');
    expect(chained.sameAs?.['other-meeting']?.id).toBe('hanoi-summit');
    expect(graphIdOf(chained, 'other-meeting')).toBe('hanoi-summit');
    // A saved review whose merges loop still names a node.
    const looped: Review = {
      ...two,
      sameAs: { [id]: { id: 'other-meeting', label: 'Other meeting' }, 'other-meeting': { id, label: 'V' } },
    };
    expect(['other-meeting', id]).toContain(graphIdOf(looped, id));
  });
});
