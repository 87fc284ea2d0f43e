import { notedNodeIds, selectNotes } from '../../state/notesSlice';
import { useAppStore } from '../../state/store';
import type { GraphView } from '../../view/graphView';

/** Marks the noted nodes in the view as they are now (after a new graph is drawn). */
export function showNotes(view: GraphView): void {
  view.setNoted(notedNodeIds(selectNotes(useAppStore.getState())));
}

/** Keeps the view's note badges in step with the store, without re-rendering React. */
export function bindNotes(view: GraphView): () => void {
  let noted = notedNodeIds(selectNotes(useAppStore.getState()));
  view.setNoted(noted);
  return useAppStore.subscribe((state) => {
    const next = notedNodeIds(selectNotes(state));
    if (next === noted) return;
    noted = next;
    view.setNoted(next);
  });
}
