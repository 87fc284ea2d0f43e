import type { KnowledgeGraph } from './dataset';
import type { Point } from './viewSettings';

/** Geometry in model units (labels are ~150 wide, see LABEL_WRAP in view/labelDetail.ts). */
export const HIERARCHY = {
  /** x step between two nodes of one row. */
  slot: 104,
  /** y step between the rows a wide level wraps into. */
  rowHeight: 50,
  /** Extra y between two levels, so the levels read as levels. */
  levelGap: 34,
} as const;

export interface HierarchyPlacement {
  positions: Map<string, Point>;
  /** Node ids by distance from the root; the last level holds nodes the root cannot reach. */
  levels: string[][];
  /** Whether the last level is the unreachable nodes. */
  unreachable: boolean;
}

/**
 * Breadth-first levels from `root`, ignoring edge direction. Within a level, nodes follow their
 * parents' order (children of one parent stay together) and then their labels.
 */
export function breadthFirstLevels(
  graph: KnowledgeGraph,
  root: string,
): { levels: string[][]; rest: string[] } {
  const depth = new Map<string, number>([[root, 0]]);
  const levels: string[][] = [[root]];
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  for (let d = 0; levels[d]?.length; d++) {
    const next: string[] = [];
    for (const parent of levels[d] ?? []) {
      const children = graph
        .neighbors(parent)
        .filter((n) => !depth.has(n))
        .sort((a, b) => label(a).localeCompare(label(b)));
      for (const child of children) {
        depth.set(child, d + 1);
        next.push(child);
      }
    }
    if (next.length) levels.push(next);
    else break;
  }
  const rest = graph
    .filterNodes((id) => !depth.has(id))
    .sort((a, b) => graph.degree(b) - graph.degree(a) || label(a).localeCompare(label(b)));
  return { levels, rest };
}

/**
 * A top-down tree from `root`: one band per breadth-first level, wide levels wrapped into several
 * staggered rows. The row length is chosen so the whole drawing has about the given width/height
 * `aspect` (the viewport's), which keeps it as large as possible once fitted. Nodes the root cannot
 * reach come last, in a band of their own.
 */
export function hierarchyPositions(graph: KnowledgeGraph, root: string, aspect = 1.3): HierarchyPlacement {
  const { levels: reached, rest } = breadthFirstLevels(graph, root);
  const levels = rest.length ? [...reached, rest] : reached;
  const widest = Math.max(...levels.map((l) => l.length));
  const shape = (perRow: number) => {
    const rows = levels.reduce((sum, l) => sum + Math.ceil(l.length / perRow), 0);
    const height = rows * HIERARCHY.rowHeight + (levels.length - 1) * HIERARCHY.levelGap;
    return (perRow * HIERARCHY.slot) / Math.max(height, 1);
  };
  let perRow = widest;
  for (let n = 1; n <= widest; n++) {
    if (Math.abs(Math.log(shape(n) / aspect)) < Math.abs(Math.log(shape(perRow) / aspect))) perRow = n;
  }

  const positions = new Map<string, Point>();
  let y = 0;
  for (const level of levels) {
    const rows = Math.ceil(level.length / perRow);
    // Balanced rows (11 nodes over 2 rows: 6 and 5, not 9 and 2), each centred on x = 0.
    const size = Math.ceil(level.length / rows);
    for (let r = 0; r < rows; r++) {
      const row = level.slice(r * size, (r + 1) * size);
      // Every other row shifts by half a slot, so a label does not sit right above another.
      const shift = r % 2 ? HIERARCHY.slot / 2 : 0;
      row.forEach((id, i) =>
        positions.set(id, { x: (i - (row.length - 1) / 2) * HIERARCHY.slot + shift, y }),
      );
      y += HIERARCHY.rowHeight;
    }
    y += HIERARCHY.levelGap;
  }
  return { positions, levels, unreachable: rest.length > 0 };
}
