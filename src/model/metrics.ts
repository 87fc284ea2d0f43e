import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { KnowledgeGraph } from './dataset';

/** What node size can stand for. */
export const SIZE_METRICS = ['degree', 'betweenness', 'pagerank', 'file'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const SIZE_METRIC_DESCRIPTORS: Record<SizeMetric, { label: string; description: string }> = {
  degree: { label: 'Relations', description: 'How many relations a node takes part in (degree).' },
  betweenness: {
    label: 'Betweenness',
    description: 'How often a node lies on the shortest path between two others: the brokers.',
  },
  pagerank: {
    label: 'PageRank',
    description: 'How well connected a node is to other well-connected nodes.',
  },
  file: {
    label: 'Size from file',
    description:
      'The sizes the opened file gave its nodes (GEXF viz:size, a size column); relations where it gave none.',
  },
};

/**
 * Betweenness is O(nodes × edges) on the main thread: past this many elements (nodes + edges) it
 * would freeze the page for many seconds, so it is not offered (see BENCHMARKS.md).
 */
export const BETWEENNESS_MAX_ELEMENTS = 5_000;

/** Why `metric` is not offered for this graph, or null when it is. */
export function unavailableMetric(graph: { order: number; size: number }, metric: SizeMetric): string | null {
  if (metric === 'betweenness' && graph.order + graph.size > BETWEENNESS_MAX_ELEMENTS)
    return `Betweenness takes too long on a graph this large (more than ${BETWEENNESS_MAX_ELEMENTS.toLocaleString('en')} nodes and relations).`;
  return null;
}

export function isSizeMetric(value: string): value is SizeMetric {
  return (SIZE_METRICS as readonly string[]).includes(value);
}

interface Weighted {
  weight: number;
}

/**
 * The graph as undirected simple edges weighted by how many relations join each pair. Relation
 * direction here is grammatical ("Kim leader of North Korea"), not a flow of influence, so the
 * centralities below ignore it; parallel relations strengthen one tie instead of counting as paths.
 */
export function undirectedProjection(graph: KnowledgeGraph): UndirectedGraph<object, Weighted> {
  const simple = new UndirectedGraph<object, Weighted>();
  graph.forEachNode((id) => simple.addNode(id));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target) return;
    const existing = simple.edge(source, target);
    if (existing === undefined) simple.addEdge(source, target, { weight: 1 });
    else simple.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + 1);
  });
  return simple;
}

/** Raw scores of `metric` for every node. */
export function centrality(graph: KnowledgeGraph, metric: SizeMetric): Map<string, number> {
  if (metric === 'degree') return new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const));
  if (metric === 'file') {
    if (!graph.someNode((_id, a) => a.size !== undefined)) return centrality(graph, 'degree');
    return new Map(graph.mapNodes((id, a) => [id, a.size ?? 0] as const));
  }
  const simple = undirectedProjection(graph);
  const scores =
    metric === 'betweenness'
      ? betweennessCentrality(simple, { getEdgeWeight: null })
      : pagerank(simple, { getEdgeWeight: 'weight' });
  return new Map(graph.mapNodes((id) => [id, scores[id] ?? 0] as const));
}

/**
 * Importance of every node in [0, 1]: its score for `metric` divided by the highest score, so the
 * most important node is 1 whatever the metric's scale. All zero when every score is zero.
 */
export function nodeImportance(graph: KnowledgeGraph, metric: SizeMetric): Map<string, number> {
  const scores = centrality(graph, metric);
  const max = Math.max(0, ...scores.values());
  return new Map([...scores].map(([id, score]) => [id, max > 0 ? score / max : 0]));
}
