import { effectiveRelation } from '../../model/ingest/review';
import { selectReviewShown, type ReviewFocus } from '../../state/ingestSlice';
import { useAppStore } from '../../state/store';

/**
 * Makes one candidate the one under review: picked in the review list and, in the source viewer,
 * its passage (a relation's evidence, an entity's first mention) highlighted and scrolled to.
 * `null` clears the focus and leaves the article where it is.
 */
export function showCandidate(focus: ReviewFocus | null): void {
  const s = useAppStore.getState();
  const review = s.review;
  if (!review) return;
  s.setReviewFocus(focus);
  if (!focus) return;
  if (!selectReviewShown(s)) s.setReviewOpen(true);
  const relation = focus.kind === 'relation' ? review.relations.find((r) => r.id === focus.id) : undefined;
  const span = relation
    ? effectiveRelation(review, relation).evidence
    : review.entities.find((e) => e.id === focus.id)?.mentions[0];
  if (span) s.openSource(review.article.id, span);
}

/** A mark standing for several candidates picks the next one on each click. */
export function nextCandidate(ids: readonly string[], current: ReviewFocus | null): string | undefined {
  const at = current?.kind === 'relation' ? ids.indexOf(current.id) : -1;
  return ids[(at + 1) % ids.length];
}
