import type { Dataset } from '../../model/dataset';
import { selectIsFiltering, selectVisibility } from '../../state/filterSlice';
import { useAppStore } from '../../state/store';

/** "103 entities", or "41 / 103 entities" while filters are on; the same for relations. */
export function VisibleCounts({ dataset }: { dataset: Dataset }) {
  const visibility = useAppStore(selectVisibility);
  const filtering = useAppStore(selectIsFiltering);
  const count = (visible: number | undefined, total: number) =>
    filtering && visible !== undefined ? `${visible} / ${total}` : `${total}`;
  return (
    <>
      <span data-testid="node-count">{count(visibility?.nodes.size, dataset.graph.order)} entities</span>
      <span data-testid="edge-count">{count(visibility?.edges.size, dataset.graph.size)} relations</span>
    </>
  );
}
