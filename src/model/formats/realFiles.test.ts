import { DATASETS } from '../../../scripts/datasets';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGraph } from './importGraph';

const open = (name: string) => importGraph([{ name, text: readFileSync(`${DATASETS}/${name}`, 'utf8') }]);

describe('real files from other tools', () => {
  it('opens arctic.gexf (Gephi, old namespace) with its viz positions, colours and sizes', () => {
    const result = open('arctic.gexf');
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(result.format).toBe('gexf');
    expect(result.data.nodes).toHaveLength(1715);
    expect(result.data.edges).toHaveLength(6676);
    expect(result.positions).toBe('file');
    const newYork = result.data.nodes.find((n) => n.id === '1');
    expect(newYork).toMatchObject({
      label: 'New York',
      x: -81.7245,
      y: 25.771425,
      size: 10.138098,
      color: 'rgb(255,51,51)',
    });
    expect(newYork?.attributes).toMatchObject({ nodedef: 'n1', occurrences: 143 });
    // nodedef is unique per node: no category, so every node is a "node".
    expect(result.columns.typeColumn).toBeNull();
    expect(result.data.edges.every((e) => e.undirected)).toBe(true);
  });

  it('opens euroSIS.json (graphology, undirected) with positions and the actor type as node type', () => {
    const result = open('euroSIS.json');
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(result.format).toBe('graphology');
    expect(result.data.nodes).toHaveLength(1285);
    expect(result.data.edges).toHaveLength(7524);
    expect(result.positions).toBe('file');
    expect(result.columns.typeColumn).toBe('actor_type');
    const node = result.data.nodes.find((n) => n.id === '10');
    expect(node).toMatchObject({
      label: 'Astronomical Institute',
      type: 'Research centers',
      x: -297.02410888671875,
    });
    expect(node?.attributes?.country).toBe('Czech Republic');
    expect(result.data.edges.every((e) => e.undirected)).toBe(true);
  });
});

describe('ids', () => {
  it('edge ids never collide with node ids (Cytoscape keeps both in one space)', () => {
    for (const name of ['arctic.gexf', 'euroSIS.json']) {
      const result = open(name);
      if (!result.ok) throw new Error(name);
      const nodes = new Set(result.data.nodes.map((n) => n.id));
      const edges = new Set(result.data.edges.map((e) => e.id));
      expect(edges.size, name).toBe(result.data.edges.length);
      expect(
        [...edges].filter((id) => nodes.has(id)),
        name,
      ).toEqual([]);
    }
  });
});
