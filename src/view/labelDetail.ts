import type {
  Collection,
  Core,
  EdgeSingular,
  NodeSingular,
  Position,
  SingularElementArgument,
} from 'cytoscape';
import { uprightRect, type LabelRect } from './labelRects';
import { setClass } from './classes';
import {
  CORNER_PLACES,
  LABEL_PLACES,
  placeLabels,
  type EdgeLabelCandidate,
  type LabelPlace,
  type LabelPlacement,
  type NodeLabelCandidate,
} from './labelPlacement';

export { CORNER_PLACES, LABEL_PLACES, type LabelPlace };

/** Smallest on-screen label size (px) worth drawing; smaller labels are hidden, not overlapped. */
export const READABLE_PX = 9;
/**
 * On-screen label sizes (px): highlighted labels never get smaller than `min`, others never smaller
 * than `floor` on a graph whose labels are kept readable (`keepLabelsReadable`; relation labels
 * have none: they wait until readable), and no label larger than `max`.
 */
export const LABEL_PX = {
  node: { floor: 11, min: 13, max: 18 },
  edge: { floor: 0, min: 11.5, max: 13 },
} as const;
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
/** The stylesheet's `text-margin` between a node and its label, in model units. */
export const LABEL_MARGIN = 4;
/** Space kept free around each drawn label, in px. */
const LABEL_GAP = 3;

/** Width in px of a text drawn at a 10px font. */
export type MeasureText = (text: string) => number;

/**
 * Font size in model units for a label whose size in model units is `base`: capped so it never
 * draws larger than `max` px on screen, and for highlighted elements never smaller than `min` px
 * (others never smaller than `floor` px where labels are kept readable: `keepLabelsReadable`).
 */
export function labelFontSize(
  ele: SingularElementArgument,
  base: number,
  px: { floor: number; min: number; max: number },
  zoom = ele.cy().zoom(),
): number {
  const capped = Math.min(base, px.max / zoom);
  const floor = isHighlighted(ele) ? px.min : labelsKeptReadable(ele.cy()) ? px.floor : 0;
  return Math.max(capped, floor / zoom);
}

/**
 * The size, in model units, of the label `ele` is drawn with at `zoom` (default: the current one):
 * what the stylesheet gives it and what label placement measures.
 */
export function labelSize(ele: SingularElementArgument, zoom = ele.cy().zoom()): number {
  return ele.isNode()
    ? labelFontSize(ele, ele.data('fontSize') as number, LABEL_PX.node, zoom)
    : labelFontSize(ele, EDGE_FONT, LABEL_PX.edge, zoom);
}

const isHighlighted = (ele: SingularElementArgument) => ele.hasClass('focus') || ele.hasClass('neighbour');

const READABLE_FLOOR = 'dossierReadableLabels';
/**
 * The zoom each core's label sizes were last computed at, and how many elements it had (see
 * updateLabelDetail). Not in the core's scratch: Cytoscape restyles every element when that is set.
 */
const styledAt = new WeakMap<Core, { zoom: number; elements: number }>();
/** Whether node labels on `cy` keep a readable size however far it is zoomed out (`LABEL_PX.node.floor`). */
export function keepLabelsReadable(cy: Core, on: boolean): void {
  cy.scratch(READABLE_FLOOR, on);
  // Every label's size depends on it: the next label pass recomputes them all.
  styledAt.delete(cy);
}
const labelsKeptReadable = (cy: Core) => cy.scratch(READABLE_FLOOR) === true;

/** A node and its label's font, to measure the label's rectangle, all in the same units. */
export interface NodeLabelGeometry {
  /** The node's centre and diameter. */
  at: Position;
  nodeSize: number;
  /** The space between node and label (the stylesheet's text margin). */
  margin: number;
  /** The font size, and the width of each line of the text drawn at it (see wrappedLineWidths). */
  px: number;
  lineWidths: readonly number[];
}

/**
 * The widths of the lines `text` breaks into at font size `px` when wrapped at `wrap` (both in the
 * same units; Infinity for one line), broken as Cytoscape breaks a wrapped label: words are added to
 * a line while it fits with the space after it (Cytoscape measures that space too, but none after
 * the last word), and a word wider than `wrap` stands on a line of its own. A word-wrapped label has
 * more lines than its width over `wrap` when words do not fill each line.
 */
