import type { Review } from '../../model/ingest/review';
import type { LinkReason } from '../../model/ingest/types';
import { useAppStore } from '../../state/store';

const WHY: Partial<Record<LinkReason, string>> = {
  variant: 'another spelling',
  surname: 'surname after the full name',
  metonym: 'stands for the state',
  apposition: 'described beside the name',
  description: 'described as the graph describes it',
  reference: 'refers back to it',
};
/** A mention linked by a guess: not the exact name, not new, not marked by the reviewer. */
const guessed = (reason: LinkReason) => WHY[reason] !== undefined;

/** Mentions linked to existing nodes by a guess (not an exact name), each merge reversible. */
export function MergeList({ review }: { review: Review }) {
  const toggle = useAppStore((s) => s.toggleUnlink);
  const merges = review.entities.filter((e) => e.existing && e.mentions.some((m) => guessed(m.reason)));
  if (merges.length === 0) return null;
  return (
    <section className="review-merges" aria-label="Merges with existing entities">
      <h3>Merged with existing entities</h3>
      <ul>
        {merges.map((e) => {
          const guesses = e.mentions.filter((m) => guessed(m.reason));
          const separate = review.unlinked.includes(e.id);
          return (
            <li key={e.id}>
              {[...new Set(guesses.map((m) => `“${m.text}” (${WHY[m.reason]})`))].join(', ')} →{' '}
              <strong>{e.label}</strong>{' '}
              <button type="button" onClick={() => toggle(e.id)} aria-pressed={separate}>
                {separate ? 'Merge again' : 'Keep separate'}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
