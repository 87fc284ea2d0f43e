import { useId, useMemo, useState } from 'react';
import { graphNames } from '../../model/ingest/handAdded';
import type { Review } from '../../model/ingest/review';
import { sameAsChoices } from '../../model/ingest/sameAs';
import type { EntityCandidate } from '../../model/ingest/types';
import { selectReadAgainst } from '../../state/ingestSlice';
import { useAppStore } from '../../state/store';

/**
 * Beside a new entity in the review's list: "Same as…" says it is a node of the graph or another
 * entity of the review (its relations then go there); once said, "Keep separate" undoes it.
 */
export function SameAsControl({ review, entity }: { review: Review; entity: EntityCandidate }) {
  const say = useAppStore((s) => s.sayEntitySameAs);
  const keepApart = useAppStore((s) => s.keepEntityApart);
  const base = useAppStore(selectReadAgainst);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listId = useId();
  const choices = useMemo(
    () => (open && base ? sameAsChoices(review, graphNames(base.graph), entity.id) : []),
    [open, base, review, entity.id],
  );
  const same = review.sameAs?.[entity.id];
  if (same)
    return (
      <button
        type="button"
        className="review-unmark"
        aria-label={`Keep ${entity.label} separate from ${same.label}`}
        onClick={() => keepApart(entity.id)}
      >
        Keep separate
      </button>
    );
  if (entity.existing) return null;
  if (!open)
    return (
      <button
        type="button"
        className="review-unmark"
        aria-label={`${entity.label} is the same as…`}
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        Same as…
      </button>
    );
  const submit = () => {
    const p = say(entity.id, name);
    setProblem(p);
    if (!p) setOpen(false);
  };
  return (
    <form
      className="review-same-as"
      aria-label={`${entity.label} is the same as`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        Same as
        <input
          list={listId}
          value={name}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setOpen(false);
            }
          }}
        />
      </label>
      <datalist id={listId}>
        {choices.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <button type="submit">Merge</button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {problem && <p role="alert">Cannot merge: {problem}.</p>}
    </form>
  );
}
