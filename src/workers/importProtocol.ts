import type { ColumnChoice, ImportResult } from '../model/formats/importTypes';

/** The largest total the explorer reads; bigger files are refused before a byte is read. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export const IMPORT_STAGES = ['reading', 'parsing', 'validating', 'laying out'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export interface ImportRequest {
  files: File[];
  columns?: ColumnChoice;
}

export type ImportMessage =
  | { kind: 'progress'; stage: ImportStage; /** 0..1 where known. */ fraction?: number }
  | { kind: 'done'; result: ImportResult };
