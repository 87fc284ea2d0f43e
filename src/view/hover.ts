import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

const HOVER_CLASSES = 'hover hover-neighbour hover-dim';

/**
 * Marks a hovered node (`hover`), its shown neighbourhood (`hover-neighbour`) and dims the rest
 * (`hover-dim`), in one batch; null clears them. While a selection or a path is emphasised, only
 * the node itself is marked (its label shows), so hovering never fights what was chosen.
 */
export function applyHover(cy: Core, node: NodeSingular | null): void {
  cy.batch(() => {
    cy.$('.hover, .hover-neighbour, .hover-dim').removeClass(HOVER_CLASSES);
    if (!node || node.removed()) return;
    node.addClass('hover');
    if (cy.$('.focus, .on-path').nonempty()) return;
    const neighbourhood = node.closedNeighborhood().not('.filtered-out');
    neighbourhood.not(node).addClass('hover-neighbour');
    cy.elements().not(neighbourhood).addClass('hover-dim');
  });
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
  const over = (event: { target: NodeSingular }) => {
    hovered = event.target;
    applyHover(cy, hovered);
  };
  const out = () => {
    hovered = null;
    applyHover(cy, null);
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
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      cy.off('mouseover', 'edge', overEdge);
      cy.off('mouseout', 'edge', outEdge);
      container?.removeEventListener('mouseleave', out);
    },
  };
}
