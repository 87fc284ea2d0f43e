import { useMemo, useRef, useState } from 'react';
import { effectiveRelation, rankedRelations } from '../../model/ingest/review';
import { useAppStore } from '../../state/store';
import { CandidateItem } from './CandidateItem';
import { MarkedArticle, selectionRange } from './MarkedArticle';
import { MergeList } from './MergeList';
import { confirmLosingReview } from './reviewGuard';
import './ingest.css';

/** The review of an added article: the text with candidates marked, merges, and the ranked candidates. */
export function ReviewPanel() {
  const review = useAppStore((s) => s.review);
  const open = useAppStore((s) => s.reviewOpen);
  const setOpen = useAppStore((s) => s.setReviewOpen);
  const discard = useAppStore((s) => s.discardReview);
  const [focused, setFocused] = useState<string | null>(null);
  const article = useRef<HTMLDivElement>(null);
  const ranked = useMemo(() => (review ? rankedRelations(review) : []), [review]);
  if (!review || !open) return null;
  const mentions = review.entities.flatMap((e) => e.mentions);
  const focus = ranked.find((r) => r.id === focused);
  const labelOf = (id: string) => review.entities.find((e) => e.id === id)?.label ?? id;
  const counts = { accepted: 0, rejected: 0 };
  for (const d of Object.values(review.decisions)) counts[d]++;
  const pending = review.relations.length - counts.accepted - counts.rejected;
  return (
    <aside className="review-panel" aria-label="Review the added article">
      <header>
        <div>
          <h2>{review.article.title}</h2>
          <p className="hint">
            {review.article.publisher}, {review.article.published} · {counts.accepted} accepted,{' '}
            {counts.rejected} rejected, {pending} to review
          </p>
        </div>
        <div className="review-header-actions">
          <button type="button" onClick={() => setOpen(false)}>
            Hide
          </button>
          <button
            type="button"
            onClick={() => void confirmLosingReview('discard').then((yes) => yes && discard())}
          >
            Discard
          </button>
        </div>
      </header>
      <MarkedArticle
        text={review.article.text}
        mentions={mentions}
        evidence={focus ? effectiveRelation(review, focus).evidence : null}
        labelOf={labelOf}
        articleRef={article}
      />
      <MergeList review={review} />
      <h3>Relations, most confident first</h3>
      {ranked.length === 0 && <p className="hint">No relation was found in this text.</p>}
      <ol className="review-candidates">
        {ranked.map((c) => (
          <CandidateItem
            key={c.id}
            review={review}
            candidate={c}
            focused={c.id === focused}
            onFocus={() => setFocused(c.id === focused ? null : c.id)}
            selection={() => selectionRange(article.current)}
          />
        ))}
      </ol>
    </aside>
  );
}
