import { describe, expect, it } from 'vitest';
import { describeCap, IMAGE_LIMITS, imageSize, type SizeChoice } from './imageSize';
import {
  FOOTER_MIN_PX,
  IMAGE_MARGIN,
  layoutImage,
  layoutReadableImage,
  wrapText,
  type MeasureText,
} from './imageLayout';
import { imageExtras } from './extras';
import { everything, importedGraph } from './testGraphs';

// Every character 0.6 em wide: enough to test wrapping without a canvas.
const measure: MeasureText = (text, px) => text.length * px * 0.6;

describe('imageSize', () => {
  it('multiplies the layout by the chosen factor, or fits a chosen width exactly', () => {
    expect(imageSize(500, 300, { kind: 'scale', scale: 2 })).toEqual({
      scale: 2,
      width: 1000,
      height: 600,
      capped: null,
    });
    const byWidth = imageSize(500, 300, { kind: 'width', width: 1234 });
    expect([byWidth.width, byWidth.height, byWidth.capped]).toEqual([
      1234,
      Math.round(300 * (1234 / 500)),
      null,
    ]);
  });

  it('caps a side at the largest canvas and says what it did', () => {
    const size = imageSize(10_250, 2_000, { kind: 'scale', scale: 4 });
    expect(size.width).toBe(IMAGE_LIMITS.maxSide);
    expect(size.scale).toBeCloseTo(IMAGE_LIMITS.maxSide / 10_250);
    expect(size.capped).toEqual({ scale: 4, width: 41_000, height: 8_000 });
    expect(describeCap(size)).toBe(
      '4x of this graph would be 41,000 × 8,000 px; the largest image is 16,384 px a side and 100 million pixels: exporting at 1.6x (16,384 × 3,197 px).',
    );
  });

  it('caps the area of a square image', () => {
    const size = imageSize(5_000, 5_000, { kind: 'scale', scale: 4 });
    expect(size.width * size.height).toBeLessThanOrEqual(IMAGE_LIMITS.maxArea);
    expect(size.width).toBe(10_000);
    expect(describeCap(imageSize(100, 100, { kind: 'scale', scale: 4 }))).toBeNull();
  });
});

describe('layoutImage', () => {
  it('is the graph with a margin when there is nothing else', () => {
    const layout = layoutImage(300, 200, { legend: null, dashed: false, caption: null }, measure);
    expect([layout.width, layout.height]).toEqual([300 + 2 * IMAGE_MARGIN, 200 + 2 * IMAGE_MARGIN]);
    expect(layout.texts).toEqual([]);
  });

  it('puts the legend and caption below the graph, wrapped to its width, and widens a small graph', () => {
    const caption = ['A rather long article title that will not fit on one line — Publisher, 4 May 2020'];
    const layout = layoutImage(
      100,
      100,
      { legend: [{ type: 'actor', label: 'Actor' }], dashed: true, caption },
      measure,
    );
    expect(layout.width).toBeGreaterThan(100 + 2 * IMAGE_MARGIN);
    expect(layout.graph.x).toBe((layout.width - 100) / 2);
    expect(layout.swatches).toHaveLength(1);
    expect(layout.dashed).not.toBeNull();
    for (const t of layout.texts) {
      expect(t.y).toBeGreaterThan(layout.graph.y + layout.graph.height);
      expect(t.x + measure(t.text, t.px, t.bold)).toBeLessThanOrEqual(layout.width - IMAGE_MARGIN + 1e-9);
    }
    expect(layout.texts.map((t) => t.text)).toContain('Source');
    expect(layout.height).toBeGreaterThan(Math.max(...layout.texts.map((t) => t.y)));
  });

  it('wraps at spaces', () => {
    expect(wrapText('aa bb cc', 5 * 10 * 0.6, 10, measure)).toEqual(['aa bb', 'cc']);
  });
});

describe('imageExtras', () => {
  it('lists the types in the scope, dashed relations, and the cited articles', () => {
    const dataset = importedGraph();
    const all = imageExtras(dataset, everything(dataset), { legend: true, caption: true });
    expect(all.legend).toEqual([
      { type: 'person', label: 'Person' },
      { type: 'room', label: 'Room' },
    ]);
    expect(all.dashed).toBe(true);
    expect(all.caption).toEqual(['Minutes — Lab, 4 May 2020']);
    const part = imageExtras(
      dataset,
      { nodes: new Set(['bob', 'lab']), edges: new Set(['e2']) },
      { legend: true, caption: true },
    );
    expect(part.dashed).toBe(false);
    expect(part.caption).toEqual([]);
    expect(imageExtras(dataset, everything(dataset), { legend: false, caption: false })).toEqual({
      legend: null,
      dashed: false,
      caption: null,
    });
  });
});

describe('layoutReadableImage', () => {
  const extras = {
    legend: [
      { type: 'actor', label: 'Actor' },
      { type: 'event', label: 'Event' },
    ],
    dashed: true,
    caption: ['An article — Publisher, 4 May 2020'],
  };
  // Every legend and caption text, in the picture's pixels.
  const drawnPx = (graphWidth: number, size: SizeChoice) => {
    const layout = layoutReadableImage(graphWidth, graphWidth / 2, extras, measure, size);
    const { scale } = imageSize(layout.width, layout.height, size);
    return layout.texts.map((t) => t.px * scale);
  };

  it('keeps the legend and caption readable when a large graph is drawn into a small picture', () => {
    for (const graphWidth of [400, 3000, 12_000]) {
      const px = drawnPx(graphWidth, { kind: 'width', width: 900 });
      expect(Math.min(...px)).toBeGreaterThanOrEqual(FOOTER_MIN_PX - 0.5);
      // and, when the graph is scaled down, no larger than needed: about what a 1x picture gives.
      if (graphWidth > 900) expect(Math.max(...px)).toBeLessThan(20);
    }
  });

  it('leaves a picture drawn at 1x or more as laid out', () => {
    const plain = layoutImage(3000, 1500, extras, measure);
    expect(layoutReadableImage(3000, 1500, extras, measure, { kind: 'scale', scale: 2 })).toEqual(plain);
  });
});
