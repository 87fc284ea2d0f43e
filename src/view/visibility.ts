import type { Core } from 'cytoscape';
import type { Visibility } from '../model/filters';

/**
 * Hides what the filters leave out with the `filtered-out` class (`display: none` in the
 * stylesheet), in one batch. Positions are untouched, so the nodes that stay never move; null
 * shows everything.
 */
export function applyVisibility(cy: Core, visible: Visibility | null): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('filtered-out', visible !== null && !visible.nodes.has(n.id()));
    });
    cy.edges().forEach((e) => {
      e.toggleClass('filtered-out', visible !== null && !visible.edges.has(e.id()));
    });
  });
}
