import { isHandAdded } from '../../model/ingest/handAdded';
import { effectiveRelation, relationProblem } from '../../model/ingest/review';
import { adjacentCandidate, nextUndecided } from '../../model/ingest/reviewOrder';
import { selectReviewShown } from '../../state/ingestSlice';
import { useAppStore } from '../../state/store';
import { showCandidate } from './showCandidate';

/**
 * The review from the keyboard: move through the relation candidates, accept or reject the one
 * picked (then the next undecided one is picked), undo. Nothing happens without an article under
 * review, and nothing is decided while the review is out of sight: the key brings it back first.
 */

const store = () => useAppStore.getState();

/** True when the review is in view; otherwise shows it (and the key does nothing more). */
const inView = (): boolean => {
  if (selectReviewShown(store())) return true;
  if (store().review) store().setReviewOpen(true);
  return false;
};

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
  if (!inView()) return;
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
  if (!inView()) return;
  const id = picked();
  if (id && store().review?.decisions[id]) store().decide(id, null);
}
