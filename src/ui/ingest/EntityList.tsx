import { useEffect, useRef, useState } from 'react';
import type { Review } from '../../model/ingest/review';
import { entityStatus } from '../../model/ingest/reviewMarks';
import { typeDescriptor } from '../../model/nodeTypes';
import { useAppStore } from '../../state/store';
import { SameAsControl } from './SameAsControl';
import { showCandidate } from './showCandidate';

const STATUS = { pending: 'to review', accepted: 'in the graph', rejected: 'its relations rejected' };

/**
 * The entities the article names, in text order: known, merged or new, with their mentions. An
 * entity joins the graph with the first accepted relation that uses it; a new one may be said to be
 * the same as another (SameAsControl).
 */
export function EntityList({ review, focused }: { review: Review; focused: string | null }) {
  const focusedRef = useRef<HTMLButtonElement>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const unmark = useAppStore((s) => s.unmarkWords);
  const [problem, setProblem] = useState<string | null>(null);
  // An entity picked in the article opens the list and comes into view.
  useEffect(() => {
    if (focused && details.current) details.current.open = true;
    focusedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const entities = [...review.entities].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  if (entities.length === 0) return null;
  return (
    <details className="review-entities" ref={details}>
      <summary>Entities ({entities.length})</summary>
      <ul>
        {entities.map((e) => {
          const status = entityStatus(review, e.id);
          const isFocused = e.id === focused;
          return (
            <li key={e.id} className={`status-${status}`}>
              <button
                type="button"
                ref={isFocused ? focusedRef : undefined}
                aria-pressed={isFocused}
                onClick={() => showCandidate(isFocused ? null : { kind: 'entity', id: e.id })}
              >
                <strong>{e.label}</strong> {typeDescriptor(e.type).label.toLowerCase()}
                {e.kind ? ` · ${e.kind}` : ''} · {e.existing ? 'in the graph already' : 'new'} ·{' '}
                {e.mentions.length} mention{e.mentions.length === 1 ? '' : 's'} · {STATUS[status]}
                {review.sameAs?.[e.id] ? ` · same as ${review.sameAs[e.id]?.label}` : ''}
              </button>
              <SameAsControl review={review} entity={e} />
              {e.mentions.some((m) => m.reason === 'hand') && (
                <button
                  type="button"
                  className="review-unmark"
                  aria-label={`Unmark the words you marked for ${e.label}`}
                  onClick={() => setProblem(unmark(e.id))}
                >
                  Unmark
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {problem && <p role="alert">Cannot unmark: {problem}.</p>}
    </details>
  );
}
