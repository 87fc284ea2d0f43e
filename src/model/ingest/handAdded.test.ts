import { describe, expect, it } from 'vitest';
import { buildDataset } from '../dataset';
import {
  addRelationByHand,
  graphNames,
  isHandAdded,
  markEntity,
  matchName,
  removeHandAdded,
  unmarkEntity,
  type Added,
} from './handAdded';
import { applyReview, newReview, type Review } from './review';
import type { IngestResult } from './types';

const base = buildDataset(
  {
    sources: [],
    nodes: [
      { id: 'kim-jong-un', type: 'actor', kind: 'person', label: 'Kim Jong Un', aliases: ['Kim Jong-un'] },
      { id: 'panmunjom', type: 'place', kind: 'village', label: 'Panmunjom', aliases: [] },
      { id: 'red-cross-talks', type: 'event', kind: 'talks', label: 'Red Cross talks', aliases: [] },
    ],
    edges: [],
  },
  new Map(),
);
const text = 'The Red Cross officials of both sides met at Panmunjom. Seoul hosted the envoy of Kim Jong-un.';
const at = (words: string, from = 0) => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`no "${words}"`);
  return { start, end: start + words.length };
};
// What the pipeline found: only the city standing for the South, nothing else.
const found: IngestResult = {
  text,
  sentences: [],
  entities: [
    {
      id: 'south-korea',
      type: 'actor',
      kind: 'state',
      label: 'South Korea',
      aliases: ['Seoul'],
      existing: false,
      mentions: [{ ...at('Seoul'), entity: 'south-korea', text: 'Seoul', reason: 'metonym' }],
      confidence: 0.9,
    },
  ],
  relations: [],
};
const names = graphNames(base.graph);
const fresh = (): Review =>
  newReview({ id: 'a1', title: 'T', publisher: 'P', published: '2018-06-01', text }, found);

function ok(added: Added): { review: Review; id: string } {
  if ('problem' in added) throw new Error(added.problem);
  return added;
}

describe('matchName', () => {
  it('finds the review entity first, then a graph node by any spelling, else nobody', () => {
    const r = fresh();
    expect(matchName(r, names, 'seoul')).toMatchObject({ kind: 'review', entity: { id: 'south-korea' } });
    expect(matchName(r, names, 'Kim Jong-un')).toMatchObject({
      kind: 'graph',
      entity: { id: 'kim-jong-un' },
    });
    expect(matchName(r, names, 'Cho Myoung-gyon')).toEqual({ kind: 'new' });
  });
});

