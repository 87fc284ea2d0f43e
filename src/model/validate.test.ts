import { describe, expect, it } from 'vitest';
import { validateGraphData, summarizeIssues } from './validate';
import type { CorpusData, NodeRecord } from './schema';

type GraphData = Omit<CorpusData, 'nodes'> & { nodes: NodeRecord[] };

const TEXT = 'Kim Jong Un met Moon Jae-in at Panmunjom.';

function valid(): GraphData {
  return {
    sources: [{ id: 's1', title: 'T', publisher: 'P', published: '2018-04', file: 'sources/s1.txt' }],
    nodes: [
      {
        id: 'kim',
        type: 'actor',
        label: 'Kim Jong Un',
        aliases: [],
        mentions: [{ source: 's1', start: 0, end: 11 }],
      },
      { id: 'moon', type: 'actor', label: 'Moon Jae-in', aliases: [] },
      { id: 'panmunjom', type: 'place', label: 'Panmunjom', aliases: ['Panmunjon'] },
    ],
    edges: [
      {
        id: 'e1',
        source: 'kim',
        target: 'moon',
        relation: 'met with',
        evidence: [{ source: 's1', start: 0, end: 27 }],
      },
      {
        id: 'e2',
        source: 'kim',
        target: 'panmunjom',
        relation: 'met at',
        date: '2018-04-27',
        evidence: [{ source: 's1', start: 0, end: 40 }],
      },
    ],
  };
}

const texts = new Map([['s1', TEXT]]);

function issuesOf(mutate: (g: GraphData) => void) {
  const g = valid();
  mutate(g);
  const result = validateGraphData(g, texts);
  return result.ok ? [] : result.issues;
}

describe('validateGraphData', () => {
  it('accepts a valid graph', () => {
    expect(validateGraphData(valid(), texts)).toMatchObject({ ok: true });
  });

  it('names an edge to an unknown node', () => {
    expect(issuesOf((g) => (g.edges[1]!.target = 'hanoi'))).toEqual([
      { path: 'edges[1].target', message: 'unknown node "hanoi"' },
    ]);
  });

  it('names an offset out of range with the text length', () => {
    expect(issuesOf((g) => (g.edges[1]!.evidence[0]!.end = 900))).toEqual([
      { path: 'edges[1].evidence[0].end', message: '900 is past the end of source "s1" (41 characters)' },
    ]);
  });

  it('rejects an end before its start', () => {
    expect(issuesOf((g) => (g.edges[0]!.evidence[0]!.end = 0))).toEqual([
      { path: 'edges[0].evidence[0].end', message: 'must be greater than start' },
    ]);
  });

  it('rejects empty evidence', () => {
    expect(issuesOf((g) => (g.edges[0]!.evidence = []))).toEqual([
      { path: 'edges[0].evidence', message: 'must list at least one supporting passage' },
    ]);
  });

  it('rejects duplicate ids, pointing at the first use', () => {
    expect(issuesOf((g) => (g.nodes[2]!.id = 'kim'))).toContainEqual({
      path: 'nodes[2].id',
      message: 'duplicate id "kim" (first used at nodes[0])',
    });
  });

  it('rejects an empty node type, and accepts any other (imported graphs bring their own)', () => {
    expect(issuesOf((g) => (g.nodes[1]!.type = ''))).toEqual([
      { path: 'nodes[1].type', message: 'must not be empty' },
    ]);
    expect(issuesOf((g) => (g.nodes[1]!.type = 'person'))).toEqual([]);
  });

  it('takes a source text inline, and needs either a file or a text', () => {
    const inline = valid();
    const { file: _file, ...rest } = inline.sources[0]!;
    const result = validateGraphData({ ...inline, sources: [{ ...rest, text: texts.get('s1') }] }, texts);
    expect(result.ok).toBe(true);
    expect(validateGraphData({ ...inline, sources: [rest] })).toMatchObject({
      ok: false,
      issues: [{ path: 'sources[0].file', message: 'needs its text: either "file" or "text"' }],
    });
  });

  it('accepts relations without evidence (imported graphs) but not an empty evidence list', () => {
    expect(issuesOf((g) => delete (g.edges[0] as { evidence?: unknown }).evidence)).toEqual([]);
  });

  it('checks imported viz attributes', () => {
    const issues = issuesOf((g) => {
      Object.assign(g.nodes[0]!, { x: 1, y: 2, size: 3, color: '#abc', attributes: { pop: 3, tag: 'x' } });
      Object.assign(g.nodes[1]!, { color: 'javascript:alert(1)', size: -1 });
    });
    expect(issues.map((i) => i.path)).toEqual(['nodes[1].size', 'nodes[1].color']);
  });

  it('rejects a malformed date and a span into an unknown source', () => {
    const issues = issuesOf((g) => {
      g.edges[1]!.date = '2018-02-30';
      g.edges[0]!.evidence[0]!.source = 's9';
    });
    expect(issues.map((i) => i.path)).toEqual(['edges[1].date']);
    const later = issuesOf((g) => (g.edges[0]!.evidence[0]!.source = 's9'));
    expect(later).toEqual([{ path: 'edges[0].evidence[0].source', message: 'unknown source "s9"' }]);
  });

  it('reports a missing text', () => {
    const result = validateGraphData(valid(), new Map());
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'sources[0].file', message: 'no text found for "sources/s1.txt"' },
    ]);
  });

  it('summarizes many issues as the first few and a count', () => {
    const issues = Array.from({ length: 8 }, (_, i) => ({ path: `edges[${i}].id`, message: 'bad' }));
    const text = summarizeIssues(issues, 3);
    expect(text.split('\n')).toEqual([
      'edges[0].id: bad',
      'edges[1].id: bad',
      'edges[2].id: bad',
      '…and 5 more',
    ]);
  });
});
