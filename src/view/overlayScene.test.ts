import { describe, expect, it } from 'vitest';
import { elementIds, headlessCy } from './headlessFixture';
import { overlayScene } from './overlayScene';

const ids = (c: cytoscape.NodeCollection | cytoscape.EdgeCollection) =>
  (c as unknown as cytoscape.Collection).map((e) => e.id()).sort();

describe('overlayScene (what neighbourhoodOverlay draws over a large graph)', () => {
  it('is a node with its edges and their other ends, every node named', () => {
    const cy = headlessCy();
    const scene = overlayScene(cy, { kind: 'node', id: 'kim' })!;
    expect(scene.focus.id()).toBe('kim');
    expect(ids(scene.nodes)).toEqual(['kim', 'nk', 'summit']);
    expect(ids(scene.edges)).toEqual(['lead', 'went']);
    expect(ids(scene.labelled)).toEqual(['kim', 'nk', 'summit']);
  });

  it('is an edge with its two ends', () => {
    const scene = overlayScene(headlessCy(), { kind: 'edge', id: 'met' })!;
    expect(ids(scene.nodes)).toEqual(['summit', 'trump']);
    expect(ids(scene.edges)).toEqual(['met']);
  });

  it('leaves out what the filters hide, and is nothing for a hidden or unknown element', () => {
    const cy = headlessCy();
    cy.getElementById('nk').addClass('filtered-out');
    cy.getElementById('nk').connectedEdges().addClass('filtered-out');
    expect(elementIds(cy, '.filtered-out')).toEqual(['lead', 'nk']);
    const scene = overlayScene(cy, { kind: 'node', id: 'kim' })!;
    expect(ids(scene.nodes)).toEqual(['kim', 'summit']);
    expect(ids(scene.edges)).toEqual(['went']);
    expect(overlayScene(cy, { kind: 'node', id: 'nk' })).toBeNull();
    expect(overlayScene(cy, { kind: 'node', id: 'nobody' })).toBeNull();
    expect(overlayScene(cy, null)).toBeNull();
  });

  it('names at most 60 neighbours, the biggest, and always the chosen node', () => {
    const cy = headlessCy([
      { group: 'nodes', data: { id: 'hub', label: 'Hub', size: 1 } },
      ...Array.from({ length: 100 }, (_, i) => [
        { group: 'nodes' as const, data: { id: `n${i}`, label: `N${i}`, size: i + 1 } },
        { group: 'edges' as const, data: { id: `e${i}`, source: 'hub', target: `n${i}` } },
      ]).flat(),
    ]);
    const scene = overlayScene(cy, { kind: 'node', id: 'hub' })!;
    expect(scene.nodes.length).toBe(101);
    expect(scene.labelled.length).toBe(61);
    expect(ids(scene.labelled)).toContain('hub');
    expect(ids(scene.labelled)).toContain('n99');
    expect(ids(scene.labelled)).not.toContain('n0');
  });
});
