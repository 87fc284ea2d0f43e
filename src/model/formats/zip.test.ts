import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toCsvZip, toEdgesCsv, toNodesCsv } from '../export/csv';
import { everything } from '../export/testGraphs';
import { loadCorpusForTests } from '../search/corpusForTests';
import { importGraph } from './importGraph';
import { isZip, unzipGraphFiles } from './zip';

const corpus = loadCorpusForTests();
const zipOf = (files: Record<string, string>, extra: Zippable = {}) =>
  zipSync({ ...Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)])), ...extra });
const refusal = (bytes: Uint8Array, name = 'g.zip', maxUnzippedBytes?: number) => {
  const r = importGraph([{ name, bytes }], maxUnzippedBytes ? { maxUnzippedBytes } : {});
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
};

const edges = 'source,target,relation\nalice,bob,emails\nbob,carol,calls\n';
const nodes = 'id,label,type\nalice,Alice,person\nbob,Bob,person\ncarol,Carol,robot\n';

describe('ZIP archives', () => {
  it('reopens the CSV tables export as opening its two files together does', () => {
    const scope = everything(corpus);
    const base = 'dossier-inter-korean-whole-graph-2026-01-02';
    const zipped = importGraph([{ name: `${base}.zip`, bytes: toCsvZip(corpus, scope, base) }]);
    const together = importGraph([
      { name: `${base}-nodes.csv`, text: `\uFEFF${toNodesCsv(corpus, scope)}` },
      { name: `${base}-edges.csv`, text: `\uFEFF${toEdgesCsv(corpus, scope)}` },
    ]);
    if (!zipped.ok) throw new Error(JSON.stringify(zipped.issues.slice(0, 3)));
    if (!together.ok) throw new Error(JSON.stringify(together.issues.slice(0, 3)));
    expect(zipped.format).toBe('csv');
    expect([zipped.data.nodes.length, zipped.data.edges.length]).toEqual([
      corpus.graph.order,
      corpus.graph.size,
    ]);
    expect(zipped.data).toEqual(together.data);
    expect(zipped.columns).toEqual(together.columns);
  });

  it('opens an edge list with its node list, or a single graph file, whatever else the zip holds', () => {
    const csv = importGraph([
      {
        name: 'people.zip',
        bytes: zipOf(
          { 'data/edges.csv': edges, 'data/nodes.csv': nodes, 'README.txt': 'Two tables, see, here.' },
          { '__MACOSX/data/._edges.csv': new Uint8Array([0, 5, 22, 7]), 'data/photo.png': new Uint8Array(9) },
        ),
      },
    ]);
    expect(csv.ok && csv.data.nodes.map((n) => [n.label, n.type])).toEqual([
      ['Alice', 'person'],
      ['Bob', 'person'],
      ['Carol', 'robot'],
    ]);
    const gexf = '<?xml version="1.0"?><gexf><graph><nodes><node id="a"/></nodes><edges/></graph></gexf>';
    const one = importGraph([{ name: 'g.zip', bytes: zipOf({ 'graph.xml': gexf, 'notes.txt': 'hi' }) }]);
    expect(one.ok && one.format).toBe('gexf');
  });

  it('names the file inside the zip and its line when its content is wrong, and offers the rest', () => {
    const bytes = zipOf({ 'edges.csv': `${edges}alice,dave,calls\n`, 'nodes.csv': nodes });
    const r = importGraph([{ name: 'people.zip', bytes }]);
    if (r.ok) throw new Error('should refuse');
    expect(r.issues).toEqual([
      { path: 'edges.csv in people.zip, line 4: edges[2].target', message: 'unknown node "dave"' },
    ]);
    expect(r.validPart?.data.edges).toHaveLength(2);
    const quotes = refusal(zipOf({ 'edges.csv': 'source,target\n"a,b\n' }), 'q.zip');
    expect(quotes[0]?.path).toMatch(/^edges\.csv in q\.zip, line \d+$/);
    expect(quotes[0]?.message).toMatch(/malformed CSV/);
    expect(refusal(zipOf({ 'g.json': '{"nodes": [' }))[0]?.path).toMatch(/^g\.json in g\.zip, line 1/);
  });

  it('refuses a zip with nothing to open, saying what it holds', () => {
    expect(refusal(zipSync({}))).toEqual([
      {
        path: 'g.zip',
        message: 'the ZIP archive holds no files: expected CSV tables, or a JSON, GEXF or GraphML file',
      },
    ]);
    const pictures = zipOf(
      { 'notes.txt': 'just words' },
      { 'a.png': new Uint8Array(4), 'b/c.pdf': strToU8('%PDF') },
    );
    expect(refusal(pictures)[0]?.message).toBe(
      'the ZIP archive holds no graph file (CSV tables, or a JSON, GEXF or GraphML file); it holds notes.txt, a.png, b/c.pdf',
    );
    const many = zipOf(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}.md`, '#'])));
    expect(refusal(many)[0]?.message).toMatch(/it holds p0\.md, .*, p7\.md and 2 more$/);
    const sheet = zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(refusal(sheet, 'people.xlsx')[0]?.message).toBe(
      'this looks like an Excel, Word or PowerPoint file, not a graph: save the sheet as CSV',
    );
    expect(refusal(strToU8('PK\u0003\u0004 cut short'), 'cut.zip')[0]).toMatchObject({
      path: 'cut.zip',
      message: expect.stringMatching(/^a ZIP archive that cannot be read/),
    });
  });

  it('refuses graph files that would unpack to more than the limit, before unpacking them', () => {
    const big = zipOf({ 'edges.csv': `source,target\n${'a,b\n'.repeat(300_000)}` });
    expect(big.length).toBeLessThan(20_000);
    expect(refusal(big, 'big.zip', 1024 * 1024)).toEqual([
      {
        path: 'big.zip',
        message: 'its files come to 1.1 MB unpacked, more than the 1.0 MB the explorer opens',
      },
    ]);
    // The central directory's sizes are the ones checked: a zip that understates one is cut there.
    const lying = zipOf({ 'edges.csv': `source,target\n${'a,b\n'.repeat(10)}` });
    const view = new DataView(lying.buffer);
    let entry = lying.length - 4;
    while (view.getUint32(entry, true) !== 0x02014b50) entry -= 1;
    view.setUint32(entry + 24, 'source,target\na,b\n'.length, true);
    const cut = unzipGraphFiles({ name: 'lying.zip', bytes: lying });
    expect(cut.ok && cut.files[0]?.text).toBe('source,target\na,b\n');
  });

  it('tells a zip by its first bytes', () => {
    expect(isZip(zipOf({ 'a.csv': 'x,y' }))).toBe(true);
    expect(isZip(zipSync({}))).toBe(true);
    expect(isZip(strToU8('source,target'))).toBe(false);
  });
});
