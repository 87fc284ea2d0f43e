import type { Dataset } from '../dataset';
import type { Visibility } from '../filters';
import { induced } from '../neighbourhood';

/** What an export holds: the whole graph, what the canvas shows now, or the nodes the person marked. */
export const EXPORT_SCOPES = ['view', 'selection', 'whole'] as const;
export type ExportScopeKind = (typeof EXPORT_SCOPES)[number];

export interface ScopeInputs {
  dataset: Dataset;
  /** What the canvas draws (filters, hidden nodes and focus applied); null: everything. */
  shown: Visibility | null;
  /** The multi-selection (node ids). */
  marked: ReadonlySet<string>;
}

function wholeGraph(dataset: Dataset): Visibility {
  return { nodes: new Set(dataset.graph.nodes()), edges: new Set(dataset.graph.edges()) };
}

/**
 * The nodes and edges of a scope. The selection is the marked nodes that are shown and the shown
 * relations among them: an export of a selection holds what the person sees of it.
 */
export function scopeElements(kind: ExportScopeKind, inputs: ScopeInputs): Visibility {
  const { dataset, shown, marked } = inputs;
  const all = shown ?? wholeGraph(dataset);
  if (kind === 'whole') return wholeGraph(dataset);
  if (kind === 'view') return all;
  return induced(dataset.graph, all, marked);
}
