import type { Core, EdgeSingular, NodeSingular, Position, SingularElementArgument } from 'cytoscape';
import { LabelGrid, uprightRect, type LabelRect } from './labelRects';

/** Smallest on-screen label size (px) worth drawing; smaller labels are hidden, not overlapped. */
export const READABLE_PX = 9;
/** On-screen label sizes (px): highlighted labels never get smaller than `min`, no label larger than `max`. */
export const LABEL_PX = { node: { min: 13, max: 18 }, edge: { min: 11.5, max: 13 } } as const;
/** Edge label size in model units. */
export const EDGE_FONT = 10;
/** Node labels wrap at this width, in model units, or wider for a larger font (labelWrap). */
export const LABEL_WRAP = 150;
/** Labels wrap no narrower than this many ems of their drawn font. */
const LABEL_WRAP_EMS = 9.5;

/**
 * The width, in model units, at which a label drawn at `fontSize` wraps (the stylesheet's
 * `text-max-width`): a label enlarged to stay readable wraps as many characters wide as the
 * others, so no long word ("Vice-ministerial") is cut.
 */
export const labelWrap = (fontSize: number) => Math.max(LABEL_WRAP, fontSize * LABEL_WRAP_EMS);
/** A highlighted neighbourhood with more edges than this labels them only when zoomed in enough. */
const MAX_FORCED_EDGE_LABELS = 16;
/** The part of a node's square that counts as its body (the corners of a circle or diamond are empty). */
const NODE_BODY = 0.85;
/** Space kept free around each drawn label, in px. */
const LABEL_GAP = 3;

/** Width in px of a text drawn at a 10px font. */
export type MeasureText = (text: string) => number;

/**
 * Font size in model units for a label whose size in model units is `base`: capped so it never
 * draws larger than `max` px on screen, and for highlighted elements never smaller than `min` px.
 */
export function labelFontSize(
  ele: SingularElementArgument,
  base: number,
  px: { min: number; max: number },
): number {
  const zoom = ele.cy().zoom();
  const capped = Math.min(base, px.max / zoom);
  return isHighlighted(ele) ? Math.max(capped, px.min / zoom) : capped;
}

const isHighlighted = (ele: SingularElementArgument) => ele.hasClass('focus') || ele.hasClass('neighbour');

