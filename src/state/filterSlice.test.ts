import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, EdgeAttributes, NodeAttributes } from '../model/dataset';
import { emptyFilters } from '../model/filters';
import {
  resetFilters,
  selectVisibility,
  setDateRange,
  setHidden,
  setIncludeUndated,
  toggleRelation,
  toggleSource,
  toggleType,
  type FilterState,
} from './filterSlice';
import { useAppStore } from './store';

const start: FilterState = { filters: emptyFilters };

function dataset(): Dataset {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const mentions = [{ source: 's', start: 0, end: 1 }];
  g.addNode('kim', { type: 'actor', label: 'Kim', aliases: [], mentions });
  g.addNode('summit', { type: 'event', label: 'Summit', aliases: [], mentions, date: '2019-02' });
  g.addDirectedEdgeWithKey('e', 'kim', 'summit', { relation: 'participated in', evidence: mentions });
  return { graph: g, sources: new Map() };
}

describe('filter producers', () => {
  it('toggle a value in and out of its dimension with new sets, leaving the input untouched', () => {
    const once = toggleType('event')(start);
    expect([...once.filters.hiddenTypes]).toEqual(['event']);
    expect(start.filters.hiddenTypes.size).toBe(0);
    const twice = toggleType('event')(once);
    expect(twice.filters.hiddenTypes.size).toBe(0);
    expect(twice.filters.hiddenTypes).not.toBe(once.filters.hiddenTypes);
    expect([...toggleRelation('met with')(start).filters.hiddenRelations]).toEqual(['met with']);
    expect([...toggleSource('ap')(start).filters.hiddenSources]).toEqual(['ap']);
  });

  it('set a whole dimension at once, imported categories included', () => {
    const none = setHidden('types', ['actor', 'place', 'event', 'planet'])(start);
    expect([...none.filters.hiddenTypes].sort()).toEqual(['actor', 'event', 'place', 'planet']);
    expect(setHidden('types', [])(none).filters.hiddenTypes.size).toBe(0);
    expect(setHidden('sources', ['a', 'b'])(start).filters.hiddenSources.size).toBe(2);
  });

  it('normalise the period: no ends means no period, reversed ends are swapped', () => {
    expect(setDateRange({ from: null, to: null })(start).filters.dateRange).toBeNull();
    expect(setDateRange({ from: '2016-01-01', to: '2014-01-01' })(start).filters.dateRange).toEqual({
      from: '2014-01-01',
      to: '2016-01-01',
    });
    expect(setDateRange({ from: '2014-01-01', to: null })(start).filters.dateRange).toEqual({
      from: '2014-01-01',
      to: null,
    });
  });

  it('reset everything, and keep state identity when there is nothing to change', () => {
    expect(setIncludeUndated(true)(start)).toBe(start);
    const busy = setIncludeUndated(false)(
      toggleType('actor')(setDateRange({ from: '2014-01-01', to: null })(start)),
    );
    expect(resetFilters()(busy).filters).toBe(emptyFilters);
    expect(resetFilters()(start)).toBe(start);
  });
});

describe('the filter slice in the store', () => {
  it('derives visibility once per dataset and filter change', () => {
    const data = dataset();
    const store = useAppStore;
    store.getState().setDataset(data);
    const all = selectVisibility(store.getState());
    expect(all?.nodes.size).toBe(2);
    expect(selectVisibility(store.getState())).toBe(all);

    store.getState().toggleType('event');
    const actorsOnly = selectVisibility(store.getState());
    expect(actorsOnly).not.toBe(all);
    expect([...(actorsOnly?.nodes ?? [])]).toEqual(['kim']);
    expect(actorsOnly?.edges.size).toBe(0);

    store.getState().resetFilters();
    store.getState().setDateRange({ from: '2020-01-01', to: null });
    expect([...(selectVisibility(store.getState())?.nodes ?? [])]).toEqual(['kim']);
    store.getState().resetFilters();
    expect(selectVisibility(store.getState())?.edges.size).toBe(1);
  });

  it('has no visibility before a dataset is loaded', () => {
    expect(selectVisibility({ dataset: null, filters: emptyFilters })).toBeNull();
  });
});
