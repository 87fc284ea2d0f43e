import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { brandes } from 'graphology-shortest-path/unweighted';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from './dataset';
import type { Visibility } from './filters';
import { pathElements, pathSteps, shortestPaths } from './paths';
import { loadCorpusForTests } from './search/corpusForTests';

/**
 * Two routes from s to t: s → a → t and s ← b → t (b's first edge read towards s), a longer one
 * s → c → d → t, and two relations s → a ("met with", "praised"). z stands apart.
 */
function diamond(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ['s', 'a', 'b', 'c', 'd', 't', 'z'])
    g.addNode(id, { type: 'actor', label: id.toUpperCase(), aliases: [], mentions: [] });
  const edge = (id: string, s: string, t: string, relation = 'met with') =>
    g.addDirectedEdgeWithKey(id, s, t, { relation, evidence: [] });
  edge('sa', 's', 'a');
  edge('sa2', 's', 'a', 'praised');
  edge('at', 'a', 't');
  edge('bs', 'b', 's');
  edge('bt', 'b', 't');
  edge('sc', 's', 'c');
  edge('cd', 'c', 'd');
  edge('dt', 'd', 't');
  return g;
}

const everything = (g: KnowledgeGraph): Visibility => ({
  nodes: new Set(g.nodes()),
  edges: new Set(g.edges()),
});
const without = (v: Visibility, edges: string[]): Visibility => ({
  nodes: v.nodes,
  edges: new Set([...v.edges].filter((e) => !edges.includes(e))),
});

describe('shortestPaths', () => {
  const g = diamond();
  const all = everything(g);

  it('lists every shortest path, whatever way the edges read, ordered by label', () => {
    expect(shortestPaths(g, all, 's', 't')).toEqual({
      length: 2,
      paths: [
        ['s', 'a', 't'],
        ['s', 'b', 't'],
      ],
      total: 2,
    });
  });

  it('follows the visible graph: without a route, the next shortest ones', () => {
    expect(shortestPaths(g, without(all, ['at', 'bt']), 's', 't')?.paths).toEqual([['s', 'c', 'd', 't']]);
    expect(shortestPaths(g, without(all, ['at']), 's', 't')?.paths).toEqual([['s', 'b', 't']]);
  });

  it('is null between unconnected or hidden nodes, and one node long from a node to itself', () => {
    expect(shortestPaths(g, all, 's', 'z')).toBeNull();
    expect(shortestPaths(g, { nodes: new Set(['s', 'a']), edges: new Set(['sa']) }, 's', 't')).toBeNull();
    expect(shortestPaths(g, all, 's', 's')).toEqual({ length: 0, paths: [['s']], total: 1 });
  });

  it('stops listing at the cap but still counts them all', () => {
    const capped = shortestPaths(g, all, 's', 't', 1);
    expect(capped?.paths).toEqual([['s', 'a', 't']]);
    expect(capped?.total).toBe(2);
  });

  it('agrees with graphology-shortest-path on the corpus, for every node Moon Jae-in reaches', () => {
    const { graph } = loadCorpusForTests();
    const visible = everything(graph);
    // Brandes on an undirected copy: the number of shortest paths to every node, and their predecessors.
    const undirected = new UndirectedGraph();
    graph.forEachNode((n) => undirected.addNode(n));
    graph.forEachEdge((_e, _a, s, t) => void undirected.mergeEdge(s, t));
    const [, predecessors, sigma] = brandes(undirected, 'moon-jae-in');
    const expand = (node: string): string[][] =>
      node === 'moon-jae-in'
        ? [[node]]
        : (predecessors[node] ?? []).flatMap((p) => expand(p).map((path) => [...path, node]));
    const reached = Object.keys(sigma).filter((n) => (sigma[n] ?? 0) > 0);
    expect(reached.length).toBeGreaterThan(90);
    for (const target of reached) {
      const found = shortestPaths(graph, visible, 'moon-jae-in', target, 1000);
      expect(found?.total, target).toBe(sigma[target]);
      expect(found?.paths.map((p) => p.join()).sort(), target).toEqual(
        expand(target)
          .map((p) => p.join())
          .sort(),
      );
    }
    // How is Moon Jae-in connected to the Hanoi summit? Through Kim Jong Un, Donald Trump or North Korea.
    expect(shortestPaths(graph, visible, 'moon-jae-in', 'hanoi-summit')?.paths.map((p) => p[1])).toEqual([
      'donald-trump',
      'kim-jong-un',
      'north-korea',
    ]);
  });
});

describe('pathSteps and pathElements', () => {
  const g = diamond();
  const all = everything(g);

  it('gives each step every visible relation between its nodes, with its direction', () => {
    expect(pathSteps(g, all, ['s', 'a', 't'])).toEqual([
      {
        from: 's',
        to: 'a',
        links: [
          { edge: 'sa', forward: true },
          { edge: 'sa2', forward: true },
        ],
      },
      { from: 'a', to: 't', links: [{ edge: 'at', forward: true }] },
    ]);
    expect(pathSteps(g, without(all, ['sa2']), ['t', 'b', 's'])).toEqual([
      { from: 't', to: 'b', links: [{ edge: 'bt', forward: false }] },
      { from: 'b', to: 's', links: [{ edge: 'bs', forward: true }] },
    ]);
  });

  it('collects the nodes and relations along the paths', () => {
    const on = pathElements(g, all, [
      ['s', 'a', 't'],
      ['s', 'b', 't'],
    ]);
    expect([...on.nodes].sort()).toEqual(['a', 'b', 's', 't']);
    expect([...on.edges].sort()).toEqual(['at', 'bs', 'bt', 'sa', 'sa2']);
  });
});
