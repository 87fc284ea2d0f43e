import type { StateCreator } from 'zustand';
import { sameSelection, type Selection } from '../model/selection';

export interface SelectionState {
  selection: Selection | null;
}

export interface SelectionActions {
  select(selection: Selection | null): void;
}

// Pure producers: testable without React or a store.
export const selectProducer =
  (selection: Selection | null) =>
  (state: SelectionState): SelectionState =>
    sameSelection(state.selection, selection) ? state : { ...state, selection };

export const createSelectionSlice: StateCreator<
  SelectionState & SelectionActions,
  [],
  [],
  SelectionState & SelectionActions
> = (set) => ({
  selection: null,
  select: (selection) => set(selectProducer(selection)),
});
