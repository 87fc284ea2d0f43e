import type { Dataset } from '../dataset';
import type { Visibility } from '../filters';
import { toGraphData } from '../formats/bundle';
import { toCitationsMarkdown } from './citations';
import { toCsvZip } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import type { Appearance } from './records';

/** Every export format, as the dialog lists them: images drawn by the view, data written here. */
export const EXPORT_FORMATS = [
  { id: 'png', kind: 'image', label: 'PNG image', ext: 'png', mime: 'image/png' },
  { id: 'svg', kind: 'image', label: 'SVG (vector)', ext: 'svg', mime: 'image/svg+xml' },
  { id: 'pdf', kind: 'image', label: 'PDF', ext: 'pdf', mime: 'application/pdf' },
  { id: 'json', kind: 'data', label: 'Dossier bundle (JSON)', ext: 'json', mime: 'application/json' },
  { id: 'gexf', kind: 'data', label: 'GEXF (Gephi)', ext: 'gexf', mime: 'application/gexf+xml' },
  {
    id: 'graphml',
    kind: 'data',
    label: 'GraphML (yEd, Cytoscape)',
    ext: 'graphml',
    mime: 'application/graphml+xml',
  },
  { id: 'csv', kind: 'data', label: 'CSV tables (zip)', ext: 'zip', mime: 'application/zip' },
  { id: 'citations', kind: 'data', label: 'Citations (Markdown)', ext: 'md', mime: 'text/markdown' },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportFormatId = ExportFormat['id'];
export type ImageFormatId = Extract<ExportFormat, { kind: 'image' }>['id'];
export type DataFormatId = Extract<ExportFormat, { kind: 'data' }>['id'];

export function exportFormat(id: ExportFormatId): ExportFormat {
  return EXPORT_FORMATS.find((f) => f.id === id)!;
}

export interface DataExportContext {
  /** The file name without its extension (names the tables inside the CSV zip). */
  baseName: string;
  /** What was exported, as the citation list's heading. */
  heading: string;
  look?: Appearance;
}

/** A data format's file contents for a scope. */
export function writeData(
  format: DataFormatId,
  dataset: Dataset,
  scope: Visibility,
  context: DataExportContext,
): string | Uint8Array {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toGraphData(dataset, scope, context.look?.position), null, 2)}\n`;
    case 'gexf':
      return toGexf(dataset, scope, context.look);
    case 'graphml':
      return toGraphml(dataset, scope, context.look);
    case 'csv':
      return toCsvZip(dataset, scope, context.baseName, context.look);
    case 'citations':
      return toCitationsMarkdown(dataset, scope, context.heading);
  }
}
