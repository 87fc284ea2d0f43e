import { useMemo } from 'react';
import type { Dataset } from '../../model/dataset';
import type { Visibility } from '../../model/filters';
import type { ScopeName } from '../../model/export/fileName';
import { scopeElements, type ExportScopeKind } from '../../model/export/scope';
import { selectFocus } from '../../state/focusSlice';
import { selectIsFiltering } from '../../state/filterSlice';
import { selectMarked } from '../../state/markedSlice';
import { useAppStore } from '../../state/store';
import { useVisibleGraph } from '../useVisibleGraph';

export interface ExportScope {
  kind: ExportScopeKind;
  elements: Visibility;
  /** What the file name says it holds. */
  name: ScopeName;
  /** What the citation list's heading says it holds. */
  heading: string;
}

const listed = (labels: string[]) =>
  labels.length <= 4 ? labels.join(', ') : `${labels.slice(0, 3).join(', ')} and ${labels.length - 3} more`;

/** The three scopes an export can hold, as they are now. */
export function useExportScopes(dataset: Dataset): Record<ExportScopeKind, ExportScope> {
  const shown = useVisibleGraph();
  const marked = useAppStore(selectMarked);
  const focus = useAppStore(selectFocus);
  const filtered = useAppStore(selectIsFiltering);
  return useMemo(() => {
    const { graph } = dataset;
    const title = dataset.title ?? 'Graph';
    const inputs = { dataset, shown, marked };
    const label = (id: string) => graph.getNodeAttribute(id, 'label');
    const focusLabel = focus && graph.hasNode(focus.root) ? label(focus.root) : undefined;
    const selection = scopeElements('selection', inputs);
    const labels = [...selection.nodes].map(label);
    return {
      view: {
        kind: 'view',
        elements: scopeElements('view', inputs),
        name: { kind: 'view', filtered, ...(focusLabel === undefined ? {} : { focus: focusLabel }) },
        heading:
          focusLabel !== undefined
            ? `${title}: the neighbourhood of ${focusLabel}`
            : `${title}${filtered ? ': filtered view' : ''}`,
      },
      selection: {
        kind: 'selection',
        elements: selection,
        name: { kind: 'selection', labels },
        heading: `${title}: ${listed(labels)}`,
      },
      whole: {
        kind: 'whole',
        elements: scopeElements('whole', inputs),
        name: { kind: 'whole' },
        heading: title,
      },
    };
  }, [dataset, shown, marked, focus, filtered]);
}
