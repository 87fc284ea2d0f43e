import { useAppStore, selectDataset, selectSelection } from '../state/store';
import { NodeDetails } from './NodeDetails';
import { EdgeDetails } from './EdgeDetails';
import { Overview } from './Overview';

/** The right-hand panel: the selected node or relation with its evidence, or the corpus overview. */
export function SidePanel() {
  const dataset = useAppStore(selectDataset);
  const selection = useAppStore(selectSelection);
  if (!dataset) return null;
  if (selection?.kind === 'node' && dataset.graph.hasNode(selection.id)) {
    return <NodeDetails dataset={dataset} id={selection.id} />;
  }
  if (selection?.kind === 'edge' && dataset.graph.hasEdge(selection.id)) {
    return <EdgeDetails dataset={dataset} id={selection.id} />;
  }
  return <Overview dataset={dataset} />;
}
