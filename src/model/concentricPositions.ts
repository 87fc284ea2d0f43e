import type { KnowledgeGraph } from './dataset';
import type { Point } from './viewSettings';

/** Geometry in model units. */
export const CONCENTRIC = {
  /** Radius step from one ring to the next (before the rings are stretched to the viewport). */
  ringGap: 88,
  /** Room a node needs from its ring neighbours: across (a label's width) or above and below. */
  spaceX: 112,
  spaceY: 34,
} as const;

/**
 * Rings by importance: the most important node in the centre, then rings filled in order of
 * importance, each holding as many nodes as it has room for (outer rings hold more). Rings are
 * ellipses stretched to the viewport's width/height `aspect`, so the fitted picture fills the
 * screen. Around a ring, nodes sit near the mean angle of their neighbours on inner rings, which
 * keeps edges short and untangled. Returns positions and each node's ring.
 */
export function concentricPositions(
  graph: KnowledgeGraph,
  importance: ReadonlyMap<string, number>,
  aspect = 1,
): { positions: Map<string, Point>; ring: Map<string, number> } {
  const score = (id: string) => importance.get(id) ?? 0;
  const ranked = graph
    .nodes()
    .sort((a, b) => score(b) - score(a) || graph.degree(b) - graph.degree(a) || a.localeCompare(b));
  const stretch = Math.sqrt(Math.min(Math.max(aspect, 0.4), 2.5));
  const positions = new Map<string, Point>();
  const angles = new Map<string, number>();
  const ring = new Map<string, number>();
  let next = 0;
  for (let k = 0; next < ranked.length; k++) {
    const rx = k * CONCENTRIC.ringGap * stretch;
    const ry = (k * CONCENTRIC.ringGap) / stretch;
    const capacity = k === 0 ? 1 : ringCapacity(rx, ry);
    const members = ranked.slice(next, next + capacity);
    next += members.length;
    arrangeOnRing(graph, members, angles).forEach((angle, id) => {
      angles.set(id, angle);
      ring.set(id, k);
      positions.set(id, k === 0 ? { x: 0, y: 0 } : { x: rx * Math.cos(angle), y: ry * Math.sin(angle) });
    });
  }
  return { positions, ring };
}

/**
 * How many nodes an ellipse holds with evenly spaced angles. Neighbours are furthest apart across
 * at the top and bottom (where labels sit side by side) and above one another at the left and right
 * ends (where labels stack), so each direction bounds the count.
 */
function ringCapacity(rx: number, ry: number): number {
  return Math.max(
    1,
    Math.floor(Math.min((2 * Math.PI * rx) / CONCENTRIC.spaceX, (2 * Math.PI * ry) / CONCENTRIC.spaceY)),
  );
}

/** Evenly spaced angles for `members`, ordered and rotated to follow their placed neighbours. */
function arrangeOnRing(graph: KnowledgeGraph, members: string[], placed: Map<string, number>) {
  const n = members.length;
  const step = (2 * Math.PI) / n;
  const wanted = members.map((id, i) => {
    let sx = 0;
    let sy = 0;
    for (const other of graph.neighbors(id)) {
      const a = placed.get(other);
      if (a === undefined) continue;
      sx += Math.cos(a);
      sy += Math.sin(a);
    }
    // Without placed neighbours a node keeps its rank's share of the circle.
    return { id, angle: sx || sy ? Math.atan2(sy, sx) : i * step - Math.PI / 2 };
  });
  wanted.sort((a, b) => a.angle - b.angle || a.id.localeCompare(b.id));
  // Rotate the evenly spaced slots so they sit, on average, where the nodes want to be.
  let cx = 0;
  let cy = 0;
  wanted.forEach(({ angle }, i) => {
    cx += Math.cos(angle - i * step);
    cy += Math.sin(angle - i * step);
  });
  const offset = cx || cy ? Math.atan2(cy, cx) : -Math.PI / 2;
  return new Map(wanted.map(({ id }, i) => [id, offset + i * step]));
}
