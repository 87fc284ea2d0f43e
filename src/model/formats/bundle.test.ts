import { describe, expect, it } from 'vitest';
import { loadCorpusForTests } from '../search/corpusForTests';
import { loadGraphDocument } from '../load';
import { toGraphData } from './bundle';

const corpus = loadCorpusForTests();
const reopen = (doc: unknown) => {
  const result = loadGraphDocument(JSON.parse(JSON.stringify(doc)), () => undefined);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.dataset;
};

describe('toGraphData (self-contained bundles)', () => {
  it('writes the whole corpus with its texts inline, and it reopens the same', () => {
    const doc = toGraphData(corpus);
    expect(doc.sources.every((s) => s.file === undefined && typeof s.text === 'string')).toBe(true);
    const back = reopen(doc);
    expect(back.graph.order).toBe(corpus.graph.order);
    expect(back.graph.size).toBe(corpus.graph.size);
    const edge = corpus.graph.edges()[0]!;
    const ev = back.graph.getEdgeAttribute(edge, 'evidence')[0]!;
    expect(back.sources.get(ev.source)!.text.slice(ev.start, ev.end)).toBe(
      corpus.sources.get(ev.source)!.text.slice(ev.start, ev.end),
    );
  });

  it('writes where each node was drawn, so the file reopens as it was seen', () => {
    const [a, b] = corpus.graph.nodes() as [string, string];
    const doc = toGraphData(corpus, undefined, (id) =>
      id === a ? { x: 12.5, y: -40 } : id === b ? { x: Number.NaN, y: 0 } : undefined,
    );
    expect(doc.nodes.find((n) => n.id === a)).toMatchObject({ x: 12.5, y: -40 });
    expect(doc.nodes.find((n) => n.id === b)?.x).toBeUndefined(); // never a position that is not one
    const back = reopen(doc);
    expect(back.graph.getNodeAttribute(a, 'x')).toBe(12.5);
  });

  it('writes only the scope: the chosen nodes, the edges among them and the sources they cite', () => {
    const edge = corpus.graph.edges()[0]!;
    const nodes = new Set([corpus.graph.source(edge), corpus.graph.target(edge)]);
    const doc = toGraphData(corpus, { nodes });
    expect(doc.nodes.map((n) => n.id).sort()).toEqual([...nodes].sort());
    const among = corpus.graph.filterEdges((_e, _a, s, t) => nodes.has(s) && nodes.has(t));
    expect(doc.edges.map((e) => e.id).sort()).toEqual(among.sort());
    const cited = new Set(doc.edges.flatMap((e) => e.evidence ?? []).map((s) => s.source));
    for (const n of doc.nodes) for (const m of n.mentions ?? []) cited.add(m.source);
    expect(new Set(doc.sources.map((s) => s.id))).toEqual(cited);
    const back = reopen(doc);
    expect([back.graph.order, back.graph.size]).toEqual([nodes.size, among.length]);
  });

  it('can narrow the edges too', () => {
    const edge = corpus.graph.edges()[0]!;
    const nodes = new Set([corpus.graph.source(edge), corpus.graph.target(edge)]);
    const doc = toGraphData(corpus, { nodes, edges: new Set([edge]) });
    expect(doc.edges.map((e) => e.id)).toEqual([edge]);
  });
});
