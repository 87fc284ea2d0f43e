import type { SingularElementArgument } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  EDGE_FONT,
  keepLabelsReadable,
  LABEL_PX,
  labelFontSize,
  labelsResized,
  labelSize,
  updateLabelDetail,
  wrappedLineWidths,
  type MeasureText,
} from './labelDetail';
import { headlessCy, labelledNodeIds } from './headlessFixture';

// Every character 6px wide at a 10px font: predictable label boxes.
const measure: MeasureText = (text) => text.length * 6;

function node(id: string, x: number, y: number, degree: number, fontSize = 16) {
  return { group: 'nodes' as const, data: { id, label: id, degree, size: 20, fontSize }, position: { x, y } };
}

const graph = (...nodes: ReturnType<typeof node>[]) => headlessCy(nodes);

const shown = labelledNodeIds;

describe('wrappedLineWidths', () => {
  // Six px per character at a 10 px font.
  const mono: MeasureText = (text) => text.length * 6;
  it('breaks a label where Cytoscape does: a word goes on while the line fits', () => {
    expect(wrappedLineWidths('aaaa bbbb cccc', 10, 60, mono)).toEqual([54, 24]);
    // 120 px of text at a 60 px wrap takes three lines, not two, when no two words fit together.
    expect(wrappedLineWidths('aaaaaa bbbbbb cccccc', 10, 60, mono)).toEqual([36, 36, 36]);
    // Cytoscape tries a word with the space after it: ten characters fill 60 px, but do not fit
    // before another word; as the last word they do.
    expect(wrappedLineWidths('aaaa bbbbb c', 10, 60, mono)).toEqual([24, 42]);
    expect(wrappedLineWidths('aaaa bbbbb', 10, 60, mono)).toEqual([60]);
  });

  it('keeps a word wider than the wrap on a line of its own, and scales with the font', () => {
    expect(wrappedLineWidths('Vice-ministerial talks', 10, 60, mono)).toEqual([96, 30]);
    expect(wrappedLineWidths('aaaa bbbb', 20, 60, mono)).toEqual([48, 48]);
    expect(wrappedLineWidths('aaaa bbbb cccc', 10, Infinity, mono)).toEqual([84]);
  });
});

describe('label sizes follow the zoom', () => {
  const elements = () => [
    node('a', 0, 0, 3, 14),
    node('b', 200, 0, 1, 14),
    { group: 'edges' as const, data: { id: 'ab', source: 'a', target: 'b', caption: 'met with' } },
  ];
  const ids = (c: { map(f: (e: { id(): string }) => string): string[] }) => c.map((e) => e.id()).sort();

  it('names the elements whose label size a zoom changes: those at the cap or the floor', () => {
    const cy = headlessCy(elements());
    // 14-unit names between the 11 px floor (off here) and the 18 px cap: no change.
    expect(ids(labelsResized(cy, 0.5, 0.6))).toEqual([]);
    // Zoomed in past the cap (18 px / 14 units), names shrink in units; the relation label past 13 px.
    expect(ids(labelsResized(cy, 1, 1.5))).toEqual(['a', 'b', 'ab'].sort());
    // Kept readable, zoomed out, names grow to stay 11 px.
    keepLabelsReadable(cy, true);
    expect(ids(labelsResized(cy, 0.5, 0.6))).toEqual(['a', 'b']);
  });

  it('after each pass every label has the size of the current zoom, restyled or not', () => {
    const cy = headlessCy(elements());
    keepLabelsReadable(cy, true);
    const sizesRight = () =>
      (cy.elements().toArray() as SingularElementArgument[]).every((e) => {
        const want = e.isNode()
          ? labelFontSize(e, e.data('fontSize') as number, LABEL_PX.node)
          : labelFontSize(e, EDGE_FONT, LABEL_PX.edge);
        expect(labelSize(e)).toBe(want);
        return Math.abs(parseFloat(e.style('font-size') as string) - want) < 1e-6;
      });
    // Zooms at which no label shows or hides (relation labels hidden, then shown throughout), so
    // that no class change restyles an element: only the pass does.
    for (const zoom of [0.5, 0.6, 0.4, 1.5, 2, 3]) {
      cy.zoom(zoom);
      const hidden = cy.$('.label-hidden').length;
      updateLabelDetail(cy, measure);
      if (zoom !== 0.5 && zoom !== 1.5) expect(cy.$('.label-hidden').length).toBe(hidden);
      console.log(
        zoom,
        cy
          .elements()
          .map((e) => `${e.id()} ${e.style('font-size')} ${e.classes().join('.')}`)
          .join(' ; '),
      );
      expect(sizesRight(), `at zoom ${zoom}`).toBe(true);
    }
    // A pass at the same zoom with nothing moved restyles nothing.
    let restyled = 0;
    cy.on('style', () => void restyled++);
    updateLabelDetail(cy, measure);
    expect(restyled).toBe(0);
    // An element added after a pass is restyled with the rest at the next one.
    cy.add(node('c', 0, 200, 1, 14));
    cy.zoom(0.45);
    updateLabelDetail(cy, measure);
    expect(sizesRight()).toBe(true);
  });
});

