import { useDeferredValue } from 'react';
import { useAppStore, selectDataset, selectSelection, selectTextSearch } from '../state/store';
import { NodeDetails } from './NodeDetails';
import { EdgeDetails } from './EdgeDetails';
import { Overview } from './Overview';
import { TextSearchResults } from './search/TextSearchResults';
import { selectPath } from '../state/focusSlice';
import { PathsPanel } from './paths/PathsPanel';
import { MarkedPanel } from './export/MarkedPanel';
import { selectMarked } from '../state/markedSlice';

/** The right-hand panel: the selected node or relation with its evidence, or the corpus overview. */
export function SidePanel() {
  const dataset = useAppStore(selectDataset);
  // The graph shows a click at once (Cytoscape, or the overlay at scale); the panel, which can list
  // hundreds of relations for a busy node, follows in a render of its own rather than holding up
  // that frame.
  const selection = useDeferredValue(useAppStore(selectSelection));
  const textSearch = useAppStore(selectTextSearch);
  const path = useAppStore(selectPath);
  const marked = useAppStore(selectMarked);
  if (!dataset) return null;
  // The Paths panel, while open, holds the panel: graph clicks pick its ends rather than select.
  if (path) return <PathsPanel dataset={dataset} ends={path} />;
  // Entities marked with shift-click or shift-drag: the group, and what to do with it.
  if (marked.size > 0) return <MarkedPanel dataset={dataset} />;
  if (selection?.kind === 'node' && dataset.graph.hasNode(selection.id)) {
    return <NodeDetails dataset={dataset} id={selection.id} />;
  }
  if (selection?.kind === 'edge' && dataset.graph.hasEdge(selection.id)) {
    return <EdgeDetails dataset={dataset} id={selection.id} />;
  }
  // Open article-search results stand in for the overview; a selection shows over them.
  if (textSearch !== null) return <TextSearchResults dataset={dataset} query={textSearch} />;
  return <Overview dataset={dataset} />;
}
