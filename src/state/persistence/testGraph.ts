import type { GraphDataInput } from '../../model/schema';

/** A small imported graph (no provenance), as a file would bring it. */
export const importedGraph: GraphDataInput = {
  title: 'Trade partners',
  sources: [],
  nodes: [
    { id: 'a', type: 'country', label: 'Atlantis', attributes: { gdp: 12 } },
    { id: 'b', type: 'country', label: 'Borduria' },
    { id: 'c', type: 'port', label: 'Carthage', x: 3, y: 4 },
  ],
  edges: [
    { id: 'ab', source: 'a', target: 'b', relation: 'trades with' },
    { id: 'bc', source: 'b', target: 'c', relation: 'ships through', undirected: true },
  ],
};
