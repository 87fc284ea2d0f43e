import type { Core } from 'cytoscape';
import type { ImageFormatId } from '../../model/export/formats';
import { withExportInstance } from './exportInstance';
import { planImage, type ImagePlan, type ImageRequest } from './imagePlan';
import { renderPdf } from './renderPdf';
import { renderPng } from './renderPng';
import { renderSvg } from './renderSvg';

export type { ImageRequest, ImagePlan };

const look = (request: ImageRequest) => ({
  background: request.background,
  edgeLabels: request.edgeLabels,
  types: request.types,
  graph: request.graph,
});

/** How big the picture of a request will be, before drawing it (the dialog states caps with it). */
export function measureImage(source: Core, request: ImageRequest): Promise<ImagePlan> {
  return withExportInstance(source, request.scope, look(request), (cy) => planImage(cy, request));
}

/**
 * Draws the scope of the on-screen graph `source` as a PNG, SVG or PDF, from a separate
 * Cytoscape holding only the scope (see `withExportInstance`).
 */
export function renderImage(
  source: Core,
  format: ImageFormatId,
  request: ImageRequest,
): Promise<{ blob: Blob; plan: ImagePlan }> {
  return withExportInstance(source, request.scope, look(request), async (cy) => {
    const plan = planImage(cy, request);
    const blob =
      format === 'png'
        ? await renderPng(cy, request, plan)
        : format === 'svg'
          ? renderSvg(cy, request, plan)
          : await renderPdf(cy, request, plan);
    return { blob, plan };
  });
}
