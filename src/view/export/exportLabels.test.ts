import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { MeasureText } from '../labelDetail';
import { headlessCy, labelledNodeIds } from '../headlessFixture';
import { placeExportLabels } from './exportLabels';

// Every character 6 units wide at a 10-unit font: predictable label boxes.
const measure: MeasureText = (text) => text.length * 6;

function node(id: string, x: number, y: number, importance: number, fontSize = 16): ElementDefinition {
  return {
    group: 'nodes',
    data: { id, label: `${id} label`, importance, degree: 1, size: 20, fontSize },
    position: { x, y },
  };
}

const instance = (elements: ElementDefinition[]) => headlessCy(elements);

const shown = labelledNodeIds;

describe('placeExportLabels', () => {
  it('hides the names that would overlap a more important one, and counts what is drawn', () => {
    // A tight cluster of twelve: their names (one line, 67 units at a 16-unit font) cannot all be drawn.
    const cluster = Array.from({ length: 12 }, (_, i) =>
      node(i === 0 ? 'a' : `n${i}`, (i % 4) * 30, Math.floor(i / 4) * 30, 1 - i / 12),
    );
    const cy = instance([...cluster, node('far', 600, 0, 0.01)]);
    cy.add({ group: 'edges', data: { id: 'e', source: 'a', target: 'far', caption: 'met with' } });
    const { counts, placement } = placeExportLabels(cy, measure, { edgeLabels: true, scale: 1 });
    expect(shown(cy)).toContain('a');
    expect(shown(cy)).toContain('far');
    expect(shown(cy).length).toBeLessThan(13);
    expect(counts).toEqual({
      nodes: shown(cy).length,
      nodeTotal: 13,
      edges: placement.edges.size,
      edgeTotal: 1,
    });
    // The relation's label, midway along 600 units of empty line, has room.
    expect(cy.getElementById('e').hasClass('label-hidden')).toBe(false);
  });

  it('leaves out the names too small to read at the picture scale, and relation labels when off', () => {
    const cy = instance([node('big', 0, 0, 1, 26), node('small', 400, 0, 0.1, 14)]);
    cy.add({ group: 'edges', data: { id: 'e', source: 'big', target: 'small', caption: 'met with' } });
    // At 0.5 px a unit, 14 units is 7 px (under READABLE_PX), 26 is 13 px; relation labels 5 px.
    const half = placeExportLabels(cy, measure, { edgeLabels: true, scale: 0.5 });
    expect(shown(cy)).toEqual(['big']);
    expect(half.counts).toMatchObject({ nodes: 1, nodeTotal: 2, edges: 0, edgeTotal: 1 });
    const off = placeExportLabels(cy, measure, { edgeLabels: false, scale: 1 });
    expect(shown(cy)).toEqual(['big', 'small']);
    expect(off.counts).toMatchObject({ nodes: 2, edges: 0, edgeTotal: 0 });
  });
});
