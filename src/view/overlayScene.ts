import type cytoscape from 'cytoscape';
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { KnowledgeGraph } from '../model/dataset';
import type { Selection } from '../model/selection';

/** Labels drawn around a highlighted node at most (its biggest neighbours). */
export const MAX_OVERLAY_LABELS = 60;

/** A relation to draw, by its ends. */
export type SceneEdge = readonly [NodeSingular, NodeSingular];

/** What the overlay draws: the chosen element, its neighbourhood (nodes and edges), what to name. */
export interface OverlayScene {
  id: string;
  /** The chosen node, or null for a chosen edge (then `focusEdge`). */
  focusNode: NodeSingular | null;
  focusEdge: SceneEdge | null;
  nodes: NodeCollection;
  edges: SceneEdge[];
  labelled: NodeCollection;
}

/**
 * The shown neighbourhood of a selection: a node with its shown edges and their other ends, an edge
 * with its ends. Nodes come from Cytoscape (positions, sizes, visibility); edges from the model,
 * since at scale they are not Cytoscape elements (edgeLayer.ts). `edgeShown` says which edges the
 * filters and focus leave.
 */
export function overlayScene(
  cy: Core,
  graph: KnowledgeGraph,
  selection: Selection | null,
  edgeShown: (id: string) => boolean,
): OverlayScene | null {
  if (!selection) return null;
  const shownNode = (id: string) => {
    const node = cy.getElementById(id);
    return node.nonempty() && node.isNode() && node.visible() ? (node as NodeSingular) : null;
  };
  if (selection.kind === 'edge') {
    if (!graph.hasEdge(selection.id) || !edgeShown(selection.id)) return null;
    const s = shownNode(graph.source(selection.id));
    const t = shownNode(graph.target(selection.id));
    if (!s || !t) return null;
    const edge = [s, t] as const;
    const nodes = s.union(t);
    return { id: selection.id, focusNode: null, focusEdge: edge, nodes, edges: [edge], labelled: nodes };
  }
  const focus = graph.hasNode(selection.id) ? shownNode(selection.id) : null;
  if (!focus) return null;
  const edges: SceneEdge[] = [];
  const around: NodeSingular[] = [focus];
  graph.forEachEdge(selection.id, (id, _attrs, source, target) => {
    if (!edgeShown(id)) return;
    const s = shownNode(source);
    const t = shownNode(target);
    if (!s || !t) return;
    edges.push([s, t]);
    around.push(s.same(focus) ? t : s);
  });
  const nodes = cy.collection(around as unknown as cytoscape.CollectionArgument) as NodeCollection;
  const labelled = nodes
    .not(focus)
    .sort((a, b) => (b.data('size') as number) - (a.data('size') as number))
    .slice(0, MAX_OVERLAY_LABELS)
    .union(focus) as NodeCollection;
  return { id: selection.id, focusNode: focus, focusEdge: null, nodes, edges, labelled };
}
