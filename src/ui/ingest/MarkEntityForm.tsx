import { useId, useMemo, useState } from 'react';
import { graphNames, matchName, sameNameElsewhere } from '../../model/ingest/handAdded';
import type { Review } from '../../model/ingest/review';
import type { TextRange } from '../../model/ingest/types';
import { NODE_TYPES, typeDescriptor, type NodeType } from '../../model/nodeTypes';
import { selectReadAgainst } from '../../state/ingestSlice';
import { useAppStore } from '../../state/store';
import { DateField } from './DateField';
import { LabelledSelect } from './LabelledSelect';

const TYPE_OPTIONS = NODE_TYPES.map((t) => [t, typeDescriptor(t).label] as const);

/** The kinds in use for a type, in the graph and in the review, for the kind field's suggestions. */
function useKinds(review: Review, type: NodeType): string[] {
  const base = useAppStore(selectReadAgainst);
  return useMemo(() => {
    const kinds = new Set<string>();
    base?.graph.forEachNode((_id, a) => {
      if (a.type === type && a.kind) kinds.add(a.kind);
    });
    for (const e of review.entities) if (e.type === type && e.kind) kinds.add(e.kind);
    return [...kinds].sort();
  }, [base, review.entities, type]);
}

/**
 * Marks the selected words as naming an entity. The name decides where they go: an entity of the
 * review or a node of the graph with that name (said before the words are added), or a new entity
 * of the type chosen here.
 */
export function MarkEntityForm({
  review,
  span,
  onDone,
}: {
  review: Review;
  span: TextRange;
  onDone(): void;
}) {
  const words = review.article.text.slice(span.start, span.end);
  const elsewhere = useMemo(() => sameNameElsewhere(review, span).length, [review, span]);
  const [name, setName] = useState(words.replace(/\s+/g, ' ').trim());
  const [type, setType] = useState<NodeType>('actor');
  const [kind, setKind] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const base = useAppStore(selectReadAgainst);
  const mark = useAppStore((s) => s.markWords);
  const kinds = useKinds(review, type);
  const kindList = useId();
  const match = useMemo(
    () => (base ? matchName(review, graphNames(base.graph), name) : ({ kind: 'new' } as const)),
    [base, review, name],
  );
  const submit = () => {
    const p = mark({ span, name, type, ...(kind ? { kind } : {}), ...(date ? { date } : {}) });
    setProblem(p);
    if (!p) onDone();
  };
  return (
    <form
      className="review-edit review-add-form"
      aria-label="Mark the words as an entity"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="review-quote">
        Words: <q>{words}</q>
        {elsewhere > 0 && (
          <span className="hint">
            {' '}
            and {elsewhere === 1 ? 'the one other place' : `the ${elsewhere} other places`} the article writes
            them
          </span>
        )}
      </p>
      <label>
        Name
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      {match.kind === 'new' ? (
        <>
          <p className="hint">A new entity.</p>
          <LabelledSelect
            label="Type"
            value={type}
            options={TYPE_OPTIONS}
            onChange={(t) => setType(t as NodeType)}
          />
          <label>
            Kind
            <input
              type="text"
              list={kindList}
              placeholder="optional: person, city, talks…"
              value={kind}
              onChange={(e) => setKind(e.target.value)}
            />
          </label>
          <datalist id={kindList}>
            {kinds.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
          {type === 'event' && <DateField value={date} onChange={setDate} optional />}
        </>
      ) : (
        <p className="hint" data-testid="mark-joins">
          Joins <strong>{match.entity.label}</strong> ({typeDescriptor(match.entity.type).label.toLowerCase()}
          {match.entity.kind ? ` · ${match.entity.kind}` : ''}),{' '}
          {match.kind === 'review' ? 'named in this article already' : 'already in the graph'}.
        </p>
      )}
      {problem && <p role="alert">Cannot mark: {problem}.</p>}
      <div className="review-actions">
        <button type="submit" className="accept">
          Mark
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
