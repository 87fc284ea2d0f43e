import { LABEL_WRAP } from './labelDetail';

/** Room around a fitted layout, in screen px: more at the top for the toolbar, at the bottom for the legend. */
const PADDING = { top: 56, right: 36, bottom: 44, left: 36 };
/** Room for guide texts that end at their anchor (band names on the left), in screen px. */
const GUIDE_MARGIN = 90;
/** Room for labels around the nodes' boxes, in model units (with the padding, about half a wrapped label across, a line below). */
const LABEL_ROOM = { x: LABEL_WRAP / 5, below: 26 };
/** A fitted layout is not blown up beyond this zoom: a handful of nodes need not fill the screen. */
const MAX_FIT_ZOOM = 1.6;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** A point a layout's guide text is anchored to (layouts/types.ts `LayoutGuide`). */
interface GuidePoint {
  x: number;
  y: number;
  align: 'start' | 'center' | 'end';
}

/**
 * The zoom and pan that frame nodes whose boxes span `nodes` (without labels; room for labels is
 * added: which labels show depends on the zoom this computes) and the guide anchors, in a view of
 * `size`, within the core's zoom limits. Pure, so the first picture of a large graph drawn in the
 * import worker (previewScene.ts) frames it exactly as Cytoscape will (layoutRunner.ts).
 */
export function fitBox(
  nodes: Box,
  guides: readonly GuidePoint[],
  size: { width: number; height: number },
  limits: { min: number; max: number },
): Viewport | undefined {
  const { width, height } = size;
  if (!(width > 0 && height > 0)) return undefined;
  let { x1, x2, y1, y2 } = {
    x1: nodes.x1 - LABEL_ROOM.x,
    x2: nodes.x2 + LABEL_ROOM.x,
    y1: nodes.y1,
    y2: nodes.y2 + LABEL_ROOM.below,
  };
  for (const g of guides) {
    x1 = Math.min(x1, g.x);
    x2 = Math.max(x2, g.x);
    y1 = Math.min(y1, g.y);
    y2 = Math.max(y2, g.y);
  }
  const left = PADDING.left + (guides.some((g) => g.align === 'end') ? GUIDE_MARGIN : 0);
  const zoom = Math.max(
    limits.min,
    Math.min(
      (width - left - PADDING.right) / Math.max(x2 - x1, 1),
      (height - PADDING.top - PADDING.bottom) / Math.max(y2 - y1, 1),
      MAX_FIT_ZOOM,
      limits.max,
    ),
  );
  return {
    zoom,
    pan: {
      x: (width + left - PADDING.right - zoom * (x1 + x2)) / 2,
      y: (height + PADDING.top - PADDING.bottom - zoom * (y1 + y2)) / 2,
    },
  };
}
