/** The three node types of the graph-data format, and how each is presented. */
export const NODE_TYPES = ['actor', 'place', 'event'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface NodeTypeDescriptor {
  type: NodeType;
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
