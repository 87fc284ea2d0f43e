import { MultiDirectedGraph } from 'graphology';
import type { Modality } from './vocabulary';
import type { NodeType } from './nodeTypes';
import type { GraphData, SourceRecord, Span } from './schema';

export interface NodeAttributes {
  type: NodeType;
  label: string;
  aliases: string[];
  kind?: string;
  description?: string;
  date?: string;
  mentions: Span[];
}

export interface EdgeAttributes {
  relation: string;
  date?: string;
  modality?: Modality;
  evidence: Span[];
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface SourceDocument extends SourceRecord {
  text: string;
}

/** The model: the graph plus the texts its evidence points into. */
export interface Dataset {
  graph: KnowledgeGraph;
  sources: ReadonlyMap<string, SourceDocument>;
}

/** Builds the model from validated graph data and its source texts (keyed by source id). */
export function buildDataset(data: GraphData, texts: ReadonlyMap<string, string>): Dataset {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (const { id, mentions, ...attrs } of data.nodes) {
    graph.addNode(id, { ...attrs, mentions: mentions ?? [] });
  }
  for (const { id, source, target, ...attrs } of data.edges) {
    graph.addDirectedEdgeWithKey(id, source, target, attrs);
  }
  const sources = new Map<string, SourceDocument>();
  for (const s of data.sources) sources.set(s.id, { ...s, text: texts.get(s.id) ?? '' });
  return { graph, sources };
}
