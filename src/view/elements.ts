import type { ElementDefinition } from 'cytoscape';
import type { EdgeAttributes, KnowledgeGraph } from '../model/dataset';
import { nodeImportance } from '../model/metrics';
import { nodeTypesOf } from '../model/nodeTypes';
import { typeSlot } from './palette';
import { drawableColor, nodeSizeData } from './nodeLook';

/** The class that styles a node by its type (`type-0` …); see `typeRules` in stylesheet.ts. */
export function typeClass(types: readonly string[], type: string): string {
  const slot = typeSlot(types, type);
  return slot === undefined ? 'type-other' : `type-${slot}`;
}

/**
 * Cytoscape elements derived from the model graph. This is the only place graph attributes become
 * element data; styling reads these fields (see stylesheet.ts). Nodes are sized by `importance`.
 */
function withColor(color: string | undefined): { color?: string } {
  const drawable = drawableColor(color);
  return drawable === undefined ? {} : { color: drawable };
}

/** One relation as a Cytoscape edge (the on-screen graph of a small graph, and exported pictures). */
export function edgeElement(
  id: string,
  attrs: EdgeAttributes,
  source: string,
  target: string,
): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id,
      source,
      target,
      relation: attrs.relation,
      // What its label says: a relation the text denies reads as denied, not as done.
      caption: attrs.modality === 'negated' ? `not ${attrs.relation}` : attrs.relation,
      modality: attrs.modality ?? 'stated',
      ...(attrs.undirected ? { undirected: true } : {}),
      ...withColor(attrs.color),
    },
  };
}

/**
 * The graph's elements: its nodes, then (unless `edges` is false: large graphs draw their edges on a
 * layer of their own, see edgeLayer.ts) its edges.
 */
export function toElements(
  graph: KnowledgeGraph,
  importance: ReadonlyMap<string, number> = nodeImportance(graph, 'degree'),
  edges = true,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const types = nodeTypesOf(graph);
  graph.forEachNode((id, attrs) => {
    const degree = graph.degree(id);
    elements.push({
      group: 'nodes',
      data: {
        id,
        label: attrs.label,
        type: attrs.type,
        kind: attrs.kind ?? '',
        degree,
        ...nodeSizeData(importance.get(id) ?? 0),
        ...withColor(attrs.color),
      },
      // The corpus types also by name, for readable selectors (`node.place`).
      classes: `${typeClass(types, attrs.type)} ${/^[a-z]+$/.test(attrs.type) ? attrs.type : ''}`,
    });
  });
  if (edges)
    graph.forEachEdge(
      (id, attrs, source, target) => void elements.push(edgeElement(id, attrs, source, target)),
    );
  return elements;
}
