import { useMemo, useState } from 'react';
import type { Dataset } from '../../model/dataset';
import { typeDescriptor } from '../../model/nodeTypes';
import { formatIsoDate } from '../../model/dates';
import { useAppStore, selectSelect, selectSelection } from '../../state/store';
import { TypeSwatch } from '../Legend';
import './listView.css';

type Tab = 'entities' | 'relations';

/**
 * Rows drawn per table. A large graph's list would otherwise mount tens of thousands of rows at
 * once (seconds of React work, a page too long to use); past this the table says how many it
 * shows and how to narrow it.
 */
export const LIST_ROW_CAP = 500;

export interface GraphListViewProps {
  dataset: Dataset;
  /** The nodes and edges currently visible in the graph (after filters and focus); all when absent. */
  visible?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
}

/**
 * The visible graph as two tables, entities and relations: the same information as the canvas in
 * a form a keyboard and a screen reader can walk. Activating a row selects its element.
 */
export function GraphListView({ dataset, visible }: GraphListViewProps) {
  const [tab, setTab] = useState<Tab>('entities');
  const select = useAppStore(selectSelect);
  const selection = useAppStore(selectSelection);
  const { graph } = dataset;

  const nodes = useMemo(
    () =>
      graph
        .filterNodes((id) => !visible || visible.nodes.has(id))
        .sort(
          (a, b) =>
            graph.degree(b) - graph.degree(a) ||
            graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
        ),
    [graph, visible],
  );
  const edges = useMemo(() => graph.filterEdges((id) => !visible || visible.edges.has(id)), [graph, visible]);
  const label = (id: string) => graph.getNodeAttribute(id, 'label');

  return (
    <section className="list-view" aria-label="Graph as a list">
      <div role="tablist" aria-label="List contents" className="list-tabs">
        {(['entities', 'relations'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`list-tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`list-panel-${t}`}
            onClick={() => setTab(t)}
          >
            {t === 'entities' ? `Entities (${nodes.length})` : `Relations (${edges.length})`}
          </button>
        ))}
      </div>
      {tab === 'entities' ? (
        <div
          role="tabpanel"
          id="list-panel-entities"
          aria-labelledby="list-tab-entities"
          className="list-panel"
        >
          <table>
            <TableHead
              caption="Entities in the graph, most connected first"
              columns={['Entity', 'Type', 'Kind', 'Date', 'Relations']}
            />
            <tbody>
              {nodes.slice(0, LIST_ROW_CAP).map((id) => {
                const a = graph.getNodeAttributes(id);
                const current = selection?.kind === 'node' && selection.id === id;
                return (
                  <tr key={id} aria-current={current || undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="entity-link"
                        onClick={() => select({ kind: 'node', id })}
                      >
                        <TypeSwatch type={a.type} />
                        {a.label}
                      </button>
                    </th>
                    <td>{typeDescriptor(a.type).label}</td>
                    <td>{a.kind ?? ''}</td>
                    <td>{a.date ? <time dateTime={a.date}>{formatIsoDate(a.date)}</time> : ''}</td>
                    <td className="numeric">{graph.degree(id)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <CapNote
            shown={Math.min(nodes.length, LIST_ROW_CAP)}
            total={nodes.length}
            what="entities, most connected first"
          />
        </div>
      ) : (
        <div
          role="tabpanel"
          id="list-panel-relations"
          aria-labelledby="list-tab-relations"
          className="list-panel"
        >
          <table>
            <TableHead
              caption="Relations in the graph: source, relation, target"
              columns={['Source', 'Relation', 'Target', 'Date', 'Passages']}
            />
            <tbody>
              {edges.slice(0, LIST_ROW_CAP).map((id) => {
                const a = graph.getEdgeAttributes(id);
                const current = selection?.kind === 'edge' && selection.id === id;
                return (
                  <tr key={id} aria-current={current || undefined}>
                    <td>{label(graph.source(id))}</td>
                    <th scope="row">
                      <button
                        type="button"
                        className="relation-link-button"
                        onClick={() => select({ kind: 'edge', id })}
                      >
                        {a.relation}
                        {a.modality ? ` (${a.modality})` : ''}
                      </button>
                    </th>
                    <td>{label(graph.target(id))}</td>
                    <td>{a.date ? <time dateTime={a.date}>{formatIsoDate(a.date)}</time> : ''}</td>
                    <td className="numeric">{a.evidence.length}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <CapNote shown={Math.min(edges.length, LIST_ROW_CAP)} total={edges.length} what="relations" />
        </div>
      )}
    </section>
  );
}

/** Says that a table shows only its first rows, and how to see others. */
function CapNote({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (shown >= total) return null;
  return (
    <p className="list-cap" role="note">
      Showing the first {shown.toLocaleString('en')} of {total.toLocaleString('en')} {what}. Filters, a focus
      or search narrow the list.
    </p>
  );
}

/** A table's hidden caption (for screen readers) and its column headers. */
function TableHead({ caption, columns }: { caption: string; columns: readonly string[] }) {
  return (
    <>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
