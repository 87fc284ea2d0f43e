import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { GRAPH_JSON, readSourceTexts } from '../../scripts/corpusFiles';
import { buildDataset, type Dataset, type EdgeAttributes, type NodeAttributes } from './dataset';
import { parseIsoDate } from './dates';
import { computeVisibility, emptyFilters, facetCounts, isFiltering, type Filters } from './filters';
import type { CorpusData as GraphData } from './schema';

const span = (source: string) => ({ source, start: 0, end: 1 });

/**
 * kim —leader of→ nk, kim —participated in→ talks (2015-12) —held at→ kaesong, sk —met with→ nk
 * (2018), war (1950/1953, undated edge) ← nk participated in. Articles a and b.
 */
function sample(): Dataset {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const node = (id: string, type: NodeAttributes['type'], sources: string[], date?: string) =>
    g.addNode(id, { type, label: id, aliases: [], mentions: sources.map(span), ...(date ? { date } : {}) });
  node('kim', 'actor', ['a']);
  node('nk', 'actor', ['a', 'b']);
  node('sk', 'actor', ['b']);
  node('kaesong', 'place', ['a']);
  node('talks', 'event', ['a'], '2015-12-11/2015-12-12');
  node('war', 'event', ['b'], '1950/1953');
  node('drills', 'event', ['b']);
  const edge = (id: string, s: string, t: string, relation: string, sources: string[], date?: string) =>
    g.addDirectedEdgeWithKey(id, s, t, { relation, evidence: sources.map(span), ...(date ? { date } : {}) });
  edge('lead', 'kim', 'nk', 'leader of', ['a', 'b']);
  edge('took-part', 'kim', 'talks', 'participated in', ['a'], '2015-12-11');
  edge('held', 'talks', 'kaesong', 'held at', ['a']);
  edge('met', 'sk', 'nk', 'met with', ['b'], '2018');
  edge('fought', 'nk', 'war', 'participated in', ['b']);
  edge('opposed', 'nk', 'drills', 'opposed', ['b']);
  return { graph: g, sources: new Map() };
}

const sorted = (ids: Iterable<string>) => [...ids].sort();
const filtersWith = (patch: Partial<Filters>): Filters => ({ ...emptyFilters, ...patch });

describe('computeVisibility on a hand-made graph', () => {
  const data = sample();

  it('shows everything without filters', () => {
    const v = computeVisibility(data, emptyFilters);
    expect(v.nodes.size).toBe(7);
    expect(v.edges.size).toBe(6);
    expect(isFiltering(emptyFilters)).toBe(false);
  });

  it('hides the nodes of an unticked type with their edges', () => {
    const v = computeVisibility(data, filtersWith({ hiddenTypes: new Set(['event']) }));
    expect(sorted(v.nodes)).toEqual(['kaesong', 'kim', 'nk', 'sk']);
    expect(sorted(v.edges)).toEqual(['lead', 'met']);
  });

  it('hides the edges of an unticked relation and keeps their ends', () => {
    const v = computeVisibility(data, filtersWith({ hiddenRelations: new Set(['leader of', 'met with']) }));
    expect(v.nodes.size).toBe(7);
    expect(sorted(v.edges)).toEqual(['fought', 'held', 'opposed', 'took-part']);
  });

  it('keeps what an unhidden article mentions or supports', () => {
    const v = computeVisibility(data, filtersWith({ hiddenSources: new Set(['b']) }));
    expect(sorted(v.nodes)).toEqual(['kaesong', 'kim', 'nk', 'talks']);
    // "lead" is supported by a and b: one ticked article is enough.
    expect(sorted(v.edges)).toEqual(['held', 'lead', 'took-part']);
  });

  it('hides events and edges dated entirely outside the range, keeping undated ones and actors', () => {
    const v = computeVisibility(data, filtersWith({ dateRange: { from: '2015-12-12', to: '2016-06-30' } }));
    // The talks' last day is inside; the war and the 2018 meeting are outside.
    expect(sorted(v.nodes)).toEqual(['drills', 'kaesong', 'kim', 'nk', 'sk', 'talks']);
    // "took-part" (2015-12-11) ends before the range.
    expect(sorted(v.edges)).toEqual(['held', 'lead', 'opposed']);
  });

  it('treats open bounds as open and an interval by its whole span', () => {
    const since = computeVisibility(data, filtersWith({ dateRange: { from: '1953-06-01', to: null } }));
    expect(since.nodes.has('war')).toBe(true);
    const until = computeVisibility(data, filtersWith({ dateRange: { from: null, to: '1949-12-31' } }));
    expect(until.nodes.has('war')).toBe(false);
    expect(until.nodes.has('talks')).toBe(false);
  });

  it('drops undated events and edges when undated is not included, never actors or places', () => {
    const v = computeVisibility(data, filtersWith({ includeUndated: false }));
    expect(sorted(v.nodes)).toEqual(['kaesong', 'kim', 'nk', 'sk', 'talks', 'war']);
    expect(sorted(v.edges)).toEqual(['met', 'took-part']);
  });

  it('combines dimensions with AND', () => {
    const v = computeVisibility(
      data,
      filtersWith({ hiddenSources: new Set(['b']), hiddenRelations: new Set(['participated in']) }),
    );
    expect(sorted(v.edges)).toEqual(['held', 'lead']);
    expect(isFiltering(filtersWith({ includeUndated: false }))).toBe(true);
  });

  it('counts facet values over the whole graph', () => {
    const f = facetCounts(data);
    expect(f.types).toEqual(
      new Map([
        ['actor', 3],
        ['place', 1],
        ['event', 3],
      ]),
    );
    expect(f.relations[0]).toEqual({ relation: 'participated in', edges: 2 });
    expect(f.relations).toHaveLength(5);
  });
});

