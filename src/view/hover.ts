import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { applyClassSets } from './classes';

/**
 * Marks a hovered node (`hover`), its shown neighbourhood (`hover-neighbour`) and dims the rest
 * (`hover-dim`), in one batch; null clears them. While a selection or a path is emphasised, only
 * the node itself is marked (its label shows), so hovering never fights what was chosen.
 */
export function applyHover(cy: Core, node: NodeSingular | null): void {
  const none = cy.collection();
  const want: Record<string, Collection> = { hover: none, 'hover-neighbour': none, 'hover-dim': none };
  if (node && !node.removed()) {
    want.hover = node.union(none);
    if (cy.$('.focus, .on-path').empty()) {
      const neighbourhood = node.closedNeighborhood().not('.filtered-out');
      want['hover-neighbour'] = neighbourhood.not(node);
      want['hover-dim'] = cy.elements().not(neighbourhood);
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
  // Moving from one node straight to the next, Cytoscape reports leaving the first and entering
  // the second in one go: clearing waits for the end of that task, so the hover moves between the
  // two neighbourhoods instead of undimming and dimming the whole graph.
  let leaving = false;
  const over = (event: { target: NodeSingular }) => {
    leaving = false;
    hovered = event.target;
    applyHover(cy, hovered);
  };
  const out = () => {
    hovered = null;
    if (leaving) return;
    leaving = true;
    queueMicrotask(() => {
      if (!leaving) return;
      leaving = false;
      applyHover(cy, null);
    });
  };
  const overEdge = (event: { target: EdgeSingular }) => event.target.addClass('hover');
  const outEdge = (event: { target: EdgeSingular }) => event.target.removeClass('hover');
  cy.on('mouseover', 'node', over);
  cy.on('mouseout', 'node', out);
  cy.on('mouseover', 'edge', overEdge);
  cy.on('mouseout', 'edge', outEdge);
  // Cytoscape reports no mouseout when the pointer leaves the canvas straight from a node.
  const container = cy.container();
  container?.addEventListener('mouseleave', out);
  return {
    refresh: () => applyHover(cy, hovered),
    destroy() {
      leaving = false;
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      cy.off('mouseover', 'edge', overEdge);
      cy.off('mouseout', 'edge', outEdge);
      container?.removeEventListener('mouseleave', out);
    },
  };
}
