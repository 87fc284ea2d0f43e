import { useEffect, useRef } from 'react';
import type { Dataset } from '../model/dataset';
import { useAppStore } from '../state/store';
import { createGraphView, type GraphView } from '../view/graphView';

/**
 * Hosts the Cytoscape view: creates it once, feeds it the dataset and the selection, and turns its
 * clicks into store actions. No React render happens per element.
 */
export function GraphCanvas({ dataset }: { dataset: Dataset }) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<GraphView | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const v = createGraphView(container.current, {
      onSelect: (selection) => useAppStore.getState().select(selection),
    });
    view.current = v;
    // Selection changes reach Cytoscape directly, without re-rendering React.
    const unsubscribe = useAppStore.subscribe((state, prev) => {
      if (state.selection !== prev.selection) v.setSelection(state.selection);
    });
    return () => {
      unsubscribe();
      v.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.setDataset(dataset);
    v.setSelection(useAppStore.getState().selection);
  }, [dataset]);

  return (
    <>
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      <div className="graph-controls">
        <button type="button" onClick={() => view.current?.fit()} title="Fit the whole graph in view">
          Fit
        </button>
      </div>
    </>
  );
}
