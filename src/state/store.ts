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
import { createNotesSlice, type NotesActions, type NotesState } from './notesSlice';
import {
  createSessionNoticeSlice,
  type SessionNoticeActions,
  type SessionNoticeState,
} from './persistence/noticeSlice';
import { createMarkedSlice, type MarkedActions, type MarkedState } from './markedSlice';
import { createImportSlice, type ImportActions, type ImportState } from './importSlice';
import { createIngestSlice, type IngestActions, type IngestState } from './ingestSlice';
import { replaceDatasetProducer } from './replaceDataset';
import type { Dataset } from '../model/dataset';
import type { DatasetOrigin } from './datasetSlice';
import type { LayoutId } from '../model/viewSettings';
import type { SizeMetric } from '../model/metrics';

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
  ViewSettingsActions &
  NotesState &
  NotesActions &
  SessionNoticeState &
  SessionNoticeActions &
  MarkedState &
  MarkedActions &
  ImportState &
  ImportActions &
  IngestState &
  IngestActions & {
    /** Opens another graph: resets what named the old one (see replaceDataset.ts). */
    replaceDataset(
      dataset: Dataset,
      origin: DatasetOrigin,
      view: { layout: LayoutId; sizeBy: SizeMetric },
    ): void;
  };

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
  ...createNotesSlice(...a),
  ...createSessionNoticeSlice(...a),
  ...createMarkedSlice(...a),
  ...createImportSlice(...a),
  ...createIngestSlice(...a),
  // Added articles and the one under review belong to the graph they were added to: another graph
  // ends them.
  replaceDataset: (dataset, origin, view) =>
    a[0]((s) => ({
      ...replaceDatasetProducer(dataset, origin, view)(s),
      review: null,
      reviewOpen: false,
      reviewFocus: null,
      added: [],
      ingestBase: null,
    })),
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
/**
 * A graph opened from the address (`?graph=`) is on its way and nothing was drawn yet: the dataset
 * in the store is only a stand-in (the corpus or the saved session), not shown, and what describes
 * it (panel, legend, timeline, counts) waits too.
 */
export const selectAwaitedGraph = (s: AppState) => (s.graphDrawn ? null : (s.importProgress?.names ?? null));
