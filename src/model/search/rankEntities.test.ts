import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph, NodeAttributes } from '../dataset';
import { matchTier, rankEntities, type NameHit } from './rankEntities';

function graphOf(nodes: Record<string, Partial<NodeAttributes>>, edges: [string, string][] = []) {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (const [id, attrs] of Object.entries(nodes)) {
    graph.addNode(id, { type: 'actor', label: id, aliases: [], mentions: [], ...attrs });
  }
  edges.forEach(([s, t], i) =>
    graph.addDirectedEdgeWithKey(`e${i}`, s, t, { relation: 'met with', evidence: [] }),
  );
  return graph;
}

const hit = (node: string, name: string, isAlias = false): NameHit => ({ node, name, isAlias });

describe('matchTier', () => {
  it('tells exact, prefix, word and fuzzy matches of labels and aliases apart', () => {
    expect(matchTier('kim jong un', 'Kim Jong-Un', false)).toBe('label');
    expect(matchTier('kim', 'Kim Jong Un', false)).toBe('label-prefix');
    expect(matchTier('panmunjon', 'Panmunjon', true)).toBe('alias');
    expect(matchTier('moon j', 'Moon Jae In', true)).toBe('alias-prefix');
    expect(matchTier('jong un', 'Kim Jong Un', false)).toBe('words');
    expect(matchTier('pyongchang', 'PyeongChang', false)).toBe('fuzzy');
  });
});

describe('rankEntities', () => {
  const graph = graphOf(
    {
      seoul: { type: 'place', label: 'Seoul' },
      'seoul-station': { type: 'place', label: 'Seoul Station' },
      'seoul-gov': { label: 'South Korean government', aliases: ['Seoul government'] },
      'seoul-forest': { type: 'place', label: 'Seoul Forest' },
      'north-seoul': { type: 'place', label: 'North Seoul' },
      soul: { label: 'Soul band', aliases: ['Seol'] },
      kim: { label: 'Kim Jong Un', aliases: ['Kim'] },
    },
    [
      ['seoul-forest', 'seoul'],
      ['seoul-forest', 'seoul-gov'],
      ['seoul-forest', 'north-seoul'],
    ],
  );

  it('orders exact label > label prefix > exact alias > alias prefix > words > fuzzy', () => {
    const hits = [
      hit('soul', 'Seol', true),
      hit('north-seoul', 'North Seoul'),
      hit('seoul-gov', 'Seoul government', true),
      hit('seoul-station', 'Seoul Station'),
      hit('seoul', 'Seoul'),
    ];
    expect(rankEntities(graph, 'seoul', hits).map((m) => [m.id, m.tier])).toEqual([
      ['seoul', 'label'],
      ['seoul-station', 'label-prefix'],
      ['seoul-gov', 'alias-prefix'],
      ['north-seoul', 'words'],
      ['soul', 'fuzzy'],
    ]);
  });

  it('breaks ties by degree, then by label', () => {
    const hits = [
      hit('seoul-station', 'Seoul Station'),
      hit('seoul-forest', 'Seoul Forest'),
      hit('seoul', 'Seoul'),
    ];
    // Seoul Forest has three relations, Seoul one, Seoul Station none.
    expect(rankEntities(graph, 'seo', hits).map((m) => m.id)).toEqual([
      'seoul-forest',
      'seoul',
      'seoul-station',
    ]);
    const untied = graphOf({ b: { label: 'Beta' }, a: { label: 'Alpha' } });
    expect(rankEntities(untied, 'zzz', [hit('b', 'Beta'), hit('a', 'Alpha')]).map((m) => m.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('counts each node once, at its best name, and names the alias only when an alias won', () => {
    const kim = [hit('kim', 'Kim', true), hit('kim', 'Kim Jong Un')];
    expect(rankEntities(graph, 'kim', kim)).toEqual([{ id: 'kim', tier: 'label-prefix' }]);
    const government = [
      hit('seoul-gov', 'Seoul government', true),
      hit('seoul-gov', 'South Korean government'),
    ];
    expect(rankEntities(graph, 'seoul government', government)).toEqual([
      { id: 'seoul-gov', tier: 'alias', matchedAlias: 'Seoul government' },
    ]);
    // Both names only fuzzy: the label is what the person knows the node by.
    const typo = [hit('soul', 'Seol', true), hit('soul', 'Soul band')];
    expect(rankEntities(graph, 'sxul', typo)).toEqual([{ id: 'soul', tier: 'fuzzy' }]);
  });

  it('orders fuzzy matches by closeness before connectedness', () => {
    const hits = [
      { ...hit('seoul-forest', 'Seoul Forest'), score: 1 },
      { ...hit('soul', 'Soul band'), score: 3 },
    ];
    expect(rankEntities(graph, 'sxoul', hits).map((m) => m.id)).toEqual(['soul', 'seoul-forest']);
  });

  it('ignores empty queries and unknown nodes', () => {
    expect(rankEntities(graph, '  ', [hit('seoul', 'Seoul')])).toEqual([]);
    expect(rankEntities(graph, 'x', [hit('nowhere', 'Nowhere')])).toEqual([]);
  });
});
