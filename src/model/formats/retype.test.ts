import { describe, expect, it } from 'vitest';
import { buildDataset } from '../dataset';
import { nodeTypesOf } from '../nodeTypes';
import { importGraph } from './importGraph';
import { columnOptions, withColumns } from './retype';

const csv = `id,label,team,city
a,Ann,red,Oslo
b,Bob,blue,Oslo
c,Cy,red,Bergen
d,Di,blue,Bergen
e,Ed,red,Oslo
`;

describe('type and relation from a chosen column', () => {
  it('lists category columns and re-derives types on a new graph object', () => {
    const r = importGraph([
      { name: 'n.csv', text: csv },
      {
        name: 'e.csv',
        text: 'source,target,kind,note\na,b,friend,x1\nb,c,rival,x2\nc,d,friend,x3\nd,e,friend,x4\ne,a,rival,x5\n',
      },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const dataset = buildDataset(r.data, new Map());
    expect(nodeTypesOf(dataset.graph)).toEqual(['node']);
    expect(columnOptions(dataset)).toEqual({ node: ['city', 'team'], edge: ['kind'] });
    const byTeam = withColumns(dataset, { typeColumn: 'team', relationColumn: null });
    expect(byTeam.graph).not.toBe(dataset.graph);
    expect(nodeTypesOf(byTeam.graph)).toEqual(['red', 'blue']);
    expect(byTeam.graph.mapEdges((_e, a) => a.relation)).toEqual(Array(5).fill('linked to'));
    const byCity = withColumns(byTeam, { typeColumn: 'city', relationColumn: 'kind' });
    expect(byCity.graph.getNodeAttribute('c', 'type')).toBe('Bergen');
    expect(byCity.graph.mapEdges((_e, a) => a.relation)).toEqual([
      'friend',
      'rival',
      'friend',
      'friend',
      'rival',
    ]);
    // The original is untouched.
    expect(dataset.graph.getNodeAttribute('c', 'type')).toBe('node');
  });
});
