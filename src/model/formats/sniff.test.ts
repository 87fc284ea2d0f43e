import { describe, expect, it } from 'vitest';
import { importGraph } from './importGraph';
import { sniff } from './sniff';

const refusal = (text: string, name = 'f') => {
  const r = importGraph([{ name, text }]);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues[0];
};
const decode = (bytes: number[]) => new TextDecoder().decode(new Uint8Array(bytes));

describe('sniffing and refusals', () => {
  it('reads the format from the content, not the name', () => {
    expect(sniff('<?xml version="1.0"?>\n<gexf/>', 'graph.txt').kind).toBe('xml');
    expect(sniff('  {"nodes": []}', 'graph.csv').kind).toBe('json');
    expect(sniff('a,b\n1,2', 'graph.json').kind).toBe('csv');
  });

  it('names what a wrong file is', () => {
    expect(refusal(decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'graph.json')).toEqual({
      path: 'graph.json',
      message: 'this looks like a PNG image, not a graph',
    });
    expect(refusal('%PDF-1.7\n...')?.message).toContain('a PDF document');
    expect(refusal(decode([0x50, 0x4b, 3, 4, 20, 0]))?.message).toContain('Excel');
    expect(refusal('')?.message).toBe('the file is empty');
    expect(refusal('   \n ')?.message).toBe('the file is empty');
    expect(refusal(decode([1, 2, 3, 200, 201, 5, 6, 7, 8, 9, 250, 14, 15, 16]))?.message).toMatch(
      /binary data/,
    );
    expect(refusal('<!DOCTYPE html><html><body>hi</body></html>')?.message).toContain('web page');
    expect(refusal('just some words')?.message).toContain('expected JSON, GEXF, GraphML or CSV');
    expect(refusal('[1, 2, 3]')?.message).toContain('JSON, but not a graph');
  });

  it('locates malformed JSON by line and column', () => {
    expect(refusal('{\n  "nodes": [\n    {"key": x}\n  ]\n}', 'g.json')).toEqual({
      path: 'g.json, line 3, column 13',
      message: 'malformed JSON: expected a value, found "x}\\n  ]\\n}"',
    });
    expect(refusal('{"nodes": [1, 2', 'g.json')?.path).toBe('g.json, line 1, column 16');
    expect(refusal('{"nodes": [1, 2', 'g.json')?.message).toContain('the end of the file');
  });

  it('checks a bundle as loadGraphDocument does: evidence offsets outside their text', () => {
    const bundle = {
      sources: [{ id: 's', title: 'T', publisher: 'P', published: '2020', text: 'short' }],
      nodes: [
        { id: 'a', type: 'actor', label: 'A' },
        { id: 'b', type: 'actor', label: 'B' },
      ],
      edges: [
        {
          id: 'e',
          source: 'a',
          target: 'b',
          relation: 'met',
          evidence: [{ source: 's', start: 2, end: 99 }],
        },
      ],
    };
    const r = importGraph([{ name: 'b.json', text: JSON.stringify(bundle) }]);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.format).toBe('bundle');
    expect(r.issues).toEqual([
      { path: 'edges[0].evidence[0].end', message: '99 is past the end of source "s" (5 characters)' },
    ]);
    // The only edge is bad, but both nodes are fine: most of the file opens.
    expect(r.validPart?.data.edges).toEqual([]);
  });

  it('does not offer a "valid part" when most of the file is broken', () => {
    const nodes = [{ key: 'a' }, { key: 'b' }];
    const edges = Array.from({ length: 6 }, (_, i) => ({ key: `e${i}`, source: 'a', target: `missing${i}` }));
    const r = importGraph([{ name: 'g.json', text: JSON.stringify({ nodes, edges }) }]);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.issues).toHaveLength(6);
    expect(r.validPart).toBeUndefined();
  });
});
