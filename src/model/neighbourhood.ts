import type { KnowledgeGraph } from './dataset';
import type { Visibility } from './filters';

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

/** What happens to the graph outside a focus: hidden, or drawn faded behind it. */
export const FOCUS_MODES = ['hide', 'fade'] as const;
export type FocusMode = (typeof FOCUS_MODES)[number];

/** A neighbourhood focus: everything within `depth` steps of `root`, plus the neighbours of `expanded`. */
export interface Focus {
  root: string;
  depth: FocusDepth;
  /** Nodes whose neighbours were added one by one ("Expand neighbours"), in the order they were. */
  expanded: readonly string[];
}

/** Visible neighbours of a node, over visible edges in either direction. */
export function visibleNeighbours(graph: KnowledgeGraph, visible: Visibility, node: string): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    if (visible.edges.has(edge)) out.add(source === node ? target : source);
  });
  return out;
}

/**
 * Breadth-first search from `roots` over the visible graph, following edges in both directions, up to
 * `depth` steps (Infinity: the whole component). Returns each node reached with its distance; roots
 * that are not visible are not reached. Written here rather than with graphology-traversal because
 * that walks every edge, and an edge hidden by a filter must not connect its ends.
 */
export function neighbourhood(
  graph: KnowledgeGraph,
  visible: Visibility,
  roots: Iterable<string>,
  depth: number,
): Map<string, number> {
  const distance = new Map<string, number>();
  let frontier = [...roots].filter((r) => visible.nodes.has(r) && graph.hasNode(r));
  for (const r of frontier) distance.set(r, 0);
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of visibleNeighbours(graph, visible, node)) {
        if (distance.has(other)) continue;
        distance.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

/** The visible part of the graph induced by `nodes`: those of them that are visible, and the visible edges between them. */
export function induced(graph: KnowledgeGraph, visible: Visibility, nodes: Iterable<string>): Visibility {
  const inside = new Set<string>();
  for (const n of nodes) if (visible.nodes.has(n)) inside.add(n);
  const edges = new Set<string>();
  for (const edge of visible.edges) {
    if (inside.has(graph.source(edge)) && inside.has(graph.target(edge))) edges.add(edge);
  }
  return { nodes: inside, edges };
}

/** The nodes a focus takes in: its root's neighbourhood to its depth, and each expanded node with its neighbours. */
export function focusedNodes(graph: KnowledgeGraph, visible: Visibility, focus: Focus): Set<string> {
  const nodes = new Set(neighbourhood(graph, visible, [focus.root], focus.depth).keys());
  for (const node of focus.expanded) {
    for (const n of neighbourhood(graph, visible, [node], 1).keys()) nodes.add(n);
  }
  return nodes;
}

export interface FocusedVisibility {
  /** What is drawn. */
  shown: Visibility;
  /** The focused part; in fade mode the rest of `shown` is drawn faded. Null without a focus. */
  inside: Visibility | null;
}

/** What the canvas shows: the focused visibility, and the elements of the traced paths (null: none). */
export interface Display extends FocusedVisibility {
  path: Visibility | null;
}

/**
 * Narrows what the filters leave visible to a focus. In hide mode only the focused part is shown; in
 * fade mode everything stays and the focused part is marked. `keep` (the elements of a traced path)
 * joins the focused part, so a focus never hides what the person asked to see.
 */
export function applyFocus(
  graph: KnowledgeGraph,
  visible: Visibility,
  focus: Focus | null,
  mode: FocusMode,
  keep: Visibility | null = null,
): FocusedVisibility {
  if (!focus || !graph.hasNode(focus.root)) return { shown: visible, inside: null };
  const nodes = focusedNodes(graph, visible, focus);
  for (const n of keep?.nodes ?? []) nodes.add(n);
  const inside = induced(graph, visible, nodes);
  return { shown: mode === 'hide' ? inside : visible, inside };
}
