import type { Collection, Core } from 'cytoscape';

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
  cy.animate({ zoom: target, pan }, { duration });
}
