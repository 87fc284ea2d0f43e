import type { GraphData } from '../model/schema';
import { CANVAS_PALETTES } from '../view/palette';
import { drawPreview, type PreviewTarget } from '../view/previewDraw';
import type { Viewport } from '../view/fitView';
import { previewScene } from '../view/previewScene';

/** What a first picture shows: the graph's size, and the view it was framed for. */
export interface DrawnPicture extends Viewport {
  nodes: number;
  edges: number;
  width: number;
  height: number;
}

/** Resolves once what was drawn is committed to the page's canvas (the worker's next frame). */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Draws a large graph's first picture (previewScene.ts) on the page's canvas, at the target's
 * size, and resolves with what it shows once it is on screen; null when the page draws
 * this graph at once (below the large-graph size, or without positions).
 */
export async function drawFirstPicture(data: GraphData, target: PreviewTarget): Promise<DrawnPicture | null> {
  const scene = previewScene(data, CANVAS_PALETTES[target.theme], target);
  const ctx = scene ? target.canvas.getContext('2d') : null;
  if (!scene || !ctx) return null;
  if (target.canvas.width !== scene.width) target.canvas.width = scene.width;
  if (target.canvas.height !== scene.height) target.canvas.height = scene.height;
  drawPreview(ctx, scene);
  await nextFrame();
  return {
    nodes: scene.nodes,
    edges: scene.edges,
    ...scene.viewport,
    width: scene.width,
    height: scene.height,
  };
}
