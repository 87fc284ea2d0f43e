import { useMemo } from 'react';
import { passagesOfSameRelation, rankedRelations } from '../../model/ingest/review';
import { useAppStore } from '../../state/store';
import { selectionOffsets } from '../source/selectionOffsets';
import { AddMissed } from './AddMissed';
import { CandidateItem } from './CandidateItem';
import { EntityList } from './EntityList';
import { MergeList } from './MergeList';
import { confirmFinishing, confirmLosingReview } from './reviewGuard';
import { showCandidate } from './showCandidate';
import './ingest.css';

/**
 * The review of an added article, in the details column: merges, entities and the ranked relation
 * candidates. The article itself is read in the source viewer beside it, where every candidate is
 * marked; picking one here shows it there and the other way round.
 */
export function ReviewPanel() {
  const review = useAppStore((s) => s.review);
  const focus = useAppStore((s) => s.reviewFocus);
  const reading = useAppStore((s) => s.reading);
  const setOpen = useAppStore((s) => s.setReviewOpen);
  const discard = useAppStore((s) => s.discardReview);
  const finish = useAppStore((s) => s.finishReview);
  const ranked = useMemo(() => (review ? rankedRelations(review) : []), [review]);
  const samePassages = useMemo(() => (review ? passagesOfSameRelation(review) : new Map()), [review]);
  if (!review) return null;
  const counts = { accepted: 0, rejected: 0 };
  for (const d of Object.values(review.decisions)) counts[d]++;
  const pending = review.relations.length - counts.accepted - counts.rejected;
  const articleShown = reading?.source === review.article.id;
  const selection = () =>
    selectionOffsets(
      document.querySelector(`[data-testid="source-text"][data-source="${CSS.escape(review.article.id)}"]`),
      review.article.text,
    );
  return (
    <aside className="side-panel review-panel" aria-label="Review the added article">
      <header>
        <h2>{review.article.title}</h2>
        <div className="review-header-actions">
          <button
            type="button"
            className="accept"
            title="Keep the accepted relations in the graph and end the review; then the next article can be added"
            onClick={() => void confirmFinishing().then((yes) => yes && finish())}
          >
            Finish
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            Hide
          </button>
          <button type="button" onClick={() => void confirmLosingReview().then((yes) => yes && discard())}>
            Discard
          </button>
        </div>
      </header>
      <p className="hint review-counts">
        {review.article.publisher}, {review.article.published} · {counts.accepted} accepted, {counts.rejected}{' '}
        rejected, {pending} to review
      </p>
      {!articleShown && (
        <button
          type="button"
          className="review-show-article"
          onClick={() => useAppStore.getState().openSource(review.article.id)}
        >
          Show the article with its candidates marked
        </button>
      )}
      <MergeList review={review} />
      <EntityList review={review} focused={focus?.kind === 'entity' ? focus.id : null} />
      <AddMissed review={review} selection={selection} />
      <h3>Relations, most confident first</h3>
      {ranked.length === 0 && <p className="hint">No relation was found in this text.</p>}
      <ol className="review-candidates">
        {ranked.map((c) => {
          const focused = focus?.kind === 'relation' && focus.id === c.id;
          return (
            <CandidateItem
              key={c.id}
              review={review}
              candidate={c}
              samePassages={samePassages.get(c.id) ?? 1}
              focused={focused}
              onFocus={() => showCandidate(focused ? null : { kind: 'relation', id: c.id })}
              selection={selection}
            />
          );
        })}
      </ol>
    </aside>
  );
}