describe('updateLabelDetail', () => {
  it('places no label under another node: the busiest picks first, the next where it is free', () => {
    // "north" and "south" sit almost on top of each other, "midst" between them; "east" is alone.
    const cy = graph(
      node('north', 0, 0, 50),
      node('south', 5, 10, 40),
      node('midst', 0, 5, 3),
      node('east', 400, 0, 1),
    );
    updateLabelDetail(cy, measure);
    expect(shown(cy)).toEqual(['east', 'midst', 'north', 'south']);
    // Below "north" is under "south": above it is free.
    expect(cy.getElementById('north').hasClass('label-above')).toBe(true);
    expect(cy.getElementById('south').hasClass('label-above')).toBe(false);
    // Above and below "midst" are taken, and right of it is under "south".
    expect(cy.getElementById('midst').hasClass('label-left')).toBe(true);
  });

  it('hides a label with no free place around its node', () => {
    const cy = graph(
      node('hemmed', 0, 0, 1),
      node('n', 0, -22, 9),
      node('s', 0, 22, 9),
      node('e', 30, 0, 9),
      node('w', -30, 0, 9),
    );
    updateLabelDetail(cy, measure);
    expect(cy.getElementById('hemmed').hasClass('label-hidden')).toBe(true);
    cy.remove('#n, #s, #e, #w');
    updateLabelDetail(cy, measure);
    expect(shown(cy)).toEqual(['hemmed']);
  });

  it('tries right and left of the node when below and above are taken', () => {
    // "up"'s label (below it) covers the spot above "middle"; "down"'s covers the spot below.
    const cy = graph(node('up', 0, -50, 50), node('down', 0, 4, 40), node('middle', 0, 0, 3));
    updateLabelDetail(cy, measure);
    expect(shown(cy)).toEqual(['down', 'middle', 'up']);
    const middle = cy.getElementById('middle');
    expect(middle.hasClass('label-right') || middle.hasClass('label-left')).toBe(true);
  });

  it('zoomed out, keeps node labels readable and lets fewer fit; relation labels wait until readable', () => {
    // A row of nodes 60 units apart with long names, the first one busier.
    const row = ['first-in-row', 'second-in-r', 'third-in-row', 'fourth-in-rw', 'fifth-in-row'];
    const cy = graph(...row.map((id, i) => node(id, i * 60, 0, i === 0 ? 5 : 1, 12)));
    cy.add([node('x', 0, 400, 1, 12), node('y', 400, 400, 1, 12)]);
    cy.add({ group: 'edges', data: { id: 'e', source: 'x', target: 'y', caption: 'met with' } });
    const px = (id: string) => parseFloat(cy.getElementById(id).style('font-size') as string) * cy.zoom();
    keepLabelsReadable(cy, true);
    cy.zoom(1.2);
    updateLabelDetail(cy, measure);
    expect(shown(cy)).toEqual([...row, 'x', 'y'].sort());
    expect(cy.getElementById('e').hasClass('label-hidden')).toBe(false);
    // 12 units at zoom 0.6 would be 7.2px: drawn at the readable floor instead, so the names,
    // now 36px apart, no longer all fit: some give way, the busiest first kept.
    cy.zoom(0.6);
    updateLabelDetail(cy, measure);
    const kept = shown(cy).filter((id) => row.includes(id));
    expect(kept.length).toBeLessThan(row.length);
    expect(kept).toContain('first-in-row');
    for (const id of kept) expect(px(id)).toBeCloseTo(LABEL_PX.node.floor);
    expect(cy.getElementById('e').hasClass('label-hidden')).toBe(true);
  });

  it('on a graph whose labels are not kept readable (a big one), hides those too small to read', () => {
    const cy = graph(node('big', 0, 0, 10, 22), node('small', 300, 0, 1, 12));
    cy.zoom(0.6);
    updateLabelDetail(cy, measure);
    expect(shown(cy)).toEqual(['big']); // 12 × 0.6 = 7.2px is under the readable size
    cy.zoom(1.2);
    updateLabelDetail(cy, measure);
    expect(shown(cy)).toEqual(['big', 'small']);
  });

  it('hides a relation label that would overlap one already placed, the selected relation first', () => {
    // Two parallel relations 10px apart: their labels, drawn at the same midpoint height, overlap.
    const cy = graph(
      node('a', 0, 0, 1),
      node('b', 400, 0, 1),
      node('c', 0, 10, 1),
      node('d', 400, 10, 1),
      node('e', 200, 150, 1),
      node('f', 200, 300, 1),
    );
    cy.add([
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', caption: 'met with' } },
      { group: 'edges', data: { id: 'cd', source: 'c', target: 'd', caption: 'threatened' } },
      { group: 'edges', data: { id: 'ef', source: 'e', target: 'f', caption: 'x' } },
    ]);
    cy.zoom(1.5);
    const edgeShown = () =>
      cy
        .edges()
        .not('.label-hidden')
        .map((e) => e.id())
        .sort();
    updateLabelDetail(cy, measure);
    expect(edgeShown()).toHaveLength(2); // one of the parallel pair, and the one far from both
    expect(edgeShown()).toContain('ef');
    cy.getElementById('cd').addClass('focus');
    updateLabelDetail(cy, measure);
    expect(edgeShown()).toContain('cd');
    expect(edgeShown()).not.toContain('ab');
    cy.getElementById('cd').removeClass('focus').addClass('faded');
    updateLabelDetail(cy, measure);
    expect(edgeShown()).not.toContain('cd');
    expect(edgeShown()).toContain('ab');
  });

  it('always labels the highlighted selection and its neighbourhood, and never faded nodes', () => {
    const cy = graph(node('hub', 0, 0, 50, 22), node('picked', 2, 4, 1, 12), node('gone', 600, 0, 1, 22));
    cy.getElementById('picked').addClass('focus');
    cy.getElementById('gone').addClass('faded');
    cy.zoom(0.5);
    updateLabelDetail(cy, measure);
    expect(shown(cy)).toEqual(['hub', 'picked']);
    // At zoom 0.5 the highlighted label is enlarged so it still draws at 13px or more.
    const picked = cy.getElementById('picked');
    expect(parseFloat(picked.style('font-size')) * 0.5).toBeGreaterThanOrEqual(13);
    // It wraps as many characters wide as any label, not at a width that would cut its words.
    expect(parseFloat(picked.style('text-max-width')) / parseFloat(picked.style('font-size'))).toBeCloseTo(
      9.5,
    );
    expect(parseFloat(cy.getElementById('hub').style('text-max-width'))).toBeCloseTo(22 * 9.5); // never under 150
  });
});
