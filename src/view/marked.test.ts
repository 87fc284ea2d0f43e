import { describe, expect, it } from 'vitest';
import { elementIds, headlessCy } from './headlessFixture';
import { applyMarked, markedStyles } from './marked';
import { CANVAS_PALETTES } from './palette';

describe('applyMarked', () => {
  it('marks exactly the multi-selection, and unmarks what left it', () => {
    const cy = headlessCy();
    applyMarked(cy, new Set(['kim', 'trump']));
    expect(elementIds(cy, '.marked')).toEqual(['kim', 'trump']);
    applyMarked(cy, new Set(['nk']));
    expect(elementIds(cy, '.marked')).toEqual(['nk']);
    applyMarked(cy, new Set());
    expect(elementIds(cy, '.marked')).toEqual([]);
  });

  it('draws a marked node with a halo in a colour of its own in each theme', () => {
    const cy = headlessCy();
    applyMarked(cy, new Set(['kim']));
    const kim = cy.getElementById('kim');
    expect(Number(kim.style('underlay-opacity'))).toBeGreaterThan(0);
    expect(Number(cy.getElementById('nk').style('underlay-opacity'))).toBe(0);
    const color = (theme: 'light' | 'dark') =>
      (markedStyles(CANVAS_PALETTES[theme])[0] as unknown as { style: Record<string, string> }).style[
        'underlay-color'
      ];
    expect(color('light')).not.toBe(color('dark'));
  });
});
