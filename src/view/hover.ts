import type { Collection, Core, EdgeSingular, EventObject, NodeSingular, Position } from 'cytoscape';
import { applyClassSets } from './classes';

/**
 * How long the pointer rests on a node before the rest of the graph is dimmed around it, and how
 * long the dimming outlasts the pointer leaving. Dimming restyles every element, which on a graph
 * of a thousand nodes takes a few hundred ms: a pointer passing over nodes on its way elsewhere
 * only names them and marks their neighbourhoods.
 */
export const HOVER_REST_MS = 150;

/**
 * Marks a hovered node (`hover`), its shown neighbourhood (`hover-neighbour`) and, with `dimRest`,
 * dims the rest (`hover-dim`), in one batch; null clears them. While a selection or a path is
 * emphasised, only the node itself is marked (its label shows), so hovering never fights what was
 * chosen.
 */
export function applyHover(cy: Core, node: NodeSingular | null, dimRest = true): void {
  const none = cy.collection();
  const want: Record<string, Collection> = { hover: none, 'hover-neighbour': none, 'hover-dim': none };
  if (node && !node.removed()) {
    want.hover = node.union(none);
    if (cy.$('.focus, .on-path').empty()) {
      const neighbourhood = node.closedNeighborhood().not('.filtered-out');
      want['hover-neighbour'] = neighbourhood.not(node);
      if (dimRest) want['hover-dim'] = cy.elements().not(neighbourhood);
    }
  }
  // Only what changes is touched (applyClassSets): from one node to the next, two neighbourhoods.
  cy.batch(() => applyClassSets(cy, want));
}

export interface HoverTracker {
  /** Marks the hovered node again, after a selection, focus or path changed what is emphasised. */
  refresh(): void;
  destroy(): void;
}

/**
 * Follows the mouse over nodes and marks the one under it (see applyHover); a relation under the
 * mouse is marked `hover` alone, which names it even where its label gave way to others. Small graphs only: at
 * scale the hovered node is drawn on the overlay (scalePointer.ts, neighbourhoodOverlay.ts).
 */
export function createHoverTracker(cy: Core): HoverTracker {
  let hovered: NodeSingular | null = null;
  // Whether the rest of the graph is dimmed now: once on, it moves from node to node with the
  // pointer (two neighbourhoods restyled) and is lifted only once the pointer has left them all.
  let dimmed = false;
  let rest: ReturnType<typeof setTimeout> | undefined;
  const show = () => applyHover(cy, hovered, dimmed);
  // Moving from one node straight to the next, Cytoscape reports leaving the first and entering
  // the second in one go: clearing waits for the end of that task, so the hover moves between the
  // two neighbourhoods instead of clearing and marking again.
  let leaving = false;
  const over = (event: { target: NodeSingular }) => {
    leaving = false;
    clearTimeout(rest);
    hovered = event.target;
    watch(hovered);
    show();
    if (!dimmed)
      rest = setTimeout(() => {
        dimmed = hovered !== null;
        if (dimmed) show();
      }, HOVER_REST_MS);
  };
  const out = () => {
    hovered = null;
    watch(null);
    if (leaving) return;
    leaving = true;
    queueMicrotask(() => {
      if (!leaving) return;
      leaving = false;
      clearTimeout(rest);
      if (!dimmed) return show();
      // Crossing the gap to the next node keeps the dimming, moved, rather than lifted and laid again.
      rest = setTimeout(() => {
        if (hovered) return;
        dimmed = false;
        show();
      }, HOVER_REST_MS);
    });
  };
  // Cytoscape reports hovering only when the pointer moves: a node moved from under a still pointer
  // (a keyboard zoom, a layout, an animated fit) would stay marked until it did. Where the pointer
  // last was is kept, and a move of the camera or of the hovered node ends the hover that no longer
  // lies under it.
  let pointer: Position | undefined;
  const moved = (event: EventObject) => {
    pointer = event.renderedPosition;
  };
  const stillUnder = () => {
    if (!hovered || !pointer || hovered.removed()) return;
    const box = hovered.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    if (pointer.x < box.x1 || pointer.x > box.x2 || pointer.y < box.y1 || pointer.y > box.y2) out();
  };
  let watched: NodeSingular | null = null;
  const watch = (node: NodeSingular | null) => {
    if (watched === node) return;
    watched?.off('position', undefined, stillUnder);
    watched = node;
    watched?.on('position', stillUnder);
  };
  const overEdge = (event: { target: EdgeSingular }) => event.target.addClass('hover');
  const outEdge = (event: { target: EdgeSingular }) => event.target.removeClass('hover');
  cy.on('mouseover', 'node', over);
  cy.on('mouseout', 'node', out);
  cy.on('mouseover', 'edge', overEdge);
  cy.on('mouseout', 'edge', outEdge);
  cy.on('mousemove', moved);
  cy.on('viewport', stillUnder);
  // Cytoscape reports no mouseout when the pointer leaves the canvas straight from a node.
  const container = cy.container();
  container?.addEventListener('mouseleave', out);
  return {
    refresh: show,
    destroy() {
      leaving = false;
      clearTimeout(rest);
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      cy.off('mouseover', 'edge', overEdge);
      cy.off('mouseout', 'edge', outEdge);
      cy.off('mousemove', moved);
      cy.off('viewport', stillUnder);
      watch(null);
      container?.removeEventListener('mouseleave', out);
    },
  };
}
