import { matchName, type GraphNames } from './handAdded';
import type { Review, SameAsTarget } from './review';

/**
 * The reviewer's own merges: a new entity the pipeline proposed is said to be the same as a node of
 * the graph or another entity of the review ("Second summit" is the Hanoi summit). Its mentions and
 * relations then go to that one when accepted, and the merge can be undone. Pure producers over a
 * Review, like the decisions and edits; the graph ids follow in `graphIdOf`.
 */

export type SameAsResult = { review: Review } | { problem: string };

/** The names a new entity may be said to be the same as: the graph's and the review's of its type. */
export function sameAsChoices(review: Review, graph: GraphNames, entityId: string): string[] {
  const entity = review.entities.find((e) => e.id === entityId);
  if (!entity) return [];
  const names = new Set<string>();
  for (const node of graph.byName.values())
    if (node.type === entity.type && node.id !== entityId) names.add(node.label);
  for (const e of review.entities)
    if (e.type === entity.type && e.id !== entityId && !review.sameAs?.[e.id]) names.add(e.label);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/**
 * Says that the new entity `entityId` is the one named `name` (a graph node's or a review entity's
 * name or alias), of the same type. Entities already said to be the same as `entityId` follow it.
 */
export function sayingSameAs(
  review: Review,
  graph: GraphNames,
  entityId: string,
  name: string,
): SameAsResult {
  const entity = review.entities.find((e) => e.id === entityId);
  if (!entity) return { problem: 'that entity is not in the review' };
  if (entity.existing) return { problem: `${entity.label} is in the graph already` };
  if (name.trim() === '') return { problem: 'give the name of the entity it is the same as' };
  const match = matchName(review, graph, name);
  if (match.kind === 'new')
    return { problem: `nothing in the graph or the review is called “${name.trim()}”` };
  let target: SameAsTarget = { id: match.entity.id, label: match.entity.label };
  // One step at most: an entity itself said to be the same as another stands for that one.
  const further = review.sameAs?.[target.id];
  if (further) target = further;
  if (target.id === entityId) return { problem: `“${name.trim()}” is ${entity.label} itself` };
  const type = match.entity.type;
  if (type !== entity.type)
    return {
      problem: `${entity.label} is ${article(entity.type)} and ${target.label} ${article(type)}: only entities of one type can be the same`,
    };
  const sameAs: Record<string, SameAsTarget> = {};
  for (const [from, to] of Object.entries(review.sameAs ?? {}))
    sameAs[from] = to.id === entityId ? target : to;
  sameAs[entityId] = target;
  return { review: { ...review, sameAs } };
}

/** Undoes `sayingSameAs` for the entity: it is its own again (those merged into it stay so). */
export function keepingApart(review: Review, entityId: string): Review {
  if (!review.sameAs?.[entityId]) return review;
  const { [entityId]: _undone, ...sameAs } = review.sameAs;
  return { ...review, sameAs };
}

const article = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
