import cytoscape, { type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../model/dataset';
import { filePositions } from '../model/filePositions';
import { nodeImportance } from '../model/metrics';
import type { GraphData } from '../model/schema';
import { toElements } from './elements';
import { fitBox } from './fitView';
import { CANVAS_PALETTES } from './palette';
import { previewScene, type PreviewScene } from './previewScene';
import { FIRST_PICTURE_ELEMENTS, LARGE_GRAPH_ELEMENTS, LARGE_ZOOM, SMALL_ZOOM } from './scale';
import { buildStylesheet } from './stylesheet';
import { nodeTypesOf } from '../model/nodeTypes';

const palette = CANVAS_PALETTES.light;
const SIZE = { width: 1200, height: 800 };
const TYPES = ['person', 'organization', 'place', 'event'];

/**
 * A graph over the large-graph line: a ring of hubs with spokes, four types, some file colours
 * (one malformed, as in large-graph.json), negated and planned relations, positions in sigma-like
 * units (y up).
 */
function sampleGraph(nodes: number, options: { sizes?: boolean } = {}): GraphData {
  const data: GraphData = { sources: [], nodes: [], edges: [] };
  for (let i = 0; i < nodes; i++) {
    const angle = (i * 2 * Math.PI) / nodes;
    data.nodes.push({
      id: `n${i}`,
      type: TYPES[i % TYPES.length]!,
      label: `Node ${i}`,
      aliases: [],
      x: Math.cos(angle) * (1 + (i % 7) / 10),
      y: Math.sin(angle) * (1 + (i % 5) / 10),
      ...(i % 50 === 0 ? { color: '#3b6fd8' } : {}),
      ...(i % 50 === 1 ? { color: '#e36d0' } : {}),
      ...(options.sizes && i % 3 === 0 ? { size: 1 + (i % 10) } : {}),
    });
  }
  for (let i = 1; i < nodes; i++)
    data.edges.push({
      id: `e${i}`,
      source: `n${i}`,
      target: `n${i % 40}`,
      relation: 'linked to',
      ...(i % 97 === 0 ? { modality: 'negated' as const } : {}),
      ...(i % 89 === 0 ? { modality: 'planned' as const } : {}),
      ...(i % 83 === 0 ? { color: 'rgb(200, 30, 30)' } : {}),
    });
  return data;
}

/** The view as graphView builds it for a large graph: elements, positions, stylesheet, headless. */
function viewOf(data: GraphData, sizeBy: 'degree' | 'file') {
  const { graph } = buildDataset(data, new Map());
  const positions = filePositions(graph);
  const elements = toElements(graph, nodeImportance(graph, sizeBy), false);
  for (const e of elements) e.position = positions.get(e.data.id!)!;
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(palette, nodeTypesOf(graph), true),
    elements,
    layout: { name: 'preset', fit: false },
  });
}

const fill = (scene: PreviewScene, i: number) => scene.nodeGroups.find((g) => g.nodes.includes(i));

/** Cytoscape reports colours as `rgb(r,g,b)`. */
function rgb(color: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!hex) return color.replace(/\s+/g, '');
  return `rgb(${hex
    .slice(1)
    .map((h) => parseInt(h, 16))
    .join(',')})`;
}

