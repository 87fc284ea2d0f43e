import type { KnowledgeGraph } from '../model/dataset';
import { useAppStore, selectSelect } from '../state/store';
import { TypeSwatch } from './Legend';

/** A button that selects a node in the graph, shown with its type marker. */
export function EntityLink({ graph, id }: { graph: KnowledgeGraph; id: string }) {
  const select = useAppStore(selectSelect);
  const attrs = graph.getNodeAttributes(id);
  return (
    <button type="button" className="entity-link" onClick={() => select({ kind: 'node', id })}>
      <TypeSwatch type={attrs.type} />
      {attrs.label}
    </button>
  );
}
