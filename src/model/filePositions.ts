import type { KnowledgeGraph } from './dataset';
import type { Point } from './viewSettings';

/** Room per node in the drawing, in model units (nodes are 18-56 units across). */
const UNITS_PER_NODE = 70;
/**
 * The least room a drawing gets, in model units: a graph of a few nodes spread by the rule above
 * alone would have them nearly touching, with no room for a relation's label between them.
 */
const MIN_ROOM = 300;

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
  const at = scaledPositions(raw);
  return new Map(raw.map(([id], i) => [id, at(i)]));
}

/** `filePositions` over a list of `[id, x, y]`, as a function of the index (no map for a worker's arrays). */
export function scaledPositions(raw: readonly (readonly [string, number, number])[]): (i: number) => Point {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, x, y] of raw) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const scale = Math.max(UNITS_PER_NODE * Math.sqrt(Math.max(raw.length, 1)), MIN_ROOM) / span;
  return (i) => ({ x: raw[i]![1] * scale, y: -raw[i]![2] * scale });
}
