import { describe, expect, it } from 'vitest';
import { LabelGrid, rectsOverlap, uprightRect, type LabelRect } from './labelRects';

/** A 100 × 10 label turned by `degrees`, centred at (cx, cy). */
const turned = (cx: number, cy: number, degrees: number): LabelRect => {
  const a = (degrees * Math.PI) / 180;
  return { cx, cy, ux: Math.cos(a), uy: Math.sin(a), hw: 50, hh: 5 };
};

describe('rectsOverlap', () => {
  it('tells upright rectangles apart by their corners', () => {
    expect(rectsOverlap(uprightRect(0, 0, 10, 10), uprightRect(5, 5, 15, 15))).toBe(true);
    expect(rectsOverlap(uprightRect(0, 0, 10, 10), uprightRect(10, 0, 20, 10))).toBe(false); // touching
  });

  it('sees the gap beside a diagonal label that its upright bounding box would cover', () => {
    // A 45° label's bounding box spans about ±39 px, yet the corner at (30, -30) is clear of it.
    const diagonal = turned(0, 0, 45);
    expect(rectsOverlap(diagonal, uprightRect(25, -35, 35, -25))).toBe(false);
    expect(rectsOverlap(diagonal, uprightRect(25, 20, 35, 30))).toBe(true); // on the label's line
  });

  it('finds crossing labels overlapping and parallel ones apart', () => {
    expect(rectsOverlap(turned(0, 0, 30), turned(0, 0, -30))).toBe(true);
    expect(rectsOverlap(turned(0, 0, 30), turned(0, 20, 30))).toBe(false);
  });
});

describe('LabelGrid', () => {
  it('reports a collision only with rectangles placed before, across cell borders', () => {
    const grid = new LabelGrid(20);
    grid.add(uprightRect(15, 15, 45, 25));
    expect(grid.collides(uprightRect(40, 20, 60, 30))).toBe(true);
    expect(grid.collides(uprightRect(50, 20, 60, 30))).toBe(false);
    expect(grid.collides(turned(100, 100, 60))).toBe(false);
  });

  it("lets an element's own rectangles be overlapped by its label", () => {
    const grid = new LabelGrid(20);
    grid.add(uprightRect(0, 0, 20, 20), 'node-a');
    expect(grid.collides(uprightRect(10, 15, 40, 30), 'node-a')).toBe(false);
    expect(grid.collides(uprightRect(10, 15, 40, 30), 'node-b')).toBe(true);
    expect(grid.collides(uprightRect(10, 15, 40, 30))).toBe(true);
  });
});
