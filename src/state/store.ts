import { create } from 'zustand';
import { createDatasetSlice, type DatasetActions, type DatasetState } from './datasetSlice';
import { createSelectionSlice, type SelectionActions, type SelectionState } from './selectionSlice';

export type AppState = DatasetState & DatasetActions & SelectionState & SelectionActions;

/**
 * The one store. Actions are callable outside React (`useAppStore.getState().select(...)`), which
 * is how the Cytoscape adapter's event handlers report clicks.
 */
export const useAppStore = create<AppState>()((...a) => ({
  ...createDatasetSlice(...a),
  ...createSelectionSlice(...a),
}));

// Module-level selectors, so components subscribe to exactly what they read.
export const selectDataset = (s: AppState) => s.dataset;
export const selectSelection = (s: AppState) => s.selection;
export const selectLoadIssues = (s: AppState) => s.loadIssues;
export const selectSelect = (s: AppState) => s.select;
