import type { Core } from 'cytoscape';
import { typeStyle } from '../palette';
import { exportPalette } from './exportInstance';
import { fontOf, type ImagePlan, type ImageRequest } from './imagePlan';
import { shapePath } from './shapes';

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    ),
  );
}

/**
 * The PNG: the scope drawn by Cytoscape at the plan's scale, placed with its margin on a canvas of
 * exactly the planned size, then the legend and caption drawn in the same scale below it.
 */
export async function renderPng(cy: Core, request: ImageRequest, plan: ImagePlan): Promise<Blob> {
  const { layout, size } = plan;
  const s = size.scale;
  const palette = exportPalette(request.background);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The browser could not create a canvas of this size.');
  if (request.background !== 'transparent') {
    ctx.fillStyle = palette.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  if (!cy.elements().empty()) {
    // maxWidth only stops Cytoscape multiplying by the screen's pixel ratio: the plan sets the size.
    const graph = await cy.png({ output: 'blob-promise', full: true, scale: s, maxWidth: Number.MAX_VALUE });
    const bitmap = await createImageBitmap(graph);
    const g = layout.graph;
    ctx.drawImage(bitmap, g.x * s, g.y * s, g.width * s, g.height * s);
    bitmap.close();
  }
  ctx.scale(s, s);
  for (const sw of layout.swatches) {
    const style = typeStyle(request.types, sw.type, palette);
    const path = new Path2D(shapePath(style.shape, sw.cx, sw.cy, sw.size));
    ctx.fillStyle = style.color;
    ctx.strokeStyle = style.border;
    ctx.lineWidth = 1.5;
    ctx.fill(path);
    ctx.stroke(path);
  }
  if (layout.dashed) {
    ctx.strokeStyle = palette.edgeHighlight;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 3]);
    ctx.beginPath();
    ctx.moveTo(layout.dashed.x1, layout.dashed.y);
    ctx.lineTo(layout.dashed.x2, layout.dashed.y);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.fillStyle = palette.label;
  for (const t of layout.texts) {
    ctx.font = fontOf(t.px, t.bold);
    ctx.fillText(t.text, t.x, t.y);
  }
  return canvasBlob(canvas);
}
