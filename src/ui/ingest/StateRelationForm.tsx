import { useMemo, useState } from 'react';
import { addRelationByHand } from '../../model/ingest/handAdded';
import type { Review } from '../../model/ingest/review';
import type { TextRange } from '../../model/ingest/types';
import { useAppStore } from '../../state/store';
import type { Modality } from '../../model/vocabulary';
import { DateField } from './DateField';
import { ModalityField } from './ModalityField';
import { LabelledSelect, RELATION_OPTIONS } from './LabelledSelect';

const RELATION_CHOICES = [['', 'Choose…'] as const, ...RELATION_OPTIONS];

/** The entities named inside the passage, in text order: the likely ends of its relation. */
function namedIn(review: Review, span: TextRange): string[] {
  const inside = review.entities.flatMap((e) =>
    e.mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => [m.start, e.id] as const),
  );
  return [...new Set(inside.sort((a, b) => a[0] - b[0]).map(([, id]) => id))];
}

/**
 * States a relation the pipeline missed, over the passage the reviewer selected: its ends are the
 * review's entities (mark a missing one first), its kind from the vocabulary. Added accepted.
 */
export function StateRelationForm({
  review,
  span,
  onDone,
}: {
  review: Review;
  span: TextRange;
  onDone(): void;
}) {
  const named = useMemo(() => namedIn(review, span), [review, span]);
  const [source, setSource] = useState(named[0] ?? '');
  const [target, setTarget] = useState(named[1] ?? '');
  const [relation, setRelation] = useState('');
  const [date, setDate] = useState('');
  const [modality, setModality] = useState<Modality | ''>('');
  const add = useAppStore((s) => s.addRelation);
  const entityOptions = useMemo(
    () => [
      ['', 'Choose…'] as const,
      ...[...review.entities]
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((e) => [e.id, e.label] as const),
    ],
    [review.entities],
  );
  const stated = {
    source,
    relation,
    target,
    ...(date ? { date } : {}),
    ...(modality ? { modality } : {}),
    evidence: span,
  };
  const missing = !source || !target || !relation;
  const trial = missing ? null : addRelationByHand(review, stated);
  const problem = trial && 'problem' in trial ? trial.problem : null;
  return (
    <form
      className="review-edit review-add-form"
      aria-label="State a relation"
      onSubmit={(e) => {
        e.preventDefault();
        if (!missing && !problem && add(stated) === null) onDone();
      }}
    >
      <p className="review-quote">
        Passage: <q>{review.article.text.slice(span.start, span.end)}</q>
      </p>
      <LabelledSelect label="Source" value={source} options={entityOptions} onChange={setSource} />
      <LabelledSelect label="Relation" value={relation} options={RELATION_CHOICES} onChange={setRelation} />
      <LabelledSelect label="Target" value={target} options={entityOptions} onChange={setTarget} />
      <ModalityField value={modality} onChange={setModality} />
      <DateField value={date} onChange={setDate} optional />
      {missing && <p className="hint">Choose the source, the relation and the target.</p>}
      {problem && <p role="alert">Cannot add: {problem}.</p>}
      <div className="review-actions">
        <button type="submit" className="accept" disabled={missing || problem !== null}>
          Add relation
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
