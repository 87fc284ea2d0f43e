import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/dataset';
import type { DataIssue } from '../model/validate';

export interface DatasetState {
  dataset: Dataset | null;
  /** Why the last load failed; the previous dataset stays in place. */
  loadIssues: DataIssue[] | null;
}

export interface DatasetActions {
  setDataset(dataset: Dataset): void;
  setLoadIssues(issues: DataIssue[] | null): void;
}

export const setDatasetProducer =
  (dataset: Dataset) =>
  (state: DatasetState): DatasetState => ({ ...state, dataset, loadIssues: null });

export const setLoadIssuesProducer =
  (loadIssues: DataIssue[] | null) =>
  (state: DatasetState): DatasetState => ({ ...state, loadIssues });

export const createDatasetSlice: StateCreator<
  DatasetState & DatasetActions,
  [],
  [],
  DatasetState & DatasetActions
> = (set) => ({
  dataset: null,
  loadIssues: null,
  setDataset: (dataset) => set(setDatasetProducer(dataset)),
  setLoadIssues: (issues) => set(setLoadIssuesProducer(issues)),
});
