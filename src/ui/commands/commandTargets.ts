import type { GraphView } from '../../view/graphView';

/**
 * The imperative handles commands act on: the graph view (camera) and the search field. The
 * components that own them register them here when they mount and clear them when they unmount;
 * everything else (selection, filters, theme) goes through the store.
 */
export const commandTargets: { view: GraphView | null; search: HTMLInputElement | null } = {
  view: null,
  search: null,
};

const viewWaiters: ((view: GraphView) => void)[] = [];

/** Registers the graph view (GraphCanvas, on mount) and hands it to those waiting for it. */
export function setGraphView(view: GraphView): void {
  commandTargets.view = view;
  for (const waiter of viewWaiters.splice(0)) waiter(view);
}

/**
 * Calls back with the graph view now, or once it exists: a graph opened from the address starts
 * before the first render.
 */
export function whenGraphView(callback: (view: GraphView) => void): void {
  if (commandTargets.view) callback(commandTargets.view);
  else viewWaiters.push(callback);
}
