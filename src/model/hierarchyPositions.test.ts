import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from './dataset';
import { breadthFirstLevels, HIERARCHY, hierarchyPositions } from './hierarchyPositions';

const ev = [{ source: 's', start: 0, end: 1 }];

/** root – a, b; a – c, d; b – e (c → a: direction does not matter); x – y apart. */
function tree(extraLeaves = 0): KnowledgeGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const ids = ['root', 'a', 'b', 'c', 'd', 'e', 'x', 'y'];
  for (let i = 0; i < extraLeaves; i++) ids.push(`leaf${String(i).padStart(2, '0')}`);
  for (const id of ids) g.addNode(id, { type: 'actor', label: id, aliases: [], mentions: [] });
  const link = (s: string, t: string) => g.addDirectedEdge(s, t, { relation: 'met with', evidence: ev });
  link('root', 'a');
  link('b', 'root');
  link('c', 'a');
  link('a', 'd');
  link('b', 'e');
  link('x', 'y');
  for (let i = 0; i < extraLeaves; i++) link('root', `leaf${String(i).padStart(2, '0')}`);
  return g;
}

describe('breadthFirstLevels', () => {
  it('levels nodes by steps from the root, ignoring direction, children grouped under their parent', () => {
    const { levels, rest } = breadthFirstLevels(tree(), 'root');
    expect(levels).toEqual([['root'], ['a', 'b'], ['c', 'd', 'e']]);
    expect(rest).toEqual(['x', 'y']);
  });
});

describe('hierarchyPositions', () => {
  it('draws levels top-down, unreachable nodes last, and centres each row', () => {
    const { positions, levels, unreachable } = hierarchyPositions(tree(), 'root');
    const y = (id: string) => positions.get(id)?.y ?? NaN;
    expect(unreachable).toBe(true);
    expect(levels.at(-1)).toEqual(['x', 'y']);
    expect(y('root')).toBeLessThan(y('a'));
    expect(y('a')).toBe(y('b'));
    expect(y('b')).toBeLessThan(y('c'));
    expect(y('e')).toBeLessThan(y('x'));
    expect(positions.get('root')?.x).toBe(0);
    expect((positions.get('a')?.x ?? 0) + (positions.get('b')?.x ?? 0)).toBe(0);
  });

  it('wraps a wide level into staggered rows to match the aspect asked for', () => {
    const g = tree(30);
    const measure = (aspect: number) => {
      const points = [...hierarchyPositions(g, 'root', aspect).positions.values()];
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    };
    expect(measure(3)).toBeGreaterThan(measure(1));
    const { positions } = hierarchyPositions(g, 'root', 1);
    const level1 = [...positions].filter(([id]) => id.startsWith('leaf') || id === 'a' || id === 'b');
    const rows = new Set(level1.map(([, p]) => p.y));
    expect(rows.size).toBeGreaterThan(1);
    // Nodes sharing a row are a slot apart.
    const firstRow = level1.filter(([, p]) => p.y === Math.min(...rows)).map(([, p]) => p.x);
    firstRow.sort((a, b) => a - b);
    expect((firstRow[1] ?? 0) - (firstRow[0] ?? 0)).toBe(HIERARCHY.slot);
  });
});
