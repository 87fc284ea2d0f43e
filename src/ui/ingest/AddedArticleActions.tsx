import { useAppStore } from '../../state/store';
import { confirmRemovingArticle } from './reviewGuard';
import './ingest.css';

/**
 * Beside an article of the overview's list that the person added: whether it is finished or under
 * review, and what can be done with it (review it again, take it out of the graph, go on reviewing).
 */
export function AddedArticleActions({ source, title }: { source: string; title: string }) {
  const finished = useAppStore((s) => s.added.some((r) => r.article.id === source));
  const reviewing = useAppStore((s) => s.review);
  const reviewAgain = useAppStore((s) => s.reviewAgain);
  const remove = useAppStore((s) => s.removeArticle);
  const setReviewOpen = useAppStore((s) => s.setReviewOpen);
  if (reviewing?.article.id === source)
    return (
      <div className="added-article">
        <span className="added-article-tag">Under review</span>
        <button type="button" onClick={() => setReviewOpen(true)} aria-label={`Go on reviewing ${title}`}>
          Go on reviewing
        </button>
      </div>
    );
  if (!finished) return null;
  return (
    <div className="added-article">
      <span className="added-article-tag">Added by you</span>
      <button
        type="button"
        disabled={reviewing !== null}
        title={
          reviewing
            ? `Finish or discard the review of “${reviewing.article.title}” first`
            : 'Open its review again: change decisions, add what was missed'
        }
        aria-label={`Review again: ${title}`}
        onClick={() => reviewAgain(source)}
      >
        Review again
      </button>
      <button
        type="button"
        aria-label={`Remove ${title} from the graph`}
        onClick={() => void confirmRemovingArticle(source).then((yes) => yes && remove(source))}
      >
        Remove
      </button>
    </div>
  );
}
