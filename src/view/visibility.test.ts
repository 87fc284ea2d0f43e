import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { headlessCy, sampleElements } from './headlessFixture';
import { buildStylesheet } from './stylesheet';
import { updateLabelDetail } from './labelDetail';
import { applyVisibility } from './visibility';

const hidden = (cy: cytoscape.Core) =>
  cy
    .$('.filtered-out')
    .map((e) => e.id())
    .sort();

// kim, nk, summit and the two edges from kim (no trump).
const headless = () =>
  headlessCy(sampleElements().filter((e) => !['trump', 'met'].includes(String(e.data.id))));

describe('applyVisibility', () => {
  it('hides what is not visible with display none, without moving anything', () => {
    const cy = headless();
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    applyVisibility(cy, { nodes: new Set(['kim', 'nk']), edges: new Set(['lead']) });
    expect(hidden(cy)).toEqual(['summit', 'went']);
    expect(cy.getElementById('summit').style('display')).toBe('none');
    expect(cy.getElementById('went').style('display')).toBe('none');
    expect(cy.getElementById('kim').style('display')).toBe('element');
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
  });

  it('shows again what becomes visible, and everything for null', () => {
    const cy = headless();
    applyVisibility(cy, { nodes: new Set(['kim']), edges: new Set() });
    expect(hidden(cy)).toEqual(['lead', 'nk', 'summit', 'went']);
    applyVisibility(cy, { nodes: new Set(['kim', 'summit']), edges: new Set(['went']) });
    expect(hidden(cy)).toEqual(['lead', 'nk']);
    applyVisibility(cy, null);
    expect(hidden(cy)).toEqual([]);
  });

  it('changes the graph in one batch', () => {
    const cy = headless();
    const batches: number[] = [];
    const batch = cy.batch.bind(cy);
    cy.batch = (fn) => {
      batches.push(1);
      return batch(fn);
    };
    applyVisibility(cy, { nodes: new Set(), edges: new Set() });
    expect(batches).toHaveLength(1);
    expect(hidden(cy)).toHaveLength(5);
  });

  it('gives the label space of hidden nodes to the visible ones', () => {
    // Three nodes on top of each other: the two busier labels take the spots below and above.
    const node = (id: string, degree: number, x: number, y: number) => ({
      group: 'nodes' as const,
      data: { id, label: id, degree, size: 4, fontSize: 16 },
      position: { x, y },
    });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: [node('north', 50, 0, 0), node('south', 40, 5, 10), node('minor', 3, 0, 5)],
      layout: { name: 'preset', fit: false },
    });
    const measure = (text: string) => text.length * 6;
    updateLabelDetail(cy, measure);
    expect(cy.getElementById('minor').hasClass('label-hidden')).toBe(true);
    applyVisibility(cy, { nodes: new Set(['south', 'minor']), edges: new Set() });
    updateLabelDetail(cy, measure);
    expect(cy.getElementById('minor').hasClass('label-hidden')).toBe(false);
  });
});
