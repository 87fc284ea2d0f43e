import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../model/dataset';
import { toElements } from './elements';
import { highlight } from './highlight';
import { buildStylesheet } from './stylesheet';

function sample(): KnowledgeGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const node = (id: string, type: NodeAttributes['type']) =>
    g.addNode(id, { type, label: id, aliases: [], mentions: [] });
  node('kim', 'actor');
  node('nk', 'actor');
  node('trump', 'actor');
  node('hanoi', 'place');
  node('summit', 'event');
  const ev = [{ source: 's', start: 0, end: 1 }];
  g.addDirectedEdgeWithKey('e1', 'kim', 'nk', { relation: 'leader of', evidence: ev });
  g.addDirectedEdgeWithKey('e2', 'kim', 'summit', { relation: 'participated in', evidence: ev });
  g.addDirectedEdgeWithKey('e3', 'trump', 'summit', {
    relation: 'participated in',
    evidence: ev,
    modality: 'planned',
  });
  g.addDirectedEdgeWithKey('e4', 'summit', 'hanoi', { relation: 'held at', evidence: ev });
  return g;
}

function headless() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(),
    elements: toElements(sample()),
  });
}

describe('toElements', () => {
  it('derives one element per node and edge, sized by degree', () => {
    const cy = headless();
    expect(cy.nodes().length).toBe(5);
    expect(cy.edges().length).toBe(4);
    const kim = cy.getElementById('kim');
    expect(kim.data('size')).toBeGreaterThan(cy.getElementById('hanoi').data('size'));
    expect(kim.hasClass('actor')).toBe(true);
    expect(cy.getElementById('e3').data('modality')).toBe('planned');
    expect(cy.getElementById('e1').data('modality')).toBe('stated');
  });

  it('styles types with distinct shapes', () => {
    const cy = headless();
    expect(cy.getElementById('kim').style('shape')).toBe('ellipse');
    expect(cy.getElementById('hanoi').style('shape')).toBe('round-rectangle');
    expect(cy.getElementById('summit').style('shape')).toBe('diamond');
    expect(cy.getElementById('e3').style('line-style')).toBe('dashed');
  });
});

describe('highlight', () => {
  it('focuses a node, marks its neighbourhood and fades the rest', () => {
    const cy = headless();
    highlight(cy, { kind: 'node', id: 'kim' });
    expect(cy.$('.focus').map((e) => e.id())).toEqual(['kim']);
    expect(
      cy
        .$('.neighbour')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['e1', 'e2', 'nk', 'summit']);
    expect(
      cy
        .$('.faded')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['e3', 'e4', 'hanoi', 'trump']);
  });

  it('for an edge, keeps its two ends', () => {
    const cy = headless();
    highlight(cy, { kind: 'edge', id: 'e4' });
    expect(cy.$('.focus').map((e) => e.id())).toEqual(['e4']);
    expect(
      cy
        .$('.neighbour')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['hanoi', 'summit']);
  });

  it('moved to another element, touches only what changes, and ends as if made afresh', () => {
    const cy = headless();
    const classes = (c: cytoscape.Core) =>
      Object.fromEntries(
        ['focus', 'neighbour', 'faded'].map((k) => [
          k,
          c
            .$(`.${k}`)
            .map((e) => e.id())
            .sort(),
        ]),
      );
    highlight(cy, { kind: 'node', id: 'kim' });
    const changed: string[] = [];
    cy.on('class', (event) => void changed.push((event.target as cytoscape.SingularElementArgument).id()));
    highlight(cy, { kind: 'node', id: 'trump' });
    const fresh = headless();
    highlight(fresh, { kind: 'node', id: 'trump' });
    expect(classes(cy)).toEqual(classes(fresh));
    // "hanoi" and "e4" stay faded and are not touched; nor is "summit", a neighbour of both.
    expect(changed).not.toContain('hanoi');
    expect(changed).not.toContain('e4');
    expect(changed).not.toContain('summit');
    // Without fading (inside a focus) the faded marks go.
    highlight(cy, { kind: 'node', id: 'trump' }, false);
    expect(cy.$('.faded').length).toBe(0);
    expect(cy.$('.focus').map((e) => e.id())).toEqual(['trump']);
  });

  it('clears everything when the selection goes', () => {
    const cy = headless();
    highlight(cy, { kind: 'node', id: 'kim' });
    highlight(cy, null);
    expect(cy.$('.focus, .neighbour, .faded').length).toBe(0);
  });
});
