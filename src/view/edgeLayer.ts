import type { BoundingBox12, Core } from 'cytoscape';
import type { ICanvasLayer } from 'cytoscape-layers';
import { layersOf } from './canvasLayers';
import type { KnowledgeGraph } from '../model/dataset';
import type { Display } from '../model/neighbourhood';
import { edgeStroke } from './edgeStroke';
import { EDGE_FADED, EDGE_HIDDEN, EDGE_ON_PATH, EDGE_SHOWN, edgeStates } from './edgeStates';
import type { CanvasPalette } from './palette';

/** Lines per stroked path (see `trace`). */
const PATH_SEGMENTS = 200;
/** How long after the last pan or zoom step the edges are drawn again, in ms. */
const SETTLE_MS = 120;

export interface EdgeLayer {
  /** What filters, focus and paths leave (null: everything). */
  setDisplay(display: Display | null): void;
  setPalette(palette: CanvasPalette): void;
  /** How many edges are drawn (not hidden by filters or a hide-mode focus). */
  readonly shown: number;
  destroy(): void;
}

/** Edges drawn with one stroke style: a colour and a dash pattern. */
interface StrokeGroup {
  color: string | null;
  dash: number[];
  edges: number[];
}

/**
 * At scale (scale.ts) the edges are not Cytoscape elements: they are drawn here, as one path per
 * colour, on a canvas layer under Cytoscape's nodes (cytoscape-layers). A Cytoscape edge costs
 * about 4 KB and its share of every style pass, hit test and redraw; here an edge is two indices
 * and a line. Like `hideEdgesOnViewport`, edges are not drawn while the view moves. Edges cannot
 * be clicked (their relations are in their nodes' panels); selection and paths draw over them.
 */
export function createEdgeLayer(cy: Core, graph: KnowledgeGraph, initial: CanvasPalette): EdgeLayer {
  const plugin = layersOf(cy);
  const layer: ICanvasLayer = plugin.nodeLayer.insertBefore('canvas');
  const nodeIds = graph.nodes();
  const nodeIndex = new Map(nodeIds.map((id, i) => [id, i] as const));
  const ids: string[] = [];
  const ends = new Int32Array(graph.size * 2);
  const groups = new Map<string, StrokeGroup>();
  graph.forEachEdge((id, attrs, source, target) => {
    const i = ids.length;
    ids.push(id);
    ends[2 * i] = nodeIndex.get(source)!;
    ends[2 * i + 1] = nodeIndex.get(target)!;
    const { color, dash } = edgeStroke(attrs);
    const key = `${color}|${dash.join(',')}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { color, dash, edges: [] }));
    group.edges.push(i);
  });

  let palette = initial;
  let states = edgeStates(ids, null);
  let shown = ids.length;
  let positions: Float64Array | null = null;
  const readPositions = () => {
    const p = new Float64Array(nodeIds.length * 2);
    nodeIds.forEach((id, i) => {
      const at = cy.getElementById(id).position();
      p[2 * i] = at.x;
      p[2 * i + 1] = at.y;
    });
    return p;
  };

  let moving = false;
  // A full draw can take a second on a big graph in software: the view must have been still for
  // longer than that before drawing again, or a slow gesture would redraw between its steps.
  let lastDrawMs = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  // The layer plugin redraws on every pan and zoom step; only this module's own requests draw
  // (the others leave the canvas cleared, like Cytoscape's `hideEdgesOnViewport`).
  let requested = true;
  const redraw = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = 0;
      requested = true;
      layer.update();
    });
  };
  const onViewport = () => {
    moving = true;
    clearTimeout(settle);
    settle = setTimeout(
      () => {
        moving = false;
        redraw();
      },
      Math.max(SETTLE_MS, 2 * lastDrawMs),
    );
  };
  const onPosition = () => void (positions = null);
  cy.on('position', 'node', onPosition);
  cy.container()?.setAttribute('data-edges-shown', String(shown));

  // Stroked in short paths: one path of tens of thousands of crossing lines is a pathological case
  // for the software rasteriser (seconds for 40,000 edges here), short ones take milliseconds.
  // Edges whose box misses the view are skipped: zoomed in, most of them.
  const trace = (
    ctx: CanvasRenderingContext2D,
    p: Float64Array,
    edges: readonly number[],
    state: number,
    view: BoundingBox12,
  ) => {
    let inPath = 0;
    ctx.beginPath();
    for (const i of edges) {
      if (states[i] !== state) continue;
      const s = ends[2 * i]!;
      const t = ends[2 * i + 1]!;
      const x1 = p[2 * s]!;
      const y1 = p[2 * s + 1]!;
      const x2 = p[2 * t]!;
      const y2 = p[2 * t + 1]!;
      if (
        (x1 < view.x1 && x2 < view.x1) ||
        (x1 > view.x2 && x2 > view.x2) ||
        (y1 < view.y1 && y2 < view.y1) ||
        (y1 > view.y2 && y2 > view.y2)
      )
        continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      if (++inPath === PATH_SEGMENTS) {
        ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
    }
    if (inPath > 0) ctx.stroke();
  };

  layer.callback((ctx) => {
    if (!requested) {
      onViewport();
      return;
    }
    requested = false;
    if (moving) return;
    const started = performance.now();
    const p = (positions ??= readPositions());
    const zoom = cy.zoom();
    const view = cy.extent();
    ctx.lineWidth = 1 / zoom;
    for (const group of groups.values()) {
      ctx.strokeStyle = group.color === 'negated' ? palette.negated : (group.color ?? palette.edge);
      ctx.setLineDash(group.dash.map((d) => d / zoom));
      ctx.globalAlpha = 1;
      trace(ctx, p, group.edges, EDGE_SHOWN, view);
      ctx.globalAlpha = Math.min(0.3, palette.fadedOpacity * 2);
      trace(ctx, p, group.edges, EDGE_FADED, view);
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    ctx.lineWidth = 3 / zoom;
    ctx.strokeStyle = palette.focus;
    for (const group of groups.values()) trace(ctx, p, group.edges, EDGE_ON_PATH, view);
    // The canvas is rasterised when the frame is painted: the next frame's start includes that.
    requestAnimationFrame(() => void (lastDrawMs = performance.now() - started));
    // For tests and the benchmark: the edges are on screen from this frame on.
    performance.mark('edges-drawn', { detail: { edges: shown } });
  });

  return {
    setDisplay(display) {
      states = edgeStates(ids, display);
      shown = states.reduce((n, s) => (s === EDGE_HIDDEN ? n : n + 1), 0);
      cy.container()?.setAttribute('data-edges-shown', String(shown));
      redraw();
    },
    setPalette(next) {
      palette = next;
      redraw();
    },
    get shown() {
      return shown;
    },
    destroy() {
      clearTimeout(settle);
      cancelAnimationFrame(frame);
      cy.off('position', 'node', onPosition);
      cy.container()?.removeAttribute('data-edges-shown');
      layer.remove();
    },
  };
}
