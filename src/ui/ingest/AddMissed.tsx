import { useState } from 'react';
import type { Review } from '../../model/ingest/review';
import type { TextRange } from '../../model/ingest/types';
import { MarkEntityForm } from './MarkEntityForm';
import { StateRelationForm } from './StateRelationForm';

type Open = { form: 'entity' | 'relation'; span: TextRange } | null;

/**
 * What the pipeline missed, added by the reviewer from words selected in the article: a name as an
 * entity (new, or one the graph has) and a relation with the passage that states it.
 */
export function AddMissed({ review, selection }: { review: Review; selection(): TextRange | null }) {
  const [open, setOpen] = useState<Open>(null);
  const [hint, setHint] = useState<string | null>(null);
  const start = (form: 'entity' | 'relation') => {
    const span = selection();
    if (!span) {
      setHint(
        form === 'entity'
          ? 'Select the name in the article (the source viewer) first.'
          : 'Select the passage that states the relation in the article (the source viewer) first.',
      );
      return;
    }
    setHint(null);
    setOpen({ form, span });
  };
  const close = () => setOpen(null);
  return (
    <section className="review-add" aria-label="Add what the pipeline missed">
      <h3>Missed something?</h3>
      <p className="hint">Select words in the article, then:</p>
      <div className="review-actions">
        <button type="button" onClick={() => start('entity')} aria-expanded={open?.form === 'entity'}>
          Mark as an entity
        </button>
        <button type="button" onClick={() => start('relation')} aria-expanded={open?.form === 'relation'}>
          State a relation
        </button>
      </div>
      {hint && <p role="alert">{hint}</p>}
      {open?.form === 'entity' && (
        <MarkEntityForm
          key={`${open.span.start}-${open.span.end}`}
          review={review}
          span={open.span}
          onDone={close}
        />
      )}
      {open?.form === 'relation' && (
        <StateRelationForm
          key={`${open.span.start}-${open.span.end}`}
          review={review}
          span={open.span}
          onDone={close}
        />
      )}
    </section>
  );
}
