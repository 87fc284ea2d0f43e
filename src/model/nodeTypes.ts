/** The three node types of the graph-data format, and how each is presented. */
export const NODE_TYPES = ['actor', 'place', 'event'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface NodeTypeDescriptor {
  type: string;
  label: string;
  plural: string;
  description: string;
}

export const NODE_TYPE_DESCRIPTORS: Record<NodeType, NodeTypeDescriptor> = {
  actor: {
    type: 'actor',
    label: 'Actor',
    plural: 'Actors',
    description: 'A person, group, organization or state that does things.',
  },
  place: {
    type: 'place',
    label: 'Place',
    plural: 'Places',
    description: 'A city, region, facility, sea or site where things happen.',
  },
  event: {
    type: 'event',
    label: 'Event',
    plural: 'Events',
    description: 'Something that happened (or was planned) at a time: talks, attacks, summits, drills.',
  },
};

const KNOWN = new Set<string>(NODE_TYPES);

export function isCorpusNodeType(type: string): type is NodeType {
  return KNOWN.has(type);
}

/**
 * How a type is named: the corpus types as described above; any other (imported) type by its own
 * name, capitalised when the file wrote it all in lower case ("person" → "Person", "mRNA" stays),
 * and not pluralised (English plurals cannot be guessed from a file's category names).
 */
export function typeDescriptor(type: string): NodeTypeDescriptor {
  if (isCorpusNodeType(type)) return NODE_TYPE_DESCRIPTORS[type];
  const name = type === type.toLowerCase() ? type.charAt(0).toUpperCase() + type.slice(1) : type;
  return { type, label: name, plural: name, description: `Nodes of type "${type}"` };
}

const typesCache = new WeakMap<object, readonly string[]>();

/**
 * The node types present in a graph, in a stable order that styling slots follow: the corpus
 * types first (actor, place, event), then others by number of nodes, then by name. Cached per graph.
 */
export function nodeTypesOf(graph: {
  forEachNode(cb: (id: string, attrs: { type: string }) => void): void;
}): readonly string[] {
  const cached = typesCache.get(graph);
  if (cached) return cached;
  const counts = new Map<string, number>();
  graph.forEachNode((_id, { type }) => counts.set(type, (counts.get(type) ?? 0) + 1));
  const types = [...counts.keys()].sort((a, b) => {
    const ka = NODE_TYPES.indexOf(a as NodeType);
    const kb = NODE_TYPES.indexOf(b as NodeType);
    if (ka !== -1 || kb !== -1) return (ka === -1 ? 99 : ka) - (kb === -1 ? 99 : kb);
    return (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b);
  });
  typesCache.set(graph, types);
  return types;
}
