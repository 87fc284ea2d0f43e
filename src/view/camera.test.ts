import { describe, expect, it } from 'vitest';
import { resizedViewport } from './camera';

const LIMITS = { min: 0.05, max: 4 };
/** Where a model point is drawn in a viewport. */
const drawn = (v: { zoom: number; pan: { x: number; y: number } }, p: { x: number; y: number }) => ({
  x: p.x * v.zoom + v.pan.x,
  y: p.y * v.zoom + v.pan.y,
});

describe('resizedViewport (the canvas changed size beside the article viewer)', () => {
  const view = { zoom: 2, pan: { x: -100, y: 50 } };
  // The model point at the centre of a 1000 × 800 canvas.
  const centre = { x: (500 + 100) / 2, y: (400 - 50) / 2 };

  it('keeps the centre at the centre and shrinks the zoom with the canvas, so what was seen stays seen', () => {
    const narrower = resizedViewport(view, { width: 1000, height: 800 }, { width: 500, height: 800 }, LIMITS);
    expect(narrower.zoom).toBe(1);
    expect(drawn(narrower, centre)).toEqual({ x: 250, y: 400 });
    // The old corners are still inside the new canvas.
    const topLeft = { x: (0 + 100) / 2, y: (0 - 50) / 2 };
    const p = drawn(narrower, topLeft);
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeGreaterThanOrEqual(0);
  });

  it('recentres without zooming in when the canvas grows', () => {
    const wider = resizedViewport(view, { width: 500, height: 800 }, { width: 1000, height: 800 }, LIMITS);
    expect(wider.zoom).toBe(2);
    expect(drawn(wider, { x: (250 + 100) / 2, y: (400 - 50) / 2 })).toEqual({ x: 500, y: 400 });
  });

  it('stays within the zoom limits', () => {
    const tiny = resizedViewport(
      { zoom: 0.06, pan: { x: 0, y: 0 } },
      { width: 1000, height: 800 },
      { width: 100, height: 800 },
      LIMITS,
    );
    expect(tiny.zoom).toBe(0.05);
  });
});