describe('markEntity', () => {
  it('joins words naming a graph node to that node, as a mention marked by hand', () => {
    const { review, id } = ok(
      markEntity(fresh(), names, { span: at('Kim Jong-un'), name: 'Kim Jong-un', type: 'place' }),
    );
    expect(id).toBe('kim-jong-un');
    const e = review.entities.find((x) => x.id === id);
    expect(e).toMatchObject({ type: 'actor', existing: true, label: 'Kim Jong Un' });
    expect(e?.mentions).toEqual([{ ...at('Kim Jong-un'), entity: id, text: 'Kim Jong-un', reason: 'hand' }]);
  });

  it('marks the same name wherever else the article writes it, whole words clear of other marks only', () => {
    const twice =
      'Red Cross staff met. The Red Cross said Red Crossing was closed; Seoul thanked the Red Cross.';
    const review = newReview(
      { id: 'a2', title: 'T', publisher: 'P', published: '2018-06-01', text: twice },
      { ...found, text: twice, entities: [] },
    );
    const span = { start: twice.indexOf('Red Cross', 5), end: twice.indexOf('Red Cross', 5) + 9 };
    const marked = ok(markEntity(review, names, { span, name: 'Red Cross', type: 'actor' }));
    const starts = ({ review: r, id }: { review: Review; id: string }) =>
      r.entities.find((e) => e.id === id)?.mentions.map((m) => m.start);
    // Not inside "Red Crossing".
    expect(starts(marked)).toEqual([0, span.start, twice.lastIndexOf('Red Cross')]);
    // A lower-case description is marked where selected only.
    const staff = { start: twice.indexOf('staff'), end: twice.indexOf('staff') + 5 };
    const one = ok(markEntity(review, names, { span: staff, name: 'Staff', type: 'actor' }));
    expect(starts(one)).toEqual([staff.start]);
  });

  it("marks a person's surname alone after the full name, not before it nor inside another name", () => {
    const t = 'Li said talks were due. Premier Li Qiang met Moon. Li praised Li Hui and Lin. Li left.';
    const review = newReview(
      { id: 'a3', title: 'T', publisher: 'P', published: '2018-06-01', text: t },
      { ...found, text: t, entities: [] },
    );
    const span = { start: t.indexOf('Li Qiang'), end: t.indexOf('Li Qiang') + 8 };
    const marked = ok(markEntity(review, names, { span, name: 'Li Qiang', type: 'actor', kind: 'person' }));
    const mentions = marked.review.entities.find((e) => e.id === marked.id)?.mentions ?? [];
    expect(mentions.map((m) => [m.start, m.text, m.reason])).toEqual([
      [span.start, 'Li Qiang', 'hand'],
      [t.indexOf('Li praised'), 'Li', 'surname'],
      [t.lastIndexOf('Li left'), 'Li', 'surname'],
    ]);
    // Only a person's name has a surname to look for.
    const org = ok(markEntity(review, names, { span, name: 'Li Qiang', type: 'actor', kind: 'company' }));
    expect(org.review.entities.find((e) => e.id === org.id)?.mentions).toHaveLength(1);
  });

  it('makes a new entity of an unknown name, with a free id, its kind and date', () => {
    const r = ok(
      markEntity(fresh(), names, {
        span: at('Red Cross officials'),
        name: ' Panmunjom ',
        type: 'actor',
      }),
    ).review;
    // "Panmunjom" is a graph node: the name decides, not the words' place in the text.
    expect(r.entities.find((e) => e.id === 'panmunjom')?.existing).toBe(true);
    const { review, id } = ok(
      markEntity(fresh(), names, {
        span: at('met'),
        name: 'Red Cross talks',
        type: 'event',
      }),
    );
    expect(id).toBe('red-cross-talks');
    const added = ok(
      markEntity(review, names, {
        span: at('the envoy'),
        name: 'Red-Cross Envoy',
        type: 'actor',
        kind: ' person ',
        date: '2018-06',
      }),
    );
    expect(added.id).toBe('red-cross-envoy');
    expect(added.review.entities.at(-1)).toMatchObject({
      type: 'actor',
      kind: 'person',
      date: '2018-06',
      existing: false,
      label: 'Red-Cross Envoy',
    });
  });

  it('gives a new entity an id no graph node or review entity has', () => {
    const { review, id } = ok(
      markEntity(fresh(), names, { span: at('officials'), name: 'Panmunjom!', type: 'actor' }),
    );
    // "Panmunjom!" is not the name "Panmunjom" but would take its id.
    expect(id).toBe('panmunjom-2');
    expect(review.entities.find((e) => e.id === id)?.existing).toBe(false);
  });

  it('adds a second mention to an entity the review has', () => {
    const { review, id } = ok(
      markEntity(fresh(), names, { span: at('both sides'), name: 'South Korea', type: 'actor' }),
    );
    expect(id).toBe('south-korea');
    expect(review.entities[0]?.mentions.map((m) => m.text)).toEqual(['both sides', 'Seoul']);
  });

  it('refuses overlapping marks, empty names, empty or outside spans and bad dates, saying why', () => {
    const r = fresh();
    const problem = (a: Added) => ('problem' in a ? a.problem : 'accepted');
    expect(problem(markEntity(r, names, { span: at('Seoul hosted'), name: 'X', type: 'actor' }))).toBe(
      'the words overlap “Seoul”, already marked as South Korea',
    );
    expect(problem(markEntity(r, names, { span: at('met'), name: '  ', type: 'actor' }))).toBe(
      'give the entity a name',
    );
    expect(problem(markEntity(r, names, { span: { start: 3, end: 4 }, name: 'X', type: 'actor' }))).toBe(
      'the selection holds no words',
    );
    expect(problem(markEntity(r, names, { span: { start: 90, end: 200 }, name: 'X', type: 'actor' }))).toBe(
      'the selected words are not in the article',
    );
    expect(
      problem(markEntity(r, names, { span: at('met'), name: 'A meeting', type: 'event', date: 'June' })),
    ).toBe('the date "June" is not YYYY-MM-DD, YYYY-MM or YYYY');
  });
});

