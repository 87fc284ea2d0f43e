import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import {
  applyLabelPlacement,
  EDGE_FONT,
  edgeLabelBox,
  edgeMidpoint,
  LABEL_MARGIN,
  CORNER_PLACES,
  LABEL_PLACES,
  nodeBody,
  nodeLabelBox,
  READABLE_PX,
  wrappedLineWidths,
  type MeasureText,
} from '../labelDetail';
import {
  placeLabels,
  type EdgeLabelCandidate,
  type LabelPlacement,
  type NodeLabelCandidate,
} from '../labelPlacement';

/** The screen's places, then the corners: labels may not cover nodes in a picture, so need more room. */
const PLACES = [...LABEL_PLACES, ...CORNER_PLACES];

/**
 * The importance (1 for the most important node) from which a node is a hub whose name is drawn
 * even where it must lie over lesser nodes: without it, the second country of the bundled corpus
 * (69 relations, in the thick of its neighbours) went unnamed.
 */
const HUB = 0.5;

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
      lineWidths: wrappedLineWidths(text, px, Infinity, measure),
    };
    return {
      id: n.id(),
      body: nodeBody(n.position(), size),
      boxes: PLACES.map((place) => ({ place, box: nodeLabelBox(label, place) })),
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
 * Unlike the screen, labels may also sit at the node's corners (CORNER_PLACES) before giving way,
 * and none lies over a node but a hub's (see HUB), over less important nodes.
 */
export function placeExportLabels(
  cy: Core,
  measure: MeasureText,
  options: { edgeLabels: boolean; scale: number },
): { placement: LabelPlacement; counts: LabelCounts } {
  const candidates = exportLabelCandidates(cy, measure, options);
  // A picture cannot be zoomed to uncover a node a label lies over: only a hub's label, which
  // fits nowhere else, covers nodes (less important ones).
  const placement = placeLabels(candidates.nodes, candidates.edges, { coverNodes: { hubsFrom: HUB } });
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
