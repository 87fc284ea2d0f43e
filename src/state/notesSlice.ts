import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/dataset';
import type { Selection } from '../model/selection';

/** The person's own note on one entity or relation of the open graph. */
export interface Note {
  target: Selection;
  text: string;
  /** When it was last edited (ms since the epoch). */
  updated: number;
}

/** Notes of the open graph, keyed by `noteKey(target)`. */
export type Notes = ReadonlyMap<string, Note>;

export interface NotesState {
  notes: Notes;
  /**
   * The graph these notes are on. Notes belong to one graph: when another opens, the old notes stop
   * showing at once (`selectNotes`), before the new graph's own notes arrive from storage.
   */
  notesOf: Dataset | null;
}

/** What the producers read besides their own state: the open graph. */
type Shared = NotesState & { dataset: Dataset | null };

const EMPTY: Notes = new Map();

export interface NotesActions {
  /** Writes the note on an entity or relation; blank text removes it. */
  setNote(target: Selection, text: string): void;
  /** Gives `dataset` its notes (a session restored, a graph reopened); ignored if another graph is open by then. */
  replaceNotes(dataset: Dataset, notes: Notes): void;
}

/** Nodes and edges have separate id spaces, so the kind is part of the key. */
export const noteKey = (target: Selection): string => `${target.kind}:${target.id}`;

// Pure producers: testable without React or a store. Every change makes a new map.
export const setNoteProducer =
  (target: Selection, text: string, now: number = Date.now()) =>
  <S extends Shared>(state: S): S => {
    const key = noteKey(target);
    const own = selectNotes(state);
    const current = own.get(key);
    if (text.trim() === '') {
      if (!current) return state;
      const notes = new Map(own);
      notes.delete(key);
      return { ...state, notes, notesOf: state.dataset };
    }
    if (current?.text === text) return state;
    return {
      ...state,
      notes: new Map(own).set(key, { target, text, updated: now }),
      notesOf: state.dataset,
    };
  };

export const replaceNotesProducer =
  (dataset: Dataset, notes: Notes) =>
  <S extends Shared>(state: S): S =>
    state.dataset !== dataset || (state.notesOf === dataset && state.notes === notes)
      ? state
      : { ...state, notes: new Map(notes), notesOf: dataset };

/** Notes as a map, from a list (as stored); later entries for the same target win. */
export function notesFrom(list: readonly Note[]): Notes {
  return new Map(list.map((n) => [noteKey(n.target), n]));
}

export const createNotesSlice: StateCreator<Shared & NotesActions, [], [], NotesState & NotesActions> = (
  set,
) => ({
  notes: EMPTY,
  notesOf: null,
  setNote: (target, text) => set(setNoteProducer(target, text)),
  replaceNotes: (dataset, notes) => set(replaceNotesProducer(dataset, notes)),
});

// Module-level selectors.
/** The open graph's notes (none while another graph's notes are still in the state). */
export const selectNotes = (s: Shared): Notes => (s.notesOf === s.dataset ? s.notes : EMPTY);
export const selectSetNote = (s: NotesActions) => s.setNote;

let notedMemo: { notes: Notes; ids: ReadonlySet<string> } | undefined;

/** Ids of the nodes that carry a note (memoised: one set per notes map). */
export function notedNodeIds(notes: Notes): ReadonlySet<string> {
  if (notedMemo?.notes === notes) return notedMemo.ids;
  const ids = new Set<string>();
  for (const n of notes.values()) if (n.target.kind === 'node') ids.add(n.target.id);
  notedMemo = { notes, ids };
  return ids;
}