describe("a large graph's first picture", () => {
  it('is drawn only for graphs of over a thousand elements whose every node has a position', () => {
    const small = sampleGraph(200);
    expect(small.nodes.length + small.edges.length).toBeLessThanOrEqual(FIRST_PICTURE_ELEMENTS);
    expect(previewScene(small, palette, SIZE)).toBeNull();
    // Below the large-graph line too, framed within a small graph's zoom limits.
    const medium = sampleGraph(1000);
    expect(medium.nodes.length + medium.edges.length).toBeLessThanOrEqual(LARGE_GRAPH_ELEMENTS);
    expect(previewScene(medium, palette, SIZE)).not.toBeNull();
    // Framed within the zoom limits of the core each gets: a view too small to hold either shows a
    // small graph at the small core's least zoom, a large one further out.
    const tiny = { width: 120, height: 120 };
    expect(previewScene(medium, palette, tiny)?.viewport.zoom).toBe(SMALL_ZOOM.min);
    expect(previewScene(sampleGraph(3000), palette, tiny)?.viewport.zoom).toBeLessThan(SMALL_ZOOM.min);
    const large = sampleGraph(3000);
    expect(large.nodes.length + large.edges.length).toBeGreaterThan(LARGE_GRAPH_ELEMENTS);
    expect(previewScene(large, palette, SIZE)).not.toBeNull();
    const { x: _x, ...unplaced } = large.nodes[17]!;
    large.nodes[17] = unplaced;
    expect(previewScene(large, palette, SIZE)).toBeNull();
  });

  it('puts every node where the view will, at the size and in the colour and shape the view gives it', () => {
    for (const sizeBy of ['degree', 'file'] as const) {
      const data = sampleGraph(3000, { sizes: sizeBy === 'file' });
      const scene = previewScene(data, palette, SIZE)!;
      const cy = viewOf(data, sizeBy);
      data.nodes.forEach((n, i) => {
        const node = cy.getElementById(n.id) as NodeSingular;
        expect(scene.x[i]).toBeCloseTo(node.position('x'), 6);
        expect(scene.y[i]).toBeCloseTo(node.position('y'), 6);
        expect(2 * scene.r[i]!).toBe(node.width());
        const group = fill(scene, i)!;
        expect(rgb(group.fill)).toBe(rgb(node.style('background-color') as string));
        expect(group.shape).toBe(node.style('shape'));
      });
      cy.destroy();
    }
  });

  it('is framed exactly as Cytoscape will frame the nodes (their box, the same fit, the large core zoom limits)', () => {
    const data = sampleGraph(3000);
    const scene = previewScene(data, palette, SIZE)!;
    const cy = viewOf(data, 'degree');
    const expected = fitBox(cy.nodes().boundingBox({ includeLabels: false }), [], SIZE, LARGE_ZOOM)!;
    expect(scene.viewport.zoom).toBeCloseTo(expected.zoom, 9);
    expect(scene.viewport.pan.x).toBeCloseTo(expected.pan.x, 6);
    expect(scene.viewport.pan.y).toBeCloseTo(expected.pan.y, 6);
    cy.destroy();
  });

  it('draws every edge once, in the edge layer’s strokes: file colours, negated dotted, planned dashed', () => {
    const data = sampleGraph(3000);
    const scene = previewScene(data, palette, SIZE)!;
    expect(scene.edgeGroups.reduce((n, g) => n + g.ends.length / 2, 0)).toBe(data.edges.length);
    const stroke = (color: string) => scene.edgeGroups.filter((g) => g.color === color);
    expect(stroke(palette.negated).map((g) => g.dash)).toEqual([[1, 3]]);
    expect(stroke('rgb(200, 30, 30)').flatMap((g) => g.ends.length / 2)).toEqual([
      data.edges.filter((e) => e.color && e.modality === undefined).length,
    ]);
    expect(stroke(palette.edge).map((g) => g.dash)).toEqual(expect.arrayContaining([[], [5, 4]]));
    const e = data.edges.findIndex((edge) => edge.modality === 'negated');
    const negated = stroke(palette.negated)[0]!.ends;
    expect(negated.slice(0, 2)).toEqual([
      data.nodes.findIndex((n) => n.id === data.edges[e]!.source),
      data.nodes.findIndex((n) => n.id === data.edges[e]!.target),
    ]);
  });

  it('names only the nodes whose labels Cytoscape would draw at that zoom', () => {
    const data = sampleGraph(3000);
    const far = previewScene(data, palette, SIZE)!;
    expect(far.viewport.zoom).toBeLessThan(0.3);
    expect(far.labels).toEqual([]);
    // A big view of a small drawing zooms in to the fit limit: every name is readable.
    const near = previewScene(data, palette, { width: 40_000, height: 40_000 })!;
    expect(near.labels).toHaveLength(data.nodes.length);
    expect(near.labels[5]).toMatchObject({ text: 'Node 5', x: near.x[5], y: near.y[5]! + near.r[5]! });
  });
});
