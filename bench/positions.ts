import { seededRandom } from '../src/model/seededRandom';
import type { SerializedGraph } from './synthetic';

/**
 * The same graph with positions, as if a layout had been saved: each node halfway between a random
 * point of a disc (sized for about one node per 30×30 units) and the node it first attached to, so
 * edges are mostly short, as after a force layout. Cheap and deterministic.
 */
export function positionedCopy(graph: SerializedGraph, seed: number) {
  const random = seededRandom(seed);
  const at = new Map<string, { x: number; y: number }>();
  const parent = new Map<string, string>();
  for (const e of graph.edges) if (!parent.has(e.source)) parent.set(e.source, e.target);
  const radius = Math.sqrt(graph.nodes.length) * 17;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const p = parent.get(n.key);
      const anchor = p ? at.get(p) : undefined;
      const angle = random() * 2 * Math.PI;
      const r = radius * Math.sqrt(random());
      const free = { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
      const pos = anchor ? { x: (free.x + anchor.x) / 2, y: (free.y + anchor.y) / 2 } : free;
      at.set(n.key, pos);
      return { ...n, attributes: { ...n.attributes, ...pos } };
    }),
  };
}
