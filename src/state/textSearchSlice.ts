import type { StateCreator } from 'zustand';
import type { SelectionState } from './selectionSlice';

export interface TextSearchState {
  /** The query whose passages the side panel lists, or null when no article search is open. */
  textSearch: string | null;
}

export interface TextSearchActions {
  openTextSearch(query: string): void;
  closeTextSearch(): void;
}

/**
 * Opens the passage results for a query. The selection is cleared because the panel shows the
 * results only while nothing is selected: picking an entity in them shows its details, and
 * deselecting (Escape, the background) comes back to the results.
 */
export const openTextSearchProducer =
  (query: string) =>
  <S extends TextSearchState & SelectionState>(state: S): S => {
    const textSearch = query.trim();
    if (textSearch === '') return state;
    if (state.textSearch === textSearch && state.selection === null) return state;
    return { ...state, textSearch, selection: null };
  };

export const closeTextSearchProducer =
  () =>
  <S extends TextSearchState>(state: S): S =>
    state.textSearch === null ? state : { ...state, textSearch: null };

export const createTextSearchSlice: StateCreator<
  TextSearchState & TextSearchActions & SelectionState,
  [],
  [],
  TextSearchState & TextSearchActions
> = (set) => ({
  textSearch: null,
  openTextSearch: (query) => set(openTextSearchProducer(query)),
  closeTextSearch: () => set(closeTextSearchProducer()),
});
