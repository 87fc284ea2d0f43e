import type { Dataset } from '../../model/dataset';
import { typeDescriptor } from '../../model/nodeTypes';
import { selectMarked } from '../../state/markedSlice';
import { useAppStore } from '../../state/store';
import { TypeSwatch } from '../Legend';
import './export.css';

/**
 * The side panel while entities are marked (shift-click, shift-drag): which ones, how they are
 * related, and what to do with them. Each name selects that entity alone.
 */
export function MarkedPanel({ dataset }: { dataset: Dataset }) {
  const marked = useAppStore(selectMarked);
  const { graph } = dataset;
  const ids = [...marked].filter((id) => graph.hasNode(id));
  const among = graph.filterEdges((_e, _a, s, t) => marked.has(s) && marked.has(t)).length;
  const byName = ids.sort((a, b) =>
    graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
  );
  return (
    <article className="details marked-panel" aria-labelledby="marked-title">
      <header className="details-header">
        <h2 id="marked-title">
          {ids.length} {ids.length === 1 ? 'entity' : 'entities'} selected
        </h2>
        <p className="provenance-summary">
          {among === 0
            ? 'No relations among them.'
            : `${among} relation${among === 1 ? '' : 's'} among them.`}{' '}
          Shift-click to add or remove one, shift-drag to add a group, Esc to clear.
        </p>
        <div className="marked-actions">
          <button
            type="button"
            className="primary"
            onClick={() => useAppStore.getState().openExport('selection')}
          >
            Export…
          </button>
          <button type="button" onClick={() => useAppStore.getState().clearMarked()}>
            Clear selection
          </button>
        </div>
      </header>
      <ul className="marked-list" aria-label="Selected entities">
        {byName.map((id) => {
          const attrs = graph.getNodeAttributes(id);
          return (
            <li key={id}>
              <TypeSwatch type={attrs.type} />
              <button
                type="button"
                className="link-button"
                title={`Show ${attrs.label} alone`}
                onClick={() => useAppStore.getState().clickSelect({ kind: 'node', id })}
              >
                {attrs.label}
              </button>
              <span className="marked-type">{typeDescriptor(attrs.type).label}</span>
              <button
                type="button"
                className="marked-remove"
                aria-label={`Remove ${attrs.label} from the selection`}
                onClick={() => useAppStore.getState().toggleMarked(id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
