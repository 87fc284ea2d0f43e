import type { KnowledgeGraph } from './dataset';
import type { Point } from './viewSettings';

/** Room per node in the drawing, in model units (nodes are 18-56 units across). */
const UNITS_PER_NODE = 70;

/** Whether every node of the graph has a position from its file (or computed when it was opened). */
export function hasFilePositions(graph: KnowledgeGraph): boolean {
  return graph.order > 0 && graph.everyNode((_id, a) => a.x !== undefined && a.y !== undefined);
}

/**
 * The file's positions, scaled so the drawing has room for the nodes whatever units the file used
 * (sigma examples span -1..1, Gephi hundreds), with y turned to grow downwards: Gephi, sigma.js
 * and graphology put y up, the screen puts it down. Nodes without a position are left out.
 */
export function filePositions(graph: KnowledgeGraph): Map<string, Point> {
  const raw: [string, number, number][] = [];
  graph.forEachNode((id, a) => {
    if (a.x !== undefined && a.y !== undefined) raw.push([id, a.x, a.y]);
  });
  const xs = raw.map((r) => r[1]);
  const ys = raw.map((r) => r[2]);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1e-9);
  const scale = (UNITS_PER_NODE * Math.sqrt(Math.max(raw.length, 1))) / span;
  return new Map(raw.map(([id, x, y]) => [id, { x: x * scale, y: -y * scale }]));
}
