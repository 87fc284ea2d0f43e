import type { Collection, Core } from 'cytoscape';
import { moveCamera } from './motion';

/** Zoom beyond which framing a selection stops zooming in: more would only waste the screen. */
const MAX_FRAMING_ZOOM = 1.4;
const PADDING = 60;

/**
 * Brings a set of elements (a selection and its neighbourhood) into a readable view: when part of
 * it is off screen, or when it would gain much from zooming in, the camera eases to frame it.
 * Otherwise the camera stays, so clicking around a well-framed area does not make it jump.
 */
export function frameElements(cy: Core, eles: Collection, duration = 350): void {
  if (eles.empty()) return;
  const box = eles.boundingBox();
  const width = cy.width();
  const height = cy.height();
  const fitZoom = Math.min(
    (width - 2 * PADDING) / Math.max(box.w, 1),
    (height - 2 * PADDING) / Math.max(box.h, 1),
  );
  const zoom = Math.max(cy.minZoom(), Math.min(fitZoom, MAX_FRAMING_ZOOM));
  const view = cy.extent();
  const inView = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
  if (inView && zoom < cy.zoom() * 1.25) return;
  const target = inView ? Math.max(zoom, cy.zoom()) : zoom;
  const pan = {
    x: width / 2 - ((box.x1 + box.x2) / 2) * target,
    y: height / 2 - ((box.y1 + box.y2) / 2) * target,
  };
  cy.stop(true, true);
  moveCamera(cy, { zoom: target, pan }, duration);
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport after the canvas changed size (the article viewer opened or closed beside it): what
 * was at the centre stays at the centre, and the zoom shrinks as much as the canvas did (never
 * grows), so everything that was in view is still in view, and nothing ends up bunched to one side.
 */
export function resizedViewport(
  view: Viewport,
  before: { width: number; height: number },
  after: { width: number; height: number },
  zoomLimits: { min: number; max: number },
): Viewport {
  const centre = {
    x: (before.width / 2 - view.pan.x) / view.zoom,
    y: (before.height / 2 - view.pan.y) / view.zoom,
  };
  const shrink = Math.min(1, after.width / before.width, after.height / before.height);
  const zoom = Math.min(zoomLimits.max, Math.max(zoomLimits.min, view.zoom * shrink));
  return { zoom, pan: { x: after.width / 2 - centre.x * zoom, y: after.height / 2 - centre.y * zoom } };
}

/**
 * Keeps the view framed as the container changes size (resizedViewport). Returns its removal.
 * `core` is read on each change, since the view may replace its core.
 */
export function followContainerSize(container: HTMLElement, core: () => Core): () => void {
  let size = { width: container.clientWidth, height: container.clientHeight };
  const observer = new ResizeObserver(() => {
    const next = { width: container.clientWidth, height: container.clientHeight };
    const before = size;
    size = next;
    if (next.width === before.width && next.height === before.height) return;
    const cy = core();
    cy.resize();
    // A canvas that was hidden (no size) has no view to keep.
    if (before.width === 0 || before.height === 0 || next.width === 0 || next.height === 0) return;
    cy.viewport(
      resizedViewport({ zoom: cy.zoom(), pan: cy.pan() }, before, next, {
        min: cy.minZoom(),
        max: cy.maxZoom(),
      }),
    );
  });
  observer.observe(container);
  return () => observer.disconnect();
}
