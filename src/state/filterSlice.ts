import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/dataset';
import {
  computeVisibility,
  emptyFilters,
  isFiltering,
  type DateBounds,
  type Filters,
  type Visibility,
} from '../model/filters';
import type { NodeType } from '../model/nodeTypes';

export interface FilterState {
  filters: Filters;
}

/** The dimensions whose values are ticked and unticked one by one. */
export type FacetDimension = 'types' | 'relations' | 'sources';

export interface FilterActions {
  toggleType(type: NodeType): void;
  toggleRelation(relation: string): void;
  toggleSource(sourceId: string): void;
  /** Unticks exactly `hidden` in one dimension: [] ticks all ("all"), every value unticks all ("none"). */
  setHidden(dimension: FacetDimension, hidden: Iterable<string>): void;
  setDateRange(range: DateBounds | null): void;
  setIncludeUndated(include: boolean): void;
  resetFilters(): void;
}

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

const withFilters = (state: FilterState, patch: Partial<Filters>): FilterState => ({
  ...state,
  filters: { ...state.filters, ...patch },
});

// Pure producers: testable without React or a store. Every change makes new sets.
export const toggleType =
  (type: NodeType) =>
  (state: FilterState): FilterState =>
    withFilters(state, { hiddenTypes: toggled(state.filters.hiddenTypes, type) });

export const toggleRelation =
  (relation: string) =>
  (state: FilterState): FilterState =>
    withFilters(state, { hiddenRelations: toggled(state.filters.hiddenRelations, relation) });

export const toggleSource =
  (sourceId: string) =>
  (state: FilterState): FilterState =>
    withFilters(state, { hiddenSources: toggled(state.filters.hiddenSources, sourceId) });

export const setHidden =
  (dimension: FacetDimension, hidden: Iterable<string>) =>
  (state: FilterState): FilterState => {
    const values = [...hidden];
    switch (dimension) {
      case 'types':
        // Any type: imported graphs have their own categories.
        return withFilters(state, { hiddenTypes: new Set(values) });
      case 'relations':
        return withFilters(state, { hiddenRelations: new Set(values) });
      case 'sources':
        return withFilters(state, { hiddenSources: new Set(values) });
    }
  };

/**
 * Sets the period; a range with neither end, or with its ends reversed (they are swapped), is
 * normalised so the filter state never holds an impossible period.
 */
export const setDateRange =
  (range: DateBounds | null) =>
  (state: FilterState): FilterState => {
    if (!range || (range.from === null && range.to === null)) return withFilters(state, { dateRange: null });
    const { from, to } = range;
    const swap = from !== null && to !== null && from > to;
    return withFilters(state, { dateRange: swap ? { from: to, to: from } : { from, to } });
  };

export const setIncludeUndated =
  (includeUndated: boolean) =>
  (state: FilterState): FilterState =>
    state.filters.includeUndated === includeUndated ? state : withFilters(state, { includeUndated });

export const resetFilters =
  () =>
  (state: FilterState): FilterState =>
    isFiltering(state.filters) ? { ...state, filters: emptyFilters } : state;

export const createFilterSlice: StateCreator<
  FilterState & FilterActions,
  [],
  [],
  FilterState & FilterActions
> = (set) => ({
  filters: emptyFilters,
  toggleType: (type) => set(toggleType(type)),
  toggleRelation: (relation) => set(toggleRelation(relation)),
  toggleSource: (sourceId) => set(toggleSource(sourceId)),
  setHidden: (dimension, hidden) => set(setHidden(dimension, hidden)),
  setDateRange: (range) => set(setDateRange(range)),
  setIncludeUndated: (include) => set(setIncludeUndated(include)),
  resetFilters: () => set(resetFilters()),
});

// Module-level selectors. Visibility is derived here and only here, from the dataset and filters.
export const selectFilters = (s: FilterState) => s.filters;
export const selectIsFiltering = (s: FilterState) => isFiltering(s.filters);

let memo: { dataset: Dataset; filters: Filters; visibility: Visibility } | undefined;

/**
 * The visible nodes and edges, or null before a dataset is loaded. Memoised on the dataset and
 * filter objects, so every subscriber shares one computation and gets the same sets until either changes.
 */
export function selectVisibility(s: FilterState & { dataset: Dataset | null }): Visibility | null {
  const { dataset, filters } = s;
  if (!dataset) return null;
  if (memo?.dataset !== dataset || memo.filters !== filters) {
    memo = { dataset, filters, visibility: computeVisibility(dataset, filters) };
  }
  return memo.visibility;
}
