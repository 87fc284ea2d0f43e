import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';

/**
 * Above this many elements (nodes + edges) the view runs in large-graph mode: the bundled corpus
 * and other small graphs keep the full drawing (curved edges with arrows and labels, label
 * placement by collision), bigger ones get what stays interactive on a 2-core machine (see
 * BENCHMARKS.md).
 */
export const LARGE_GRAPH_ELEMENTS = 5_000;

export function isLargeGraph(nodes: number, edges: number): boolean {
  return nodes + edges > LARGE_GRAPH_ELEMENTS;
}

/**
 * Why a layout is not offered for a graph this size, or null. The force layout (fcose) runs on the
 * main thread and takes minutes on tens of thousands of elements; large graphs get ForceAtlas2 in
 * a worker when opened (and "Positions from file" keeps that).
 */
export function unavailableLayout(nodes: number, edges: number, layout: string): string | null {
  return layout === 'force' && isLargeGraph(nodes, edges)
    ? 'Too slow on a graph this large: it was laid out with ForceAtlas2 when opened (Positions from file).'
    : null;
}

/** Which Cytoscape renderer draws large graphs: `?renderer=webgl|canvas` overrides it (for measuring). */
export type LargeRenderer = 'canvas' | 'webgl';
export const DEFAULT_LARGE_RENDERER: LargeRenderer = 'canvas';

function chosenRenderer(): LargeRenderer {
  const asked = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('renderer');
  return asked === 'webgl' || asked === 'canvas' ? asked : DEFAULT_LARGE_RENDERER;
}

/**
 * Renderer options, which Cytoscape takes only when a core is created (graphView recreates the
 * core when a graph crosses LARGE_GRAPH_ELEMENTS). At scale: edges are not drawn while the view
 * moves, one device pixel per CSS pixel, no motion blur; WebGL when asked for and available
 * (Cytoscape falls back to the canvas when it cannot get a WebGL context).
 */
export function rendererOptions(large: boolean): Partial<CytoscapeOptions> {
  if (!large) return {};
  const webgl = chosenRenderer() === 'webgl';
  return {
    hideEdgesOnViewport: true,
    textureOnViewport: true,
    motionBlur: false,
    pixelRatio: 1,
    ...(webgl ? ({ renderer: { name: 'canvas', webgl: true } } as Partial<CytoscapeOptions>) : {}),
  };
}

/**
 * Rules that replace costly defaults at scale, placed right after the base rules (highlight,
 * path and filter rules still come later and win): straight "haystack" edges without arrows or
 * labels, node label size straight from data (no per-zoom function), and labels culled by
 * Cytoscape's `min-zoomed-font-size` instead of the collision pass in labelDetail.ts. Highlighted,
 * hovered and on-path nodes keep their labels at any zoom.
 */
export function largeGraphRules(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'font-size': 'data(fontSize)',
        'text-wrap': 'none',
        'min-zoomed-font-size': 9,
        'border-width': 1,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        label: '',
        width: 0.8,
      },
    },
    {
      selector: 'node.focus, node.neighbour, node.hover, node.on-path',
      style: { 'min-zoomed-font-size': 0 },
    },
  ];
}

/**
 * Rules after every class rule at scale: highlight, hover and path rules raise `z-index`, and
 * any z-index change makes Cytoscape re-sort all elements for drawing (about a second for 30,000
 * elements here, on every click). Nodes still draw over edges.
 */
export const largeGraphLastRules: StylesheetJson = [{ selector: 'node, edge', style: { 'z-index': 0 } }];
