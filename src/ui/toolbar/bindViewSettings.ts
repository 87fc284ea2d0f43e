import { useAppStore } from '../../state/store';
import type { GraphView } from '../../view/graphView';

/**
 * Hands the store's view settings (layout, size metric, theme) to the graph view now and on every
 * change, straight from the store, without re-rendering React. Returns the unsubscribe function.
 */
export function bindViewSettings(view: GraphView): () => void {
  const settings = useAppStore.getState();
  view.setTheme(settings.theme);
  view.setSizeBy(settings.sizeBy);
  view.runLayout(settings.layout);
  return useAppStore.subscribe((state, prev) => {
    // With a new dataset the settings are for it: GraphCanvas shows it with them, the old graph is not redrawn.
    const apply = state.dataset === prev.dataset;
    if (state.theme !== prev.theme) view.setTheme(state.theme);
    if (state.sizeBy !== prev.sizeBy) view.setSizeBy(state.sizeBy, apply);
    if (state.layout !== prev.layout) view.runLayout(state.layout, apply);
  });
}
