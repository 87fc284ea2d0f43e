import { useEffect, useRef, useState } from 'react';
import { isHandAdded } from '../../model/ingest/handAdded';
import { effectiveRelation, relationProblem, reviewLabel, type Review } from '../../model/ingest/review';
import type { RelationCandidate, TextRange } from '../../model/ingest/types';
import { useAppStore } from '../../state/store';
import { DateField } from './DateField';
import { ModalityField } from './ModalityField';
import { LabelledSelect, RELATION_OPTIONS } from './LabelledSelect';

/** One proposed relation: what it says, the passage, and accept / edit / reject. */
export function CandidateItem({
  review,
  candidate,
  focused,
  onFocus,
  selection,
  samePassages,
}: {
  review: Review;
  candidate: RelationCandidate;
  /** How many candidates state the same relation, this one included (passagesOfSameRelation). */
  samePassages: number;
  focused: boolean;
  onFocus(): void;
  selection(): TextRange | null;
}) {
  const decide = useAppStore((s) => s.decide);
  const edit = useAppStore((s) => s.editRelation);
  const remove = useAppStore((s) => s.removeAddedRelation);
  const byHand = isHandAdded(candidate);
  const [editing, setEditing] = useState(false);
  const [spanError, setSpanError] = useState<string | null>(null);
  const item = useRef<HTMLLIElement>(null);
  // A candidate picked in the article comes into view in the list.
  useEffect(() => {
    if (focused) item.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const r = effectiveRelation(review, candidate);
  const label = (id: string) => reviewLabel(review, id);
  const decision = review.decisions[candidate.id];
  const quote = review.article.text.slice(r.evidence.start, r.evidence.end);
  const problem = relationProblem(review, r);
  const name = `${label(r.source)} ${r.relation} ${label(r.target)}`;
  const passages = decision === 'rejected' ? 1 : samePassages;
  const entityOptions = review.entities.map((e) => [e.id, e.label] as const);
  return (
    <li
      ref={item}
      className={`review-candidate${focused ? ' focused' : ''}${decision ? ` ${decision}` : ''}`}
      aria-label={`Candidate: ${name}`}
      data-decision={decision ?? 'pending'}
    >
      <button type="button" className="review-candidate-main" onClick={onFocus} aria-pressed={focused}>
        <span className="review-triple">
          <strong>{label(r.source)}</strong> <em>{r.relation}</em> <strong>{label(r.target)}</strong>
          {r.modality && <span className="review-modality"> ({r.modality})</span>}
          {r.date && <span className="review-date"> · {r.date}</span>}
        </span>
        {byHand ? (
          <span className="review-confidence">by you</span>
        ) : (
          <span className="review-confidence" title={`pattern ${r.pattern}`}>
            {Math.round(r.confidence * 100)}%
          </span>
        )}
        <q className="review-quote">{quote}</q>
        {passages > 1 && (
          <span className="review-same">
            One of {passages} passages for this relation: accepting more adds passages, not relations.
          </span>
        )}
      </button>
      <div className="review-actions">
        {decision ? (
          <>
            <span className="review-state">
              {byHand ? 'Added by you' : decision === 'accepted' ? 'Accepted' : 'Rejected'}
            </span>
            <button
              type="button"
              onClick={() => {
                decide(candidate.id, null);
                if (byHand) setEditing(true);
              }}
            >
              {byHand ? 'Edit' : 'Undo'}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="accept"
              disabled={problem !== null}
              title={problem ?? undefined}
              onClick={() => decide(candidate.id, 'accepted')}
            >
              Accept
            </button>
            <button type="button" onClick={() => setEditing((x) => !x)} aria-expanded={editing}>
              Edit
            </button>
            {!byHand && (
              <button type="button" className="reject" onClick={() => decide(candidate.id, 'rejected')}>
                Reject
              </button>
            )}
          </>
        )}
        {byHand && (
          <button type="button" className="reject" onClick={() => remove(candidate.id)}>
            Remove
          </button>
        )}
      </div>
      {editing && !decision && (
        <div className="review-edit">
          <LabelledSelect
            label="Source"
            value={r.source}
            options={entityOptions}
            onChange={(source) => edit(candidate.id, { source })}
          />
          <LabelledSelect
            label="Relation"
            value={r.relation}
            options={RELATION_OPTIONS}
            onChange={(relation) => edit(candidate.id, { relation })}
          />
          <LabelledSelect
            label="Target"
            value={r.target}
            options={entityOptions}
            onChange={(target) => edit(candidate.id, { target })}
          />
          <ModalityField value={r.modality ?? ''} onChange={(modality) => edit(candidate.id, { modality })} />
          <DateField value={r.date ?? ''} onChange={(date) => edit(candidate.id, { date })} />
          <button
            type="button"
            onClick={() => {
              const span = selection();
              if (!span) setSpanError('Select the words in the article (the source viewer) first.');
              else {
                setSpanError(null);
                edit(candidate.id, { evidence: span });
              }
            }}
          >
            Use the selected words as the passage
          </button>
          {spanError && <p role="alert">{spanError}</p>}
          {problem && <p role="alert">Cannot be accepted: {problem}.</p>}
          <button type="button" onClick={() => setEditing(false)}>
            Done
          </button>
        </div>
      )}
    </li>
  );
}
