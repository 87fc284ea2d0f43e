import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset';
import { CONCENTRIC, concentricPositions } from './concentricPositions';
import { nodeImportance } from './metrics';
import type { GraphData } from './schema';

function corpusGraph() {
  const url = new URL('../../graph-data/graph.json', import.meta.url);
  return buildDataset(JSON.parse(readFileSync(url, 'utf8')) as GraphData, new Map()).graph;
}

describe('concentricPositions', () => {
  const graph = corpusGraph();

  it('puts the most important node in the centre and less important ones further out', () => {
    for (const metric of ['degree', 'pagerank'] as const) {
      const importance = nodeImportance(graph, metric);
      const { positions, ring } = concentricPositions(graph, importance);
      const top = [...importance].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      expect(positions.get(top)).toEqual({ x: 0, y: 0 });
      // Ring order follows importance: nobody on an outer ring outranks someone further in.
      const byRing = [...ring].sort((a, b) => a[1] - b[1]);
      for (let i = 1; i < byRing.length; i++) {
        const [inner, ri] = byRing[i - 1] ?? ['', 0];
        const [outer, ro] = byRing[i] ?? ['', 0];
        if (ro > ri) expect(importance.get(outer) ?? 0).toBeLessThanOrEqual(importance.get(inner) ?? 0);
      }
      // Each node sits on its ring's circle.
      for (const [id, k] of ring) {
        const p = positions.get(id) ?? { x: NaN, y: NaN };
        expect(Math.hypot(p.x, p.y)).toBeCloseTo(k * CONCENTRIC.ringGap, 6); // aspect 1: circles
      }
    }
  });

  it('stretches the rings to the viewport’s shape', () => {
    const importance = nodeImportance(graph, 'degree');
    const extent = (aspect: number) => {
      const points = [...concentricPositions(graph, importance, aspect).positions.values()];
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    };
    expect(extent(1)).toBeCloseTo(1, 1);
    expect(extent(1.6)).toBeCloseTo(1.6, 1);
  });

  it('leaves every node room from the others on its ring', () => {
    const { positions, ring } = concentricPositions(graph, nodeImportance(graph, 'degree'), 1.6);
    expect(positions.size).toBe(graph.order);
    const rings = new Map<number, string[]>();
    for (const [id, k] of ring) rings.set(k, [...(rings.get(k) ?? []), id]);
    expect(rings.size).toBeGreaterThan(3);
    for (const [k, ids] of rings) {
      if (k === 0) continue;
      const points = ids.map((id) => positions.get(id) ?? { x: 0, y: 0 });
      for (let i = 0; i < points.length; i++)
        for (let j = i + 1; j < points.length; j++) {
          const a = points[i] ?? { x: 0, y: 0 };
          const b = points[j] ?? { x: 0, y: 0 };
          // Far enough across, or far enough above or below (chords are a little shorter than arcs).
          const room = ((a.x - b.x) / CONCENTRIC.spaceX) ** 2 + ((a.y - b.y) / CONCENTRIC.spaceY) ** 2;
          expect(room).toBeGreaterThan(0.8);
        }
    }
  });
});
