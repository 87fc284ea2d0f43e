import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset, EdgeAttributes, NodeAttributes } from '../model/dataset';
import { emptyFilters } from '../model/filters';
import type { FilterState } from './filterSlice';
import {
  closePaths,
  expandNode,
  focusOn,
  hideNode,
  openPaths,
  pickPathNode,
  selectDisplay,
  selectPaths,
  setFocusMode,
  setPathEnd,
  showAll,
  togglePin,
  type FocusState,
} from './focusSlice';
import type { SelectionState } from './selectionSlice';
import { useAppStore } from './store';

type State = FocusState & FilterState & SelectionState & { dataset: Dataset | null };

/** a — b — c — d in a line (a → b, c → b, c → d), and e apart. */
function dataset(): Dataset {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ['a', 'b', 'c', 'd', 'e'])
    g.addNode(id, { type: 'actor', label: id, aliases: [], mentions: [] });
  const edge = (s: string, t: string) =>
    g.addDirectedEdgeWithKey(`${s}${t}`, s, t, { relation: 'met with', evidence: [] });
  edge('a', 'b');
  edge('c', 'b');
  edge('c', 'd');
  return { graph: g, sources: new Map() };
}

const start = (): State => ({
  focus: null,
  focusMode: 'hide',
  pinned: [],
  path: null,
  filters: emptyFilters,
  selection: null,
  dataset: dataset(),
});
const sorted = (ids: Iterable<string> | undefined) => [...(ids ?? [])].sort();

describe('focus producers', () => {
  it('focus on a node at a depth (a new root forgets expansions, a new depth keeps them), and switch mode', () => {
    const expanded = expandNode('d')(focusOn('a', 1)(start()));
    expect(expanded.focus).toEqual({ root: 'a', depth: 1, expanded: ['d'] });
    expect(focusOn('a', 2)(expanded).focus).toEqual({ root: 'a', depth: 2, expanded: ['d'] });
    expect(focusOn('b', 2)(expanded).focus).toEqual({ root: 'b', depth: 2, expanded: [] });
    const fading = setFocusMode('fade')(expanded);
    expect(fading.focusMode).toBe('fade');
    expect(setFocusMode('fade')(fading)).toBe(fading);
  });

  it('expanding without a focus starts one at depth 1; expanding twice changes nothing', () => {
    const s = expandNode('b')(start());
    expect(s.focus).toEqual({ root: 'b', depth: 1, expanded: [] });
    const once = expandNode('c')(s);
    expect(expandNode('c')(once)).toBe(once);
  });

  it('hiding a node filters it out, ends a focus on it and clears its selection', () => {
    const s = { ...focusOn('b', 1)(start()), selection: { kind: 'node' as const, id: 'b' } };
    const hidden = hideNode('b')(s);
    expect(sorted(hidden.filters.hiddenNodes)).toEqual(['b']);
    expect(hidden.focus).toBeNull();
    expect(hidden.selection).toBeNull();
    expect(s.filters).toBe(emptyFilters); // the input is left as it was
    // Another node: the focus stays, without the hidden node among its expansions.
    const other = hideNode('d')(expandNode('d')(focusOn('b', 1)(start())));
    expect(other.focus).toEqual({ root: 'b', depth: 1, expanded: [] });
    expect(hideNode('d')(other)).toBe(other);
  });

  it('Show all ends the focus and brings hidden nodes back, and is a no-op when there is nothing to show', () => {
    const s = hideNode('e')(expandNode('d')(focusOn('a', 2)(start())));
    const all = showAll()(s);
    expect(all.focus).toBeNull();
    expect(all.filters.hiddenNodes?.size).toBe(0);
    expect(showAll()(all)).toBe(all);
  });

  it('pin and unpin', () => {
    const pinned = togglePin('a')(togglePin('b')(start()));
    expect(pinned.pinned).toEqual(['b', 'a']);
    expect(togglePin('b')(pinned).pinned).toEqual(['a']);
  });
});

describe('path producers', () => {
  it('open from a node (deselecting it), pick the ends, close back to the start node', () => {
    const open = openPaths('a')({ ...start(), selection: { kind: 'node', id: 'a' } });
    expect(open.path).toEqual({ from: 'a', to: null });
    expect(open.selection).toBeNull();
    const picked = pickPathNode('d')(open);
    expect(picked.path).toEqual({ from: 'a', to: 'd' });
    expect(pickPathNode('a')(picked)).toBe(picked);
    expect(pickPathNode('c')(picked).path).toEqual({ from: 'a', to: 'c' });
    expect(setPathEnd('from', 'b')(picked).path).toEqual({ from: 'b', to: 'd' });
    expect(closePaths()(picked)).toMatchObject({ path: null, selection: { kind: 'node', id: 'a' } });
  });

  it('a click fills the start first when the panel opened without one; nothing happens when closed', () => {
    expect(pickPathNode('c')(openPaths(null)(start())).path).toEqual({ from: 'c', to: null });
    const closed = start();
    expect(pickPathNode('c')(closed)).toBe(closed);
    expect(setPathEnd('to', 'c')(closed)).toBe(closed);
  });
});

describe('selectPaths and selectDisplay', () => {
  it('trace the shortest paths in the filtered graph and keep them shown through a focus', () => {
    const s = setPathEnd('to', 'd')(openPaths('a')(start()));
    expect(selectPaths(s)?.paths?.paths).toEqual([['a', 'b', 'c', 'd']]);
    expect(selectPaths(s)).toBe(selectPaths(s));
    // Focused on e alone in hide mode: the path still shows, and nothing else does.
    const focused = focusOn('e', 1)(s);
    const display = selectDisplay(focused);
    expect(sorted(display?.shown.nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sorted(display?.path?.edges)).toEqual(['ab', 'cb', 'cd']);
    expect(selectDisplay(focused)).toBe(display);
  });

  it('report unconnected ends, and hide a path through a hidden node', () => {
    const s = setPathEnd('to', 'e')(openPaths('a')(start()));
    expect(selectPaths(s)).toEqual({ from: 'a', to: 'e', paths: null });
    const cut = hideNode('c')(setPathEnd('to', 'd')(openPaths('a')(start())));
    expect(selectPaths(cut)?.paths).toBeNull();
    expect(selectDisplay(cut)?.path).toBeNull();
  });

  it('fade mode shows everything and marks the focus; no focus shows what the filters leave', () => {
    const s = setFocusMode('fade')(focusOn('a', 1)(start()));
    const display = selectDisplay(s);
    expect(display?.shown.nodes.size).toBe(5);
    expect(sorted(display?.inside?.nodes)).toEqual(['a', 'b']);
    const plain = selectDisplay(hideNode('e')(start()));
    expect(sorted(plain?.shown.nodes)).toEqual(['a', 'b', 'c', 'd']);
    expect(plain?.inside).toBeNull();
    expect(selectDisplay({ ...start(), dataset: null })).toBeNull();
  });
});

describe('the focus slice in the store', () => {
  it('runs the producers as actions', () => {
    const store = useAppStore;
    store.getState().setDataset(dataset());
    store.getState().focusOn('b', 2);
    store.getState().hideNode('d');
    expect(store.getState().focus).toEqual({ root: 'b', depth: 2, expanded: [] });
    expect(sorted(store.getState().filters.hiddenNodes)).toEqual(['d']);
    store.getState().showAll();
    expect(store.getState().focus).toBeNull();
    expect(store.getState().filters.hiddenNodes?.size).toBe(0);
  });
});
