import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from './dataset';
import { evidenceCounts, relationsOf } from './queries';

function graph() {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const names: [string, string][] = [
    ['kim', 'Kim Jong Un'],
    ['nk', 'North Korea'],
    ['sk', 'South Korea'],
    ['party', 'Workers Party'],
  ];
  for (const [id, label] of names) {
    g.addNode(id, { type: 'actor', label, aliases: [], mentions: [] });
  }
  const ev = (source: string, start = 0) => ({ source, start, end: start + 5 });
  g.addDirectedEdgeWithKey('a', 'kim', 'nk', {
    relation: 'leader of',
    evidence: [ev('s1'), ev('s2'), ev('s2', 9)],
  });
  g.addDirectedEdgeWithKey('b', 'kim', 'party', { relation: 'leader of', evidence: [ev('s1')] });
  g.addDirectedEdgeWithKey('c', 'sk', 'kim', {
    relation: 'sought talks with',
    date: '2018-01',
    evidence: [ev('s3')],
  });
  return g;
}

describe('relationsOf', () => {
  it('groups by relation and direction, biggest group first, links by label', () => {
    const groups = relationsOf(graph(), 'kim');
    expect(groups.map((g) => [g.direction, g.relation, g.links.map((l) => l.other)])).toEqual([
      ['out', 'leader of', ['nk', 'party']],
      ['in', 'sought talks with', ['sk']],
    ]);
    expect(groups[1]?.links[0]).toMatchObject({ edgeId: 'c', date: '2018-01', passages: 1, articles: 1 });
  });

  it('counts passages and distinct articles', () => {
    expect(evidenceCounts(graph().getEdgeAttributes('a'))).toEqual({ passages: 3, articles: 2 });
  });
});
