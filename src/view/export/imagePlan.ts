import type { Core } from 'cytoscape';
import type { KnowledgeGraph } from '../../model/dataset';
import type { Visibility } from '../../model/filters';
import {
  layoutImage,
  type ImageExtras,
  type ImageLayout,
  type MeasureText,
} from '../../model/export/imageLayout';
import { imageSize, type ImageSize, type SizeChoice } from '../../model/export/imageSize';
import { FONT_FAMILY } from '../stylesheet';
import type { ExportBackground } from './exportInstance';

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
}

/** The picture to draw: where everything goes (layout units) and at what pixel size. */
export interface ImagePlan {
  layout: ImageLayout;
  size: ImageSize;
  /** The drawn graph's bounding box in model coordinates (labels included), rounded up as Cytoscape draws it. */
  box: { x1: number; y1: number; w: number; h: number };
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

/** Plans an image on an export instance (see `withExportInstance`) that holds the scope. */
export function planImage(cy: Core, request: ImageRequest): ImagePlan {
  const bb = cy.elements().boundingBox();
  const empty = cy.elements().empty();
  const box = empty
    ? { x1: 0, y1: 0, w: 1, h: 1 }
    : { x1: bb.x1, y1: bb.y1, w: Math.ceil(bb.w), h: Math.ceil(bb.h) };
  const layout = layoutImage(box.w, box.h, request.extras, measureText);
  return { layout, size: imageSize(layout.width, layout.height, request.size), box };
}
