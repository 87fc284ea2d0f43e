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
