import { describe, expect, it } from 'vitest';
import { headlessCy } from './headlessFixture';
import { indexNodes } from './nodeIndex';

// headlessFixture: kim (0,0), nk (100,0), summit (50,80), trump (150,80); nodes 30 wide (no size data).
describe('indexNodes', () => {
  it('finds the node whose disc holds a point, and nothing between nodes', () => {
    const cy = headlessCy();
    cy.nodes().style({ width: 30, height: 30 });
    const index = indexNodes(cy);
    expect(index.at(0, 0)?.id()).toBe('kim');
    expect(index.at(110, 5)?.id()).toBe('nk');
    expect(index.at(50, 40)).toBeNull();
    // Inside the box around summit's disc but outside the disc itself.
    expect(index.at(50 + 14, 80 + 14)).toBeNull();
    expect(index.at(50 + 14, 80 + 14, 6)?.id()).toBe('summit');
  });

  it('takes the topmost of overlapping nodes, and leaves out hidden ones', () => {
    const cy = headlessCy();
    cy.nodes().style({ width: 30, height: 30 });
    cy.getElementById('nk').position({ x: 10, y: 0 });
    expect(indexNodes(cy).at(5, 0)?.id()).toBe('nk');
    cy.getElementById('nk').style('display', 'none');
    expect(indexNodes(cy).at(5, 0)?.id()).toBe('kim');
  });

  it('lists the nodes whose centre is in a box, whichever corner it was drawn from', () => {
    const cy = headlessCy();
    const index = indexNodes(cy);
    const ids = (x1: number, y1: number, x2: number, y2: number) =>
      index
        .inBox(x1, y1, x2, y2)
        .map((n) => n.id())
        .sort();
    expect(ids(-10, -10, 60, 90)).toEqual(['kim', 'summit']);
    expect(ids(160, 90, 40, -5)).toEqual(['nk', 'summit', 'trump']);
    expect(ids(200, 200, 300, 300)).toEqual([]);
  });
});
