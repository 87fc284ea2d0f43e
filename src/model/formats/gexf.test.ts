import { describe, expect, it } from 'vitest';
import { importGraph } from './importGraph';

const gexf = (body: string, ns = 'http://gexf.net/1.3') => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="${ns}" xmlns:viz="${ns.replace(/1\.3$/, '1.3/viz')}" version="1.3">
  <meta><title>Friends</title></meta>
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="kind" type="string"/>
      <attribute id="1" title="score" type="double"><default>1.5</default></attribute>
    </attributes>
    <attributes class="edge"><attribute id="r" title="relation" type="string"/></attributes>
${body}
  </graph>
</gexf>`;

const body = `    <nodes>
      <node id="a" label="Ann"><attvalues><attvalue for="0" value="person"/><attvalue for="1" value="3"/></attvalues>
        <viz:position x="10" y="-20" z="0"/><viz:color r="10" g="20" b="30" a="0.5"/><viz:size value="4"/></node>
      <node id="b" label="Bob"><attvalues><attvalue for="0" value="person"/></attvalues></node>
      <node id="c" label="Cafe"><attvalues><attvalue for="0" value="place"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" weight="2"><attvalues><attvalue for="r" value="knows"/></attvalues></edge>
      <edge id="e2" source="a" target="c" type="undirected"><attvalues><attvalue for="r" value="visits"/></attvalues></edge>
    </edges>`;

describe('GEXF', () => {
  it('maps types, relations, typed attributes with defaults, viz and direction', () => {
    const r = importGraph([{ name: 'friends.gexf', text: gexf(body) }]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.format).toBe('gexf');
    expect(r.data.title).toBe('Friends');
    expect(r.columns).toEqual({ typeColumn: 'kind', relationColumn: 'relation' });
    const [a, b] = r.data.nodes;
    expect(a).toMatchObject({ id: 'a', label: 'Ann', type: 'person', x: 10, y: -20, size: 4 });
    expect(a?.color).toBe('rgba(10,20,30,0.5)');
    expect(a?.attributes).toEqual({ kind: 'person', score: 3 });
    expect(b?.attributes).toEqual({ kind: 'person', score: 1.5 });
    expect(r.data.edges.map((e) => [e.relation, e.undirected ?? false, e.weight])).toEqual([
      ['knows', false, 2],
      ['visits', true, undefined],
    ]);
    expect(r.positions).toBe('none');
  });

  it('reads GEXF 1.1 (attvalue id=) and Gephi’s old namespace with hex colours', () => {
    const text = gexf(body, 'http://www.gephi.org/gexf')
      .replaceAll('for="', 'id="')
      .replace('<viz:color r="10" g="20" b="30" a="0.5"/>', '<viz:color hex="#aabbcc"/>');
    const r = importGraph([{ name: 'old.gexf', text }]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.nodes[0]).toMatchObject({ type: 'person', color: '#aabbcc' });
  });

  it('names a dangling edge by its line and offers the rest', () => {
    const text = gexf(body.replace('target="c"', 'target="zz"'));
    const r = importGraph([{ name: 'f.gexf', text }]);
    if (r.ok) throw new Error('should refuse');
    expect(r.issues).toEqual([{ path: 'f.gexf, line 18: edges[1].target', message: 'unknown node "zz"' }]);
    expect(r.validPart?.data.edges.map((e) => e.id)).toEqual(['e1']);
    expect(r.validPart?.skipped[0]?.path).toBe('f.gexf, line 18: edges[1].target');
  });

  it('locates malformed XML by line and column', () => {
    const r = importGraph([{ name: 'bad.gexf', text: gexf(body).replace('</nodes>', '</node>') }]);
    if (r.ok) throw new Error('should refuse');
    expect(r.issues[0]?.path).toMatch(/^bad\.gexf, line 14, column \d+$/);
    expect(r.issues[0]?.message).toMatch(/^malformed XML: .*mismatch/);
  });
});
