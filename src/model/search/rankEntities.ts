import type { KnowledgeGraph } from '../dataset';
import { searchKey } from './searchKey';

/**
 * How well a name answers a query, best first: the whole label, the start of the label, a whole
 * alias, the start of an alias, every query word starting a word of the name ("jong un"), and
 * anything else the fuzzy index let through (typos such as "pyongchang").
 */
export const MATCH_TIERS = ['label', 'label-prefix', 'alias', 'alias-prefix', 'words', 'fuzzy'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** One name of a node that the index returned for a query. */
export interface NameHit {
  node: string;
  name: string;
  isAlias: boolean;
  /** The index's relevance score; orders fuzzy matches, which are not all equally close. */
  score?: number;
}

export interface EntityMatch {
  id: string;
  tier: MatchTier;
  /** The alias that matched, when the node was found by an alias rather than its label. */
  matchedAlias?: string;
}

/** The tier of one name for a query already turned into a search key. */
export function matchTier(queryKey: string, name: string, isAlias: boolean): MatchTier {
  const key = searchKey(name);
  if (key === queryKey) return isAlias ? 'alias' : 'label';
  if (key.startsWith(queryKey)) return isAlias ? 'alias-prefix' : 'label-prefix';
  const words = key.split(' ');
  if (queryKey.split(' ').every((q) => words.some((w) => w.startsWith(q)))) return 'words';
  return 'fuzzy';
}

const rank = (tier: MatchTier) => MATCH_TIERS.indexOf(tier);

/**
 * Ranks the nodes behind a set of name hits: each node counts once, at the tier of its best name
 * (its label wins over an alias of the same tier); nodes are ordered by tier, then by degree (more
 * connected first), then by label. Fuzzy matches are first ordered by the index's score: "Panmunjum"
 * is much closer to "Panmunjom" than to "Inter-Korean talks at Panmunjom", however connected.
 */
export function rankEntities(graph: KnowledgeGraph, query: string, hits: readonly NameHit[]): EntityMatch[] {
  const queryKey = searchKey(query);
  if (queryKey === '') return [];
  const best = new Map<string, EntityMatch>();
  const scores = new Map<string, number>();
  for (const hit of hits) {
    if (!graph.hasNode(hit.node)) continue;
    const tier = matchTier(queryKey, hit.name, hit.isAlias);
    const current = best.get(hit.node);
    const better =
      !current ||
      rank(tier) < rank(current.tier) ||
      (rank(tier) === rank(current.tier) && current.matchedAlias !== undefined && !hit.isAlias);
    if (better)
      best.set(hit.node, { id: hit.node, tier, ...(hit.isAlias ? { matchedAlias: hit.name } : {}) });
    scores.set(hit.node, Math.max(scores.get(hit.node) ?? 0, hit.score ?? 0));
  }
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  return [...best.values()].sort(
    (a, b) =>
      rank(a.tier) - rank(b.tier) ||
      (a.tier === 'fuzzy' ? (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) : 0) ||
      graph.degree(b.id) - graph.degree(a.id) ||
      label(a.id).localeCompare(label(b.id)),
  );
}
