import { describe, expect, it } from 'vitest';
import { forceAtlasIterations, forceAtlasSteps, placeWithForceAtlas } from './forceAtlasPositions';
import type { GraphData } from './schema';

const ring = (n: number): GraphData => ({
  sources: [],
  nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, type: 'node', label: `n${i}`, aliases: [] })),
  edges: Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    source: `n${i}`,
    target: `n${(i + 1) % n}`,
    relation: 'r',
  })),
});

describe('ForceAtlas2 positions for graphs without any', () => {
  it('places every node at a finite, distinct position, the same every time, reporting progress', () => {
    const a = ring(40);
    const b = ring(40);
    const progress: number[] = [];
    placeWithForceAtlas(a, (f) => progress.push(f));
    placeWithForceAtlas(b);
    const points = a.nodes.map((n) => `${n.x?.toFixed(3)},${n.y?.toFixed(3)}`);
    expect(a.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(new Set(points).size).toBe(40);
    expect(b.nodes.map((n) => [n.x, n.y])).toEqual(a.nodes.map((n) => [n.x, n.y]));
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  it('in steps, leaves the layout so far in the document after each one (what the first picture draws), ending where the whole run ends', () => {
    const stepped = ring(40);
    const seen: string[] = [];
    const fractions: number[] = [];
    for (const done of forceAtlasSteps(stepped, 4)) {
      fractions.push(done);
      expect(stepped.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
      seen.push(stepped.nodes.map((n) => `${n.x},${n.y}`).join(' '));
    }
    expect(fractions).toEqual([0.25, 0.5, 0.75, 1]);
    expect(new Set(seen).size).toBe(4);
    const whole = ring(40);
    placeWithForceAtlas(whole, undefined, 4);
    expect(stepped.nodes.map((n) => [n.x, n.y])).toEqual(whole.nodes.map((n) => [n.x, n.y]));
  });

  it('pulls linked nodes together: ring neighbours end nearer than opposite nodes', () => {
    const g = ring(30);
    placeWithForceAtlas(g);
    const d = (i: number, j: number) =>
      Math.hypot((g.nodes[i]?.x ?? 0) - (g.nodes[j]?.x ?? 0), (g.nodes[i]?.y ?? 0) - (g.nodes[j]?.y ?? 0));
    expect(d(0, 1)).toBeLessThan(d(0, 15));
  });

  it('places every node of a big scale-free graph (Barnes-Hut path) at a finite position', () => {
    // Preferential attachment, seeded: a few hubs, many leaves, like the benchmark's graphs.
    const n = 1_000;
    const ends: number[] = [0];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const data = ring(n);
    data.edges = Array.from({ length: n - 1 }, (_, i) => {
      const target = ends[Math.floor(random() * ends.length)]!;
      ends.push(i + 1, target);
      return { id: `e${i}`, source: `n${i + 1}`, target: `n${target}`, relation: 'r' };
    });
    placeWithForceAtlas(data);
    const finite = data.nodes.filter((node) => Number.isFinite(node.x) && Number.isFinite(node.y));
    expect(finite).toHaveLength(n);
    expect(new Set(data.nodes.map((node) => `${node.x},${node.y}`)).size).toBe(n);
    // 800 iterations of Barnes-Hut: seconds on a shared 2-core machine.
  }, 30_000);

  it('scales iterations down as graphs grow', () => {
    expect(forceAtlasIterations(50, 100)).toBe(800);
    // A few thousand elements settle within 400.
    expect(forceAtlasIterations(1000, 1997)).toBe(400);
    expect(forceAtlasIterations(1285, 7524)).toBe(341);
    expect(forceAtlasIterations(100000, 200000)).toBe(60);
  });
});