/** Where a label may sit around its node, in order of preference; each has a class in the stylesheet. */
export const LABEL_PLACES = ['below', 'above', 'right', 'left'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/** Where a node's label would be drawn on screen, wrapped, at `place`, padded by LABEL_GAP. */
function labelBox(node: NodeSingular, zoom: number, measure: MeasureText, place: LabelPlace): LabelRect {
  const px = labelFontSize(node, node.data('fontSize') as number, LABEL_PX.node) * zoom;
  const textWidth = (measure(String(node.data('label'))) * px) / 10;
  const wrap = labelWrap(px / zoom) * zoom;
  const lines = Math.max(1, Math.ceil(textWidth / wrap));
  const width = Math.min(textWidth, wrap);
  const height = lines * px * 1.2;
  const p = node.renderedPosition();
  const offset = ((node.data('size') as number) * zoom) / 2 + 4 * zoom;
  const x1 = place === 'right' ? p.x + offset : place === 'left' ? p.x - offset - width : p.x - width / 2;
  const y1 = place === 'below' ? p.y + offset : place === 'above' ? p.y - offset - height : p.y - height / 2;
  return uprightRect(x1 - LABEL_GAP, y1 - LABEL_GAP, x1 + width + LABEL_GAP, y1 + height + LABEL_GAP);
}

/**
 * Where the label sits: the drawn edge's midpoint (off the straight line for bundled, curved
 * edges), or halfway between its ends when no renderer has drawn it (headless Cytoscape).
 */
function edgeMidpoint(edge: EdgeSingular, a: Position, b: Position): Position {
  try {
    const m = edge.renderedMidpoint();
    if (Number.isFinite(m.x) && Number.isFinite(m.y)) return m;
  } catch {
    // No renderer: headless instances cannot draw, hence cannot say where the curve runs.
  }
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * The screen rectangle a relation's label takes: its text turned along the edge (as the
 * stylesheet's autorotate draws it), centred on the edge's midpoint. Null when nothing is drawn
 * (no label, or the edge has no length on screen).
 */
function edgeLabelRect(edge: EdgeSingular, zoom: number, measure: MeasureText): LabelRect | null {
  const text = String(edge.data('caption') ?? '');
  if (text === '') return null;
  const px = labelFontSize(edge, EDGE_FONT, LABEL_PX.edge) * zoom;
  const a = edge.source().renderedPosition();
  const b = edge.target().renderedPosition();
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length === 0) return null;
  const m = edgeMidpoint(edge, a, b);
  return {
    cx: m.x,
    cy: m.y,
    ux: (b.x - a.x) / length,
    uy: (b.y - a.y) / length,
    hw: (measure(text) * px) / 10 / 2 + 1,
    hh: (px * 1.2) / 2 + 1,
  };
}

/**
 * Level of detail for labels. Node labels are placed in order of importance (the highlighted
 * selection first, then by importance: the "Size by" metric); a label is drawn only when it is big enough to read and fits
 * below, above, right or left of its node without overlapping a label already placed, so zooming
 * out thins labels out instead of piling them up.
 * Edge labels show when readable at the current zoom (on the highlighted neighbourhood, when it is
 * small, at any zoom), and likewise only where they overlap no label placed before them.
 * Cytoscape's own `min-zoomed-font-size` only acts at power-of-two zoom levels, hence this.
 * Runs after layout, selection and zoom; it only toggles classes, in one batch.
 */
export function updateLabelDetail(cy: Core, measure: MeasureText): void {
  const zoom = cy.zoom();
  const nodes = cy
    .nodes()
    .not('.faded, .filtered-out')
    .sort(
      (a, b) =>
        Number(isHighlighted(b)) - Number(isHighlighted(a)) ||
        (b.data('importance') as number) - (a.data('importance') as number) ||
        (b.data('degree') as number) - (a.data('degree') as number),
    );
  // Each node's body on screen, measured once per pass (this runs on every zoom frame).
  const bodyOf = new Map<string, LabelRect>();
  nodes.forEach((n: NodeSingular) => {
    const p = n.renderedPosition();
    const half = ((n.data('size') as number) * zoom * NODE_BODY) / 2;
    bodyOf.set(n.id(), uprightRect(p.x - half, p.y - half, p.x + half, p.y + half));
  });
  const body = (n: NodeSingular) => bodyOf.get(n.id()) as LabelRect;
  // What a label must not overlap: the labels placed before it, and the nodes drawn above it.
  // Labelled nodes are drawn above unlabelled ones (the stylesheet lowers `label-hidden` nodes),
  // and the highlighted ones above all; edges, and their labels, below every node.
  const labels = new LabelGrid(120);
  const raised = new LabelGrid(120);
  const bodies = new LabelGrid(120);
  nodes.forEach((n: NodeSingular) => {
    bodies.add(body(n), n.id());
    if (isHighlighted(n)) raised.add(body(n), n.id());
  });
  cy.batch(() => {
    cy.nodes('.faded').addClass('label-hidden');
    nodes.forEach((n: NodeSingular) => {
      const highlighted = isHighlighted(n);
      const readable = highlighted || (n.data('fontSize') as number) * zoom >= READABLE_PX;
      // A labelled node rises above the unlabelled: it may not then cover a label placed before.
      const rising = !highlighted && readable && !labels.collides(body(n));
      // The first free place around the node. The selected element's own label goes below whatever
      // is there; its neighbours' labels come next in priority but, like all others, only where
      // they fit (a hub's forty neighbours would otherwise pile up).
      const boxes = LABEL_PLACES.map((place) => ({ place, box: labelBox(n, zoom, measure, place) }));
      const fits = (box: LabelRect) => !labels.collides(box) && !raised.collides(box, n.id());
      // Best where it covers no node at all; else over nodes it will be drawn above.
      const free = n.hasClass('focus')
        ? boxes[0]
        : highlighted || rising
          ? (boxes.find((b) => fits(b.box) && !bodies.collides(b.box, n.id())) ??
            boxes.find((b) => fits(b.box)))
          : undefined;
      const show = readable && free !== undefined;
      if (show) {
        labels.add(free.box);
        if (!highlighted) raised.add(body(n), n.id());
      }
      n.toggleClass('label-hidden', !show);
      for (const place of LABEL_PLACES.slice(1))
        n.toggleClass(`label-${place}`, show && free.place === place);
    });
    // Relation labels show once readable at this zoom; before that, only on a highlighted
    // neighbourhood small enough for its labels not to pile up around the selection.
    const readableEdges = EDGE_FONT * zoom >= READABLE_PX;
    const highlightedEdges = cy.edges('.focus, .neighbour');
    const labelHighlighted = highlightedEdges.length <= MAX_FORCED_EDGE_LABELS;
    // Each shows only where it overlaps no label placed before it: the selected relation's first,
    // then its neighbourhood's, then the rest (node labels were placed before all of them).
    const edges = cy
      .edges()
      .not('.faded, .filtered-out')
      .sort(
        (a, b) =>
          Number(b.hasClass('focus')) - Number(a.hasClass('focus')) ||
          Number(isHighlighted(b)) - Number(isHighlighted(a)),
      );
    cy.edges('.faded, .filtered-out').addClass('label-hidden');
    edges.forEach((e) => {
      const wanted = readableEdges || (labelHighlighted && isHighlighted(e));
      const box = wanted ? edgeLabelRect(e, zoom, measure) : null;
      const show = box !== null && (e.hasClass('focus') || (!labels.collides(box) && !bodies.collides(box)));
      if (show) labels.add(box);
      e.toggleClass('label-hidden', !show);
    });
    // Label sizes depend on the zoom (labelFontSize): recompute them.
    (cy.elements() as unknown as { updateStyle(): void }).updateStyle();
  });
}

/** Text widths measured with a canvas in the label font, cached per text. */
export function canvasTextMeasure(fontFamily: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (context) {
        context.font = `10px ${fontFamily}`;
        width = context.measureText(text).width;
      } else width = text.length * 5.5;
      cache.set(text, width);
    }
    return width;
  };
}
