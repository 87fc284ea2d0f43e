import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../dataset';
import type { Visibility } from '../filters';
import { columnsOf, edgeRecord, nodeRecord, type Appearance, type FlatRecord } from './records';

/** Joins the passages of one relation in a CSV cell: spreadsheets show them one per line. */
export const CSV_LIST_SEPARATOR = '\n';

function unparse(records: FlatRecord[], first: string[]): string {
  const fields = columnsOf(records, first);
  // escapeFormulae: a label such as "=HYPERLINK(...)" is text, not a formula, in a spreadsheet.
  return Papa.unparse(
    { fields, data: records.map((r) => fields.map((f) => r[f] ?? '')) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** One row per node of the scope: id, label, type, the model's fields, the file's own attributes. */
export function toNodesCsv(dataset: Dataset, scope: Visibility, look: Appearance = {}): string {
  const records = dataset.graph
    .filterNodes((id) => scope.nodes.has(id))
    .map((id) => ({ id, ...nodeRecord(dataset, id, look) }));
  return unparse(records, ['id', 'label', 'type']);
}

/**
 * One row per relation of the scope, both ends by id and label, with its passages (`quotes`, the
 * exact quoted words, one per line) and the article of each (`articles`, in the same order).
 * Relations imported without provenance have `evidence` 0 and empty quote cells.
 */
export function toEdgesCsv(dataset: Dataset, scope: Visibility): string {
  const { graph } = dataset;
  const records = graph
    .filterEdges((id, _a, s, t) => scope.edges.has(id) && scope.nodes.has(s) && scope.nodes.has(t))
    .map((id) => {
      const [s, t] = [graph.source(id), graph.target(id)];
      return {
        id,
        source: s,
        target: t,
        source_label: graph.getNodeAttribute(s, 'label'),
        target_label: graph.getNodeAttribute(t, 'label'),
        directed: !graph.getEdgeAttribute(id, 'undirected'),
        ...edgeRecord(dataset, id, CSV_LIST_SEPARATOR),
      };
    });
  return unparse(records, [
    'id',
    'source',
    'target',
    'source_label',
    'relation',
    'target_label',
    'directed',
    'date',
    'modality',
    'evidence',
    'quotes',
    'articles',
  ]);
}

/** Both tables in one zip, `<base>-nodes.csv` and `<base>-edges.csv`, so one download holds them. */
export function toCsvZip(
  dataset: Dataset,
  scope: Visibility,
  base: string,
  look: Appearance = {},
): Uint8Array {
  // A byte-order mark, so spreadsheet programs read the UTF-8 names and quotes as UTF-8.
  const bom = '\uFEFF';
  return zipSync({
    [`${base}-nodes.csv`]: strToU8(bom + toNodesCsv(dataset, scope, look)),
    [`${base}-edges.csv`]: strToU8(bom + toEdgesCsv(dataset, scope)),
  });
}
