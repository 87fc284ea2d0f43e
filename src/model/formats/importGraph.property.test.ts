import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importGraph } from './importGraph';
import { locateJsonError } from './jsonText';
import { sniff } from './sniff';

/** Either a document that validates, or refusals that each say where and what. */
function expectStructured(files: { name: string; text: string }[]) {
  const r = importGraph(files);
  if (r.ok) {
    expect(Array.isArray(r.data.nodes)).toBe(true);
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  for (const issue of r.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
  if (r.validPart) expect(r.validPart.data.nodes.length).toBeGreaterThan(0);
}

const SAMPLES: Record<string, string> = {
  'g.gexf': `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
<nodes><node id="a" label="A"><attvalues><attvalue for="0" value="x"/></attvalues><viz:position x="1" y="2"/><viz:color r="1" g="2" b="3"/></node>
<node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b" label="r"/></edges></graph></gexf>`,
  'g.graphml': `<graphml><key id="k" for="node" attr.name="type"/><graph edgedefault="undirected"><node id="a"><data key="k">t</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>`,
  'g.json': JSON.stringify({
    options: { type: 'undirected' },
    nodes: [{ key: 'a', attributes: { label: 'A', x: 1, y: 2, color: '#fff' } }, { key: 'b' }],
    edges: [{ source: 'a', target: 'b', attributes: { label: 'r' } }],
  }),
  'bundle.json': JSON.stringify({
    sources: [{ id: 's', title: 'T', publisher: 'P', published: '2020', text: 'Ann met Bob.' }],
    nodes: [
      { id: 'a', type: 'actor', label: 'Ann' },
      { id: 'b', type: 'actor', label: 'Bob' },
    ],
    edges: [
      { id: 'e', source: 'a', target: 'b', relation: 'met', evidence: [{ source: 's', start: 0, end: 11 }] },
    ],
  }),
  'e.csv': 'source,target,relation,date\na,b,r,2020\nb,c,q,2021-01\n',
};

/** Mutations a damaged file suffers: truncation, a flipped character, a dropped slice. */
const mutated = (text: string) =>
  fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
      .map(([i, ch]) => text.slice(0, i) + ch + text.slice(i + 1)),
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 }))
      .map(([i, n]) => text.slice(0, i) + text.slice(i + n)),
  );

describe('every reader, on any input', () => {
  it('arbitrary text gives a document or a structured refusal, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectStructured([{ name: 'x', text }])),
      {
        numRuns: 400,
      },
    );
  });

  it('arbitrary bytes (decoded as a browser decodes a file) likewise', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        expectStructured([{ name: 'x.bin', text: decoder.decode(bytes) }]),
      ),
      { numRuns: 300 },
    );
  });

  it.each(Object.keys(SAMPLES))('mutated %s gives a document or a structured refusal', (name) => {
    const text = SAMPLES[name] ?? '';
    expect(importGraph([{ name, text }]).ok).toBe(true);
    fc.assert(
      fc.property(mutated(text), (m) => expectStructured([{ name, text: m }])),
      { numRuns: 300 },
    );
  });

  it('JSON-shaped junk with graph-like keys is refused with a path, not thrown', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const doc = fc.record({
      nodes: fc.array(fc.oneof(value, fc.record({ key: value, attributes: value }))),
      edges: value,
    });
    fc.assert(
      fc.property(doc, (d) => expectStructured([{ name: 'j.json', text: JSON.stringify(d) }])),
      { numRuns: 300 },
    );
  });

  it('CSV pairs of arbitrary tables are read or refused', () => {
    const cell = fc.string({ maxLength: 6 });
    const table = fc
      .tuple(
        fc.constantFrom('id,label,type', 'source,target,label', 'a,b'),
        fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }),
      )
      .map(([head, rows]) => [head, ...rows.map((r) => r.join(','))].join('\n'));
    fc.assert(
      fc.property(table, table, (a, b) =>
        expectStructured([
          { name: 'a.csv', text: a },
          { name: 'b.csv', text: b },
        ]),
      ),
      { numRuns: 300 },
    );
  });

  it('the JSON error locator agrees that valid JSON is valid and stays inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) return;
        const { offset } = locateJsonError(text);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(sniff(text, 'x').kind).not.toBe('xml');
      }),
    );
  });
});
