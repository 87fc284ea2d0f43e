import type { Core } from 'cytoscape';
import type { Visibility } from '../model/filters';

/**
 * Hides what the filters leave out with the `filtered-out` class (`display: none` in the
 * stylesheet), in one batch. Positions are untouched, so the nodes that stay never move; null
 * shows everything.
 */
export function applyVisibility(cy: Core, visible: Visibility | null): void {
  cy.batch(() => {
    if (visible === null) {
      cy.$('.filtered-out').removeClass('filtered-out');
      return;
    }
    // Only elements whose state changes are touched: a class change restyles the element, and on
    // a large graph most elements keep theirs.
    const changed = cy.elements().filter((e) => {
      const shown = (e.isNode() ? visible.nodes : visible.edges).has(e.id());
      return e.hasClass('filtered-out') === shown;
    });
    changed.forEach((e) => void e.toggleClass('filtered-out'));
  });
}
