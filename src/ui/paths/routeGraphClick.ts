import type { Selection } from '../../model/selection';
import { useAppStore } from '../../state/store';

/**
 * Where a click in the graph goes. While the Paths panel is open a node click picks a path end (the
 * panel says so) and other clicks do nothing, so the paths stay on screen; otherwise it selects.
 */
export function routeGraphClick(selection: Selection | null): void {
  const state = useAppStore.getState();
  if (state.path === null) state.select(selection);
  else if (selection?.kind === 'node') state.pickPathNode(selection.id);
}
