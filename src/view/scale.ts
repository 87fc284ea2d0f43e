import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import { READABLE_PX } from './labelDetail';

/**
 * Above this many elements (nodes + edges) the view runs in large-graph mode: the bundled corpus
 * and other small graphs keep the full drawing (curved edges with arrows and labels, label
 * placement by collision), bigger ones get what stays interactive on a 2-core machine (see
 * BENCHMARKS.md).
 */
export const LARGE_GRAPH_ELEMENTS = 5_000;

/** The zoom limits of a large graph's core (graphView.ts `createCore`), also used to frame its first picture. */
export const LARGE_ZOOM = { min: 0.02, max: 4 } as const;
/** The zoom limits of a small graph's core, likewise. */
export const SMALL_ZOOM = { min: 0.1, max: 4 } as const;

/** The zoom limits of the core a graph of this size gets. */
export const zoomLimits = (nodes: number, edges: number) =>
  isLargeGraph(nodes, edges) ? LARGE_ZOOM : SMALL_ZOOM;

/**
 * Above this many elements a graph opened from a file gets a first picture while it is read and
 * laid out (previewScene.ts): below it, the layout and the drawing take well under a second.
 */
export const FIRST_PICTURE_ELEMENTS = 1_000;

/**
 * Up to this many elements node labels never shrink below readable when zoomed out: fewer fit
 * instead (labelDetail.ts). Above it labels too small to read hide: there the floor made each
 * pan/zoom frame ten times slower (synthetic-1k, `npm run bench`: p50 24 -> 237 ms), since a label
 * held at the floor changes size, and is restyled, on every frame of a zoom.
 */
export const READABLE_LABELS_ELEMENTS = 1_000;

export function isLargeGraph(nodes: number, edges: number): boolean {
  return nodes + edges > LARGE_GRAPH_ELEMENTS;
}

/**
 * Why a layout is not offered for a graph this size, or null. The force layout (fcose) runs on the
 * main thread and takes minutes on tens of thousands of elements; large graphs get ForceAtlas2 in
 * a worker when opened (and "As opened" keeps that).
 */
export function unavailableLayout(nodes: number, edges: number, layout: string): string | null {
  return layout === 'force' && isLargeGraph(nodes, edges)
    ? 'Too slow on a graph this large: it was laid out with ForceAtlas2 when opened (As opened).'
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
 * The base rules at scale, in place of the full ones (stylesheet.ts): every property a rule sets is
 * computed and stored (about a hundred bytes) for each of tens of thousands of elements, so only
 * what must differ from Cytoscape's defaults is set: no borders, the default font. There are no edge
 * rules: at scale edges are straight lines on a layer of their own (edgeLayer.ts), not Cytoscape
 * elements. Node label size straight from data (no per-zoom
 * function); labels culled by Cytoscape's `min-zoomed-font-size` instead of the collision pass in
 * labelDetail.ts, and without an outline (they show only when zoomed in, over a thinner graph).
 */
export function largeGraphBaseRules(
  nodeBasics: Record<string, string>,
  typeRules: StylesheetJson,
): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        ...nodeBasics,
        'font-size': 'data(fontSize)',
        'min-zoomed-font-size': READABLE_PX,
        // The pointer is resolved by a spatial index instead (scalePointer.ts).
        events: 'no',
      },
    },
    ...typeRules,
  ];
}

/**
 * Rules after every class rule at scale: path and marked rules raise `z-index`, and any
 * z-index change makes Cytoscape re-sort all elements for drawing (about a second for 30,000
 * elements here). Only the elements with those classes get the rule: a property set on every
 * element costs on every element.
 */
export const largeGraphLastRules: StylesheetJson = [
  { selector: '.on-path, .marked', style: { 'z-index': 0 } },
];
