import { LabelGrid, type LabelRect } from './labelRects';

/**
 * Which labels are drawn, and where, given their rectangles: the rules the screen and the exported
 * picture share (labelDetail.ts and export/exportLabels.ts measure the rectangles, each in its own
 * units; this decides). Pure: no Cytoscape.
 */

/** Where a label may sit around its node, in order of preference; each has a class in the stylesheet. */
export const LABEL_PLACES = ['below', 'above', 'right', 'left'] as const;
/**
 * Further places, at the node's corners, tried after LABEL_PLACES where labels may not cover
 * nodes (the exported picture): in a crowd they are often the only room left.
 */
export const CORNER_PLACES = ['below-right', 'below-left', 'above-right', 'above-left'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number] | (typeof CORNER_PLACES)[number];

export interface NodeLabelCandidate {
  id: string;
  /** The node's body (the part of its square that is drawn). */
  body: LabelRect;
  /** Its label's rectangle at each place it may take, in order of preference. */
  boxes: readonly { place: LabelPlace; box: LabelRect }[];
  /** The selection or its neighbourhood: placed first, drawn above the other nodes. */
  highlighted: boolean;
  /** The selected node itself: its label is drawn below it whatever is there. */
  focus: boolean;
  /** Big enough to read; an unreadable label is never drawn. */
  readable: boolean;
  /** Then by importance (the "Size by" metric), then by relations. */
  importance: number;
  degree: number;
}

export interface EdgeLabelCandidate {
  id: string;
  /** Null when its label is not wanted (unreadable, switched off, nothing to draw). */
  rect: LabelRect | null;
  focus: boolean;
  highlighted: boolean;
}

export interface LabelPlacement {
  /** Each node's label place, or null when its label is hidden. */
  nodes: Map<string, LabelPlace | null>;
  /** The relations whose label is drawn. */
  edges: Set<string>;
  /** The rectangles of the labels drawn, in the order they were placed. */
  drawn: { id: string; rect: LabelRect }[];
}

const GRID_CELL = 120;

/**
 * Node labels are placed in order of importance (the highlighted selection first); a label is
 * drawn only when it is readable and fits below, above, right or left of its node without
 * overlapping a label already placed, so a crowded picture thins its labels out instead of piling
 * them up. Relation labels come after every node label, the selected relation's first, and are
 * drawn only where they overlap no label placed before them and no node.
 * A node label that fits nowhere clear of nodes may lie over nodes it is drawn above (unlabelled
 * ones): with `coverNodes: 'any'`, any label over any of them (on screen, where zooming in
 * uncovers them); with `{ hubsFrom }`, only the label of a hub (importance at least `hubsFrom`)
 * and only over nodes less important than it (in a picture, which cannot be zoomed: a hub keeps
 * its name, any other label gives way rather than hide a node). No label but the selected node's
 * overlaps a `blocked` area.
 */
export function placeLabels(
  nodeCandidates: readonly NodeLabelCandidate[],
  edgeCandidates: readonly EdgeLabelCandidate[],
  options: { coverNodes: 'any' | { hubsFrom: number }; blocked?: readonly LabelRect[] } = {
    coverNodes: 'any',
  },
): LabelPlacement {
  const nodes = [...nodeCandidates].sort(
    (a, b) =>
      Number(b.highlighted) - Number(a.highlighted) || b.importance - a.importance || b.degree - a.degree,
  );
  // What a label must not overlap: the labels placed before it, and the nodes drawn above it.
  // Labelled nodes are drawn above unlabelled ones (the stylesheet lowers `label-hidden` nodes),
  // and the highlighted ones above all; edges, and their labels, below every node.
  const labels = new LabelGrid(GRID_CELL);
  // Areas no label may take (what lies over the graph, the space beyond its edges).
  for (const rect of options.blocked ?? []) labels.add(rect);
  const raised = new LabelGrid(GRID_CELL);
  const bodies = new LabelGrid(GRID_CELL);
  // The nodes placed so far: all more important than the one being placed.
  const before = new LabelGrid(GRID_CELL);
  for (const n of nodes) {
    bodies.add(n.body, n.id);
    if (n.highlighted) raised.add(n.body, n.id);
  }
  const placement: LabelPlacement = { nodes: new Map(), edges: new Set(), drawn: [] };
  for (const n of nodes) {
    const readable = n.highlighted || n.readable;
    // A labelled node rises above the unlabelled: it may not then cover a label placed before.
    const rising = !n.highlighted && readable && !labels.collides(n.body);
    const boxes = n.boxes;
    const fits = (box: LabelRect) => !labels.collides(box) && !raised.collides(box, n.id);
    // The first free place around the node. The selected element's own label goes below whatever
    // is there; its neighbours' labels come next in priority but, like all others, only where
    // they fit (a hub's forty neighbours would otherwise pile up). Best where it covers no node
    // at all; else over nodes it will be drawn above (see `coverNodes`).
    const clear = (box: LabelRect) => fits(box) && !bodies.collides(box, n.id);
    const cover = options.coverNodes;
    const coverable = (box: LabelRect) =>
      fits(box) && (cover === 'any' || (n.importance >= cover.hubsFrom && !before.collides(box, n.id)));
    const free = n.focus
      ? boxes[0]
      : n.highlighted || rising
        ? (boxes.find((b) => clear(b.box)) ?? boxes.find((b) => coverable(b.box)))
        : undefined;
    const show = readable && free !== undefined;
    placement.nodes.set(n.id, show ? free.place : null);
    if (show) {
      labels.add(free.box);
      placement.drawn.push({ id: n.id, rect: free.box });
      if (!n.highlighted) raised.add(n.body, n.id);
    }
    before.add(n.body, n.id);
  }
  const edges = [...edgeCandidates].sort(
    (a, b) => Number(b.focus) - Number(a.focus) || Number(b.highlighted) - Number(a.highlighted),
  );
  for (const e of edges) {
    const rect = e.rect;
    if (rect === null) continue;
    if (e.focus || (!labels.collides(rect) && !bodies.collides(rect))) {
      labels.add(rect);
      placement.edges.add(e.id);
      placement.drawn.push({ id: e.id, rect });
    }
  }
  return placement;
}
