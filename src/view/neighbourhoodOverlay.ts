import type { Core, NodeSingular } from 'cytoscape';
import type { KnowledgeGraph } from '../model/dataset';
import type { ICanvasLayer } from 'cytoscape-layers';
import { layersOf } from './canvasLayers';
import type { Selection } from '../model/selection';
import { overlayScene, type OverlayScene } from './overlayScene';
import { FONT_FAMILY } from './stylesheet';
import { traceNodeShape } from './nodeShapes';
import type { CanvasPalette } from './palette';

/** Label size on the overlay, in screen px. */
const LABEL_PX = 12;
/** How much of the rest of the graph the wash hides (the background colour at this opacity). */
const WASH_OPACITY = 0.72;

export interface NeighbourhoodOverlay {
  /** The selection to emphasise (null: none), with the edges the filters and focus leave. */
  setSelection(selection: Selection | null, edgeShown: (id: string) => boolean): void;
  /** The node under the pointer (null: none). */
  setHovered(node: NodeSingular | null): void;
  setPalette(palette: CanvasPalette): void;
  destroy(): void;
}

/**
 * At scale (scale.ts) a selection's neighbourhood is drawn on a canvas layer above Cytoscape's
 * (cytoscape-layers), over a wash that pushes the rest of the graph back: nothing in the graph is
 * restyled, so Cytoscape does not redraw its tens of thousands of elements for a click or a hover.
 * The layer follows pans and zooms and does not take pointer events.
 */
export function createNeighbourhoodOverlay(
  cy: Core,
  graph: KnowledgeGraph,
  initial: CanvasPalette,
): NeighbourhoodOverlay {
  const plugin = layersOf(cy);
  const layer: ICanvasLayer = plugin.append('canvas');
  let palette = initial;
  let scene: OverlayScene | null = null;
  let hovered: NodeSingular | null = null;
  // The benchmark's mark is set once per new highlight, not on every pan.
  let unmarked = false;

  const drawNode = (
    ctx: CanvasRenderingContext2D,
    node: NodeSingular,
    zoom: number,
    ring: string,
    ringPx: number,
  ) => {
    const { x, y } = node.position();
    ctx.beginPath();
    traceNodeShape(ctx, node.style('shape') as string, x, y, node.width() / 2);
    ctx.fillStyle = node.style('background-color') as string;
    ctx.fill();
    ctx.lineWidth = ringPx / zoom;
    ctx.strokeStyle = ring;
    ctx.stroke();
  };
  const drawLabel = (ctx: CanvasRenderingContext2D, node: NodeSingular, zoom: number, bold: boolean) => {
    const { x, y } = node.position();
    ctx.font = `${bold ? 'bold ' : ''}${LABEL_PX / zoom}px ${FONT_FAMILY}`;
    const text = String(node.data('label') ?? '');
    const top = y + node.height() / 2 + 3 / zoom;
    ctx.lineWidth = 3 / zoom;
    ctx.strokeStyle = palette.labelOutline;
    ctx.strokeText(text, x, top);
    ctx.fillStyle = palette.label;
    ctx.fillText(text, x, top);
  };

  layer.callback((ctx) => {
    if (!scene && !hovered) return;
    const zoom = cy.zoom();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    if (scene) {
      const box = cy.extent();
      ctx.globalAlpha = WASH_OPACITY;
      ctx.fillStyle = palette.background;
      ctx.fillRect(box.x1, box.y1, box.w, box.h);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = palette.edgeHighlight;
      ctx.lineWidth = 1.6 / zoom;
      ctx.beginPath();
      for (const [s, t] of scene.edges) {
        ctx.moveTo(s.position('x'), s.position('y'));
        ctx.lineTo(t.position('x'), t.position('y'));
      }
      ctx.stroke();
      const { focusNode, focusEdge } = scene;
      scene.nodes.forEach((node) => {
        if (!focusNode?.same(node)) drawNode(ctx, node, zoom, palette.edgeHighlight, 1.5);
      });
      if (focusNode) drawNode(ctx, focusNode, zoom, palette.focus, 4);
      if (focusEdge) {
        const [s, t] = focusEdge;
        ctx.strokeStyle = palette.focus;
        ctx.lineWidth = 4 / zoom;
        ctx.beginPath();
        ctx.moveTo(s.position('x'), s.position('y'));
        ctx.lineTo(t.position('x'), t.position('y'));
        ctx.stroke();
      }
      scene.labelled.forEach((node) => drawLabel(ctx, node, zoom, focusNode?.same(node) ?? false));
    }
    if (hovered && !hovered.removed() && hovered.visible()) {
      drawNode(ctx, hovered, zoom, palette.focus, 2);
      drawLabel(ctx, hovered, zoom, true);
    }
    // For the benchmark (bench/run.ts): the highlight is on screen from this frame on.
    if (scene && unmarked) performance.mark('highlight-drawn', { detail: { id: scene.id } });
    unmarked = false;
  });

  return {
    setSelection(selection, edgeShown) {
      scene = overlayScene(cy, graph, selection, edgeShown);
      unmarked = scene !== null;
      layer.update();
    },
    setHovered(node) {
      hovered = node;
      layer.update();
    },
    setPalette(next) {
      palette = next;
      layer.update();
    },
    destroy() {
      layer.remove();
    },
  };
}
