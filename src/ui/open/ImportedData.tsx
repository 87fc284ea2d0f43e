import { count } from '../count';
import { useId, useMemo } from 'react';
import type { Dataset } from '../../model/dataset';
import { FORMAT_NAMES } from '../../model/formats/importTypes';
import { columnOptions, withColumns } from '../../model/formats/retype';
import { selectImported } from '../../state/importSlice';
import { useAppStore } from '../../state/store';
import { IssueList } from './IssueList';
import { chooseColumns } from './openGraph';

const POSITIONS = {
  file: 'positions from the file',
  computed: 'laid out with ForceAtlas2 on opening (the file had no positions)',
  none: 'no positions',
};

/**
 * For an imported graph: where it came from, which columns give node types and relations (the
 * legend, filters and colours follow the choice), and what was skipped to open it.
 */
export function ImportedData({ dataset }: { dataset: Dataset }) {
  const imported = useAppStore(selectImported);
  const typeId = useId();
  const relationId = useId();
  const options = useMemo(() => columnOptions(dataset), [dataset]);
  if (!imported) return null;
  const { columns } = imported;
  const choose = (patch: Partial<typeof columns>) => chooseColumns({ ...columns, ...patch }, withColumns);
  return (
    <section aria-label="Imported data" className="imported-data">
      <p className="imported-summary">
        {FORMAT_NAMES[imported.format]} · {count(dataset.graph.order, 'node')} ·{' '}
        {count(dataset.graph.size, 'edge')} · {POSITIONS[imported.positions]}
      </p>
      <div className="column-choice">
        <label htmlFor={typeId}>Type from column</label>
        <select
          id={typeId}
          value={columns.typeColumn ?? ''}
          onChange={(e) => choose({ typeColumn: e.target.value || null })}
        >
          <option value="">(none: every node is “node”)</option>
          {options.node.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <label htmlFor={relationId}>Relation from column</label>
        <select
          id={relationId}
          value={columns.relationColumn ?? ''}
          onChange={(e) => choose({ relationColumn: e.target.value || null })}
        >
          <option value="">(none: “linked to”)</option>
          {options.edge.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      {options.node.length === 0 && (
        <p className="hint">No node column has few enough distinct values (at most 40) to serve as a type.</p>
      )}
      {imported.skipped.length > 0 && (
        <details className="skipped">
          <summary>
            {imported.skipped.length} {imported.skipped.length === 1 ? 'problem' : 'problems'} skipped when
            opening
          </summary>
          <IssueList issues={imported.skipped} max={30} />
        </details>
      )}
    </section>
  );
}
