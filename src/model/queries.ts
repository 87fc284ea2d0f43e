import type { EdgeAttributes, KnowledgeGraph } from './dataset';

export type Direction = 'out' | 'in';

export interface RelationLink {
  edgeId: string;
  /** The node at the other end. */
  other: string;
  date?: string;
  modality?: EdgeAttributes['modality'];
  passages: number;
  articles: number;
}

export interface RelationGroup {
  relation: string;
  direction: Direction;
  links: RelationLink[];
}

/** How many passages and distinct articles support an edge. */
export function evidenceCounts(attrs: EdgeAttributes): { passages: number; articles: number } {
  return { passages: attrs.evidence.length, articles: new Set(attrs.evidence.map((e) => e.source)).size };
}

/**
 * A node's relations grouped by relation phrase and direction: "leader of →" (outgoing) apart from
 * "← leader of" (incoming). Groups are ordered by size, then name; links by the other end's label.
 */
export function relationsOf(graph: KnowledgeGraph, node: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const add = (edgeId: string, attrs: EdgeAttributes, other: string, direction: Direction) => {
    const key = `${direction}\u0000${attrs.relation}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation: attrs.relation, direction, links: [] };
      groups.set(key, group);
    }
    group.links.push({
      edgeId,
      other,
      ...(attrs.date !== undefined ? { date: attrs.date } : {}),
      ...(attrs.modality !== undefined ? { modality: attrs.modality } : {}),
      ...evidenceCounts(attrs),
    });
  };
  graph.forEachOutEdge(node, (edge, attrs, _s, target) => add(edge, attrs, target, 'out'));
  graph.forEachInEdge(node, (edge, attrs, source) => add(edge, attrs, source, 'in'));
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const list = [...groups.values()];
  for (const g of list)
    g.links.sort((a, b) => label(a.other).localeCompare(label(b.other)) || a.edgeId.localeCompare(b.edgeId));
  return list.sort(
    (a, b) =>
      b.links.length - a.links.length ||
      a.relation.localeCompare(b.relation) ||
      a.direction.localeCompare(b.direction),
  );
}
