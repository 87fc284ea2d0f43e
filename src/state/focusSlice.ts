import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/dataset';
import type { Visibility } from '../model/filters';
import {
  applyFocus,
  type Display,
  type Focus,
  type FocusDepth,
  type FocusMode,
} from '../model/neighbourhood';
import { pathElements, shortestPaths, type ShortestPaths } from '../model/paths';
import type { SelectionState } from './selectionSlice';
import { selectVisibility, type FilterState } from './filterSlice';

/** The two ends of the paths being traced; either is null until it is picked. */
export interface PathEnds {
  from: string | null;
  to: string | null;
}

export interface FocusState {
  focus: Focus | null;
  /** What a focus does to the rest of the graph; kept when the focus ends, for the next one. */
  focusMode: FocusMode;
  /** Nodes locked where they are: layouts and drags leave them in place. */
  pinned: readonly string[];
  /** The Paths panel and its ends; null when it is closed. */
  path: PathEnds | null;
}

export interface FocusActions {
  /** Shows only what lies within `depth` steps of `root`; a new root forgets the expansions, a new depth keeps them. */
  focusOn(root: string, depth: FocusDepth): void;
  setFocusMode(mode: FocusMode): void;
  /** Adds a node's neighbours to the focus; without a focus, focuses on the node at depth 1. */
  expandNode(id: string): void;
  hideNode(id: string): void;
  /** Ends the focus and brings back every hidden node. */
  showAll(): void;
  togglePin(id: string): void;
  openPaths(from: string | null): void;
  setPathEnd(end: keyof PathEnds, id: string | null): void;
  /** A node clicked in the graph while the Paths panel is open: it becomes the missing end, else the target. */
  pickPathNode(id: string): void;
  closePaths(): void;
}

/** The state the focus actions read and write: their own, the filters (hidden nodes) and the selection. */
type Shared = FocusState & FilterState & SelectionState;

// Pure producers: testable without React or a store. Every change makes new arrays and sets.
export const focusOn =
  (root: string, depth: FocusDepth) =>
  <S extends FocusState>(state: S): S => {
    const expanded = state.focus?.root === root ? state.focus.expanded : [];
    return { ...state, focus: { root, depth, expanded } };
  };

export const setFocusMode =
  (focusMode: FocusMode) =>
  <S extends FocusState>(state: S): S =>
    state.focusMode === focusMode ? state : { ...state, focusMode };

export const expandNode =
  (id: string) =>
  <S extends FocusState>(state: S): S => {
    const { focus } = state;
    if (!focus) return { ...state, focus: { root: id, depth: 1, expanded: [] } };
    if (focus.root === id || focus.expanded.includes(id)) return state;
    return { ...state, focus: { ...focus, expanded: [...focus.expanded, id] } };
  };

/**
 * Takes a node out of the graph (as a filter, so counts and every view agree). A hidden focus root
 * ends the focus, and a hidden selection is cleared: neither can be shown any more.
 */
export const hideNode =
  (id: string) =>
  <S extends Shared>(state: S): S => {
    const { focus, filters, selection } = state;
    const hidden = filters.hiddenNodes;
    if (hidden.has(id)) return state;
    return {
      ...state,
      filters: { ...filters, hiddenNodes: new Set([...hidden, id]) },
      focus:
        !focus || focus.root === id ? null : { ...focus, expanded: focus.expanded.filter((n) => n !== id) },
      selection: selection?.kind === 'node' && selection.id === id ? null : selection,
    };
  };

export const showAll =
  () =>
  <S extends FocusState & FilterState>(state: S): S => {
    const { filters } = state;
    const hiding = filters.hiddenNodes.size > 0;
    if (!state.focus && !hiding) return state;
    return {
      ...state,
      focus: null,
      filters: hiding ? { ...filters, hiddenNodes: new Set<string>() } : filters,
    };
  };

export const togglePin =
  (id: string) =>
  <S extends FocusState>(state: S): S => ({
    ...state,
    pinned: state.pinned.includes(id) ? state.pinned.filter((n) => n !== id) : [...state.pinned, id],
  });

