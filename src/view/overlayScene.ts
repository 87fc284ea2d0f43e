import type {
  Core,
  EdgeCollection,
  EdgeSingular,
  NodeCollection,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import type { Selection } from '../model/selection';

/** Labels drawn around a highlighted node at most (its biggest neighbours). */
export const MAX_OVERLAY_LABELS = 60;

/** What the overlay draws: the chosen element, its neighbourhood (nodes and edges), what to name. */
export interface OverlayScene {
  focus: SingularElementArgument;
  nodes: NodeCollection;
  edges: EdgeCollection;
  labelled: NodeCollection;
}

/** The shown neighbourhood of a selection: a node with its edges and their other ends, an edge with its ends. */
export function overlayScene(cy: Core, selection: Selection | null): OverlayScene | null {
  if (!selection) return null;
  const el: SingularElementArgument = cy.getElementById(selection.id);
  if (el.empty() || !el.visible()) return null;
  const around =
    selection.kind === 'node'
      ? (el as NodeSingular).closedNeighborhood()
      : el.union((el as EdgeSingular).connectedNodes());
  const shown = around.filter((e) => e.visible());
  const nodes = shown.nodes();
  const labelled = nodes
    .not(el)
    .sort((a, b) => (b.data('size') as number) - (a.data('size') as number))
    .slice(0, MAX_OVERLAY_LABELS)
    .union(el.nodes()) as NodeCollection;
  return { focus: el, nodes, edges: shown.edges(), labelled };
}
