import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import {
  applyLabelPlacement,
  EDGE_FONT,
  edgeLabelBox,
  edgeMidpoint,
  LABEL_MARGIN,
  LABEL_PLACES,
  nodeBody,
  nodeLabelBox,
  READABLE_PX,
  type MeasureText,
} from '../labelDetail';
import {
  placeLabels,
  type EdgeLabelCandidate,
  type LabelPlacement,
  type NodeLabelCandidate,
} from '../labelPlacement';

/** How many labels the picture draws, of how many it has. */
export interface LabelCounts {
  nodes: number;
  nodeTotal: number;
  edges: number;
  edgeTotal: number;
}

/**
 * The export's label candidates, in its layout units (model units: the picture is the graph at
 * scale 1, then scaled as a whole): node labels on one line at their own font size, as
 * exportStyles draws them, relation labels at EDGE_FONT when `edgeLabels`. `scale` is the
 * picture's pixels per unit: a label under READABLE_PX at that scale is not readable.
 */
export function exportLabelCandidates(
  cy: Core,
  measure: MeasureText,
  options: { edgeLabels: boolean; scale: number },
): { nodes: NodeLabelCandidate[]; edges: EdgeLabelCandidate[] } {
  const nodes = cy.nodes().map((n: NodeSingular): NodeLabelCandidate => {
    const px = n.data('fontSize') as number;
    const size = n.data('size') as number;
    const text = String(n.data('label') ?? '');
    const label = {
      at: n.position(),
      nodeSize: size,
      margin: LABEL_MARGIN,
      px,
      textWidth: (measure(text) * px) / 10,
      wrap: Infinity,
    };
    return {
      id: n.id(),
      body: nodeBody(n.position(), size),
      boxes: LABEL_PLACES.map((place) => nodeLabelBox(label, place)),
      highlighted: false,
      focus: false,
      readable: text !== '' && px * options.scale >= READABLE_PX,
      importance: n.data('importance') as number,
      degree: n.data('degree') as number,
    };
  });
  const edgesReadable = options.edgeLabels && EDGE_FONT * options.scale >= READABLE_PX;
  const edges = cy.edges().map((e: EdgeSingular): EdgeLabelCandidate => {
    const text = String(e.data('caption') ?? '');
    const a = e.source().position();
    const b = e.target().position();
    const rect =
      edgesReadable && text !== ''
        ? edgeLabelBox(a, b, edgeMidpoint(e, a, b, false), EDGE_FONT, (measure(text) * EDGE_FONT) / 10)
        : null;
    return { id: e.id(), rect, focus: false, highlighted: false };
  });
  return { nodes, edges };
}

/**
 * Runs the screen's label placement on an export instance (see `withExportInstance`): the labels
 * that would overlap a more important one, or a node, or be too small to read at `scale`, are
 * hidden (the screen's `label-hidden` class), the others moved where they fit, as on screen.
 * Unlike the screen, no label lies over a node.
 */
export function placeExportLabels(
  cy: Core,
  measure: MeasureText,
  options: { edgeLabels: boolean; scale: number },
): { placement: LabelPlacement; counts: LabelCounts } {
  const candidates = exportLabelCandidates(cy, measure, options);
  // A picture cannot be zoomed to uncover a node a label lies over: labels cover no node there.
  const placement = placeLabels(candidates.nodes, candidates.edges, { coverNodes: false });
  cy.batch(() => applyLabelPlacement(cy, placement));
  const shownNodes = [...placement.nodes.values()].filter((place) => place !== null).length;
  return {
    placement,
    counts: {
      nodes: shownNodes,
      nodeTotal: candidates.nodes.length,
      edges: options.edgeLabels ? placement.edges.size : 0,
      edgeTotal: options.edgeLabels ? candidates.edges.length : 0,
    },
  };
}
