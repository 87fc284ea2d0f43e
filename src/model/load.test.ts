import { describe, expect, it } from 'vitest';
import { loadGraphDocument } from './load';

const doc = {
  sources: [{ id: 's1', title: 'T', publisher: 'P', published: '2021-08-01', file: 'sources/s1.txt' }],
  nodes: [
    { id: 'a', type: 'actor', label: 'Seoul', aliases: [] },
    { id: 'b', type: 'actor', label: 'Pyongyang', aliases: [] },
  ],
  edges: [
    { id: 'e', source: 'a', target: 'b', relation: 'warned', evidence: [{ source: 's1', start: 0, end: 5 }] },
  ],
};

describe('loadGraphDocument', () => {
  it('builds the graphology model with the texts attached', () => {
    const result = loadGraphDocument(doc, (file) =>
      file === 'sources/s1.txt' ? 'Seoul warned Pyongyang.' : undefined,
    );
    if (!result.ok) throw new Error('load failed');
    const { graph, sources } = result.dataset;
    expect(graph.order).toBe(2);
    expect(graph.getEdgeAttribute('e', 'relation')).toBe('warned');
    expect(graph.source('e')).toBe('a');
    expect(sources.get('s1')?.text).toBe('Seoul warned Pyongyang.');
  });

  it('refuses a document whose evidence does not fit its text, building nothing', () => {
    const result = loadGraphDocument(doc, () => 'Hi.');
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'edges[0].evidence[0].end', message: '5 is past the end of source "s1" (3 characters)' },
      ],
    });
  });

  it('refuses what is not a graph document at all', () => {
    const result = loadGraphDocument('<gexf/>', () => undefined);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.issues[0]?.path).toBe('(root)');
  });
});
