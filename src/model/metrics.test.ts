import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildDataset, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from './dataset';
import { centrality, nodeImportance, SIZE_METRICS, undirectedProjection } from './metrics';
import type { GraphData } from './schema';

const ev = [{ source: 's', start: 0, end: 1 }];

/** Nodes a–e, with the given edges (source, target) in the order given. */
function graphOf(edges: [string, string][]): KnowledgeGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ['a', 'b', 'c', 'd', 'e'])
    g.addNode(id, { type: 'actor', label: id, aliases: [], mentions: [] });
  for (const [s, t] of edges) g.addDirectedEdge(s, t, { relation: 'met with', evidence: ev });
  return g;
}

function corpusGraph(): KnowledgeGraph {
  const url = new URL('../../graph-data/graph.json', import.meta.url);
  return buildDataset(JSON.parse(readFileSync(url, 'utf8')) as GraphData, new Map()).graph;
}

describe('undirectedProjection', () => {
  it('merges parallel and opposite relations into one tie weighted by their count, dropping self-loops', () => {
    const simple = undirectedProjection(
      graphOf([
        ['a', 'b'],
        ['b', 'a'],
        ['a', 'b'],
        ['c', 'c'],
        ['c', 'd'],
      ]),
    );
    expect(simple.order).toBe(5);
    expect(simple.size).toBe(2);
    expect(simple.getEdgeAttribute(simple.edge('a', 'b') ?? '', 'weight')).toBe(3);
    expect(simple.getEdgeAttribute(simple.edge('d', 'c') ?? '', 'weight')).toBe(1);
  });
});

describe('centrality', () => {
  it('degree counts every relation, parallel ones included', () => {
    const scores = centrality(
      graphOf([
        ['a', 'b'],
        ['a', 'b'],
        ['b', 'c'],
      ]),
      'degree',
    );
    expect(Object.fromEntries(scores)).toEqual({ a: 2, b: 3, c: 1, d: 0, e: 0 });
  });

  it('betweenness finds the broker of a path, whatever the relations’ direction', () => {
    // a → b ← c → d: b and c lie between the others.
    const scores = centrality(
      graphOf([
        ['a', 'b'],
        ['c', 'b'],
        ['c', 'd'],
      ]),
      'betweenness',
    );
    expect(scores.get('a')).toBe(0);
    expect(scores.get('d')).toBe(0);
    expect(scores.get('b')).toBeGreaterThan(0);
    expect(scores.get('b')).toBe(scores.get('c'));
  });

  it('PageRank favours the hub of a star and sums to one', () => {
    const scores = centrality(
      graphOf([
        ['b', 'a'],
        ['c', 'a'],
        ['a', 'd'],
        ['e', 'a'],
      ]),
      'pagerank',
    );
    const hub = scores.get('a') ?? 0;
    for (const leaf of ['b', 'c', 'd', 'e']) expect(hub).toBeGreaterThan(scores.get(leaf) ?? 0);
    const total = [...scores.values()].reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(1, 6);
  });
});

describe('nodeImportance', () => {
  it('scales every metric to [0, 1] with the top node at exactly 1', () => {
    const g = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['b', 'e'],
    ]);
    for (const metric of SIZE_METRICS) {
      const importance = nodeImportance(g, metric);
      expect(importance.size, metric).toBe(5);
      expect(Math.max(...importance.values()), metric).toBe(1);
      for (const value of importance.values()) expect(value).toBeGreaterThanOrEqual(0);
      expect(importance.get('b'), metric).toBe(1);
    }
  });

  it('is all zero on a graph without relations', () => {
    expect([...nodeImportance(graphOf([]), 'betweenness').values()]).toEqual([0, 0, 0, 0, 0]);
  });

  it('on the corpus, ranks the two Koreas first by degree and the metrics disagree below them', () => {
    const g = corpusGraph();
    const top = (metric: (typeof SIZE_METRICS)[number], n: number) =>
      [...nodeImportance(g, metric)]
        .sort((x, y) => y[1] - x[1])
        .slice(0, n)
        .map(([id]) => id);
    expect(top('degree', 2).sort()).toEqual(['north-korea', 'south-korea']);
    for (const metric of SIZE_METRICS) {
      const values = [...nodeImportance(g, metric).values()];
      expect(values.length).toBe(g.order);
      expect(values.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
    }
    // Betweenness rewards brokers, not just busy nodes: its top ten is not degree's.
    expect(top('betweenness', 10)).not.toEqual(top('degree', 10));
  });
});
