import type { StateCreator } from 'zustand';
import type { TextRange } from '../model/text/sourceSegments';

/** The article open in the source viewer, and the passage to show in it. */
export interface Reading {
  source: string;
  passage?: TextRange;
}

export interface SourceViewerState {
  reading: Reading | null;
}

export interface SourceViewerActions {
  openSource(source: string, passage?: TextRange): void;
  closeSource(): void;
}

/**
 * Always a new `reading`, even for the passage already open: each request is a request to bring
 * that passage back into view, and the viewer scrolls when the object changes.
 */
export const openSourceProducer =
  (source: string, passage?: TextRange) =>
  (state: SourceViewerState): SourceViewerState => ({
    ...state,
    reading: passage ? { source, passage: { start: passage.start, end: passage.end } } : { source },
  });

export const closeSourceProducer =
  () =>
  (state: SourceViewerState): SourceViewerState =>
    state.reading === null ? state : { ...state, reading: null };

export const createSourceViewerSlice: StateCreator<
  SourceViewerState & SourceViewerActions,
  [],
  [],
  SourceViewerState & SourceViewerActions
> = (set) => ({
  reading: null,
  openSource: (source, passage) => set(openSourceProducer(source, passage)),
  closeSource: () => set(closeSourceProducer()),
});
