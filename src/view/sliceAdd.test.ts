import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addInSlices } from './sliceAdd';
import { buildStylesheet } from './stylesheet';

cytoscape.warnings(false);

const chain = (n: number): ElementDefinition[] => [
  ...Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}`, label: `Node ${i}`, size: 20, fontSize: 14 },
    position: { x: i * 10, y: (i % 7) * 10 },
  })),
  ...Array.from({ length: n - 1 }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  })),
];

const headless = () =>
  cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(undefined, undefined, true) });
const notifying = (cy: cytoscape.Core) => (cy as unknown as { notifications(): boolean }).notifications();
const styleDirty = (ele: cytoscape.SingularElementArgument) =>
  (ele as unknown as { _private: { styleDirty: boolean } })._private.styleDirty;

describe('addInSlices', () => {
  it('adds every element, in order, over several slices, with its style computed, then notifies again', async () => {
    const cy = headless();
    const definitions = chain(6000);
    const progress: number[] = [];
    const added = await new Promise<cytoscape.Collection>((resolve) => {
      addInSlices(cy, definitions, { onProgress: (n) => progress.push(n), onDone: resolve });
      // The first slice ran synchronously and stopped short of the whole graph.
      expect(cy.elements().length).toBeLessThan(definitions.length);
      expect(notifying(cy)).toBe(false);
    });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(definitions.length);
    expect(added.length).toBe(definitions.length);
    expect(cy.nodes().length).toBe(6000);
    expect(cy.edges().length).toBe(5999);
    expect(cy.getElementById('e5998').source().id()).toBe('n5998');
    expect(cy.getElementById('n4321').position()).toEqual({ x: 43210, y: 2 * 10 });
    expect(cy.elements().filter((e) => styleDirty(e)).length).toBe(0);
    expect(cy.getElementById('e0').style('curve-style')).toBe('haystack');
    expect(notifying(cy)).toBe(true);
    // Styling 12,000 elements takes a few seconds on a loaded shared machine: this is no timing test.
  }, 30_000);

  it('stops when cancelled, keeping what was added, with notifications back on', async () => {
    const cy = headless();
    const definitions = chain(6000);
    let done = false;
    const slice = addInSlices(cy, definitions, { onDone: () => (done = true) });
    const first = cy.elements().length;
    slice.cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(done).toBe(false);
    expect(cy.elements().length).toBe(first);
    expect(notifying(cy)).toBe(true);
  });
});
