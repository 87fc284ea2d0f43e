import type { KnowledgeGraph } from '../model/dataset';
import { drawableColor } from './nodeLook';

/** The colour a file gave the nodes of one type, as the canvas draws them. */
export interface TypeFileColour {
  /** The most common one. */
  color: string;
  /** Every node of the type has it. */
  uniform: boolean;
}

const cache = new WeakMap<KnowledgeGraph, ReadonlyMap<string, TypeFileColour>>();

/**
 * For each node type whose every node has a colour from its file that the canvas draws (a file's
 * colour wins over the type's, elements.ts), that colour: so the legend and the swatches show what
 * the canvas shows rather than the type's own colour, which no node has. Cached per graph.
 */
export function typeFileColours(graph: KnowledgeGraph): ReadonlyMap<string, TypeFileColour> {
  const cached = cache.get(graph);
  if (cached) return cached;
  const byType = new Map<string, { nodes: number; colours: Map<string, number> }>();
  graph.forEachNode((_id, attrs) => {
    let entry = byType.get(attrs.type);
    if (!entry) byType.set(attrs.type, (entry = { nodes: 0, colours: new Map() }));
    entry.nodes += 1;
    const color = drawableColor(attrs.color)?.toLowerCase();
    if (color !== undefined) entry.colours.set(color, (entry.colours.get(color) ?? 0) + 1);
  });
  const out = new Map<string, TypeFileColour>();
  for (const [type, { nodes, colours }] of byType) {
    let coloured = 0;
    let top: [string, number] | null = null;
    for (const entry of colours) {
      coloured += entry[1];
      if (!top || entry[1] > top[1]) top = entry;
    }
    if (top && coloured === nodes) out.set(type, { color: top[0], uniform: colours.size === 1 });
  }
  cache.set(graph, out);
  return out;
}
