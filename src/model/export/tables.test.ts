import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { loadCorpusForTests } from '../search/corpusForTests';
import { toCsvZip, toEdgesCsv, toNodesCsv } from './csv';
import { toCitationsMarkdown } from './citations';
import { edgeQuotes } from './quotes';
import { everything, importedGraph } from './testGraphs';

const corpus = loadCorpusForTests();
const imported = importedGraph();
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('CSV tables', () => {
  it('has one row per node and one per edge, each edge with its exact quotes and their articles', () => {
    const scope = everything(corpus);
    const nodes = rows(toNodesCsv(corpus, scope));
    const edges = rows(toEdgesCsv(corpus, scope));
    expect(nodes).toHaveLength(corpus.graph.order);
    expect(edges).toHaveLength(corpus.graph.size);
    const edge = corpus.graph.edges().find((e) => corpus.graph.getEdgeAttribute(e, 'evidence').length > 1)!;
    const row = edges.find((r) => r.id === edge)!;
    const quotes = edgeQuotes(corpus, edge);
    expect(row.quotes!.split('\n')).toEqual(quotes.map((q) => q.text));
    expect(row.articles!.split('\n')).toHaveLength(quotes.length);
    expect(row.source_label).toBe(corpus.graph.getNodeAttribute(corpus.graph.source(edge), 'label'));
    expect(row.relation).toBe(corpus.graph.getEdgeAttribute(edge, 'relation'));
  });

  it('leaves evidence cells empty for unsourced relations and keeps file attributes as columns', () => {
    const nodes = rows(toNodesCsv(imported, everything(imported)));
    const edges = rows(toEdgesCsv(imported, everything(imported)));
    expect(nodes.find((r) => r.id === 'ada')).toMatchObject({
      type: 'person',
      age: '36',
      attr_label: 'dup',
      x: '1.5',
    });
    expect(nodes.find((r) => r.id === 'lab')).toMatchObject({ floor: '2', open: 'true', note: '' });
    expect(edges.find((r) => r.id === 'e2')).toMatchObject({
      directed: 'false',
      evidence: '0',
      quotes: '',
      articles: '',
      since: '2019',
      weight: '2.5',
    });
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const doc = importedGraph();
    doc.graph.setNodeAttribute('ada', 'label', '=HYPERLINK("http://x")');
    const row = rows(toNodesCsv(doc, everything(doc))).find((r) => r.id === 'ada')!;
    expect(row.label!.startsWith('=')).toBe(false);
    expect(row.label).toContain('HYPERLINK');
  });

  it('zips both tables under names that say what they hold', () => {
    const files = unzipSync(
      toCsvZip(imported, everything(imported), 'dossier-lab-notes-whole-graph-2026-01-02'),
    );
    expect(Object.keys(files).sort()).toEqual([
      'dossier-lab-notes-whole-graph-2026-01-02-edges.csv',
      'dossier-lab-notes-whole-graph-2026-01-02-nodes.csv',
    ]);
    const edges = strFromU8(files['dossier-lab-notes-whole-graph-2026-01-02-edges.csv']!);
    expect(rows(edges.replace(/^\uFEFF/, ''))).toHaveLength(2);
  });
});

describe('citation list', () => {
  it('lists every relation of the scope with each of its quotes and the article it comes from', () => {
    const { graph } = corpus;
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const nodes = new Set([hub, ...graph.neighbors(hub)]);
    const edges = new Set(graph.filterEdges((_e, _a, s, t) => nodes.has(s) && nodes.has(t)));
    const md = toCitationsMarkdown(corpus, { nodes, edges }, 'Neighbourhood');
    expect(md.startsWith('# Neighbourhood\n')).toBe(true);
    expect(md.match(/^## (?!Articles)/gm)).toHaveLength(edges.size);
    const unescape = (s: string) => s.replace(/\\([\\`*_[\]<>#|~])/g, '$1');
    const plain = unescape(md);
    for (const id of edges) {
      const a = graph.getEdgeAttributes(id);
      expect(plain).toContain(
        `## ${graph.getNodeAttribute(graph.source(id), 'label')} ${a.relation} ${graph.getNodeAttribute(graph.target(id), 'label')}`,
      );
      for (const q of edgeQuotes(corpus, id)) {
        expect(plain).toContain(q.text.split('\n')[0]);
        expect(plain).toContain(`— ${q.source!.title} (${q.source!.publisher}, ${q.source!.published})`);
      }
    }
  });

  it('quotes text as text, and says when a relation has no passage', () => {
    const md = toCitationsMarkdown(imported, everything(imported), 'Lab notes');
    expect(md).toContain('> Ada & Bob said "\\<hello\\>" to \\*everyone\\*.');
    expect(md).toContain('## Ada said hello to Bob (4 May 2020, planned)');
    expect(md).toMatch(/## Bob works in Lab 3\n\n\*No quoted passage/);
    expect(md).toContain('## Articles\n\n- Minutes (Lab, 2020-05-04)');
  });
});
