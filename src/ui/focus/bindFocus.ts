import { selectDisplay, selectPaths } from '../../state/focusSlice';
import { useAppStore, type AppState } from '../../state/store';
import type { GraphView } from '../../view/graphView';

/** Hands the current display (filters, hidden nodes, focus, paths) and the pins to the view, as they are now. */
export function showFocusState(view: GraphView, state: AppState = useAppStore.getState()): void {
  view.setDisplay(selectDisplay(state));
  view.setPinned(state.pinned);
}

/**
 * Keeps the view's display and pins in step with the store, straight from the store without
 * re-rendering React. A new focus or new paths are brought into view; a change of filters or of
 * focus mode is not, so the camera does not jump while the person adjusts them. Returns the
 * unsubscribe function.
 */
export function bindFocus(view: GraphView): () => void {
  const first = useAppStore.getState();
  showFocusState(view, first);
  let display = selectDisplay(first);
  let paths = selectPaths(first);
  return useAppStore.subscribe((state, prev) => {
    const nextDisplay = selectDisplay(state);
    const nextPaths = selectPaths(state);
    if (nextDisplay !== display) {
      const newFocus = state.focus !== null && state.focus !== prev.focus;
      const newPaths = nextPaths !== null && nextPaths !== paths;
      view.setDisplay(nextDisplay, newFocus || newPaths);
    }
    display = nextDisplay;
    paths = nextPaths;
    if (state.pinned !== prev.pinned) view.setPinned(state.pinned);
  });
}
