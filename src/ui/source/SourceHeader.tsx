import type { Ref } from 'react';
import type { SourceDocument } from '../../model/dataset';
import { formatIsoDate } from '../../model/dates';
import { typeDescriptor } from '../../model/nodeTypes';
import { useNodeTypes } from '../useNodeTypes';
import { typeStyle } from '../../view/palette';
import { SourceNote } from './SourceNote';

/** What the marks of an article under review mean: relation words, and how each candidate stands. */
function CandidateKey() {
  return (
    <>
      <li>
        <span className="candidate-mark kind-relation status-pending" aria-hidden="true">
          met
        </span>
        Relation words
      </li>
      <li>
        <span className="source-key-swatch candidate-pending" aria-hidden="true" />
        To review
      </li>
      <li>
        <span className="source-key-swatch candidate-accepted" aria-hidden="true" />
        Accepted
      </li>
      <li>
        <span className="source-key-swatch candidate-rejected" aria-hidden="true" />
        Rejected
      </li>
    </>
  );
}

/** Title, publisher, publication date and how they were established; what the marks mean. */
export function SourceHeader({
  source,
  titleRef,
  onClose,
  onShowPassage,
  underReview = false,
}: {
  source: SourceDocument;
  titleRef: Ref<HTMLHeadingElement>;
  onClose(): void;
  /** Present when a passage is highlighted. */
  onShowPassage?: (() => void) | undefined;
  /** The article under review: the key explains the candidate marks. */
  underReview?: boolean;
}) {
  const types = useNodeTypes();
  return (
    <header className="source-header">
      <div className="source-toolbar">
        <p className="source-kicker">Source article</p>
        {onShowPassage && (
          <button type="button" className="source-button" onClick={onShowPassage}>
            Back to the passage
          </button>
        )}
        <button type="button" className="source-button" onClick={onClose} aria-label="Close article">
          Close <span aria-hidden="true">✕</span>
        </button>
      </div>
      <h2 ref={titleRef} tabIndex={-1}>
        {source.title}
      </h2>
      {underReview && <p className="source-review-note">Under review: the marks are candidates</p>}
      <p className="source-meta">
        {source.publisher} · Published{' '}
        <time dateTime={source.published}>{formatIsoDate(source.published)}</time>
      </p>
      {source.note && <SourceNote key={source.id} note={source.note} />}
      <ul className="source-key" aria-label="What the marks mean">
        {types.map((type) => (
          <li key={type}>
            <span
              className="source-key-swatch"
              style={{ borderColor: typeStyle(types, type).color }}
              aria-hidden="true"
            />
            {typeDescriptor(type).label}
          </li>
        ))}
        {underReview && <CandidateKey />}
        {onShowPassage && (
          <li>
            <span className="source-key-swatch passage" aria-hidden="true" />
            Supporting passage
          </li>
        )}
        <li className="source-key-hint">
          {underReview ? 'Click a mark to review it' : 'Click a name to select it in the graph'}
        </li>
      </ul>
    </header>
  );
}
