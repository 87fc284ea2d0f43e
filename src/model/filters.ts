import type { Dataset, EdgeAttributes, NodeAttributes } from './dataset';
import { parseIsoDate } from './dates';

/** A period of days, "YYYY-MM-DD" at both ends, inclusive; a missing end is open. */
export interface DateBounds {
  from: string | null;
  to: string | null;
}

/**
 * What the person has narrowed the graph to. Each dimension lists what is *unticked*, so an empty
 * filter means "everything" whatever the dataset, and a new dataset needs no new filter.
 */
export interface Filters {
  hiddenTypes: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** Source (article) ids. */
  hiddenSources: ReadonlySet<string>;
  /** Node ids the person took out one by one ("Hide from graph"); their relations go with them. Absent: none. */
  hiddenNodes: ReadonlySet<string>;
  dateRange: DateBounds | null;
  /** Whether events and relations without a date stay when filtering by time. */
  includeUndated: boolean;
}

export const emptyFilters: Filters = {
  hiddenNodes: new Set(),
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  hiddenSources: new Set(),
  dateRange: null,
  includeUndated: true,
};

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenTypes.size > 0 ||
    filters.hiddenRelations.size > 0 ||
    filters.hiddenSources.size > 0 ||
    filters.hiddenNodes.size > 0 ||
    filters.dateRange !== null ||
    !filters.includeUndated
  );
}

/** Ids of the nodes and edges that stay visible. */
export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * Whether a date ("2015", "2015-12", "1950/1953") overlaps the bounds. Undated things pass only
 * when `includeUndated`; an unparseable date counts as undated.
 */
function passesDate(date: string | undefined, filters: Filters): boolean {
  const range = date === undefined ? undefined : parseIsoDate(date);
  if (!range) return filters.includeUndated;
  const bounds = filters.dateRange;
  if (!bounds) return true;
  return (
    (bounds.from === null || range.end >= bounds.from) && (bounds.to === null || range.start <= bounds.to)
  );
}

/** Actors and places are not things that happen at a time: only events (or dated nodes) are judged by date. */
function isTimed(attrs: NodeAttributes): boolean {
  return attrs.type === 'event' || attrs.date !== undefined;
}

const fromShownSource = (spans: { source: string }[], hidden: ReadonlySet<string>) =>
  hidden.size === 0 || spans.some((s) => !hidden.has(s.source));

function nodePasses(attrs: NodeAttributes, filters: Filters): boolean {
  if (filters.hiddenTypes.has(attrs.type)) return false;
  if (!fromShownSource(attrs.mentions, filters.hiddenSources)) return false;
  return !isTimed(attrs) || passesDate(attrs.date, filters);
}

function edgePasses(attrs: EdgeAttributes, filters: Filters): boolean {
  if (filters.hiddenRelations.has(attrs.relation)) return false;
  if (!fromShownSource(attrs.evidence, filters.hiddenSources)) return false;
  return passesDate(attrs.date, filters);
}

/**
 * The nodes and edges left by the filters. Dimensions combine with AND; within a dimension the
 * ticked values combine with OR.
 * - type: a node of an unticked type is hidden, and with it its edges;
 * - relation: an edge of an unticked relation is hidden; its ends stay unless another filter hides them;
 * - article: an edge stays when at least one of its passages comes from a ticked article, a node
 *   when it is mentioned in a ticked article;
 * - date: an event (or any dated node) whose date lies entirely outside the range is hidden, and so
 *   is an edge whose date does; undated events and edges stay unless `includeUndated` is off.
 *   Actors and places carry no date and are never hidden by time.
 * - hidden nodes: a node hidden one by one is hidden, and with it its edges.
 * An edge is visible only when both its ends are.
 */
export function computeVisibility(dataset: Dataset, filters: Filters): Visibility {
  const { graph } = dataset;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((id, attrs) => {
    if (!filters.hiddenNodes.has(id) && nodePasses(attrs, filters)) nodes.add(id);
  });
  graph.forEachEdge((id, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgePasses(attrs, filters)) edges.add(id);
  });
  return { nodes, edges };
}

export interface SourceFacet {
  id: string;
  title: string;
  publisher: string;
  published: string;
  /** Entities it mentions and relations it supports. */
  nodes: number;
  edges: number;
}

/** The values each filter dimension offers, with how many elements carry them in the whole graph. */
export interface FacetCounts {
  types: ReadonlyMap<string, number>;
  /** Relation phrases present in the graph, most frequent first. */
  relations: { relation: string; edges: number }[];
  /** Articles in dataset order (the order of the corpus: oldest first). */
  sources: SourceFacet[];
}

export function facetCounts(dataset: Dataset): FacetCounts {
  const { graph } = dataset;
  const types = new Map<string, number>();
  const relations = new Map<string, number>();
  const sourceNodes = new Map<string, number>();
  const sourceEdges = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  graph.forEachNode((_id, attrs) => {
    bump(types, attrs.type);
    for (const s of new Set(attrs.mentions.map((m) => m.source))) bump(sourceNodes, s);
  });
  graph.forEachEdge((_id, attrs) => {
    bump(relations, attrs.relation);
    for (const s of new Set(attrs.evidence.map((e) => e.source))) bump(sourceEdges, s);
  });
  return {
    types,
    relations: [...relations]
      .map(([relation, edges]) => ({ relation, edges }))
      .sort((a, b) => b.edges - a.edges || a.relation.localeCompare(b.relation)),
    sources: [...dataset.sources.values()].map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: s.published,
      nodes: sourceNodes.get(s.id) ?? 0,
      edges: sourceEdges.get(s.id) ?? 0,
    })),
  };
}
