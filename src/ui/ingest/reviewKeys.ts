import { isHandAdded } from '../../model/ingest/handAdded';
import { effectiveRelation, relationProblem } from '../../model/ingest/review';
import { adjacentCandidate, nextUndecided } from '../../model/ingest/reviewOrder';
import { useAppStore } from '../../state/store';
import { showCandidate } from './showCandidate';

/**
 * The review from the keyboard: move through the relation candidates, accept or reject the one
 * picked (then the next undecided one is picked), undo. Nothing happens without an article under
 * review.
 */

const store = () => useAppStore.getState();

const picked = (): string | null => {
  const focus = store().reviewFocus;
  return focus?.kind === 'relation' ? focus.id : null;
};

export function moveInReview(step: 1 | -1): void {
  const review = store().review;
  if (!review) return;
  const id = adjacentCandidate(review, picked(), step);
  if (id) showCandidate({ kind: 'relation', id });
}

export function decideInReview(decision: 'accepted' | 'rejected'): void {
  const review = store().review;
  const id = picked();
  const candidate = review?.relations.find((r) => r.id === id);
  if (!review || !candidate || review.decisions[candidate.id]) return;
  // A relation whose ends or date the vocabulary refuses is mended in its editor first.
  if (decision === 'accepted' && relationProblem(review, effectiveRelation(review, candidate))) return;
  // One stated by hand is removed, not rejected.
  if (decision === 'rejected' && isHandAdded(candidate)) return;
  store().decide(candidate.id, decision);
  const after = store().review;
  const next = after && nextUndecided(after, candidate.id);
  if (next) showCandidate({ kind: 'relation', id: next });
}

export function undoInReview(): void {
  const id = picked();
  if (id && store().review?.decisions[id]) store().decide(id, null);
}
