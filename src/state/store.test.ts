import { describe, expect, it } from 'vitest';
import { selectProducer } from './selectionSlice';
import { selectAwaitedGraph, useAppStore } from './store';

describe('selection', () => {
  it('the producer replaces the selection and keeps state identity when nothing changes', () => {
    const empty = { selection: null };
    const withKim = selectProducer({ kind: 'node', id: 'kim' })(empty);
    expect(withKim.selection).toEqual({ kind: 'node', id: 'kim' });
    expect(selectProducer({ kind: 'node', id: 'kim' })(withKim)).toBe(withKim);
    expect(selectProducer(null)(withKim).selection).toBeNull();
  });

  it('the action is callable outside React', () => {
    useAppStore.getState().select({ kind: 'edge', id: 'e1' });
    expect(useAppStore.getState().selection).toEqual({ kind: 'edge', id: 'e1' });
    useAppStore.getState().select(null);
    expect(useAppStore.getState().selection).toBeNull();
  });
});

describe('a graph awaited from the address', () => {
  it('is named while it is on its way and nothing is drawn, and no longer once a graph is drawn', () => {
    const store = useAppStore;
    expect(selectAwaitedGraph(store.getState())).toBeNull();
    store.getState().setImportProgress({ names: 'large-graph.json', stage: 'reading' });
    expect(selectAwaitedGraph(store.getState())).toBe('large-graph.json');
    const before = store.getState();
    store.getState().setGraphDrawn();
    expect(selectAwaitedGraph(store.getState())).toBeNull();
    expect(before.graphDrawn).toBe(false);
    // Once drawn, a later open (a file picked over a shown graph) is not "awaited": the shown graph stays.
    const drawn = store.getState();
    store.getState().setGraphDrawn();
    expect(store.getState()).toBe(drawn);
    store.getState().setImportProgress({ names: 'arctic.gexf', stage: 'parsing' });
    expect(selectAwaitedGraph(store.getState())).toBeNull();
    store.getState().setImportProgress(null);
  });
});
