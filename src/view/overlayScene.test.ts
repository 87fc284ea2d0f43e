import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../model/dataset';
import { elementIds, headlessCy } from './headlessFixture';
import { overlayScene, type SceneEdge } from './overlayScene';

// The headless fixture's graph: kim → nk (lead), kim → summit (went), trump → summit (met).
function fixtureGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const id of ['kim', 'nk', 'summit', 'trump'])
    g.addNode(id, { type: 'actor', label: id, aliases: [], mentions: [] });
  g.addEdgeWithKey('lead', 'kim', 'nk', { relation: 'leader of', evidence: [] });
  g.addEdgeWithKey('went', 'kim', 'summit', { relation: 'participated in', evidence: [] });
  g.addEdgeWithKey('met', 'trump', 'summit', { relation: 'participated in', evidence: [] });
  return g;
}
const ids = (c: cytoscape.NodeCollection) => c.map((e) => e.id()).sort();
const pairs = (edges: SceneEdge[]) => edges.map(([s, t]) => `${s.id()}>${t.id()}`).sort();
const all = () => true;

describe('overlayScene (what neighbourhoodOverlay draws over a large graph)', () => {
  it('is a node with its edges and their other ends, every node named', () => {
    const scene = overlayScene(headlessCy(), fixtureGraph(), { kind: 'node', id: 'kim' }, all)!;
    expect(scene.focusNode?.id()).toBe('kim');
    expect(ids(scene.nodes)).toEqual(['kim', 'nk', 'summit']);
    expect(pairs(scene.edges)).toEqual(['kim>nk', 'kim>summit']);
    expect(ids(scene.labelled)).toEqual(['kim', 'nk', 'summit']);
  });

  it('is an edge with its two ends', () => {
    const scene = overlayScene(headlessCy(), fixtureGraph(), { kind: 'edge', id: 'met' }, all)!;
    expect(scene.focusNode).toBeNull();
    expect(pairs(scene.focusEdge ? [scene.focusEdge] : [])).toEqual(['trump>summit']);
    expect(ids(scene.nodes)).toEqual(['summit', 'trump']);
  });

  it('leaves out what the filters hide, and is nothing for a hidden or unknown element', () => {
    const cy = headlessCy();
    const graph = fixtureGraph();
    cy.getElementById('nk').addClass('filtered-out');
    expect(elementIds(cy, 'node.filtered-out')).toEqual(['nk']);
    const shown = (id: string) => id !== 'lead';
    const scene = overlayScene(cy, graph, { kind: 'node', id: 'kim' }, shown)!;
    expect(ids(scene.nodes)).toEqual(['kim', 'summit']);
    expect(pairs(scene.edges)).toEqual(['kim>summit']);
    expect(overlayScene(cy, graph, { kind: 'node', id: 'nk' }, shown)).toBeNull();
    expect(overlayScene(cy, graph, { kind: 'edge', id: 'lead' }, shown)).toBeNull();
    expect(overlayScene(cy, graph, { kind: 'node', id: 'nobody' }, shown)).toBeNull();
    expect(overlayScene(cy, graph, null, shown)).toBeNull();
  });

  it('names at most 60 neighbours, the biggest, and always the chosen node', () => {
    const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    g.addNode('hub', { type: 't', label: 'Hub', aliases: [], mentions: [] });
    const cy = headlessCy([
      { group: 'nodes', data: { id: 'hub', label: 'Hub', size: 1 } },
      ...Array.from({ length: 100 }, (_, i) => {
        g.addNode(`n${i}`, { type: 't', label: `N${i}`, aliases: [], mentions: [] });
        g.addEdgeWithKey(`e${i}`, 'hub', `n${i}`, { relation: 'linked to', evidence: [] });
        return { group: 'nodes' as const, data: { id: `n${i}`, label: `N${i}`, size: i + 1 } };
      }),
    ]);
    const scene = overlayScene(cy, g, { kind: 'node', id: 'hub' }, all)!;
    expect(scene.nodes.length).toBe(101);
    expect(scene.edges.length).toBe(100);
    expect(scene.labelled.length).toBe(61);
    expect(ids(scene.labelled)).toContain('hub');
    expect(ids(scene.labelled)).toContain('n99');
    expect(ids(scene.labelled)).not.toContain('n0');
  });
});
