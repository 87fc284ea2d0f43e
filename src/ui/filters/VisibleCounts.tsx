import { count } from '../count';
import type { Dataset } from '../../model/dataset';
import { selectIsFiltering, selectVisibility } from '../../state/filterSlice';
import { useAppStore } from '../../state/store';

/** "103 entities", or "41 / 103 entities" while filters are on; the same for relations. */
export function VisibleCounts({ dataset }: { dataset: Dataset }) {
  const visibility = useAppStore(selectVisibility);
  const filtering = useAppStore(selectIsFiltering);
  const shown = (visible: number | undefined, total: number, one: string, many?: string) =>
    filtering && visible !== undefined
      ? `${visible.toLocaleString('en')} / ${count(total, one, many)}`
      : count(total, one, many);
  return (
    <>
      <span data-testid="node-count">
        {shown(visibility?.nodes.size, dataset.graph.order, 'entity', 'entities')}
      </span>
      <span data-testid="edge-count">{shown(visibility?.edges.size, dataset.graph.size, 'relation')}</span>
    </>
  );
}
