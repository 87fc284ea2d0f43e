import type { Dataset } from '../dataset';
import { applyReviews, type Review } from './review';

/** What taking a finished article out of the graph removes: shown before the person confirms. */
export interface ArticleFootprint {
  /** The article's accepted relations. */
  relations: number;
  /** Labels of the nodes that no other article (nor the opened graph) has: they leave with it. */
  nodesOnlyHere: string[];
}

/** The finished articles without the one whose source id is `id`. */
export const withoutArticle = (added: readonly Review[], id: string): Review[] =>
  added.filter((r) => r.article.id !== id);

/**
 * What the article `id` brings to the graph of `base` plus `added`. A node it added that a later
 * article also uses stays: that article's own mention of it keeps it (see `applyReview`).
 */
export function articleFootprint(base: Dataset, added: readonly Review[], id: string): ArticleFootprint {
  const review = added.find((r) => r.article.id === id);
  if (!review) return { relations: 0, nodesOnlyHere: [] };
  const withIt = applyReviews(base, added).graph;
  const without = applyReviews(base, withoutArticle(added, id)).graph;
  const nodesOnlyHere = withIt
    .filterNodes((node) => !without.hasNode(node))
    .map((node) => withIt.getNodeAttribute(node, 'label'))
    .sort((a, b) => a.localeCompare(b));
  const relations = review.relations.filter((r) => review.decisions[r.id] === 'accepted').length;
  return { relations, nodesOnlyHere };
}
