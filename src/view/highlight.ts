import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Selection } from '../model/selection';

/**
 * Marks the selection (`focus`), its neighbourhood (`neighbour`) and fades the rest (`faded`, unless
 * `fadeRest` is false), in one batch. For a node the neighbourhood is its adjacent edges and nodes;
 * for an edge, its ends.
 */
export function highlight(cy: Core, selection: Selection | null, fadeRest = true): void {
  cy.batch(() => {
    cy.elements().removeClass('focus neighbour faded');
    if (!selection) return;
    const el = cy.getElementById(selection.id);
    if (el.empty()) return;
    const neighbourhood =
      selection.kind === 'node'
        ? (el as NodeSingular).closedNeighborhood()
        : el.union((el as EdgeSingular).connectedNodes());
    if (fadeRest) cy.elements().not(neighbourhood).addClass('faded');
    neighbourhood.addClass('neighbour');
    el.addClass('focus').removeClass('neighbour');
  });
}
