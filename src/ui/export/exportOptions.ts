import type { Dataset } from '../../model/dataset';
import { exportFileName } from '../../model/export/fileName';
import { exportFormat, writeData, type ExportFormatId, type ImageFormatId } from '../../model/export/formats';
import { imageExtras } from '../../model/export/extras';
import type { SizeChoice } from '../../model/export/imageSize';
import { nodeTypesOf } from '../../model/nodeTypes';
import { canvasAppearance } from '../../view/export/appearance';
import type { ExportBackground } from '../../view/export/exportInstance';
import { renderImage, type ImagePlan, type ImageRequest } from '../../view/export/renderImage';
import type { GraphView } from '../../view/graphView';
import type { ExportScope } from './useExportScopes';

export const SCALES = [1, 2, 3, 4] as const;

/** What the dialog asks; kept between openings, so the next export starts where the last one was. */
export interface ExportOptions {
  format: ExportFormatId;
  sizeMode: 'scale' | 'width';
  scale: (typeof SCALES)[number];
  width: number;
  background: ExportBackground;
  legend: boolean;
  caption: boolean;
  /** Relation labels; null: drawn when the scope has at most AUTO_EDGE_LABELS relations. */
  edgeLabels: boolean | null;
}

export const DEFAULT_OPTIONS: ExportOptions = {
  format: 'png',
  sizeMode: 'scale',
  scale: 2,
  width: 2000,
  background: 'light',
  legend: true,
  caption: true,
  edgeLabels: null,
};

/** More relation labels than this pile up over a picture. */
export const AUTO_EDGE_LABELS = 60;
export const MIN_WIDTH = 100;

export const isImage = (format: ExportFormatId): format is ImageFormatId =>
  exportFormat(format).kind === 'image';

export function edgeLabelsOn(options: ExportOptions, scope: ExportScope): boolean {
  return options.edgeLabels ?? scope.elements.edges.size <= AUTO_EDGE_LABELS;
}

export function imageRequest(dataset: Dataset, scope: ExportScope, options: ExportOptions): ImageRequest {
  const size: SizeChoice =
    options.sizeMode === 'width'
      ? { kind: 'width', width: Math.max(MIN_WIDTH, options.width || MIN_WIDTH) }
      : { kind: 'scale', scale: options.scale };
  return {
    graph: dataset.graph,
    scope: scope.elements,
    types: nodeTypesOf(dataset.graph),
    extras: imageExtras(dataset, scope.elements, { legend: options.legend, caption: options.caption }),
    // A PDF page has no transparency worth having: it is printed on white.
    background:
      options.format === 'pdf' && options.background === 'transparent' ? 'light' : options.background,
    edgeLabels: edgeLabelsOn(options, scope),
    size,
    // A PNG's labels must be readable at its size; a vector picture's at its own units (it zooms).
    readableAt: options.format === 'png' ? size : { kind: 'scale', scale: 1 },
  };
}

export function fileNameFor(
  dataset: Dataset,
  scope: ExportScope,
  format: ExportFormatId,
  date: Date,
): string {
  return exportFileName(dataset.title, scope.name, date, exportFormat(format).ext);
}

export interface ExportedFile {
  blob: Blob;
  name: string;
  plan?: ImagePlan;
}

/** Draws or writes the file an export asks for. */
export async function buildExport(
  dataset: Dataset,
  scope: ExportScope,
  options: ExportOptions,
  view: GraphView,
  date = new Date(),
): Promise<ExportedFile> {
  const { format } = options;
  const name = fileNameFor(dataset, scope, format, date);
  if (isImage(format)) {
    const { blob, plan } = await renderImage(view.cy, format, imageRequest(dataset, scope, options));
    return { blob, name, plan };
  }
  const contents = writeData(format, dataset, scope.elements, {
    baseName: name.replace(/\.[^.]+$/, ''),
    heading: scope.heading,
    look: canvasAppearance(view.cy, nodeTypesOf(dataset.graph)),
  });
  const type = `${exportFormat(format).mime}${typeof contents === 'string' ? ';charset=utf-8' : ''}`;
  return { blob: new Blob([contents as BlobPart], { type }), name };
}
