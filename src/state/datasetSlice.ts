import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/dataset';
import type { DataIssue } from '../model/validate';

/** Where the open graph came from: the bundled corpus, a file the person opened, or a URL. */
export type DatasetOrigin =
  | { kind: 'bundled' }
  | { kind: 'file'; name: string; format: string }
  | { kind: 'url'; url: string; format: string };

export interface DatasetState {
  dataset: Dataset | null;
  origin: DatasetOrigin;
  /** Why the last load failed; the previous dataset stays in place. */
  loadIssues: DataIssue[] | null;
}

export interface DatasetActions {
  setDataset(dataset: Dataset, origin?: DatasetOrigin): void;
  setLoadIssues(issues: DataIssue[] | null): void;
}

export const setDatasetProducer =
  (dataset: Dataset, origin: DatasetOrigin = { kind: 'bundled' }) =>
  (state: DatasetState): DatasetState => ({ ...state, dataset, origin, loadIssues: null });

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
  origin: { kind: 'bundled' },
  loadIssues: null,
  setDataset: (dataset, origin) => set(setDatasetProducer(dataset, origin)),
  setLoadIssues: (issues) => set(setLoadIssuesProducer(issues)),
});
