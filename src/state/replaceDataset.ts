import type { Dataset } from '../model/dataset';
import { emptyFilters } from '../model/filters';
import type { SizeMetric } from '../model/metrics';
import type { LayoutId } from '../model/viewSettings';
import type { DatasetOrigin, DatasetState } from './datasetSlice';
import type { FilterState } from './filterSlice';
import type { FocusState } from './focusSlice';
import type { SelectionState } from './selectionSlice';
import type { SourceViewerState } from './sourceViewerSlice';
import type { TextSearchState } from './textSearchSlice';
import type { ViewSettingsState } from './viewSettingsSlice';

/** Everything that names elements of the open graph, which a new graph makes meaningless. */
type Replaced = DatasetState &
  SelectionState &
  FilterState &
  FocusState &
  SourceViewerState &
  TextSearchState &
  ViewSettingsState & { marked?: ReadonlySet<string> };

/**
 * A new graph replaces the open one: the selection, focus, pins, paths, filters, open article,
 * article search and multi-selection all referred to the old graph's ids and are reset; the layout
 * and sizing become what suits the new graph (its own positions and sizes, when it has them).
 */
export const replaceDatasetProducer =
  (dataset: Dataset, origin: DatasetOrigin, view: { layout: LayoutId; sizeBy: SizeMetric }) =>
  <S extends Replaced>(state: S): S => ({
    ...state,
    dataset,
    origin,
    loadIssues: null,
    selection: null,
    filters: emptyFilters,
    focus: null,
    pinned: [],
    path: null,
    reading: null,
    textSearch: null,
    layout: view.layout,
    sizeBy: view.sizeBy,
    ...('marked' in state ? { marked: new Set<string>() } : {}),
  });
