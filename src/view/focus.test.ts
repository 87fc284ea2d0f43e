import { describe, expect, it } from 'vitest';
import type { Display } from '../model/neighbourhood';
import { applyFocusClasses, applyPins, framedElements } from './focus';
import { highlight } from './highlight';
import { elementIds, headlessCy as headless } from './headlessFixture';

const ids = elementIds;
const v = (nodes: string[], edges: string[]) => ({ nodes: new Set(nodes), edges: new Set(edges) });
const all = v(['kim', 'nk', 'summit', 'trump'], ['lead', 'went', 'met']);

describe('applyFocusClasses', () => {
  it('marks what lies outside a fade-mode focus, and clears it', () => {
    const cy = headless();
    const display: Display = { shown: all, inside: v(['kim', 'nk'], ['lead']), path: null };
    applyFocusClasses(cy, display);
    expect(ids(cy, '.outside-focus')).toEqual(['met', 'summit', 'trump', 'went']);
    expect(Number(cy.$id('trump').style('opacity'))).toBeLessThan(0.5);
    expect(Number(cy.$id('kim').style('opacity'))).toBe(1);
    applyFocusClasses(cy, null);
    expect(cy.$('.outside-focus').length).toBe(0);
  });

  it('puts paths on top of a selection: on-path emphasised, everything else faded', () => {
    const cy = headless();
    highlight(cy, { kind: 'node', id: 'nk' }, false);
    applyFocusClasses(cy, { shown: all, inside: null, path: v(['kim', 'summit', 'trump'], ['went', 'met']) });
    expect(ids(cy, '.on-path')).toEqual(['kim', 'met', 'summit', 'trump', 'went']);
    expect(ids(cy, '.off-path')).toEqual(['lead', 'nk']);
    // The selected node is off the path: the path's fade wins over the selection's emphasis.
    expect(Number(cy.$id('nk').style('opacity'))).toBeLessThan(0.5);
    expect(cy.$id('went').style('width')).toBe('3.5px');
    expect(ids(cy, '.faded')).toEqual([]);
  });

  it('frames the paths first, else the focus, else nothing', () => {
    const cy = headless();
    expect(framedElements(cy, null).length).toBe(0);
    expect(framedElements(cy, { shown: all, inside: null, path: null }).length).toBe(0);
    const inside = v(['kim', 'nk'], ['lead']);
    expect(framedElements(cy, { shown: inside, inside, path: null }).map((e) => e.id())).toEqual([
      'kim',
      'nk',
      'lead',
    ]);
    const path = v(['trump', 'summit'], ['met']);
    expect(framedElements(cy, { shown: inside, inside, path }).length).toBe(3);
  });
});

describe('applyPins', () => {
  it('locks pinned nodes with a dashed ring, and unlocks them when unpinned', () => {
    const cy = headless();
    applyPins(cy, ['kim', 'trump']);
    expect(ids(cy, 'node:locked')).toEqual(['kim', 'trump']);
    expect(cy.$id('kim').style('outline-style')).toBe('dashed');
    // A locked node keeps its place whatever sets positions (a layout, a drag).
    cy.$id('kim').position({ x: 500, y: 500 });
    expect(cy.$id('kim').position()).toEqual({ x: 0, y: 0 });
    applyPins(cy, ['trump']);
    expect(ids(cy, 'node:locked')).toEqual(['trump']);
    expect(cy.$id('kim').hasClass('pinned')).toBe(false);
  });
});
