import { useId } from 'react';
import { SIZE_METRIC_DESCRIPTORS, SIZE_METRICS, isSizeMetric, unavailableMetric } from '../../model/metrics';
import { isLayoutId, type LayoutId } from '../../model/viewSettings';
import { selectDataset, selectLayout, selectSizeBy, useAppStore } from '../../state/store';
import { unavailableLayout } from '../../view/scale';
import { LAYOUT_LIST, LAYOUTS } from '../../view/layouts/registry';

/** The "Layout" and "Size by" selects, and a button to run the layout again. */
export function ViewSettingsControls({ onRerun }: { onRerun(layout: LayoutId): void }) {
  const layout = useAppStore(selectLayout);
  const sizeBy = useAppStore(selectSizeBy);
  // Large graphs (view/scale.ts) are not offered what would freeze the page for long.
  const graph = useAppStore(selectDataset)?.graph ?? { order: 0, size: 0 };
  // Labels point at their selects (rather than wrap them) so the select's name is just "Layout".
  const layoutId = useId();
  const sizeById = useId();
  return (
    <>
      <span className="toolbar-cluster">
        <span className="toolbar-field">
          <label htmlFor={layoutId}>Layout</label>
          <select
            id={layoutId}
            value={layout}
            title={LAYOUTS[layout].description}
            onChange={(e) => {
              if (isLayoutId(e.target.value)) useAppStore.getState().setLayout(e.target.value);
            }}
          >
            {LAYOUT_LIST.map((d) => {
              const why = unavailableLayout(graph.order, graph.size, d.id);
              return (
                <option key={d.id} value={d.id} title={why ?? d.description} disabled={why !== null}>
                  {d.label}
                </option>
              );
            })}
          </select>
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label="Re-run layout"
          title="Run the layout again (a hierarchy then starts from the current selection)"
          onClick={() => onRerun(layout)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M13 8a5 5 0 1 1-1.6-3.7" />
            <path d="M13.2 2.2v3h-3" />
          </svg>
        </button>
      </span>
      <span className="toolbar-field">
        <label htmlFor={sizeById}>Size by</label>
        <select
          id={sizeById}
          value={sizeBy}
          title={SIZE_METRIC_DESCRIPTORS[sizeBy].description}
          onChange={(e) => {
            if (isSizeMetric(e.target.value)) useAppStore.getState().setSizeBy(e.target.value);
          }}
        >
          {SIZE_METRICS.map((m) => {
            const why = unavailableMetric(graph, m);
            return (
              <option
                key={m}
                value={m}
                title={why ?? SIZE_METRIC_DESCRIPTORS[m].description}
                disabled={why !== null}
              >
                {SIZE_METRIC_DESCRIPTORS[m].label}
              </option>
            );
          })}
        </select>
      </span>
    </>
  );
}
