import { count } from '../count';
import { useId } from 'react';
import { FOCUS_DEPTHS, FOCUS_MODES, type FocusDepth } from '../../model/neighbourhood';
import { selectDisplay, selectFocus, selectFocusMode } from '../../state/focusSlice';
import { selectDataset, useAppStore, type AppState } from '../../state/store';
import './focus.css';

const MODE_LABELS = { hide: 'Hide', fade: 'Fade' } as const;
const selectHiddenCount = (s: AppState) => s.filters.hiddenNodes.size;
const isDepth = (n: number): n is FocusDepth => (FOCUS_DEPTHS as readonly number[]).includes(n);

/**
 * The chip over the graph that says how it is narrowed: "Focused on Kim Jong Un · depth 2 · 61 of
 * 103 entities", entities hidden one by one, what happens to the rest (hidden or faded), and
 * "Show all" to get the whole graph back. Absent while nothing is narrowed that way.
 */
export function FocusBanner() {
  const dataset = useAppStore(selectDataset);
  const focus = useAppStore(selectFocus);
  const mode = useAppStore(selectFocusMode);
  const inside = useAppStore((s) => selectDisplay(s)?.inside?.nodes.size ?? 0);
  const hidden = useAppStore(selectHiddenCount);
  const depthId = useId();
  if (!dataset || (!focus && hidden === 0)) return null;
  const actions = useAppStore.getState();
  const { graph } = dataset;
  const root = focus && graph.hasNode(focus.root) ? graph.getNodeAttribute(focus.root, 'label') : null;
  const expanded = focus?.expanded.length ?? 0;

  return (
    <section className="focus-banner" aria-label="Focus">
      <p className="focus-summary" data-testid="focus-summary" aria-live="polite">
        {focus && root !== null ? (
          <>
            Focused on <strong>{root}</strong> · depth {focus.depth}
            {expanded > 0 && ` · ${expanded} expanded`} · {inside} of{' '}
            {count(graph.order, 'entity', 'entities')}
            {hidden > 0 && ` · ${hidden} hidden`}
          </>
        ) : (
          `${hidden} ${hidden === 1 ? 'entity' : 'entities'} hidden`
        )}
      </p>
      {focus && (
        <>
          <span className="focus-field">
            <label htmlFor={depthId}>Depth</label>
            <select
              id={depthId}
              value={focus.depth}
              onChange={(e) => {
                const depth = Number(e.target.value);
                if (isDepth(depth)) actions.focusOn(focus.root, depth);
              }}
            >
              {FOCUS_DEPTHS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </span>
          <span className="focus-modes" role="radiogroup" aria-label="Rest of the graph">
            <span className="focus-modes-label" aria-hidden="true">
              Rest
            </span>
            {FOCUS_MODES.map((m) => (
              <label key={m} className={m === mode ? 'is-checked' : undefined}>
                <input
                  type="radio"
                  name={`${depthId}-mode`}
                  value={m}
                  checked={m === mode}
                  onChange={() => actions.setFocusMode(m)}
                />
                {MODE_LABELS[m]}
              </label>
            ))}
          </span>
        </>
      )}
      <button type="button" className="focus-show-all" onClick={() => actions.showAll()}>
        Show all
      </button>
    </section>
  );
}
