import type { Theme } from '../model/viewSettings';
import { traceNodeShape } from './nodeShapes';
import type { PreviewScene } from './previewScene';

/** Shapes or lines per path: long paths are slow in the software rasteriser (see edgeLayer.ts). */
const PER_PATH = 200;
/** Cytoscape's default label font, which the large-graph stylesheet keeps (scale.ts). */
const LABEL_FONT = 'Helvetica Neue, Helvetica, sans-serif';

/** 2D drawing on a page canvas or on a worker's OffscreenCanvas. */
type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Draws a large graph's first picture (previewScene.ts) as the view will show it: the background,
 * the edges as thin lines (as the edge layer draws them), the nodes in their type shapes and
 * colours, and the labels readable at this zoom. Runs in the import worker, on the canvas the page
 * handed it.
 */
export function drawPreview(ctx: Context2D, scene: PreviewScene): void {
  const { zoom, pan } = scene.viewport;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  ctx.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
  const { x, y, r } = scene;

  ctx.lineWidth = 1 / zoom;
  for (const group of scene.edgeGroups) {
    ctx.strokeStyle = group.color;
    ctx.setLineDash(group.dash.map((d) => d / zoom));
    ctx.beginPath();
    for (let k = 0, inPath = 0; k < group.ends.length; k += 2) {
      const s = group.ends[k]!;
      const t = group.ends[k + 1]!;
      ctx.moveTo(x[s]!, y[s]!);
      ctx.lineTo(x[t]!, y[t]!);
      if (++inPath === PER_PATH) {
        ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);

  for (const group of scene.nodeGroups) {
    ctx.fillStyle = group.fill;
    ctx.beginPath();
    group.nodes.forEach((i, k) => {
      traceNodeShape(ctx, group.shape, x[i]!, y[i]!, r[i]!);
      if ((k + 1) % PER_PATH === 0) {
        ctx.fill();
        ctx.beginPath();
      }
    });
    ctx.fill();
  }

  ctx.fillStyle = scene.label;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const label of scene.labels) {
    ctx.font = `${label.fontSize}px ${LABEL_FONT}`;
    ctx.fillText(label.text, label.x, label.y);
  }
}

/** A canvas handed to the import worker for a large graph's first picture, sized to the view. */
export interface PreviewTarget {
  canvas: OffscreenCanvas;
  width: number;
  height: number;
  theme: Theme;
}
