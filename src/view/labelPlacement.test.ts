import { describe, expect, it } from 'vitest';
import { nodeBody, nodeLabelBox } from './labelDetail';
import {
  LABEL_PLACES,
  placeLabels,
  type EdgeLabelCandidate,
  type NodeLabelCandidate,
} from './labelPlacement';
import { rectsOverlap, uprightRect, type LabelRect } from './labelRects';

/** A node 20 units across at (x, y) with a one-line label `width` wide in a 14-unit font. */
function node(id: string, x: number, y: number, importance: number, width = 100): NodeLabelCandidate {
  const g = { at: { x, y }, nodeSize: 20, margin: 4, px: 14, lineWidths: [width] };
  return {
    id,
    body: nodeBody({ x, y }, 20),
    boxes: LABEL_PLACES.map((place) => ({ place, box: nodeLabelBox(g, place) })),
    highlighted: false,
    focus: false,
    readable: true,
    importance,
    degree: 0,
  };
}

const edge = (id: string, rect: LabelRect | null, focus = false): EdgeLabelCandidate => ({
  id,
  rect,
  focus,
  highlighted: focus,
});

/** A horizontal relation label 60 × 12 centred at (x, y). */
const flat = (x: number, y: number): LabelRect => ({ cx: x, cy: y, ux: 1, uy: 0, hw: 30, hh: 6 });

const noTwoOverlap = (rects: LabelRect[]) =>
  rects.every((a, i) => rects.slice(i + 1).every((b) => !rectsOverlap(a, b)));

describe('placeLabels', () => {
  it('gives the more important label its place and moves or hides the other, never overlapping', () => {
    // Three nodes in a row, 30 units apart: their 100-unit labels cannot all sit below them.
    const row = [node('minor', 30, 0, 0.1), node('major', 0, 0, 0.9), node('middling', 60, 0, 0.5)];
    const placed = placeLabels(row, []);
    expect(placed.nodes.get('major')).toBe('below');
    // The middling one is placed before the minor one, whose label is pushed elsewhere or hidden.
    expect(placed.nodes.get('middling')).not.toBeNull();
    expect(placed.drawn.map((d) => d.id).slice(0, 2)).toEqual(['major', 'middling']);
    expect(noTwoOverlap(placed.drawn.map((d) => d.rect))).toBe(true);
  });

  it('keeps labels off blocked areas (a legend over the graph, beyond its edge): another side, or none', () => {
    // A legend across the bottom-left; the canvas's right edge at x = 400.
    const legend = uprightRect(-200, 20, 200, 80);
    const beyond = uprightRect(400, -500, 800, 500);
    const blocked = [legend, beyond];
    const placed = placeLabels(
      [node('over-legend', 0, 0, 0.5), node('at-edge', 390, -200, 0.5), node('free', 0, -200, 0.5)],
      [edge('e', flat(0, 40))],
      { coverNodes: 'any', blocked },
    );
    // Below would lie on the legend: above is taken instead.
    expect(placed.nodes.get('over-legend')).toBe('above');
    expect(placed.nodes.get('free')).toBe('below');
    // Its label would cross the edge below, above and right of it: left it is.
    expect(placed.nodes.get('at-edge')).toBe('left');
    expect(placed.edges.has('e')).toBe(false);
    for (const d of placed.drawn) for (const b of blocked) expect(rectsOverlap(d.rect, b)).toBe(false);
  });

  it('hides unreadable labels, and a label with no free place', () => {
    const small = { ...node('small', 500, 0, 1), readable: false };
    // Four important neighbours take every place around "hemmed".
    const ring = [
      node('hemmed', 0, 0, 0.1, 60),
      node('n', 0, -30, 0.9, 60),
      node('s', 0, 30, 0.9, 60),
      node('e', 50, 0, 0.9, 60),
      node('w', -50, 0, 0.9, 60),
    ];
    const placed = placeLabels([small, ...ring], []);
    expect(placed.nodes.get('small')).toBeNull();
    expect(placed.nodes.get('hemmed')).toBeNull();
    expect(noTwoOverlap(placed.drawn.map((d) => d.rect))).toBe(true);
  });

  it('draws a relation label only clear of labels and nodes, the selected relation whatever is there', () => {
    const a = node('a', 0, 0, 1);
    const placed = placeLabels(
      [a],
      [
        edge('free', flat(300, 300)),
        edge('clash', flat(305, 305)), // on top of "free"
        edge('onNode', flat(0, 0)), // over node a
        edge('none', null),
      ],
    );
    expect([...placed.edges].sort()).toEqual(['free']);
    const chosen = placeLabels([a], [edge('free', flat(300, 300)), edge('clash', flat(305, 305), true)]);
    expect([...chosen.edges]).toEqual(['clash']);
  });

  it('on a crowded grid, draws some labels and never two that overlap', () => {
    const crowd = Array.from({ length: 100 }, (_, i) =>
      node(`n${i}`, (i % 10) * 40, Math.floor(i / 10) * 25, i / 100),
    );
    const edges = crowd.slice(1).map((n, i) => edge(`e${i}`, flat(n.body.cx - 20, n.body.cy - 12)));
    const placed = placeLabels(crowd, edges);
    expect(placed.drawn.length).toBeGreaterThan(10);
    expect(placed.drawn.length).toBeLessThan(crowd.length);
    expect(noTwoOverlap(placed.drawn.map((d) => d.rect))).toBe(true);
    // The most important node's label is always among them.
    expect(placed.nodes.get('n99')).toBe('below');
  });
});

