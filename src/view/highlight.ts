import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Selection } from '../model/selection';
import { applyClassSets } from './classes';

/**
 * Marks the selection (`focus`), its neighbourhood (`neighbour`) and fades the rest (`faded`, unless
 * `fadeRest` is false), in one batch. For a node the neighbourhood is its adjacent edges and nodes;
 * for an edge, its ends. Only the elements whose classes change are touched: moving the selection
 * from one node to another restyles the two neighbourhoods, not every faded element again.
 */
export function highlight(cy: Core, selection: Selection | null, fadeRest = true): void {
  const el = selection ? cy.getElementById(selection.id) : cy.collection();
  const neighbourhood = el.empty()
    ? cy.collection()
    : selection?.kind === 'node'
      ? (el as NodeSingular).closedNeighborhood()
      : el.union((el as EdgeSingular).connectedNodes());
  const want = {
    focus: el,
    neighbour: neighbourhood.not(el),
    faded: fadeRest && !el.empty() ? cy.elements().not(neighbourhood) : cy.collection(),
  };
  cy.batch(() => applyClassSets(cy, want));
}
