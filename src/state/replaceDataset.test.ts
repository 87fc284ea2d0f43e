import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { Dataset } from '../model/dataset';
import { replaceDatasetProducer } from './replaceDataset';
import { useAppStore } from './store';

describe('replacing the dataset', () => {
  it('resets everything that named the old graph and takes the new view settings', () => {
    const before = useAppStore.getState();
    const old = before.dataset;
    const state = {
      ...before,
      selection: { kind: 'node' as const, id: 'x' },
      focus: { root: 'x', depth: 1 as const, expanded: [] },
      pinned: ['x'],
      path: { from: 'x', to: null },
      reading: { source: 's' },
      textSearch: 'kim',
      filters: { ...before.filters, hiddenRelations: new Set(['met']) },
      marked: new Set(['x', 'y']),
    };
    const dataset: Dataset = { graph: new MultiDirectedGraph(), sources: new Map(), title: 'New' };
    const next = replaceDatasetProducer(
      dataset,
      { kind: 'file', name: 'g.gexf', format: 'gexf' },
      { layout: 'positions', sizeBy: 'file' },
    )(state);
    expect(next.dataset).toBe(dataset);
    expect(next.dataset).not.toBe(old);
    expect(next.origin).toEqual({ kind: 'file', name: 'g.gexf', format: 'gexf' });
    expect(next).toMatchObject({
      selection: null,
      focus: null,
      pinned: [],
      path: null,
      reading: null,
      textSearch: null,
    });
    expect(next.filters.hiddenRelations.size).toBe(0);
    expect(next.marked.size).toBe(0);
    expect(next).toMatchObject({ layout: 'positions', sizeBy: 'file' });
  });
});
