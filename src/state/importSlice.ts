import type { StateCreator } from 'zustand';
import type { ColumnChoice, ImportFormat, PositionsOrigin } from '../model/formats/importTypes';
import type { GraphData } from '../model/schema';
import type { DataIssue } from '../model/validate';
import type { ImportStage } from '../workers/importProtocol';

/** An import under way: what is read, at which stage, how far (0..1 where known). */
export interface ImportProgress {
  names: string;
  stage: ImportStage;
  fraction?: number;
}

/** A refused file: what is wrong and where, and the valid part when most of it is fine. */
export interface ImportProblem {
  names: string;
  format?: ImportFormat;
  issues: DataIssue[];
  validPart?: { data: GraphData; skipped: DataIssue[]; columns: ColumnChoice; positions: PositionsOrigin };
}

/** What the open graph was imported from, and what was left out to open it. */
export interface ImportedInfo {
  names: string;
  format: ImportFormat;
  skipped: DataIssue[];
  columns: ColumnChoice;
  positions: PositionsOrigin;
}

export interface ImportState {
  importProgress: ImportProgress | null;
  importProblem: ImportProblem | null;
  imported: ImportedInfo | null;
  /** The Open dialog (file picker, drop hint, bundled corpus). */
  openDialog: boolean;
}

export interface ImportActions {
  setImportProgress(progress: ImportProgress | null): void;
  setImportProblem(problem: ImportProblem | null): void;
  setImported(info: ImportedInfo | null): void;
  setImportColumns(columns: ColumnChoice): void;
  setOpenDialog(open: boolean): void;
}

// Pure producers: testable without React or a store.
export const setImportProgressProducer =
  (importProgress: ImportProgress | null) =>
  (state: ImportState): ImportState => ({
    ...state,
    importProgress,
    openDialog: importProgress ? false : state.openDialog,
  });

/** A problem ends the progress; a new problem replaces the last one. */
export const setImportProblemProducer =
  (importProblem: ImportProblem | null) =>
  (state: ImportState): ImportState => ({
    ...state,
    importProblem,
    importProgress: importProblem ? null : state.importProgress,
  });

export const setImportedProducer =
  (imported: ImportedInfo | null) =>
  (state: ImportState): ImportState => ({ ...state, imported, importProblem: null, importProgress: null });

export const setImportColumnsProducer =
  (columns: ColumnChoice) =>
  (state: ImportState): ImportState =>
    state.imported ? { ...state, imported: { ...state.imported, columns } } : state;

export const createImportSlice: StateCreator<
  ImportState & ImportActions,
  [],
  [],
  ImportState & ImportActions
> = (set) => ({
  importProgress: null,
  importProblem: null,
  imported: null,
  openDialog: false,
  setOpenDialog: (openDialog) => set((s) => (s.openDialog === openDialog ? s : { ...s, openDialog })),
  setImportProgress: (p) => set(setImportProgressProducer(p)),
  setImportProblem: (p) => set(setImportProblemProducer(p)),
  setImported: (info) => set(setImportedProducer(info)),
  setImportColumns: (columns) => set(setImportColumnsProducer(columns)),
});

export const selectImportProgress = (s: ImportState) => s.importProgress;
export const selectImportProblem = (s: ImportState) => s.importProblem;
export const selectImported = (s: ImportState) => s.imported;
