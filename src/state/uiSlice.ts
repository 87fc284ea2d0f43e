import type { StateCreator } from 'zustand';

/** Page-level UI state: whether the help dialog is open, and graph vs list presentation. */
export interface UiState {
  helpOpen: boolean;
  listView: boolean;
  /** The graph canvas has drawn a graph (until then a graph opened from the address is awaited). */
  graphDrawn: boolean;
}

export interface UiActions {
  setHelpOpen(open: boolean): void;
  toggleListView(): void;
  setGraphDrawn(): void;
}

export const setHelpOpenProducer =
  (helpOpen: boolean) =>
  (state: UiState): UiState =>
    state.helpOpen === helpOpen ? state : { ...state, helpOpen };

export const toggleListViewProducer =
  () =>
  (state: UiState): UiState => ({ ...state, listView: !state.listView });

export const setGraphDrawnProducer =
  () =>
  (state: UiState): UiState =>
    state.graphDrawn ? state : { ...state, graphDrawn: true };

export const createUiSlice: StateCreator<UiState & UiActions, [], [], UiState & UiActions> = (set) => ({
  helpOpen: false,
  listView: false,
  graphDrawn: false,
  setHelpOpen: (open) => set(setHelpOpenProducer(open)),
  toggleListView: () => set(toggleListViewProducer()),
  setGraphDrawn: () => set(setGraphDrawnProducer()),
});
