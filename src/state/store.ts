import { create } from 'zustand';
import { createDatasetSlice, type DatasetActions, type DatasetState } from './datasetSlice';
import { createSelectionSlice, type SelectionActions, type SelectionState } from './selectionSlice';
import { createFilterSlice, type FilterActions, type FilterState } from './filterSlice';
import { createFocusSlice, type FocusActions, type FocusState } from './focusSlice';
import { createUiSlice, type UiActions, type UiState } from './uiSlice';
import {
  createSourceViewerSlice,
  type SourceViewerActions,
  type SourceViewerState,
} from './sourceViewerSlice';
import { createTextSearchSlice, type TextSearchActions, type TextSearchState } from './textSearchSlice';
import {
  createViewSettingsSlice,
  type ViewSettingsActions,
  type ViewSettingsState,
} from './viewSettingsSlice';

export type AppState = DatasetState &
  DatasetActions &
  SelectionState &
  SelectionActions &
  FilterState &
  FilterActions &
  FocusState &
  UiState &
  UiActions &
  FocusActions &
  SourceViewerState &
  SourceViewerActions &
  TextSearchState &
  TextSearchActions &
  ViewSettingsState &
  ViewSettingsActions;

/**
 * The one store. Actions are callable outside React (`useAppStore.getState().select(...)`), which
 * is how the Cytoscape adapter's event handlers report clicks.
 */
export const useAppStore = create<AppState>()((...a) => ({
  ...createDatasetSlice(...a),
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createFocusSlice(...a),
  ...createUiSlice(...a),
  ...createSourceViewerSlice(...a),
  ...createTextSearchSlice(...a),
  ...createViewSettingsSlice(...a),
}));

// Module-level selectors, so components subscribe to exactly what they read.
export const selectDataset = (s: AppState) => s.dataset;
export const selectSelection = (s: AppState) => s.selection;
export const selectLoadIssues = (s: AppState) => s.loadIssues;
export const selectSelect = (s: AppState) => s.select;
export const selectReading = (s: AppState) => s.reading;
export const selectOpenSource = (s: AppState) => s.openSource;
export const selectCloseSource = (s: AppState) => s.closeSource;
export const selectTextSearch = (s: AppState) => s.textSearch;
export const selectOpenTextSearch = (s: AppState) => s.openTextSearch;
export const selectCloseTextSearch = (s: AppState) => s.closeTextSearch;
export const selectLayout = (s: AppState) => s.layout;
export const selectSizeBy = (s: AppState) => s.sizeBy;
export const selectTheme = (s: AppState) => s.theme;
export const selectHelpOpen = (s: AppState) => s.helpOpen;
export const selectListView = (s: AppState) => s.listView;
