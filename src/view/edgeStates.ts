import type { Display } from '../model/neighbourhood';

/** How the edge layer draws one edge. */
export const EDGE_HIDDEN = 0;
export const EDGE_SHOWN = 1;
/** Outside a focus (fade mode) or off a traced path. */
export const EDGE_FADED = 2;
export const EDGE_ON_PATH = 3;

/**
 * Each edge's state under what filters, focus and paths leave (null: all shown), in `ids` order:
 * the edge layer's equivalent of the classes visibility.ts and focus.ts set on Cytoscape edges.
 */
export function edgeStates(ids: readonly string[], display: Display | null): Uint8Array {
  const states = new Uint8Array(ids.length).fill(EDGE_SHOWN);
  if (!display) return states;
  const { shown, inside, path } = display;
  ids.forEach((id, i) => {
    if (!shown.edges.has(id)) states[i] = EDGE_HIDDEN;
    else if (path?.edges.has(id)) states[i] = EDGE_ON_PATH;
    else if (path || (inside && !inside.edges.has(id))) states[i] = EDGE_FADED;
  });
  return states;
}
