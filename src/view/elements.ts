import type { ElementDefinition } from 'cytoscape';
import type { EdgeAttributes, KnowledgeGraph } from '../model/dataset';
import { nodeImportance } from '../model/metrics';
import { nodeTypesOf } from '../model/nodeTypes';
import { typeSlot } from './palette';

/** The class that styles a node by its type (`type-0` …); see `typeRules` in stylesheet.ts. */
export function typeClass(types: readonly string[], type: string): string {
  const slot = typeSlot(types, type);
  return slot === undefined ? 'type-other' : `type-${slot}`;
}

/** Node diameter range in pixels; importance (degree by default) picks a size inside it. */
export const NODE_SIZE = { min: 18, max: 56 } as const;
/** Node label font size range, in model units (scaled by zoom). */
export const LABEL_SIZE = { min: 14, max: 26 } as const;

/**
 * Node and label size for an importance in [0, 1] (see model/metrics.ts). The square root keeps
 * minor nodes visible; busier nodes get bigger labels, which stay readable when zoomed out while
 * minor ones give way.
 */
export function nodeSizeData(importance: number): { importance: number; size: number; fontSize: number } {
  const scale = Math.sqrt(Math.max(0, Math.min(1, importance)));
  return {
    importance,
    size: Math.round(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * scale),
    fontSize: Math.round(LABEL_SIZE.min + (LABEL_SIZE.max - LABEL_SIZE.min) * scale),
  };
}

/** CSS colours Cytoscape draws: #rgb, #rrggbb, rgb(a)/hsl(a) and names. */
const DRAWABLE_COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|(rgb|hsl)a?\([^()]*\)|[a-z]+)$/i;

/**
 * A file's colour when Cytoscape can draw it. Others (e.g. `#e36d0`, five digits) are left out, so
 * the type colour shows: Cytoscape would warn once per element and per style pass (thousands of
 * console messages on a big graph) and draw a default grey anyway.
 */
export function drawableColor(color: string | undefined): string | undefined {
  return color !== undefined && DRAWABLE_COLOR.test(color.trim()) ? color.trim() : undefined;
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
