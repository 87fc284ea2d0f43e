import { describe, expect, it } from 'vitest';
import { importGraph } from './importGraph';

const yed = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d0" attr.name="category" attr.type="string"><default>misc</default></key>
  <key for="node" id="d1" yfiles.type="nodegraphics"/>
  <key for="edge" id="d2" attr.name="relation" attr.type="string"/>
  <key for="edge" id="d3" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="n0"><data key="d0">hub</data><data key="d1"><y:ShapeNode><y:Geometry x="100" y="50" width="30" height="10"/><y:Fill color="#FFCC00"/><y:NodeLabel>Hub &lt;b&gt;</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"/>
    <edge id="e0" source="n0" target="n1"><data key="d2">feeds</data><data key="d3">0.5</data></edge>
    <edge source="n1" target="n0" directed="true"/>
  </graph>
</graphml>`;

describe('GraphML', () => {
  it('maps yEd labels, positions (y up), fills, keys with defaults and direction', () => {
    const r = importGraph([{ name: 'g.graphml', text: yed }]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.format).toBe('graphml');
    expect(r.columns.typeColumn).toBe('category');
    expect(r.data.nodes[0]).toMatchObject({
      id: 'n0',
      label: 'Hub <b>',
      type: 'hub',
      x: 115,
      y: -55,
      color: '#FFCC00',
    });
    expect(r.data.nodes[1]).toMatchObject({ id: 'n1', label: 'n1', type: 'misc' });
    expect(r.data.edges[0]).toMatchObject({ id: 'e0', relation: 'feeds', weight: 0.5, undirected: true });
    expect(r.data.edges[1]).toMatchObject({ id: 'e1', relation: 'linked to' });
    expect(r.data.edges[1]?.undirected).toBeUndefined();
  });

  it('reads Gephi r, g, b columns as a colour and Cytoscape’s name as the label', () => {
    const text = `<graphml><key id="l" for="node" attr.name="name"/><key id="r" for="node" attr.name="r" attr.type="int"/>
<key id="g" for="node" attr.name="g" attr.type="int"/><key id="b" for="node" attr.name="b" attr.type="int"/>
<graph edgedefault="directed"><node id="1"><data key="l">Alpha</data><data key="r">255</data><data key="g">0</data><data key="b">10</data></node></graph></graphml>`;
    const r = importGraph([{ name: 'c.graphml', text }]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.nodes[0]).toMatchObject({ label: 'Alpha', color: 'rgb(255,0,10)' });
    expect(r.data.nodes[0]?.attributes).toBeUndefined();
  });

  it('names duplicate node ids by line and opens the rest', () => {
    const r = importGraph([
      { name: 'd.graphml', text: yed.replace('<node id="n1"/>', '<node id="n1"/><node id="n1"/>') },
    ]);
    if (r.ok) throw new Error('should refuse');
    expect(r.issues[0]).toEqual({
      path: 'd.graphml, line 9: nodes[2].id',
      message: 'duplicate id "n1" (first used at nodes[1])',
    });
    expect(r.validPart?.data.nodes).toHaveLength(2);
  });
});
