import { useAppStore } from '../../state/store';
import './ingest.css';

/** Above an element's details while a review is open: the way back to it (the details stand in its place). */
export function BackToReview() {
  const title = useAppStore((s) => (s.review && s.reviewOpen && s.selection ? s.review.article.title : null));
  const setReviewOpen = useAppStore((s) => s.setReviewOpen);
  if (title === null) return null;
  return (
    <p className="back-to-review">
      <button type="button" onClick={() => setReviewOpen(true)}>
        ← Back to the review
      </button>{' '}
      <span className="hint">of “{title}”</span>
    </p>
  );
}
