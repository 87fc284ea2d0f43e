import { rankedRelations, type Review } from './review';

/**
 * Moving through the relation candidates from the keyboard, in the order the review list shows
 * them (most confident first).
 */

/** The candidate `step` places after (or before, with -1) `current`; the first (or last) from none. */
export function adjacentCandidate(review: Review, current: string | null, step: 1 | -1): string | null {
  const ids = rankedRelations(review).map((r) => r.id);
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return (step === 1 ? ids[0] : ids[ids.length - 1]) ?? null;
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))] ?? null;
}

/**
 * The candidate to look at once `decided` is decided: the next undecided one below it, else the
 * first undecided one above it, else none (everything is decided).
 */
export function nextUndecided(review: Review, decided: string): string | null {
  const ids = rankedRelations(review).map((r) => r.id);
  const open = (id: string) => id !== decided && !review.decisions[id];
  const at = ids.indexOf(decided);
  return ids.slice(at + 1).find(open) ?? ids.slice(0, Math.max(0, at)).find(open) ?? null;
}