describe('placeLabels where only hubs cover lesser nodes (the exported picture)', () => {
  it('hides a label whose only free place lies over a node, which the screen would cover', () => {
    // Below "small" lies the node "big"; above it, the label of "top"; left and right of it lie
    // over the nodes "l" and "r" (unlabelled: unreadable, but more important than "small"),
    // which the screen lets it cover.
    const hidden = (n: NodeLabelCandidate) => ({ ...n, readable: false });
    const candidates = [
      node('big', 0, 40, 0.9, 200),
      node('top', 0, -46, 0.8, 200),
      node('small', 0, 0, 0.1, 60),
      hidden(node('l', -50, 0, 0.5)),
      hidden(node('r', 50, 0, 0.5)),
    ];
    const screen = placeLabels(candidates, []);
    const picture = placeLabels(candidates, [], { coverNodes: { hubsFrom: 0.2 } });
    expect(screen.nodes.get('small')).not.toBeNull();
    expect(picture.nodes.get('small')).toBeNull();
    const bodies = candidates.map((c) => c.body);
    for (const { id, rect } of picture.drawn)
      for (const [i, body] of bodies.entries())
        if (candidates[i]!.id !== id) expect(rectsOverlap(rect, body)).toBe(false);
  });

  it("lets a hub's label that fits nowhere else lie over a less important node, which then has no label", () => {
    const hidden = (n: NodeLabelCandidate) => ({ ...n, readable: false });
    const candidates = [
      node('big', 0, 40, 0.9, 200),
      node('top', 0, -46, 0.8, 200),
      node('small', 0, 0, 0.3, 60),
      node('l', -50, 0, 0.1),
      hidden(node('r', 50, 0, 0.5)),
    ];
    const picture = placeLabels(candidates, [], { coverNodes: { hubsFrom: 0.2 } });
    expect(picture.nodes.get('small')).toBe('left');
    expect(picture.nodes.get('l')).toBeNull();
    // Not a hub: it gives way instead.
    const minor = placeLabels(candidates, [], { coverNodes: { hubsFrom: 0.4 } });
    expect(minor.nodes.get('small')).toBeNull();
    expect(minor.nodes.get('l')).not.toBeNull();
  });
});
