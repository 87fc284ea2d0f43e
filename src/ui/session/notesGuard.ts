import { registerOpenGuard } from '../../state/openGuard';
import { selectNotes } from '../../state/notesSlice';
import type { Autosave } from '../../state/persistence/autosave';
import { useAppStore } from '../../state/store';
import { askToConfirm } from './confirm';
import { exportNotes } from '../notes/exportNotes';

const plural = (n: number) => (n === 1 ? '1 note' : `${n} notes`);

/**
 * Asks before another graph replaces one whose notes would be lost. Notes are kept per graph: the
 * bundled corpus comes back with its notes, so replacing it asks nothing once they are saved. An
 * imported graph is not kept once another opens (its notes come back only if the same file is
 * opened again), and without storage nothing is kept: then the person decides, and may export the
 * notes first. Returns the guard's removal.
 */
export function startNotesGuard(autosave: Autosave | null): () => void {
  return registerOpenGuard(async () => {
    await autosave?.flush();
    const state = useAppStore.getState();
    const notes = selectNotes(state);
    const dataset = state.dataset;
    if (!dataset || notes.size === 0) return true;
    if (autosave && state.origin.kind === 'bundled') return true;
    const name = dataset.title ? `“${dataset.title}”` : 'this graph';
    return askToConfirm({
      title: `Replace ${name} and your ${plural(notes.size)}?`,
      body: autosave
        ? `Your notes stay in this browser, but ${name} itself is not kept once another graph opens: they come back only if you open the same file again. Export them to keep a copy.`
        : `This browser cannot save your notes: they will be lost. Export them to keep a copy.`,
      confirm: 'Open the new graph',
      cancel: 'Keep this graph',
      extra: { label: 'Export notes', run: () => exportNotes(dataset, notes) },
    });
  });
}
