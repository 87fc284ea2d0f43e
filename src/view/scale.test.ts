import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../model/dataset';
import { toElements } from './elements';
import { drawableColor } from './nodeLook';
import { highlight } from './highlight';
import { isLargeGraph, LARGE_GRAPH_ELEMENTS, rendererOptions, unavailableLayout } from './scale';
import { unavailableMetric } from '../model/metrics';
import { buildStylesheet } from './stylesheet';
import { sampleElements } from './headlessFixture';

// The shared fixture's elements carry no size data: Cytoscape's warnings about that are noise here.
cytoscape.warnings(false);

const cyWith = (large: boolean) =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(undefined, undefined, large),
    elements: sampleElements(),
    layout: { name: 'preset', fit: false },
  });

describe('large-graph mode', () => {
  it('is chosen by element count: on for the 10k graph, off for the corpus and euroSIS-sized graphs below the line', () => {
    expect(isLargeGraph(10_000, 19_995)).toBe(true);
    expect(isLargeGraph(250, 400)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_ELEMENTS - 100, 100)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_ELEMENTS - 100, 101)).toBe(true);
  });

  it('does not offer main-thread work that takes minutes at scale: betweenness, the force layout', () => {
    expect(unavailableMetric({ order: 10_000, size: 19_995 }, 'betweenness')).toMatch(/too long/);
    expect(unavailableMetric({ order: 10_000, size: 19_995 }, 'pagerank')).toBeNull();
    expect(unavailableMetric({ order: 103, size: 216 }, 'betweenness')).toBeNull();
    expect(unavailableLayout(10_000, 19_995, 'force')).toMatch(/ForceAtlas2/);
    expect(unavailableLayout(10_000, 19_995, 'positions')).toBeNull();
    expect(unavailableLayout(103, 216, 'force')).toBeNull();
  });

  it('asks for cheap renderer options only at scale', () => {
    expect(rendererOptions(false)).toEqual({});
    expect(rendererOptions(true)).toMatchObject({
      hideEdgesOnViewport: true,
      pixelRatio: 1,
      motionBlur: false,
    });
  });

  it('puts only nodes in Cytoscape at scale (edges have a layer of their own), and culls small labels', () => {
    const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    g.addNode('a', { type: 't', label: 'A', aliases: [], mentions: [] });
    g.addNode('b', { type: 't', label: 'B', aliases: [], mentions: [] });
    g.addEdge('a', 'b', { relation: 'met', evidence: [] });
    expect(toElements(g).map((e) => e.group)).toEqual(['nodes', 'nodes', 'edges']);
    expect(toElements(g, undefined, false).map((e) => e.group)).toEqual(['nodes', 'nodes']);
    const small = cyWith(false);
    const large = cyWith(true);
    expect(small.getElementById('lead').style('curve-style')).toBe('bezier');
    expect(large.getElementById('kim').style('min-zoomed-font-size')).toBe('9px');
    expect(small.getElementById('kim').style('min-zoomed-font-size')).toBe('0px');
    // Nodes take no pointer events from Cytoscape at scale (scalePointer.ts resolves the pointer).
    expect(large.getElementById('kim').style('events')).toBe('no');
    expect(small.getElementById('kim').style('events')).toBe('yes');
  });

  it('keeps one z-index at scale, so a click never re-sorts every element', () => {
    const large = cyWith(true);
    highlight(large, { kind: 'node', id: 'kim' }, false);
    expect(large.getElementById('kim').style('z-index')).toBe('0');
    const small = cyWith(false);
    highlight(small, { kind: 'node', id: 'kim' });
    expect(small.getElementById('kim').style('z-index')).toBe('20');
  });
});

describe('file colours', () => {
  it('keeps colours Cytoscape draws and leaves out malformed ones', () => {
    expect(drawableColor('#3b6fd8')).toBe('#3b6fd8');
    expect(drawableColor('#abc')).toBe('#abc');
    expect(drawableColor('rgb(59, 111, 216)')).toBe('rgb(59, 111, 216)');
    expect(drawableColor('#e36d0')).toBeUndefined();
    expect(drawableColor(undefined)).toBeUndefined();
  });

  it('gives elements only drawable colours, so the type colour shows for the others', () => {
    const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    g.addNode('a', { type: 't', label: 'A', aliases: [], mentions: [], color: '#e36d0' });
    g.addNode('b', { type: 't', label: 'B', aliases: [], mentions: [], color: '#e36d00' });
    const data = toElements(g).map((e) => e.data);
    expect(data.map((d) => d.color)).toEqual([undefined, '#e36d00']);
  });
});
