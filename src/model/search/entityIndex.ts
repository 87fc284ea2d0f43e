import MiniSearch from 'minisearch';
import type { KnowledgeGraph } from '../dataset';
import { rankEntities, type EntityMatch, type NameHit } from './rankEntities';
import { searchWords } from './searchKey';

/** One indexed name: a node's label or one of its aliases (one document each, so a hit names it). */
interface NameDocument {
  id: number;
  node: string;
  label?: string;
  alias?: string;
}

export interface EntityIndex {
  graph: KnowledgeGraph;
  names: MiniSearch<NameDocument>;
}

/** Indexes every label and alias of the graph's nodes for fuzzy, prefix-friendly lookup. */
export function buildEntityIndex(graph: KnowledgeGraph): EntityIndex {
  const names = new MiniSearch<NameDocument>({
    fields: ['label', 'alias'],
    storeFields: ['node', 'label', 'alias'],
    // Index and query share one normalisation, so "Jong-un", "jong un" and "JONG UN" meet.
    tokenize: searchWords,
    processTerm: (term) => term,
    searchOptions: {
      boost: { label: 2 },
      prefix: true,
      // Short words only match as typed or as a prefix: one edit in "kim" is a different name.
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  const documents: NameDocument[] = [];
  graph.forEachNode((node, attrs) => {
    documents.push({ id: documents.length, node, label: attrs.label });
    for (const alias of attrs.aliases) documents.push({ id: documents.length, node, alias });
  });
  names.addAll(documents);
  return { graph, names };
}

/** The nodes a query names, best first (see `rankEntities`), at most `limit` of them. */
export function searchEntities(index: EntityIndex, query: string, limit = 8): EntityMatch[] {
  if (searchWords(query).length === 0) return [];
  const hits: NameHit[] = index.names.search(query).map((result) => {
    const alias = result['alias'] as string | undefined;
    return {
      node: result['node'] as string,
      name: alias ?? (result['label'] as string),
      isAlias: alias !== undefined,
      score: result.score,
    };
  });
  return rankEntities(index.graph, query, hits).slice(0, limit);
}
