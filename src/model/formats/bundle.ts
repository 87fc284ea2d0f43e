import type { Dataset } from '../dataset';
import type { EdgeRecord, GraphData, NodeRecord, SourceRecord, Span } from '../schema';

/** What to write: node ids, and optionally which of the edges among them (default: all of them). */
export interface BundleScope {
  nodes: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
}

const within = (spans: readonly Span[], sources: ReadonlySet<string>) =>
  spans.filter((s) => sources.has(s.source));

/**
 * The dataset (or the part of it in `scope`) as a self-contained graph-data document: the nodes,
 * the edges whose both ends are kept, and the sources their evidence cites with the texts inline,
 * so the file reopens in the explorer on its own (`loadGraphDocument`), where `position` says so,
 * with the nodes where they were drawn. Mentions into sources that
 * no kept element's evidence or mention cites are dropped with those sources.
 */
export function toGraphData(
  dataset: Dataset,
  scope?: BundleScope,
  /** Where each node is drawn: written as its x and y, so the file reopens as it was seen. */
  position?: (node: string) => { x: number; y: number } | undefined,
): GraphData {
  const { graph } = dataset;
  const keepNode = (id: string) => !scope || scope.nodes.has(id);
  const nodeIds = graph.filterNodes(keepNode);
  const edgeIds = graph.filterEdges(
    (id, _a, source, target) =>
      keepNode(source) && keepNode(target) && (!scope?.edges || scope.edges.has(id)),
  );

  const cited = new Set<string>();
  for (const id of edgeIds) for (const e of graph.getEdgeAttribute(id, 'evidence')) cited.add(e.source);
  for (const id of nodeIds) for (const m of graph.getNodeAttribute(id, 'mentions')) cited.add(m.source);

  const sources: SourceRecord[] = [];
  for (const { file: _file, text, ...record } of dataset.sources.values()) {
    if (cited.has(record.id)) sources.push({ ...record, text });
  }

  const nodes: NodeRecord[] = nodeIds.map((id) => {
    const { mentions, ...attrs } = graph.getNodeAttributes(id);
    const kept = within(mentions, cited);
    const at = position?.(id);
    const placed = at && Number.isFinite(at.x) && Number.isFinite(at.y) ? { x: at.x, y: at.y } : {};
    return { id, ...attrs, ...placed, ...(kept.length > 0 ? { mentions: kept } : {}) };
  });
  const edges: EdgeRecord[] = edgeIds.map((id) => {
    const { evidence, ...attrs } = graph.getEdgeAttributes(id);
    return {
      id,
      source: graph.source(id),
      target: graph.target(id),
      ...attrs,
      ...(evidence.length > 0 ? { evidence: [...evidence] } : {}),
    };
  });
  return { ...(dataset.title === undefined ? {} : { title: dataset.title }), sources, nodes, edges };
}
