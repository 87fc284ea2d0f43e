import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '../model/dataset';
import { selectAwaitedGraph, useAppStore } from '../state/store';
import { bindFocus, showFocusState } from './focus/bindFocus';
import { bindNotes, showNotes } from './notes/bindNotes';
import { routeGraphClick } from './paths/routeGraphClick';
import { createGraphView, type GraphView } from '../view/graphView';
import { GraphToolbar } from './toolbar/GraphToolbar';
import { commandTargets, setGraphView } from './commands/commandTargets';
import { bindViewSettings } from './toolbar/bindViewSettings';

/**
 * Hosts the Cytoscape view: creates it once, feeds it the dataset and the selection, and turns its
 * clicks into store actions. No React render happens per element.
 */
export function GraphCanvas({ dataset }: { dataset: Dataset }) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<GraphView | null>(null);
  const [adding, setAdding] = useState<{ added: number; total: number } | null>(null);
  // Until a first graph is drawn, a graph being opened (from `?graph=` at start-up) is waited for
  // rather than drawing the bundled corpus only to replace it.
  const opening = useAppStore((s) => s.importProgress !== null);
  const awaited = useAppStore(selectAwaitedGraph) !== null;
  const drawn = useRef<Dataset | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const v = createGraphView(container.current, {
      // A plain click ends the multi-selection, then does what it always did.
      onSelect: (selection) => {
        useAppStore.getState().clearMarked();
        routeGraphClick(selection);
      },
      onExpand: (id) => useAppStore.getState().expandNode(id),
      onToggleMark: (id) => useAppStore.getState().toggleMarked(id),
      onBoxMark: (ids) => useAppStore.getState().addMarked(ids),
      onLoading: setAdding,
    });
    view.current = v;
    setGraphView(v);
    const unbindSettings = bindViewSettings(v);
    // Filters, hidden nodes, focus, paths and pins (the one composed display).
    const unbindFocus = bindFocus(v);
    const unbindNotes = bindNotes(v);
    // Selection changes reach Cytoscape directly, without re-rendering React.
    const unsubscribe = useAppStore.subscribe((state, prev) => {
      if (state.selection !== prev.selection) v.setSelection(state.selection);
      if (state.marked !== prev.marked) v.setMarked(state.marked);
    });
    return () => {
      unsubscribe();
      unbindSettings();
      unbindFocus();
      unbindNotes();
      v.destroy();
      view.current = null;
      if (commandTargets.view === v) commandTargets.view = null;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || drawn.current === dataset || (opening && drawn.current === null)) return;
    drawn.current = dataset;
    v.setDataset(dataset);
    useAppStore.getState().setGraphDrawn();
    // Marks name nodes of the graph that was shown before.
    useAppStore.getState().clearMarked();
    showFocusState(v);
    showNotes(v);
    v.setSelection(useAppStore.getState().selection);
  }, [dataset, opening]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-adding={adding ? 'true' : undefined}
      />
      {adding && (
        <p className="graph-adding" role="status">
          Drawing the graph: {Math.round((100 * adding.added) / adding.total)}% of{' '}
          {adding.total.toLocaleString('en')} nodes and relations
        </p>
      )}
      {/* The stand-in graph's layout and sizing are not the awaited graph's: no toolbar until it comes. */}
      {!awaited && <GraphToolbar view={view} />}
    </>
  );
}