export function wrappedLineWidths(text: string, px: number, wrap: number, measure: MeasureText): number[] {
  const width = (t: string) => (measure(t) * px) / 10;
  if (!(wrap < Infinity)) return [width(text)];
  const lines: number[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  words.forEach((word, i) => {
    const next = line ? `${line} ${word}` : word;
    // The space after the last word is not measured (Cytoscape's separator there is the end).
    if (line && width(i < words.length - 1 ? `${next} ` : next) > wrap) {
      lines.push(width(line));
      line = word;
    } else line = next;
  });
  lines.push(width(line));
  return lines;
}

/**
 * A node label's rectangle at `place`, padded by LABEL_GAP, in the units of `g` (screen px, or
 * the export's layout units).
 */
export function nodeLabelBox(g: NodeLabelGeometry, place: LabelPlace): LabelRect {
  const { at: p, px, lineWidths } = g;
  const width = Math.max(0, ...lineWidths);
  const height = Math.max(1, lineWidths.length) * px * 1.2;
  // At a corner the label's nearest corner meets the node's square, half a margin off each side.
  const corner = place.includes('-');
  const offset = g.nodeSize / 2 + (corner ? g.margin / 2 : g.margin);
  const right = place === 'right' || place.endsWith('-right');
  const left = place === 'left' || place.endsWith('-left');
  const below = place.startsWith('below');
  const above = place.startsWith('above');
  const x1 = right ? p.x + offset : left ? p.x - offset - width : p.x - width / 2;
  const y1 = below ? p.y + offset : above ? p.y - offset - height : p.y - height / 2;
  return uprightRect(x1 - LABEL_GAP, y1 - LABEL_GAP, x1 + width + LABEL_GAP, y1 + height + LABEL_GAP);
}

/** The part of a node's square centred at `p`, `nodeSize` across, that counts as its body. */
export function nodeBody(p: Position, nodeSize: number): LabelRect {
  const half = (nodeSize * NODE_BODY) / 2;
  return uprightRect(p.x - half, p.y - half, p.x + half, p.y + half);
}

/**
 * The rectangle a relation's label takes: its text, `textWidth` wide at font size `px`, turned
 * along the edge from `a` to `b` (as the stylesheet's autorotate draws it), centred on `m`. Null
 * when the edge has no length.
 */
export function edgeLabelBox(
  a: Position,
  b: Position,
  m: Position,
  px: number,
  textWidth: number,
): LabelRect | null {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length === 0) return null;
  return {
    cx: m.x,
    cy: m.y,
    ux: (b.x - a.x) / length,
    uy: (b.y - a.y) / length,
    hw: textWidth / 2 + 1,
    hh: (px * 1.2) / 2 + 1,
  };
}

/** A node's label as drawn on screen: wrapped, at the zoom's font size (labelFontSize). */
function screenLabel(node: NodeSingular, zoom: number, measure: MeasureText): NodeLabelGeometry {
  const px = labelSize(node) * zoom;
  return {
    at: node.renderedPosition(),
    nodeSize: (node.data('size') as number) * zoom,
    margin: LABEL_MARGIN * zoom,
    px,
    lineWidths: wrappedLineWidths(String(node.data('label')), px, labelWrap(px / zoom) * zoom, measure),
  };
}

/**
 * Where the label sits: the drawn edge's midpoint (off the straight line for bundled, curved
 * edges), or halfway between its ends when no renderer has drawn it (headless Cytoscape).
 * `rendered`: in screen px, else in model units.
 */
