/**
 * How a node looks from its data alone (size from importance, a file's colour when drawable):
 * shared by the Cytoscape elements (elements.ts) and the first picture drawn in the import worker
 * (previewScene.ts), which has no Cytoscape, so both draw the same graph.
 */

/** Node diameter range in pixels; importance (degree by default) picks a size inside it. */
export const NODE_SIZE = { min: 18, max: 56 } as const;
/** Node label font size range, in model units (scaled by zoom). */
export const LABEL_SIZE = { min: 14, max: 26 } as const;

/**
 * Node and label size for an importance in [0, 1] (see model/metrics.ts). The square root keeps
 * minor nodes visible; busier nodes get bigger labels, which stay readable when zoomed out while
 * minor ones give way.
 */
export function nodeSizeData(importance: number): { importance: number; size: number; fontSize: number } {
  const scale = Math.sqrt(Math.max(0, Math.min(1, importance)));
  return {
    importance,
    size: Math.round(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * scale),
    fontSize: Math.round(LABEL_SIZE.min + (LABEL_SIZE.max - LABEL_SIZE.min) * scale),
  };
}

/** CSS colours Cytoscape draws: #rgb, #rrggbb, rgb(a)/hsl(a) and names. */
const DRAWABLE_COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|(rgb|hsl)a?\([^()]*\)|[a-z]+)$/i;

/**
 * A file's colour when Cytoscape can draw it. Others (e.g. `#e36d0`, five digits) are left out, so
 * the type colour shows: Cytoscape would warn once per element and per style pass (thousands of
 * console messages on a big graph) and draw a default grey anyway.
 */
export function drawableColor(color: string | undefined): string | undefined {
  return color !== undefined && DRAWABLE_COLOR.test(color.trim()) ? color.trim() : undefined;
}
