import { readFileSync } from 'node:fs';
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../model/dataset';
import { dateMidpoint } from '../../model/timelinePositions';
import { nodeImportance } from '../../model/metrics';
import type { GraphData } from '../../model/schema';
import type { Selection } from '../../model/selection';
import { LAYOUT_IDS, type LayoutId } from '../../model/viewSettings';
import { toElements } from '../elements';
import { withSeededRandom } from '../seededRandom';
import { buildStylesheet } from '../stylesheet';
import { LAYOUT_SEED } from './layoutRunner';
import { LAYOUT_LIST, LAYOUTS } from './registry';

cytoscape.use(fcose);

const url = new URL('../../../graph-data/graph.json', import.meta.url);
const graph = buildDataset(JSON.parse(readFileSync(url, 'utf8')) as GraphData, new Map()).graph;
const importance = nodeImportance(graph, 'degree');

function headless(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(),
    elements: toElements(graph),
  });
}

/** Runs a layout the way the runner does (seeded, synchronous) and returns node positions. */
function place(cy: Core, id: LayoutId, selection: Selection | null = null) {
  const plan = LAYOUTS[id].plan(cy, { graph, importance, selection, aspect: 1.3 });
  withSeededRandom(LAYOUT_SEED, () =>
    cy.layout({ ...plan.options, animate: false, fit: false } as LayoutOptions).run(),
  );
  return { plan, at: (nodeId: string) => ({ ...cy.getElementById(nodeId).position() }) };
}

describe('the layout registry', () => {
  it('has one described layout per id, in menu order', () => {
    expect(LAYOUT_LIST.map((d) => d.id)).toEqual([...LAYOUT_IDS]);
    for (const d of LAYOUT_LIST) {
      expect(d.label.length, d.id).toBeGreaterThan(3);
      expect(d.description.length, d.id).toBeGreaterThan(20);
    }
  });

  it.each(LAYOUT_IDS)('%s places every node at a finite, distinct position', (id) => {
    const cy = headless();
    place(cy, id);
    const points = cy.nodes().map((n) => n.position());
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(points.length);
  });

  it('force is deterministic: the same seed gives the same picture', () => {
    const a = headless();
    const b = headless();
    place(a, 'force');
    place(b, 'force');
    expect(a.nodes().map((n) => n.position())).toEqual(b.nodes().map((n) => n.position()));
  });

  it('concentric puts the most important node in the middle of the others', () => {
    const cy = headless();
    const { at } = place(cy, 'concentric');
    const centre = at('north-korea');
    const distance = (id: string) => Math.hypot(at(id).x - centre.x, at(id).y - centre.y);
    expect(distance('united-states')).toBeLessThan(distance('diamond-mountain-tours'));
  });

  it('hierarchy starts from the selected node, or from an edge’s source, at the top', () => {
    const cy = headless();
    const top = () => Math.min(...cy.nodes().map((n) => n.position().y));
    expect(place(cy, 'hierarchy', { kind: 'node', id: 'hanoi-summit' }).at('hanoi-summit').y).toBe(top());
    const edge = graph.edges()[0] ?? '';
    expect(place(cy, 'hierarchy', { kind: 'edge', id: edge }).at(graph.source(edge)).y).toBe(top());
    // Nothing selected: the most important node.
    expect(place(cy, 'hierarchy').at('north-korea').y).toBe(top());
  });

  it('timeline orders events by date along x and labels its years and undated column', () => {
    const cy = headless();
    const { plan, at } = place(cy, 'timeline');
    const events = graph.filterNodes((_id, a) => a.type === 'event' && dateMidpoint(a.date) !== undefined);
    const mids = events
      .sort((a, b) => at(a).x - at(b).x)
      .map((id) => dateMidpoint(graph.getNodeAttribute(id, 'date')));
    expect(mids).toEqual([...mids].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const texts = (plan.guides ?? []).map((g) => g.text);
    expect(texts).toEqual(
      expect.arrayContaining(['1988', '2015', '2021', 'Undated', 'Actors', 'Places', 'Events']),
    );
  });
});
