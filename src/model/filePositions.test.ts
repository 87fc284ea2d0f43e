import { describe, expect, it } from 'vitest';
import { scaledPositions } from './filePositions';

const spanOf = (raw: [string, number, number][]) => {
  const at = scaledPositions(raw);
  const xs = raw.map((_, i) => at(i).x);
  return Math.max(...xs) - Math.min(...xs);
};

describe('scaledPositions', () => {
  it('gives a few nodes room for their relations’ labels, whatever units the file used', () => {
    // Three nodes in a row, in sigma-like units: 300 model units across, 150 between neighbours.
    expect(
      spanOf([
        ['a', -1, 0],
        ['b', 0, 0],
        ['c', 1, 0],
      ]),
    ).toBeCloseTo(300);
    expect(
      spanOf([
        ['a', 0, 0],
        ['b', 500, 0],
        ['c', 1000, 0],
      ]),
    ).toBeCloseTo(300);
  });

  it('spreads a bigger graph by room per node, and turns y to grow downwards', () => {
    const raw: [string, number, number][] = Array.from({ length: 100 }, (_, i) => [
      `n${i}`,
      i % 10,
      Math.floor(i / 10),
    ]);
    expect(spanOf(raw)).toBeCloseTo(700);
    const at = scaledPositions(raw);
    expect(at(10).y).toBeLessThan(at(0).y);
  });
});
