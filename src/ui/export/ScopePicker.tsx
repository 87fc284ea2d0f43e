import { EXPORT_SCOPES, type ExportScopeKind } from '../../model/export/scope';
import type { ExportScope } from './useExportScopes';

const SCOPE_LABELS: Record<ExportScopeKind, string> = {
  view: 'Current view',
  selection: 'Selection',
  whole: 'Whole graph',
};

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The three scopes with what each holds; the selection is offered only when there is one. */
export function ScopePicker({
  scopes,
  value,
  onChange,
}: {
  scopes: Record<ExportScopeKind, ExportScope>;
  value: ExportScopeKind;
  onChange: (kind: ExportScopeKind) => void;
}) {
  return (
    <fieldset className="export-scopes">
      <legend>What to export</legend>
      {EXPORT_SCOPES.map((kind) => {
        const { nodes, edges } = scopes[kind].elements;
        const none = kind === 'selection' && nodes.size === 0;
        return (
          <label key={kind} className={none ? 'disabled' : undefined}>
            <input
              type="radio"
              name="export-scope"
              value={kind}
              checked={value === kind}
              disabled={none}
              onChange={() => onChange(kind)}
            />
            {SCOPE_LABELS[kind]}
            <span className="export-count">
              {none
                ? 'shift-click or shift-drag to select entities'
                : `${count(nodes.size, 'entity', 'entities')}, ${count(edges.size, 'relation', 'relations')}`}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
