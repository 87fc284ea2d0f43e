import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../model/dataset';
import { typeFileColours } from './typeFileColours';

function graphOf(nodes: { type: string; color?: string }[]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  nodes.forEach((n, i) =>
    graph.addNode(`n${i}`, {
      label: `n${i}`,
      type: n.type,
      aliases: [],
      mentions: [],
      ...(n.color ? { color: n.color } : {}),
    } as NodeAttributes),
  );
  return graph;
}

describe("the colour a file gave a type's nodes", () => {
  it('is the colour of every node of the type, or the most common one when they differ', () => {
    const colours = typeFileColours(
      graphOf([
        { type: 'a', color: '#4B94DB' },
        { type: 'a', color: '#4b94db' },
        { type: 'b', color: '#762e2e' },
        { type: 'b', color: '#762e2e' },
        { type: 'b', color: 'rgb(1, 2, 3)' },
      ]),
    );
    expect(colours.get('a')).toEqual({ color: '#4b94db', uniform: true });
    expect(colours.get('b')).toEqual({ color: '#762e2e', uniform: false });
  });

  it('is none when some node of the type has no colour the canvas draws (it shows the type colour)', () => {
    const colours = typeFileColours(
      graphOf([
        { type: 'a', color: '#4b94db' },
        { type: 'a' },
        { type: 'b', color: '#e36d0' },
        { type: 'c' },
      ]),
    );
    expect(colours.size).toBe(0);
  });
});
