import { useMemo } from 'react';
import type { KnowledgeGraph } from '../../model/dataset';
import { useAppStore, selectSelection } from '../../state/store';

/** The entities the graph selection is about: the node, or both ends of the relation. */
export function useSelectedEntities(graph: KnowledgeGraph): ReadonlySet<string> {
  const selection = useAppStore(selectSelection);
  return useMemo(() => {
    if (selection?.kind === 'node') return new Set([selection.id]);
    if (selection?.kind === 'edge' && graph.hasEdge(selection.id)) {
      return new Set(graph.extremities(selection.id));
    }
    return new Set<string>();
  }, [graph, selection]);
}