export function edgeMidpoint(edge: EdgeSingular, a: Position, b: Position, rendered = true): Position {
  try {
    const m = rendered ? edge.renderedMidpoint() : edge.midpoint();
    if (Number.isFinite(m.x) && Number.isFinite(m.y)) return m;
  } catch {
    // No renderer: headless instances cannot draw, hence cannot say where the curve runs.
  }
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** The screen rectangle a relation's label takes; null when nothing is drawn. */
function edgeLabelRect(edge: EdgeSingular, zoom: number, measure: MeasureText): LabelRect | null {
  const text = String(edge.data('caption') ?? '');
  if (text === '') return null;
  const px = labelSize(edge) * zoom;
  const a = edge.source().renderedPosition();
  const b = edge.target().renderedPosition();
  return edgeLabelBox(a, b, edgeMidpoint(edge, a, b), px, (measure(text) * px) / 10);
}

/** The class of each place other than the default (below). */
const PLACE_CLASSES = [...LABEL_PLACES.slice(1), ...CORNER_PLACES].map((p) => [p, `label-${p}`] as const);

/**
 * Puts a placement on the graph: `label-hidden` on the elements whose label is not drawn, and a
 * node's `label-above` / `-right` / `-left` class where its label sits. Only toggles classes.
 */
export function applyLabelPlacement(cy: Core, placement: LabelPlacement): void {
  // Only the classes that change (setClass): this runs on every zoom frame.
  cy.nodes().forEach((n) => {
    const place = placement.nodes.get(n.id()) ?? null;
    setClass(n, 'label-hidden', place === null);
    for (const [other, name] of PLACE_CLASSES) setClass(n, name, place === other);
  });
  cy.edges().forEach((e) => setClass(e, 'label-hidden', !placement.edges.has(e.id())));
}

/**
 * Level of detail for labels on screen: node labels, never drawn smaller than readable
 * (`LABEL_PX.node.floor`, on a graph where `keepLabelsReadable`; elsewhere a label too small to
 * read is hidden), are placed by `placeLabels` (the highlighted selection first, then by
 * importance) clear of each other and of the `blocked` areas, so zooming out thins labels out
 * instead of piling them up or shrinking them past reading. Edge labels show when readable at the
 * current zoom (on the highlighted neighbourhood, when it is small, at any zoom), likewise only
 * where they overlap nothing placed before them.
 * Cytoscape's own `min-zoomed-font-size` only acts at power-of-two zoom levels, hence this.
 * Runs after layout, selection and zoom; it only toggles classes, in one batch.
 */
export function updateLabelDetail(cy: Core, measure: MeasureText, blocked: readonly LabelRect[] = []): void {
  const zoom = cy.zoom();
  const keptReadable = labelsKeptReadable(cy);
  const nodes = cy.nodes().not('.faded, .filtered-out');
  const nodeCandidates: NodeLabelCandidate[] = nodes.map((n: NodeSingular) => {
    const highlighted = isHighlighted(n);
    const label = screenLabel(n, zoom, measure);
    return {
      id: n.id(),
      body: nodeBody(n.renderedPosition(), (n.data('size') as number) * zoom),
      boxes: LABEL_PLACES.map((place) => ({ place, box: nodeLabelBox(label, place) })),
      highlighted,
      focus: n.hasClass('focus'),
      readable: keptReadable || (n.data('fontSize') as number) * zoom >= READABLE_PX,
      importance: n.data('importance') as number,
      degree: n.data('degree') as number,
    };
  });
  // Relation labels show once readable at this zoom; before that, only on a highlighted
  // neighbourhood small enough for its labels not to pile up around the selection.
  const readableEdges = EDGE_FONT * zoom >= READABLE_PX;
  const labelHighlighted = cy.edges('.focus, .neighbour').length <= MAX_FORCED_EDGE_LABELS;
  const edgeCandidates: EdgeLabelCandidate[] = cy
    .edges()
    .not('.faded, .filtered-out')
    .map((e: EdgeSingular) => {
      const highlighted = isHighlighted(e);
      const wanted = readableEdges || (labelHighlighted && highlighted);
      return {
        id: e.id(),
        rect: wanted ? edgeLabelRect(e, zoom, measure) : null,
        focus: e.hasClass('focus'),
        highlighted,
      };
    });
  const placement = placeLabels(nodeCandidates, edgeCandidates, { coverNodes: 'any', blocked });
  cy.batch(() => {
    applyLabelPlacement(cy, placement);
    // Label sizes depend on the zoom (labelSize): only those the zoom changed are restyled (most
    // stay between the cap and the floor; a class change restyles its element anyway), or all when
    // elements were added since, as they were styled at the zoom of their adding. Restyling every
    // element on every zoom frame cost a graph of a thousand nodes a tenth of a second a frame.
    const styled = styledAt.get(cy);
    const elements = cy.elements().length;
    if (styled?.zoom !== zoom || styled.elements !== elements) {
      const stale =
        styled === undefined || styled.elements !== elements
          ? cy.elements()
          : labelsResized(cy, styled.zoom, zoom);
      (stale as unknown as { updateStyle(): void }).updateStyle();
      styledAt.set(cy, { zoom, elements });
    }
  });
}

/** The elements whose label size (labelSize) differs between zoom `from` and zoom `to`. */
export function labelsResized(cy: Core, from: number, to: number): Collection {
  return cy.elements().filter((ele) => labelSize(ele, from) !== labelSize(ele, to));
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
