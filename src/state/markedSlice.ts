import type { StateCreator } from 'zustand';
import type { ExportScopeKind } from '../model/export/scope';
import type { SelectionState } from './selectionSlice';

/**
 * The multi-selection: nodes marked with shift-click or a shift-drag box, for exporting (and
 * anything else that acts on several entities). Apart from `selection`, the one element whose
 * details the panel shows, so a plain click keeps working as it always did.
 */
export interface MarkedState {
  marked: ReadonlySet<string>;
  /** The export dialog, open with the scope it starts on; null when closed. */
  exporting: { scope: ExportScopeKind } | null;
}

export interface MarkedActions {
  /** Shift-click: adds the node, or takes it out when it is marked. */
  toggleMarked(id: string): void;
  /** Box selection: adds every node in the box. */
  addMarked(ids: readonly string[]): void;
  /** A plain click on `selection` (null: the background): the multi-selection ends. */
  clickSelect(selection: SelectionState['selection']): void;
  clearMarked(): void;
  openExport(scope?: ExportScopeKind): void;
  closeExport(): void;
}

type Shared = MarkedState & SelectionState;

/**
 * The first node shift-clicked while another is selected joins it: the selected node is where the
 * person started, as in a file manager. The single selection then gives way to the group.
 */
const seeded = (state: Shared): Set<string> =>
  new Set(state.marked.size === 0 && state.selection?.kind === 'node' ? [state.selection.id] : state.marked);

// Pure producers: testable without React or a store. Every change makes a new Set.
export const toggleMarked =
  (id: string) =>
  <S extends Shared>(state: S): S => {
    const marked = seeded(state);
    if (marked.has(id)) marked.delete(id);
    else marked.add(id);
    return { ...state, marked, selection: null };
  };

export const addMarked =
  (ids: readonly string[]) =>
  <S extends Shared>(state: S): S => {
    if (ids.length === 0) return state;
    const marked = seeded(state);
    for (const id of ids) marked.add(id);
    return { ...state, marked, selection: null };
  };

export const clearMarked =
  () =>
  <S extends MarkedState>(state: S): S =>
    state.marked.size === 0 ? state : { ...state, marked: new Set<string>() };

export const openExport =
  (scope?: ExportScopeKind) =>
  <S extends MarkedState>(state: S): S => ({
    ...state,
    exporting: { scope: scope ?? (state.marked.size > 0 ? 'selection' : 'view') },
  });

export const closeExport =
  () =>
  <S extends MarkedState>(state: S): S =>
    state.exporting === null ? state : { ...state, exporting: null };

export const createMarkedSlice: StateCreator<
  Shared & MarkedActions & { select(selection: SelectionState['selection']): void },
  [],
  [],
  MarkedState & MarkedActions
> = (set, get) => ({
  marked: new Set(),
  exporting: null,
  toggleMarked: (id) => set(toggleMarked(id)),
  addMarked: (ids) => set(addMarked(ids)),
  clickSelect: (selection) => {
    set(clearMarked());
    get().select(selection);
  },
  clearMarked: () => set(clearMarked()),
  openExport: (scope) => set(openExport(scope)),
  closeExport: () => set(closeExport()),
});

export const selectMarked = (s: MarkedState) => s.marked;
export const selectExporting = (s: MarkedState) => s.exporting;
