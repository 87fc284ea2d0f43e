import { describe, expect, it } from 'vitest';
import { scopeElements } from './scope';
import { importedGraph } from './testGraphs';

const dataset = importedGraph();
const shown = { nodes: new Set(['ada', 'bob']), edges: new Set(['e1']) };

describe('scopeElements', () => {
  it('whole graph: everything, whatever is shown', () => {
    const whole = scopeElements('whole', { dataset, shown, marked: new Set() });
    expect([whole.nodes.size, whole.edges.size]).toEqual([3, 2]);
  });

  it('current view: what is shown, or everything when nothing narrows it', () => {
    expect(scopeElements('view', { dataset, shown, marked: new Set() })).toBe(shown);
    expect(scopeElements('view', { dataset, shown: null, marked: new Set() }).nodes.size).toBe(3);
  });

  it('selection: the marked nodes that are shown and the shown relations among them', () => {
    const all = scopeElements('selection', { dataset, shown: null, marked: new Set(['bob', 'lab']) });
    expect([[...all.nodes].sort(), [...all.edges]]).toEqual([['bob', 'lab'], ['e2']]);
    const narrowed = scopeElements('selection', { dataset, shown, marked: new Set(['bob', 'lab']) });
    expect([[...narrowed.nodes], [...narrowed.edges]]).toEqual([['bob'], []]);
  });
});
