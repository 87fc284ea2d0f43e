import type { Dataset } from '../../model/dataset';
import type { PathEnds } from '../../state/focusSlice';
import { useAppStore } from '../../state/store';
import { EntityPicker } from './EntityPicker';
import { PathResults } from './PathResults';
import './paths.css';

/**
 * The side panel's Paths view: two entity pickers and every shortest path between them, highlighted
 * in the graph. While it is open a click on a node in the graph sets the target.
 */
export function PathsPanel({ dataset, ends }: { dataset: Dataset; ends: PathEnds }) {
  const state = useAppStore.getState();
  const swap = () => {
    state.setPathEnd('from', ends.to);
    state.setPathEnd('to', ends.from);
  };
  return (
    <article className="details paths-panel" aria-labelledby="paths-title">
      <header className="details-header paths-header">
        <p className="details-type">Paths</p>
        <h2 id="paths-title">How are they connected?</h2>
        <button type="button" className="paths-close" onClick={() => state.closePaths()}>
          Close paths
        </button>
        <div className="path-ends">
          <EntityPicker
            dataset={dataset}
            label="From"
            value={ends.from}
            focusFirst={!ends.from}
            onChange={(id) => state.setPathEnd('from', id)}
          />
          <button
            type="button"
            className="path-swap"
            aria-label="Swap the ends"
            title="Swap the ends"
            disabled={!ends.from || !ends.to}
            onClick={swap}
          >
            ⇄
          </button>
          <EntityPicker
            dataset={dataset}
            label="To"
            value={ends.to}
            focusFirst={!!ends.from && !ends.to}
            onChange={(id) => state.setPathEnd('to', id)}
          />
        </div>
        <p className="hint">Or click an entity in the graph to make it the target.</p>
      </header>
      <PathResults dataset={dataset} />
    </article>
  );
}