/** Opens the Paths panel from a node; the selection gives way to the paths in the graph and the panel. */
export const openPaths =
  (from: string | null) =>
  <S extends FocusState & SelectionState>(state: S): S => ({
    ...state,
    path: { from, to: null },
    selection: null,
  });

export const setPathEnd =
  (end: keyof PathEnds, id: string | null) =>
  <S extends FocusState>(state: S): S =>
    state.path ? { ...state, path: { ...state.path, [end]: id } } : state;

export const pickPathNode =
  (id: string) =>
  <S extends FocusState>(state: S): S => {
    const { path } = state;
    if (!path || path.from === id || path.to === id) return state;
    return { ...state, path: path.from === null ? { ...path, from: id } : { ...path, to: id } };
  };

/** Closes the Paths panel, back to where it was opened from: the start node's details. */
export const closePaths =
  () =>
  <S extends FocusState & SelectionState>(state: S): S => {
    if (!state.path) return state;
    const { from } = state.path;
    return { ...state, path: null, selection: from === null ? state.selection : { kind: 'node', id: from } };
  };

export const createFocusSlice: StateCreator<Shared & FocusActions, [], [], FocusState & FocusActions> = (
  set,
) => ({
  focus: null,
  focusMode: 'hide',
  pinned: [],
  path: null,
  focusOn: (root, depth) => set(focusOn(root, depth)),
  setFocusMode: (mode) => set(setFocusMode(mode)),
  expandNode: (id) => set(expandNode(id)),
  hideNode: (id) => set(hideNode(id)),
  showAll: () => set(showAll()),
  togglePin: (id) => set(togglePin(id)),
  openPaths: (from) => set(openPaths(from)),
  setPathEnd: (end, id) => set(setPathEnd(end, id)),
  pickPathNode: (id) => set(pickPathNode(id)),
  closePaths: () => set(closePaths()),
});

// Module-level selectors.
export const selectFocus = (s: FocusState) => s.focus;
export const selectFocusMode = (s: FocusState) => s.focusMode;
export const selectPinned = (s: FocusState) => s.pinned;
export const selectPath = (s: FocusState) => s.path;

type Readable = FocusState & FilterState & { dataset: Dataset | null };

export interface TracedPaths {
  from: string;
  to: string;
  /** Null when the two are not connected. */
  paths: ShortestPaths | null;
}

let pathsMemo: { visible: Visibility; traced: TracedPaths } | undefined;

/**
 * The shortest paths between the Paths panel's ends in what the filters leave visible (a focus does
 * not narrow them: the person asked how two things connect, not within which part). Null while the
 * panel is closed or an end is missing.
 */
export function selectPaths(s: Readable): TracedPaths | null {
  const visible = selectVisibility(s);
  const ends = s.path;
  if (!visible || !s.dataset || !ends?.from || !ends.to) return null;
  const { from, to } = ends;
  const graph = s.dataset.graph;
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const memo = pathsMemo;
  if (memo?.visible === visible && memo.traced.from === from && memo.traced.to === to) return memo.traced;
  const traced = { from, to, paths: shortestPaths(graph, visible, from, to) };
  pathsMemo = { visible, traced };
  return traced;
}

let displayMemo:
  | { visible: Visibility; focus: Focus | null; mode: FocusMode; paths: TracedPaths | null; display: Display }
  | undefined;

/**
 * What the canvas draws: the filters' visibility, narrowed by the focus, with the traced paths
 * marked. The one place that composes them; memoised, so subscribers share one object until an
 * input changes. Null before a dataset is loaded.
 */
export function selectDisplay(s: Readable): Display | null {
  const visible = selectVisibility(s);
  if (!visible || !s.dataset) return null;
  const paths = selectPaths(s);
  const { focus, focusMode: mode } = s;
  if (
    displayMemo?.visible !== visible ||
    displayMemo.focus !== focus ||
    displayMemo.mode !== mode ||
    displayMemo.paths !== paths
  ) {
    const { graph } = s.dataset;
    const path = paths?.paths ? pathElements(graph, visible, paths.paths.paths) : null;
    displayMemo = {
      visible,
      focus,
      mode,
      paths,
      display: { ...applyFocus(graph, visible, focus, mode, path), path },
    };
  }
  return displayMemo.display;
}
