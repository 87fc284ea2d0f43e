import type { Core } from 'cytoscape';
import type { KnowledgeGraph } from '../../model/dataset';
import type { Visibility } from '../../model/filters';
import {
  layoutReadableImage,
  type ImageExtras,
  type ImageLayout,
  type MeasureText,
} from '../../model/export/imageLayout';
import { imageSize, type ImageSize, type SizeChoice } from '../../model/export/imageSize';
import { canvasTextMeasure, type MeasureText as LabelMeasure } from '../labelDetail';
import { FONT_FAMILY } from '../stylesheet';
import type { ExportBackground } from './exportInstance';
import { placeExportLabels, type LabelCounts } from './exportLabels';

/** What the person asked to draw. */
export interface ImageRequest {
  /** The open graph: the edges of the scope are drawn from it. */
  graph: KnowledgeGraph;
  scope: Visibility;
  /** The graph's node types in styling order (`nodeTypesOf`), so the export styles them as on screen. */
  types: readonly string[];
  extras: ImageExtras;
  background: ExportBackground;
  edgeLabels: boolean;
  size: SizeChoice;
  /**
   * The size at which the labels drawn must be readable: the PNG's size; a vector picture's
   * layout units (scale 1). Not `size` for a preview, drawn small but showing the export's labels.
   */
  readableAt: SizeChoice;
}

/** The picture to draw: where everything goes (layout units) and at what pixel size. */
export interface ImagePlan {
  layout: ImageLayout;
  size: ImageSize;
  /** The drawn graph's bounding box in model coordinates (labels included), rounded up as Cytoscape draws it. */
  box: { x1: number; y1: number; w: number; h: number };
  /** How many labels are drawn, of how many: the others would overlap or be too small to read. */
  labels: LabelCounts;
}

export const fontOf = (px: number, bold: boolean) => `${bold ? 'bold ' : ''}${px}px ${FONT_FAMILY}`;

let measureContext: CanvasRenderingContext2D | null | undefined;
/** Text widths in the export's font, measured with a canvas. */
export const measureText: MeasureText = (text, px, bold) => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * px * 0.6;
  measureContext.font = fontOf(px, bold);
  return measureContext.measureText(text).width;
};

let labelMeasure: LabelMeasure | undefined;

/** The drawn graph's box (labels included) and the picture around it, at `size`. */
function frame(cy: Core, request: ImageRequest, size: SizeChoice) {
  const bb = cy.elements().boundingBox();
  const box = cy.elements().empty()
    ? { x1: 0, y1: 0, w: 1, h: 1 }
    : { x1: bb.x1, y1: bb.y1, w: Math.ceil(bb.w), h: Math.ceil(bb.h) };
  const layout = layoutReadableImage(box.w, box.h, request.extras, measureText, request.readableAt);
  return { layout, size: imageSize(layout.width, layout.height, size), box };
}

/**
 * Plans an image on an export instance (see `withExportInstance`) that holds the scope: places
 * its labels by the screen's rules (labels that would overlap give way), then frames it. The
 * scale of a picture asked for by width depends on the framed box, which depends on the labels
 * drawn (one moved beside a node at the edge widens it): the labels are placed at the scale of
 * the fresh instance's box (every label below its node), and placed again at the framed
 * picture's scale while that is smaller (up to three times), so that no label is drawn under the
 * readable size. A picture asked for by zoom factor has one scale: one pass (placement is the
 * costly part on a large graph).
 */
export function planImage(cy: Core, request: ImageRequest): ImagePlan {
  labelMeasure ??= canvasTextMeasure(FONT_FAMILY);
  const place = (scale: number) =>
    placeExportLabels(cy, labelMeasure as LabelMeasure, { edgeLabels: request.edgeLabels, scale }).counts;
  let judgedAt = frame(cy, request, request.readableAt).size.scale;
  let counts = place(judgedAt);
  for (let pass = 0; pass < 3; pass++) {
    const scale = frame(cy, request, request.readableAt).size.scale;
    if (scale >= judgedAt) break;
    judgedAt = scale;
    counts = place(scale);
  }
  return { ...frame(cy, request, request.size), labels: counts };
}
