import { MultiDirectedGraph } from 'graphology';
import type { Modality } from './vocabulary';
import type { AttributeValue, GraphData, SourceRecord, Span } from './schema';

/** Attributes a file brought that the model has no field for, shown as they came. */
export type ExtraAttributes = Record<string, AttributeValue>;

export interface NodeAttributes {
  /** "actor" | "place" | "event" in a provenance corpus; any category in an imported graph. */
  type: string;
  label: string;
  aliases: string[];
  kind?: string;
  description?: string;
  date?: string;
  mentions: Span[];
  attributes?: ExtraAttributes;
  /** Position, size and colour given by the file (GEXF `viz`, graphology `x`/`y`/`size`/`color`). */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  relation: string;
  date?: string;
  modality?: Modality;
  /** The passages that state the relation; empty only for relations imported without provenance. */
  evidence: Span[];
  undirected?: boolean;
  weight?: number;
  color?: string;
  attributes?: ExtraAttributes;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface SourceDocument extends SourceRecord {
  text: string;
}

/** The model: the graph plus the texts its evidence points into. */
export interface Dataset {
  graph: KnowledgeGraph;
  sources: ReadonlyMap<string, SourceDocument>;
  /** What the graph is ("Inter-Korean relations, 2014-2021", a file name); absent: untitled. */
  title?: string;
}

/** Builds the model from validated graph data and its source texts (keyed by source id). */
export function buildDataset(data: GraphData, texts: ReadonlyMap<string, string>): Dataset {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (const { id, mentions, ...attrs } of data.nodes) {
    graph.addNode(id, { ...attrs, mentions: mentions ?? [] });
  }
  for (const { id, source, target, evidence, ...attrs } of data.edges) {
    graph.addDirectedEdgeWithKey(id, source, target, { ...attrs, evidence: evidence ?? [] });
  }
  const sources = new Map<string, SourceDocument>();
  for (const { text: inline, ...s } of data.sources) {
    sources.set(s.id, { ...s, text: texts.get(s.id) ?? inline ?? '' });
  }
  return data.title === undefined ? { graph, sources } : { graph, sources, title: data.title };
}
