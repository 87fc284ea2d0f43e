import { describe, expect, it } from 'vitest';
import { addMarked, clearMarked, closeExport, openExport, toggleMarked } from './markedSlice';
import type { Selection } from '../model/selection';

const state = (marked: string[] = [], selection: Selection | null = null) => ({
  marked: new Set(marked) as ReadonlySet<string>,
  exporting: null,
  selection,
});

describe('multi-selection producers', () => {
  it('shift-click adds a node, and takes a marked one out', () => {
    const one = toggleMarked('a')(state());
    expect([...one.marked]).toEqual(['a']);
    const two = toggleMarked('b')(one);
    expect([...two.marked].sort()).toEqual(['a', 'b']);
    expect([...toggleMarked('a')(two).marked]).toEqual(['b']);
    // New sets every time: subscribers see the change.
    expect(two.marked).not.toBe(one.marked);
  });

  it('starts from the selected node, which gives way to the group', () => {
    const next = toggleMarked('b')(state([], { kind: 'node', id: 'a' }));
    expect([...next.marked].sort()).toEqual(['a', 'b']);
    expect(next.selection).toBeNull();
    // An edge selection is not a node to keep.
    expect([...toggleMarked('b')(state([], { kind: 'edge', id: 'e' })).marked]).toEqual(['b']);
  });

  it('box selection adds, never removes', () => {
    const next = addMarked(['b', 'c'])(state(['a', 'b']));
    expect([...next.marked].sort()).toEqual(['a', 'b', 'c']);
    const same = state(['a']);
    expect(addMarked([])(same)).toBe(same);
  });

  it('clears', () => {
    expect(clearMarked()(state(['a'])).marked.size).toBe(0);
    const empty = state();
    expect(clearMarked()(empty)).toBe(empty);
  });

  it('opens the export on the selection when there is one, else on the view', () => {
    expect(openExport()(state(['a'])).exporting).toEqual({ scope: 'selection' });
    expect(openExport()(state()).exporting).toEqual({ scope: 'view' });
    expect(openExport('whole')(state(['a'])).exporting).toEqual({ scope: 'whole' });
    expect(closeExport()(openExport()(state())).exporting).toBeNull();
  });
});
