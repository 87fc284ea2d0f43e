import type { Dataset } from '../../model/dataset';
import { FOCUS_DEPTHS, visibleNeighbours } from '../../model/neighbourhood';
import { selectVisibility } from '../../state/filterSlice';
import { selectDisplay, selectFocus, selectPinned } from '../../state/focusSlice';
import { useAppStore, type AppState } from '../../state/store';
import './focus.css';

/** Whether expanding a node would add to the focus: it, or one of its neighbours, is outside it. */
const expandable =
  (dataset: Dataset, id: string) =>
  (s: AppState): boolean => {
    const inside = selectDisplay(s)?.inside?.nodes;
    const visible = selectVisibility(s);
    if (!inside || !visible) return false;
    if (!inside.has(id)) return true;
    for (const n of visibleNeighbours(dataset.graph, visible, id)) if (!inside.has(n)) return true;
    return false;
  };

/**
 * What can be done with a node in the graph, under its name in the panel: focus on its neighbourhood
 * (1, 2 or 3 steps), expand a focus with its neighbours, pin it where it is, hide it, trace paths from it.
 */
export function NodeActions({ dataset, id }: { dataset: Dataset; id: string }) {
  const focus = useAppStore(selectFocus);
  const pinned = useAppStore(selectPinned).includes(id);
  const canExpand = useAppStore(expandable(dataset, id));
  const actions = useAppStore.getState();
  const depthHere = focus?.root === id ? focus.depth : null;
  return (
    <div className="node-actions">
      <div className="focus-depths" role="group" aria-label="Focus on neighbourhood">
        <span className="node-actions-label" aria-hidden="true">
          Focus
        </span>
        {FOCUS_DEPTHS.map((depth) => (
          <button
            key={depth}
            type="button"
            aria-pressed={depthHere === depth}
            title={`Show only what lies within ${depth} ${depth === 1 ? 'step' : 'steps'} of this entity`}
            onClick={() => actions.focusOn(id, depth)}
          >
            {depth} {depth === 1 ? 'step' : 'steps'}
          </button>
        ))}
      </div>
      <button
        type="button"
        title="Trace the shortest chains of relations to another entity"
        onClick={() => actions.openPaths(id)}
      >
        Find paths…
      </button>
      <div className="node-action-buttons">
        {focus && focus.root !== id && (
          <button
            type="button"
            disabled={!canExpand}
            title={
              canExpand
                ? 'Add its neighbours to the focus (or double-click it)'
                : 'Its neighbours are all shown'
            }
            onClick={() => actions.expandNode(id)}
          >
            Expand neighbours
          </button>
        )}
        <button
          type="button"
          title={pinned ? 'Let layouts move it again' : 'Keep it where it is: layouts leave it in place'}
          onClick={() => actions.togglePin(id)}
        >
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button
          type="button"
          title="Take it and its relations out of the graph"
          onClick={() => actions.hideNode(id)}
        >
          Hide from graph
        </button>
      </div>
    </div>
  );
}