describe('addRelationByHand', () => {
  const marked = () => {
    let r = ok(
      markEntity(fresh(), names, { span: at('Kim Jong-un'), name: 'Kim Jong-un', type: 'actor' }),
    ).review;
    r = ok(markEntity(r, names, { span: at('Panmunjom'), name: 'Panmunjom', type: 'place' })).review;
    return r;
  };

  it('adds the relation accepted, with its passage, and it joins the graph with both ends', () => {
    const evidence = at('Seoul hosted the envoy of Kim Jong-un');
    const { review, id } = ok(
      addRelationByHand(marked(), {
        source: 'south-korea',
        relation: 'met with',
        target: 'kim-jong-un',
        date: '2018-06-01',
        evidence,
      }),
    );
    const r = review.relations.find((x) => x.id === id);
    expect(r && isHandAdded(r)).toBe(true);
    expect(review.decisions[id]).toBe('accepted');
    const graph = applyReview(base, review).graph;
    const key = 'south-korea--met-with--kim-jong-un--2018-06-01';
    expect(graph.hasEdge(key)).toBe(true);
    const [span] = graph.getEdgeAttribute(key, 'evidence');
    expect(span && text.slice(span.start, span.end)).toBe('Seoul hosted the envoy of Kim Jong-un');
    expect(graph.getNodeAttribute('south-korea', 'mentions')).toHaveLength(1);
  });

  it('keeps how the reviewer says the text states it: a denied relation joins the graph denied', () => {
    const evidence = at('Seoul hosted the envoy of Kim Jong-un');
    const { review } = ok(
      addRelationByHand(marked(), {
        source: 'south-korea',
        relation: 'met with',
        target: 'kim-jong-un',
        modality: 'negated',
        evidence,
      }),
    );
    const graph = applyReview(base, review).graph;
    expect(graph.getEdgeAttribute('south-korea--met-with--kim-jong-un', 'modality')).toBe('negated');
  });

  it('refuses what could not join the graph, with the reason', () => {
    const problem = (a: Added) => ('problem' in a ? a.problem : 'accepted');
    const evidence = at('met at Panmunjom');
    expect(
      problem(
        addRelationByHand(marked(), {
          source: 'panmunjom',
          relation: 'leader of',
          target: 'south-korea',
          evidence,
        }),
      ),
    ).toBe('"leader of" runs from an actor to an actor: Panmunjom is a place');
    expect(
      problem(
        addRelationByHand(marked(), {
          source: 'kim-jong-un',
          relation: 'met with',
          target: 'kim-jong-un',
          evidence,
        }),
      ),
    ).toBe('a relation needs two different entities');
    expect(
      problem(
        addRelationByHand(marked(), {
          source: 'kim-jong-un',
          relation: 'met at',
          target: 'panmunjom',
          evidence: { start: 5, end: 5 },
        }),
      ),
    ).toBe('the selected words are not in the article');
  });

  it('numbers hand-added relations apart, and removes only those', () => {
    const evidence = at('met at Panmunjom');
    const one = ok(
      addRelationByHand(marked(), {
        source: 'kim-jong-un',
        relation: 'met at',
        target: 'panmunjom',
        evidence,
      }),
    );
    const two = ok(
      addRelationByHand(one.review, {
        source: 'south-korea',
        relation: 'met at',
        target: 'panmunjom',
        evidence,
      }),
    );
    expect([one.id, two.id]).toEqual(['hand-1', 'hand-2']);
    const removed = removeHandAdded(two.review, one.id);
    expect(removed.relations.map((r) => r.id)).toEqual(['hand-2']);
    expect(removed.decisions).toEqual({ 'hand-2': 'accepted' });
    const proposed = {
      ...removed,
      relations: [...removed.relations, { ...removed.relations[0]!, id: 'r1', pattern: 'meet' }],
    };
    expect(removeHandAdded(proposed, 'r1')).toBe(proposed);
  });
});

describe('unmarkEntity', () => {
  it('takes back marked words; an entity left without mentions leaves unless a relation uses it', () => {
    const marked = ok(
      markEntity(fresh(), names, { span: at('Kim Jong-un'), name: 'Kim Jong-un', type: 'actor' }),
    );
    const gone = unmarkEntity(marked.review, 'kim-jong-un');
    expect('problem' in gone ? gone.problem : gone.entities.map((e) => e.id)).toEqual(['south-korea']);
    const used = ok(
      addRelationByHand(marked.review, {
        source: 'south-korea',
        relation: 'met with',
        target: 'kim-jong-un',
        evidence: at('Seoul hosted the envoy of Kim Jong-un'),
      }),
    );
    expect(unmarkEntity(used.review, 'kim-jong-un')).toEqual({
      problem: 'Kim Jong Un is used by 1 relation; remove or change them first',
    });
    // Nor while another entity is said to be the same as it.
    const officials = { ...marked.review.entities[0]!, id: 'officials', label: 'Officials', existing: false };
    const same: typeof marked.review = {
      ...marked.review,
      entities: [...marked.review.entities, officials],
      sameAs: { officials: { id: 'kim-jong-un', label: 'Kim Jong Un' } },
    };
    expect(unmarkEntity(same, 'kim-jong-un')).toEqual({
      problem: 'Officials is said to be the same as Kim Jong Un; keep it separate first',
    });
    // The pipeline's own mentions stay: only hand marks are taken back.
    const second = ok(markEntity(fresh(), names, { span: at('both sides'), name: 'Seoul', type: 'actor' }));
    const back = unmarkEntity(second.review, 'south-korea');
    expect('problem' in back ? back.problem : back.entities[0]?.mentions.map((m) => m.text)).toEqual([
      'Seoul',
    ]);
  });
});
