import { MultiDirectedGraph } from 'graphology';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from './dataset';
import { computeVisibility, emptyFilters, type Visibility } from './filters';
import { applyFocus, focusedNodes, induced, neighbourhood, type Focus } from './neighbourhood';
import { loadCorpusForTests } from './search/corpusForTests';

/**
 * A chain a → b → c → d → e, with c ← x (an edge read the other way), and f alone.
 * Edge ids: ab, bc, xc, cd, de.
 */
function chain(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ['a', 'b', 'c', 'd', 'e', 'x', 'f'])
    g.addNode(id, { type: 'actor', label: id.toUpperCase(), aliases: [], mentions: [] });
  const edge = (s: string, t: string) =>
    g.addDirectedEdgeWithKey(`${s}${t}`, s, t, { relation: 'met with', evidence: [] });
  edge('a', 'b');
  edge('b', 'c');
  edge('x', 'c');
  edge('c', 'd');
  edge('d', 'e');
  return g;
}

const everything = (g: KnowledgeGraph): Visibility => ({
  nodes: new Set(g.nodes()),
  edges: new Set(g.edges()),
});
const sorted = (ids: Iterable<string>) => [...ids].sort();
const focus = (patch: Partial<Focus>): Focus => ({ root: 'c', depth: 1, expanded: [], ...patch });

describe('neighbourhood', () => {
  const g = chain();
  const all = everything(g);

  it('reaches nodes up to the depth, in both directions, with their distances', () => {
    expect(Object.fromEntries(neighbourhood(g, all, ['c'], 1))).toEqual({ c: 0, b: 1, x: 1, d: 1 });
    expect(Object.fromEntries(neighbourhood(g, all, ['c'], 2))).toEqual({
      c: 0,
      b: 1,
      x: 1,
      d: 1,
      a: 2,
      e: 2,
    });
    expect(neighbourhood(g, all, ['c'], 0).size).toBe(1);
  });

  it('walks only the visible graph: a hidden edge does not connect, a hidden node is not reached', () => {
    const noBC: Visibility = { nodes: all.nodes, edges: new Set([...all.edges].filter((e) => e !== 'bc')) };
    expect(sorted(neighbourhood(g, noBC, ['c'], 3).keys())).toEqual(['c', 'd', 'e', 'x']);
    const noD = induced(g, all, ['a', 'b', 'c', 'e', 'x']);
    expect(sorted(neighbourhood(g, noD, ['c'], 3).keys())).toEqual(['a', 'b', 'c', 'x']);
    expect(neighbourhood(g, noD, ['d'], 3).size).toBe(0);
  });

  it('gives the same distances as graphology-shortest-path on the corpus', () => {
    const { graph } = loadCorpusForTests();
    const root = 'kim-jong-un';
    const expected = undirectedSingleSourceLength(graph, root);
    expect(Object.fromEntries(neighbourhood(graph, everything(graph), [root], Infinity))).toEqual(expected);
  });
});

describe('induced', () => {
  it('keeps the visible edges between the given nodes only', () => {
    const g = chain();
    const v = induced(g, everything(g), ['b', 'c', 'd', 'f', 'nowhere']);
    expect(sorted(v.nodes)).toEqual(['b', 'c', 'd', 'f']);
    expect(sorted(v.edges)).toEqual(['bc', 'cd']);
  });
});

describe('applyFocus', () => {
  const g = chain();
  const all = everything(g);

  it('without a focus shows what is visible, unchanged', () => {
    expect(applyFocus(g, all, null, 'hide')).toEqual({ shown: all, inside: null });
  });

  it('in hide mode shows only the neighbourhood and the edges inside it', () => {
    const { shown, inside } = applyFocus(g, all, focus({ depth: 1 }), 'hide');
    expect(sorted(shown.nodes)).toEqual(['b', 'c', 'd', 'x']);
    expect(sorted(shown.edges)).toEqual(['bc', 'cd', 'xc']);
    expect(inside).toEqual(shown);
  });

  it('in fade mode shows everything and marks the neighbourhood', () => {
    const { shown, inside } = applyFocus(g, all, focus({ depth: 2 }), 'fade');
    expect(shown).toBe(all);
    expect(sorted(inside?.nodes ?? [])).toEqual(['a', 'b', 'c', 'd', 'e', 'x']);
  });

  it('adds the neighbours of expanded nodes, and kept elements', () => {
    const expandedD = focusedNodes(g, all, focus({ root: 'a', depth: 1, expanded: ['b'] }));
    expect(sorted(expandedD)).toEqual(['a', 'b', 'c']);
    const kept = applyFocus(g, all, focus({ root: 'a' }), 'hide', {
      nodes: new Set(['e']),
      edges: new Set(),
    });
    expect(sorted(kept.shown.nodes)).toEqual(['a', 'b', 'e']);
  });

  it('composes with the filters: a filtered-out node is never brought back by the focus', () => {
    const g2 = chain();
    g2.setNodeAttribute('x', 'type', 'place');
    const filtered = computeVisibility(
      { graph: g2, sources: new Map() },
      { ...emptyFilters, hiddenTypes: new Set(['place'] as const) },
    );
    const { shown } = applyFocus(g2, filtered, focus({ depth: 3 }), 'hide');
    expect(sorted(shown.nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('ignores a focus on a node the graph does not have', () => {
    expect(applyFocus(g, all, focus({ root: 'gone' }), 'hide').inside).toBeNull();
  });
});
