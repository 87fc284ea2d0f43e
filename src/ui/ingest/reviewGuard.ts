import { registerOpenGuard } from '../../state/openGuard';
import { useAppStore } from '../../state/store';
import { askToConfirm } from '../session/confirm';

/** Asks before the person's review decisions go away: discarding, or opening another graph. */
export function confirmLosingReview(action: 'discard' | 'open'): Promise<boolean> {
  const review = useAppStore.getState().review;
  const decided = review ? Object.keys(review.decisions).length : 0;
  if (!review || decided === 0) return Promise.resolve(true);
  return askToConfirm({
    title: `Drop the review of “${review.article.title}”?`,
    body: `You decided on ${decided} ${decided === 1 ? 'candidate' : 'candidates'}; the accepted relations leave the graph and the review is forgotten. To keep them in a corpus, add the article with npm run ingest.`,
    confirm: action === 'open' ? 'Open the new graph' : 'Discard the review',
    cancel: 'Keep the review',
  });
}

export function startReviewGuard(): () => void {
  return registerOpenGuard(() => confirmLosingReview('open'));
}
