import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import type { CandidateMark } from '../../model/text/sourceSegments';
import { useAppStore } from '../../state/store';
import { nextCandidate, showCandidate } from '../ingest/showCandidate';
import { useTypeStyle } from '../useNodeTypes';

const STATUS: Record<CandidateMark['status'], string> = {
  pending: 'to review',
  accepted: 'accepted',
  rejected: 'rejected',
};

function markName(mark: CandidateMark): string {
  const what =
    mark.kind === 'entity' ? 'entity candidate' : `relation candidate${mark.ids.length > 1 ? 's' : ''}`;
  return `${mark.label}: ${what}, ${STATUS[mark.status]}`;
}

/**
 * A candidate in the article under review: an entity's name or the words of a relation. Clicking
 * it picks the candidate in the review list (a mark of several relations picks the next each time);
 * an entity already in the graph is selected there too, as a name in any article is.
 */
export const CandidateMarkView = memo(function CandidateMarkView({
  mark,
  node,
  type,
  children,
  selected,
}: {
  mark: CandidateMark;
  /** The graph id the entity takes (or would take). */
  node: string;
  type: string;
  children: string;
  selected: boolean;
}) {
  const typeColor = useTypeStyle(type).color;
  const focused = useAppStore(
    (s) => s.reviewFocus !== null && s.reviewFocus.kind === mark.kind && mark.ids.includes(s.reviewFocus.id),
  );
  const pick = () => {
    const s = useAppStore.getState();
    if (mark.kind === 'relation') {
      const id = nextCandidate(mark.ids, s.reviewFocus);
      if (id) showCandidate({ kind: 'relation', id });
      return;
    }
    const id = mark.ids[0];
    if (id) showCandidate({ kind: 'entity', id });
    if (s.dataset?.graph.hasNode(node)) s.select({ kind: 'node', id: node });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault(); // Space would scroll the article
    pick();
  };
  const classes = [
    'candidate-mark',
    `kind-${mark.kind}`,
    `status-${mark.status}`,
    focused ? 'is-focused' : '',
    selected ? 'is-selected' : '',
  ];
  return (
    <span
      role="button"
      tabIndex={0}
      className={classes.filter(Boolean).join(' ')}
      style={mark.kind === 'entity' ? ({ '--type-color': typeColor } as CSSProperties) : undefined}
      aria-label={markName(mark)}
      aria-pressed={focused}
      title={markName(mark)}
      data-candidates={JSON.stringify(mark.ids)}
      data-status={mark.status}
      onClick={pick}
      onKeyDown={onKeyDown}
    >
      {children}
    </span>
  );
});