describe('computeVisibility on the bundled corpus', () => {
  const doc = JSON.parse(readFileSync(GRAPH_JSON, 'utf8')) as GraphData;
  const corpus = buildDataset(doc, readSourceTexts(doc));
  const { graph } = corpus;

  it('only events: every visible edge joins two events', () => {
    const v = computeVisibility(corpus, filtersWith({ hiddenTypes: new Set(['actor', 'place']) }));
    expect(v.nodes.size).toBe(doc.nodes.filter((n) => n.type === 'event').length);
    expect(v.edges.size).toBeGreaterThan(0);
    for (const e of v.edges) {
      expect(graph.getNodeAttribute(graph.source(e), 'type')).toBe('event');
      expect(graph.getNodeAttribute(graph.target(e), 'type')).toBe('event');
    }
  });

  it('only one article: every visible edge has evidence from it, every visible node a mention', () => {
    const only = '2015-12-12-ap-kaesong-talks';
    const hidden = new Set(doc.sources.map((s) => s.id).filter((id) => id !== only));
    const v = computeVisibility(corpus, filtersWith({ hiddenSources: hidden }));
    expect(v.edges.size).toBeGreaterThan(0);
    for (const e of v.edges)
      expect(graph.getEdgeAttribute(e, 'evidence').some((s) => s.source === only)).toBe(true);
    for (const n of v.nodes)
      expect(graph.getNodeAttribute(n, 'mentions').some((s) => s.source === only)).toBe(true);
    expect(v.nodes.has('hanoi-summit')).toBe(false);
  });

  it('the year 2015 keeps the Kaesong talks and hides the Hanoi summit and the Korean War', () => {
    const v = computeVisibility(corpus, filtersWith({ dateRange: { from: '2015-01-01', to: '2015-12-31' } }));
    expect(v.nodes.has('kaesong-talks-2015')).toBe(true);
    expect(v.nodes.has('hanoi-summit')).toBe(false);
    expect(v.nodes.has('korean-war')).toBe(false);
    for (const e of v.edges) {
      const date = graph.getEdgeAttribute(e, 'date');
      const range = date ? parseIsoDate(date) : undefined;
      if (range) expect(range.end >= '2015-01-01' && range.start <= '2015-12-31').toBe(true);
    }
  });

  it('combined filters never show an edge without both ends, and each only narrows', () => {
    const typeOnly = filtersWith({ hiddenTypes: new Set(['place']) });
    const combined = filtersWith({
      hiddenTypes: new Set(['place']),
      hiddenRelations: new Set(['participated in']),
      dateRange: { from: '2014-01-01', to: '2016-12-31' },
    });
    const wide = computeVisibility(corpus, typeOnly);
    const narrow = computeVisibility(corpus, combined);
    expect(narrow.edges.size).toBeLessThan(wide.edges.size);
    for (const e of narrow.edges) {
      expect(wide.edges.has(e)).toBe(true);
      expect(narrow.nodes.has(graph.source(e)) && narrow.nodes.has(graph.target(e))).toBe(true);
      expect(graph.getEdgeAttribute(e, 'relation')).not.toBe('participated in');
    }
  });

  it('offers the corpus relations with counts that add up, and the five articles', () => {
    const f = facetCounts(corpus);
    expect(f.relations.reduce((n, r) => n + r.edges, 0)).toBe(doc.edges.length);
    expect(f.sources.map((s) => s.id)).toEqual(doc.sources.map((s) => s.id));
    expect([...f.types.values()].reduce((a, b) => a + b, 0)).toBe(doc.nodes.length);
  });
});
