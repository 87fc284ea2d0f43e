import { count } from '../count';
import { registerOpenGuard } from '../../state/openGuard';
import { selectNotes } from '../../state/notesSlice';
import type { Autosave } from '../../state/persistence/autosave';
import { useAppStore } from '../../state/store';
import { askToConfirm } from './confirm';
import { exportNotes } from '../notes/exportNotes';

/**
 * Asks before another graph replaces one whose work would be lost: the person's notes and the
 * articles they added. Both are kept per graph: the bundled corpus comes back with them, so
 * replacing it asks nothing once they are saved. An imported graph is not kept once another opens
 * (its work comes back only if the same file is opened again), and without storage nothing is
 * kept: then the person decides, and may export first. Returns the guard's removal.
 */
export function startLeavingGuard(autosave: Autosave | null): () => void {
  return registerOpenGuard(async () => {
    await autosave?.flush();
    const state = useAppStore.getState();
    const notes = selectNotes(state);
    const articles = state.added.length + (state.review ? 1 : 0);
    const dataset = state.dataset;
    if (!dataset || (notes.size === 0 && articles === 0)) return true;
    if (autosave && state.origin.kind === 'bundled') return true;
    const name = dataset.title ? `“${dataset.title}”` : 'this graph';
    const what = [
      ...(notes.size > 0 ? [`your ${count(notes.size, 'note')}`] : []),
      ...(articles > 0 ? [`the ${count(articles, 'article')} you added`] : []),
    ].join(' and ');
    const keep = [
      ...(notes.size > 0 ? ['Export the notes'] : []),
      ...(articles > 0
        ? ['export the graph as a Dossier bundle (JSON: the articles keep their passages)']
        : []),
    ].join(' and ');
    return askToConfirm({
      title: `Replace ${name} and ${what}?`,
      body: `${
        autosave
          ? `They stay in this browser, but ${name} itself is not kept once another graph opens: they come back only if you open the same file again.`
          : `This browser cannot save them: they will be lost.`
      } ${keep.charAt(0).toUpperCase()}${keep.slice(1)} to keep a copy.`,
      confirm: 'Open the new graph',
      cancel: 'Keep this graph',
      ...(notes.size > 0 ? { extra: { label: 'Export notes', run: () => exportNotes(dataset, notes) } } : {}),
    });
  });
}
