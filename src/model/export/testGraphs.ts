import { loadGraphDocument } from '../load';
import type { Dataset } from '../dataset';
import type { GraphDataInput } from '../schema';

/**
 * Test fixture (imported by tests only): a graph as an import brings it, with an arbitrary type,
 * file attributes, colours, positions, an undirected edge, a node without mentions and a relation
 * without evidence, next to one sourced relation whose quote has XML and Markdown characters.
 */
export function importedGraph(): Dataset {
  const text = 'Ada & Bob said "<hello>" to *everyone*.\nThen they left.';
  const doc: GraphDataInput = {
    title: 'Lab notes',
    sources: [{ id: 's1', title: 'Minutes', publisher: 'Lab', published: '2020-05-04', text }],
    nodes: [
      {
        id: 'ada',
        type: 'person',
        label: 'Ada',
        attributes: { age: 36, lab: 'B', label: 'dup' },
        x: 1.5,
        y: -2,
      },
      {
        id: 'bob',
        type: 'person',
        label: 'Bob',
        color: '#ff0000',
        mentions: [{ source: 's1', start: 6, end: 9 }],
      },
      { id: 'lab', type: 'room', label: 'Lab 3', attributes: { floor: 2, open: true, note: null } },
    ],
    edges: [
      {
        id: 'e1',
        source: 'ada',
        target: 'bob',
        relation: 'said hello to',
        date: '2020-05-04',
        modality: 'planned',
        evidence: [
          { source: 's1', start: 0, end: 39 },
          { source: 's1', start: 40, end: 55 },
        ],
      },
      {
        id: 'e2',
        source: 'bob',
        target: 'lab',
        relation: 'works in',
        undirected: true,
        weight: 2.5,
        attributes: { since: 2019 },
      },
    ],
  };
  const result = loadGraphDocument(doc, () => undefined);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.dataset;
}

export const everything = (dataset: Dataset) => ({
  nodes: new Set(dataset.graph.nodes()),
  edges: new Set(dataset.graph.edges()),
});
