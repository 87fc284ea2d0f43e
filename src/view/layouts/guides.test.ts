import { describe, expect, it } from 'vitest';
import { placeGuideTexts } from './guides';
import type { LayoutGuide } from './types';

const guide = (text: string, x: number, y: number, align: LayoutGuide['align'], emphasis = false) => ({
  guide: { text, x, y, align, emphasis },
  width: 40,
  height: 16,
});

describe('guide texts on screen', () => {
  it('follow zoom and pan but keep their screen size, aligned on their anchor', () => {
    const [start, end] = placeGuideTexts(
      [guide('2018', 100, 50, 'start'), guide('PLACES', 0, 200, 'end')],
      2,
      {
        x: 10,
        y: -20,
      },
    );
    expect(start?.box).toEqual({ x1: 210, x2: 250, y1: 72, y2: 88 });
    expect(end?.box).toEqual({ x1: -30, x2: 10, y1: 372, y2: 388 });
    expect([start?.shown, end?.shown]).toEqual([true, true]);
  });

  it('hide the plainer of two texts that meet when zoomed out, whatever their order', () => {
    const years = [guide('2018', 100, 0, 'center'), guide('UNDATED', 110, 0, 'center', true)];
    const zoomedOut = placeGuideTexts(years, 0.5, { x: 0, y: 0 });
    expect(zoomedOut.filter((p) => p.shown).map((p) => p.item.guide.text)).toEqual(['UNDATED']);
    const zoomedIn = placeGuideTexts(years, 10, { x: 0, y: 0 });
    expect(zoomedIn.every((p) => p.shown)).toBe(true);
  });
});
