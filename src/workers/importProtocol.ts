import type { ColumnChoice, ImportResult } from '../model/formats/importTypes';
import { MAX_IMPORT_BYTES, megabytes } from '../model/formats/limits';
import type { PreviewTarget } from '../view/previewDraw';
import type { DrawnPicture } from './firstPicture';

/** Why a file over MAX_IMPORT_BYTES is refused (its size, when known); the page and the worker say it alike. */
export const tooBigMessage = (bytes: number | null): string =>
  bytes === null
    ? `the file is more than the ${megabytes(MAX_IMPORT_BYTES)} the explorer opens`
    : `${megabytes(bytes)} is more than the ${megabytes(MAX_IMPORT_BYTES)} the explorer opens`;

export const IMPORT_STAGES = ['reading', 'parsing', 'validating', 'laying out'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

/** What to open: files the person picked or dropped, or a same-origin URL the worker downloads. */
export type ImportSource =
  | { kind: 'files'; files: File[] }
  | {
      kind: 'url';
      href: string;
      /** The file name shown for it, and where problems are said to be (its path). */
      name: string;
      path: string;
    };

export interface ImportRequest {
  source: ImportSource;
  columns?: ColumnChoice;
}

/** Messages the page sends the worker: the request, then the first picture's canvas and sizes. */
export type WorkerMessage =
  | ImportRequest
  /** Where to draw a large graph's first picture (the canvas is transferred with the message), or none. */
  | { kind: 'canvas'; target: PreviewTarget | null }
  /** The view changed size while the first picture shows: the worker draws it again to fit. */
  | { kind: 'resize'; width: number; height: number };

export type ImportMessage =
  | { kind: 'progress'; stage: ImportStage; /** 0..1 where known. */ fraction?: number }
  | (DrawnPicture & {
      /** The first picture is on screen (again after a resize). */
      kind: 'preview';
      /** When (`performance.timeOrigin + now()` in the worker, ms since the epoch). */
      drawnAt: number;
    })
  | { kind: 'done'; result: ImportResult };
