import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { loadCorpusForTests } from '../search/corpusForTests';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { everything, importedGraph } from './testGraphs';
import { edgeQuotes } from './quotes';

const corpus = loadCorpusForTests();
const imported = importedGraph();

/** A two-step neighbourhood of the corpus's busiest node: a real scope with quotes from several articles. */
function corpusScope() {
  const { graph } = corpus;
  const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
  const nodes = new Set([hub, ...graph.neighbors(hub)]);
  const edges = new Set(graph.filterEdges((_e, _a, s, t) => nodes.has(s) && nodes.has(t)));
  return { nodes, edges };
}

const writers = [
  ['GEXF', toGexf, (s: string) => parseGexf(Graph, s)],
  ['GraphML', toGraphml, (s: string) => parseGraphml(Graph, s)],
] as const;

describe.each(writers)('%s writer', (_name, write, read) => {
  it('writes exactly the scope, and graphology reads the same counts and quotes back', () => {
    const scope = corpusScope();
    const back = read(write(corpus, scope));
    expect(back.order).toBe(scope.nodes.size);
    expect(back.size).toBe(scope.edges.size);
    expect(new Set(back.nodes())).toEqual(scope.nodes);
    for (const id of scope.edges) {
      const attrs = back.getEdgeAttributes(id);
      expect(attrs.relation).toBe(corpus.graph.getEdgeAttribute(id, 'relation'));
      expect(back.source(id)).toBe(corpus.graph.source(id));
      const quotes = String(attrs.quotes);
      for (const q of edgeQuotes(corpus, id)) expect(quotes).toContain(q.text);
      expect(attrs.evidence).toBe(corpus.graph.getEdgeAttribute(id, 'evidence').length);
    }
    for (const id of scope.nodes) {
      const a = corpus.graph.getNodeAttributes(id);
      expect(back.getNodeAttribute(id, 'label')).toBe(a.label);
      expect(back.getNodeAttribute(id, 'type')).toBe(a.type);
    }
  });

  it('carries an imported graph through: types, file attributes, undirected edges, no evidence', () => {
    const back = read(write(imported, everything(imported)));
    expect([back.order, back.size]).toEqual([3, 2]);
    expect(back.getNodeAttribute('ada', 'type')).toBe('person');
    expect(back.getNodeAttribute('ada', 'age')).toBe(36);
    expect(back.getNodeAttribute('ada', 'lab')).toBe('B');
    // A file attribute named like a model field does not overwrite it.
    expect(back.getNodeAttribute('ada', 'label')).toBe('Ada');
    expect(back.getNodeAttribute('ada', 'attr_label')).toBe('dup');
    expect(back.getNodeAttribute('lab', 'floor')).toBe(2);
    expect(back.getNodeAttribute('lab', 'open')).toBe(true);
    expect(back.isUndirected('e2')).toBe(true);
    expect(back.isDirected('e1')).toBe(true);
    expect(back.getEdgeAttribute('e2', 'evidence')).toBe(0);
    expect(back.getEdgeAttribute('e2', 'quotes')).toBeUndefined();
    expect(back.getEdgeAttribute('e2', 'since')).toBe(2019);
    expect(back.getEdgeAttribute('e1', 'quotes')).toBe(
      'Ada & Bob said "<hello>" to *everyone*. | Then they left.',
    );
    expect(back.getEdgeAttribute('e1', 'articles')).toContain('Minutes (Lab, 2020-05-04)');
  });

  it('writes canvas positions and colours when given', () => {
    const look = {
      position: (id: string) => (id === 'bob' ? { x: 10, y: 20 } : undefined),
      color: () => '#123456',
    };
    const back = read(write(imported, everything(imported), look));
    expect([back.getNodeAttribute('bob', 'x'), back.getNodeAttribute('bob', 'y')]).toEqual([10, 20]);
    // Without a canvas position, the file's own.
    expect(back.getNodeAttribute('ada', 'x')).toBe(1.5);
    expect(String(back.getNodeAttribute('bob', 'color'))).toMatch(/#123456|rgb\(18,\s*52,\s*86\)/i);
  });
});

describe('GEXF specifics', () => {
  it('is GEXF 1.3 with the edge weight and relation as its label', () => {
    const gexf = toGexf(imported, everything(imported));
    expect(gexf).toContain('version="1.3"');
    const back = parseGexf(Graph, gexf);
    expect(back.getEdgeAttribute('e2', 'weight')).toBe(2.5);
    expect(back.getEdgeAttribute('e1', 'label')).toBe('said hello to');
  });
});
