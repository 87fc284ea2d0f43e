import { describe, expect, it } from 'vitest';
import { importGraph } from './importGraph';

const edges = `source,target,relation,date,strength
alice,bob,emails,2021-03-04,3
bob,carol,calls,2021-05,
carol,alice,emails,not a date,1
`;
const nodes = `id,label,type,city
alice,Alice A.,person,Oslo
bob,Bob B.,person,
carol,Carol C.,robot,Bergen
`;

describe('CSV', () => {
  it('reads an edge list alone: nodes are the ends, relation and ISO dates from columns', () => {
    const r = importGraph([{ name: 'edges.csv', text: edges }]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.format).toBe('csv');
    expect(r.data.nodes.map((n) => [n.id, n.label, n.type])).toEqual([
      ['alice', 'alice', 'node'],
      ['bob', 'bob', 'node'],
      ['carol', 'carol', 'node'],
    ]);
    expect(r.data.edges.map((e) => [e.source, e.target, e.relation, e.date])).toEqual([
      ['alice', 'bob', 'emails', '2021-03-04'],
      ['bob', 'carol', 'calls', '2021-05'],
      ['carol', 'alice', 'emails', undefined],
    ]);
    expect(r.data.edges[0]?.attributes).toEqual({ relation: 'emails', date: '2021-03-04', strength: 3 });
    expect(r.data.edges[2]?.attributes?.date).toBe('not a date');
  });

  it('says where a date-shaped value is no date, and makes no node of a row missing an end', () => {
    const text =
      'from,to,relation,date\nAlice,Bob,met with,2020-01-05\nBob,Carol,funded,2021-13-40\nDave,,called,2020-02-02\n';
    const r = importGraph([{ name: 'edges.csv', text }]);
    if (r.ok) throw new Error('a row without a target should be refused');
    expect(r.issues.map((i) => i.path)).toEqual(['edges.csv, line 4: edges[2].target']);
    const part = r.validPart;
    expect(part?.data.nodes.map((n) => n.id)).toEqual(['Alice', 'Bob', 'Carol']);
    expect(part?.skipped.map((i) => `${i.path}: ${i.message}`)).toContainEqual(
      expect.stringMatching(/^edges\.csv, line 3: the date "2021-13-40" is not a real date/),
    );
  });

  it('opens an edge list with its node list, in either order', () => {
    const r = importGraph([
      { name: 'nodes.csv', text: nodes },
      { name: 'edges.csv', text: edges },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.columns.typeColumn).toBe('type');
    expect(r.data.nodes.map((n) => [n.label, n.type])).toEqual([
      ['Alice A.', 'person'],
      ['Bob B.', 'person'],
      ['Carol C.', 'robot'],
    ]);
    expect(r.data.nodes[0]?.attributes).toEqual({ type: 'person', city: 'Oslo' });
  });

  it('Gephi edge tables: Type says the direction, Id the edge id, Label the relation', () => {
    const text = 'Source,Target,Type,Id,Label,Weight\n1,2,Undirected,7,likes,2.5\n';
    const r = importGraph([{ name: 'gephi.csv', text }]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.edges[0]).toMatchObject({ id: '7', relation: 'likes', undirected: true, weight: 2.5 });
  });

  it('names edges to nodes missing from the node list by file and line, and offers the rest', () => {
    const r = importGraph([
      { name: 'nodes.csv', text: nodes },
      { name: 'edges.csv', text: `${edges}alice,dave,calls,,\n` },
    ]);
    if (r.ok) throw new Error('should refuse');
    expect(r.issues).toEqual([
      { path: 'edges.csv, line 5: edges[3].target', message: 'unknown node "dave"' },
    ]);
    expect(r.validPart?.data.edges).toHaveLength(3);
  });

  it('refuses a table that is neither list, naming its columns', () => {
    const r = importGraph([{ name: 'people.csv', text: 'who,where\nann,oslo\n' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toContain('"who", "where"');
  });
});
