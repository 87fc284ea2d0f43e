import { beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../model/dataset';
import { ingestText } from '../model/ingest/pipeline';
import { knownFromGraph, newReview, type Review } from '../model/ingest/review';
import { useAppStore } from './store';

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

function article(id: string, text: string): Review {
  const graph = useAppStore.getState().dataset?.graph ?? base.graph;
  return newReview(
    { id, title: id, publisher: 'P', published: '2018-05-26', text },
    ingestText(text, { existing: knownFromGraph(graph) }),
  );
}

const store = () => useAppStore.getState();
const relationId = (triple: string) => {
  const r = store().review?.relations.find((x) => `${x.source} ${x.relation} ${x.target}` === triple);
  if (!r) throw new Error(`no candidate ${triple}`);
  return r.id;
};
const edges = () => store().dataset?.graph.edges().sort() ?? [];

beforeEach(() => {
  store().replaceDataset(base, { kind: 'bundled' }, { layout: 'force', sizeBy: 'degree' });
  store().setNote({ kind: 'node', id: 'north-korea' }, 'watch this');
});

describe('adding articles one after another', () => {
  it('a finished review keeps its accepted relations, and the next article adds to them', () => {
    store().startReview(article('a1', 'Moon Jae-in praised Kim Jong Un.'));
    store().decide(relationId('moon-jae-in praised kim-jong-un'), 'accepted');
    store().finishReview();
    expect(store().review).toBeNull();
    expect(store().added.map((r) => r.article.id)).toEqual(['a1']);
    expect(edges()).toEqual(['moon-jae-in--praised--kim-jong-un']);
    expect(store().dataset?.sources.has('a1')).toBe(true);

    // The second article knows the first one's new node, and discarding it leaves the first alone.
    store().startReview(article('a2', 'Moon Jae-in met Kim Jong Un.'));
    expect(store().review?.entities.find((e) => e.id === 'moon-jae-in')?.existing).toBe(true);
    store().decide(relationId('moon-jae-in met with kim-jong-un'), 'accepted');
    expect(edges()).toEqual(['moon-jae-in--met-with--kim-jong-un', 'moon-jae-in--praised--kim-jong-un']);
    store().discardReview();
    expect(edges()).toEqual(['moon-jae-in--praised--kim-jong-un']);
    expect(store().ingestBase).toBe(base);
  });

  it('words marked in a later article join the nodes an earlier finished article added', () => {
    store().startReview(article('a1', 'Moon Jae-in praised Kim Jong Un.'));
    store().decide(relationId('moon-jae-in praised kim-jong-un'), 'accepted');
    store().finishReview();
    const text = 'The president met Kim Jong Un.';
    store().startReview(article('a2', text));
    const start = text.indexOf('The president');
    expect(
      store().markWords({ span: { start, end: start + 13 }, name: 'Moon Jae-in', type: 'actor' }),
    ).toBeNull();
    expect(store().review?.entities.find((e) => e.id === 'moon-jae-in')).toMatchObject({
      existing: true,
      mentions: [{ text: 'The president', reason: 'hand' }],
    });
  });

  it('the graph grows but stays the same graph: its notes stay with it', () => {
    store().startReview(article('a1', 'Moon Jae-in praised Kim Jong Un.'));
    store().decide(relationId('moon-jae-in praised kim-jong-un'), 'accepted');
    expect(store().notesOf).toBe(store().dataset);
    store().finishReview();
    expect(store().notesOf).toBe(store().dataset);
    expect(store().notes.get('node:north-korea')?.text).toBe('watch this');
  });

  it('finishing a review that accepted nothing adds nothing', () => {
    store().startReview(article('a1', 'Moon Jae-in praised Kim Jong Un.'));
    store().decide(relationId('moon-jae-in praised kim-jong-un'), 'rejected');
    store().finishReview();
    expect(store().added).toEqual([]);
    expect(store().ingestBase).toBeNull();
    expect(store().dataset).toBe(base);
  });

  it('a saved session is reapplied in order, and opening another graph ends it all', () => {
    store().startReview(article('a1', 'Moon Jae-in praised Kim Jong Un.'));
    store().decide(relationId('moon-jae-in praised kim-jong-un'), 'accepted');
    store().finishReview();
    store().startReview(article('a2', 'Moon Jae-in met Kim Jong Un.'));
    const { added, review } = store();
    store().replaceDataset(base, { kind: 'bundled' }, { layout: 'force', sizeBy: 'degree' });
    expect([store().added, store().review, store().ingestBase]).toEqual([[], null, null]);
    expect(edges()).toEqual([]);
    store().restoreArticles(added, review);
    expect(store().reviewOpen).toBe(true);
    expect(store().ingestBase).toBe(base);
    expect(edges()).toEqual(['moon-jae-in--praised--kim-jong-un']);
  });

  it('a finished article can be taken out: its relations leave, a node a later article uses stays', () => {
    store().startReview(article('a1', 'Moon Jae-in praised Kim Jong Un.'));
    store().decide(relationId('moon-jae-in praised kim-jong-un'), 'accepted');
    store().finishReview();
    store().startReview(article('a2', 'Moon Jae-in met Kim Jong Un.'));
    store().decide(relationId('moon-jae-in met with kim-jong-un'), 'accepted');
    store().finishReview();
    store().openSource('a1');

    store().removeArticle('a1');
    expect(store().added.map((r) => r.article.id)).toEqual(['a2']);
    expect(edges()).toEqual(['moon-jae-in--met-with--kim-jong-un']);
    expect(store().dataset?.sources.has('a1')).toBe(false);
    expect(store().reading).toBeNull();
    // Moon Jae-in was added by a1; a2 names him too, so he stays, with a2's mention only.
    expect(store().dataset?.graph.getNodeAttribute('moon-jae-in', 'mentions')).toEqual([
      { source: 'a2', start: 0, end: 11 },
    ]);
    expect(store().notes.get('node:north-korea')?.text).toBe('watch this');

    store().removeArticle('a2');
    expect([store().added, store().ingestBase, store().dataset]).toEqual([[], null, base]);
  });

  it('a finished article can be reviewed again, its decisions kept, but not during another review', () => {
    store().startReview(article('a1', 'Moon Jae-in praised Kim Jong Un.'));
    const praised = relationId('moon-jae-in praised kim-jong-un');
    store().decide(praised, 'accepted');
    store().finishReview();
    store().startReview(article('a2', 'Moon Jae-in met Kim Jong Un.'));
    store().reviewAgain('a1');
    expect(store().review?.article.id).toBe('a2');
    store().discardReview();

    store().reviewAgain('a1');
    expect(store().added).toEqual([]);
    expect(store().review?.decisions).toEqual({ [praised]: 'accepted' });
    expect([store().reviewOpen, store().reading?.source]).toEqual([true, 'a1']);
    expect(edges()).toEqual(['moon-jae-in--praised--kim-jong-un']);
    store().decide(praised, 'rejected');
    expect(edges()).toEqual([]);
  });
});
