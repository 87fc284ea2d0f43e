import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildDataset, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from './dataset';
import type { GraphData } from './schema';
import { dateMidpoint, labelWidth, TIMELINE, timelinePositions } from './timelinePositions';

const ev = [{ source: 's', start: 0, end: 1 }];

function sample(): KnowledgeGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const node = (id: string, type: NodeAttributes['type'], date?: string) =>
    g.addNode(id, { type, label: id, aliases: [], mentions: [], ...(date ? { date } : {}) });
  node('war', 'event', '1950/1953');
  node('talks', 'event', '2015-12-11/2015-12-12');
  node('games', 'event', '2018-02');
  node('summit', 'event', '2015-08');
  node('tests', 'event'); // undated
  node('kim', 'actor');
  node('party', 'actor'); // linked to an event only through kim
  node('loner', 'actor'); // linked to nothing
  node('kaesong', 'place');
  const link = (s: string, t: string) =>
    g.addDirectedEdge(s, t, { relation: 'participated in', evidence: ev });
  link('kim', 'talks');
  link('kim', 'games');
  link('party', 'kim');
  link('talks', 'kaesong');
  return g;
}

function corpusGraph(): KnowledgeGraph {
  const url = new URL('../../graph-data/graph.json', import.meta.url);
  return buildDataset(JSON.parse(readFileSync(url, 'utf8')) as GraphData, new Map()).graph;
}

describe('dateMidpoint', () => {
  it('takes the middle of what a date covers', () => {
    expect(new Date(dateMidpoint('2015-12-11/2015-12-12') ?? 0).toISOString()).toBe(
      '2015-12-12T00:00:00.000Z',
    );
    expect(new Date(dateMidpoint('2018') ?? 0).toISOString().slice(0, 7)).toBe('2018-07');
    expect(new Date(dateMidpoint('1950/1953') ?? 0).getUTCFullYear()).toBe(1952);
    expect(dateMidpoint(undefined)).toBeUndefined();
    expect(dateMidpoint('soon')).toBeUndefined();
  });
});

describe('timelinePositions', () => {
  it('orders dated events by date along x, with the undated ones in a column after them', () => {
    const { positions, undatedX, years } = timelinePositions(sample());
    const x = (id: string) => positions.get(id)?.x ?? NaN;
    expect(x('war')).toBeLessThan(x('summit'));
    expect(x('summit')).toBeLessThan(x('talks'));
    expect(x('talks')).toBeLessThan(x('games'));
    expect(undatedX).toBeGreaterThan(x('games'));
    expect(x('tests')).toBe(undatedX);
    // Years are labelled where they start; an interval by the year it starts.
    expect(years.map((y) => y.label)).toEqual(['1950', '2015', '2018']);
    expect(years[1]?.x).toBe(x('summit'));
  });

  it('puts actors above places above events, each near the events it is linked to', () => {
    const { positions, bands } = timelinePositions(sample());
    const p = (id: string) => positions.get(id) ?? { x: NaN, y: NaN };
    expect(bands.map((b) => b.type)).toEqual(['event', 'place', 'actor']);
    expect(p('kim').y).toBeLessThan(p('kaesong').y);
    expect(p('kaesong').y).toBeLessThan(Math.min(p('talks').y, p('war').y));
    expect(p('kim').x).toBe((p('talks').x + p('games').x) / 2);
    expect(p('kaesong').x).toBe(p('talks').x);
    // Linked only through kim: it goes where kim goes (another row, as kim holds that spot).
    expect(p('party').x).toBe(p('kim').x);
    expect(p('party').y).not.toBe(p('kim').y);
  });

  it('sends nodes with no path to any event to the undated column', () => {
    const { positions, undatedX } = timelinePositions(sample());
    expect(positions.get('loner')?.x).toBe(undatedX);
  });

  it('places every corpus node at a distinct finite spot, rows never closer than a label', () => {
    const g = corpusGraph();
    const { positions } = timelinePositions(g);
    expect(positions.size).toBe(g.order);
    const points = [...positions.values()];
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(points.length);
    // Within one row of actors or places, neighbours leave room for their labels.
    const rows = new Map<number, { x: number; w: number }[]>();
    g.forEachNode((id, attrs) => {
      if (attrs.type === 'event') return;
      const p = positions.get(id);
      if (p) rows.set(p.y, [...(rows.get(p.y) ?? []), { x: p.x, w: labelWidth(attrs.label) }]);
    });
    for (const row of rows.values()) {
      row.sort((a, b) => a.x - b.x);
      for (let i = 1; i < row.length; i++) {
        const [a, b] = [row[i - 1] ?? { x: 0, w: 0 }, row[i] ?? { x: 0, w: 0 }];
        expect(b.x - a.x).toBeGreaterThanOrEqual((a.w + b.w) / 2 + TIMELINE.labelGap - 1e-9);
      }
    }
    // Dated events run left to right in date order (events of the same date in any order).
    const mids = g
      .filterNodes((_id, a) => a.type === 'event' && dateMidpoint(a.date) !== undefined)
      .sort((a, b) => (positions.get(a)?.x ?? 0) - (positions.get(b)?.x ?? 0))
      .map((id) => dateMidpoint(g.getNodeAttribute(id, 'date')) ?? NaN);
    expect(mids.length).toBeGreaterThan(20);
    expect(mids).toEqual([...mids].sort((a, b) => a - b));
  });
});
