import { describe, expect, it } from 'vitest';
import { scaleFreeGraph } from './synthetic';

describe('scaleFreeGraph', () => {
  it('is the same graph for the same seed, with about two edges per node and no dangling ends', () => {
    const a = scaleFreeGraph(1000, 7);
    expect(JSON.stringify(scaleFreeGraph(1000, 7))).toBe(JSON.stringify(a));
    expect(a.nodes).toHaveLength(1000);
    expect(a.edges.length).toBeGreaterThan(1900);
    const keys = new Set(a.nodes.map((n) => n.key));
    expect(a.edges.every((e) => keys.has(e.source) && keys.has(e.target) && e.source !== e.target)).toBe(
      true,
    );
  });

  it('is scale-free enough: a few hubs, most nodes with few links', () => {
    const { edges } = scaleFreeGraph(5000, 3);
    const degree = new Map<string, number>();
    for (const e of edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const sorted = [...degree.values()].sort((x, y) => y - x);
    expect(sorted[0]).toBeGreaterThan(60);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(3);
  });
});
