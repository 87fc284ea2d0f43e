import type { GraphData, GraphDataInput } from '../schema';
import type { DataIssue } from '../validate';

/** The formats the explorer opens, sniffed from content. */
export const IMPORT_FORMATS = ['bundle', 'graphology', 'gexf', 'graphml', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  bundle: 'Dossier JSON bundle',
  graphology: 'graphology JSON',
  gexf: 'GEXF',
  graphml: 'GraphML',
  csv: 'CSV',
};

/** One file as read: its name (for messages) and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

/** A ZIP archive as read (its bytes): the graph files in it are opened as if picked together. */
export interface ImportArchive {
  name: string;
  bytes: Uint8Array;
}

/** Which attribute gives node types and edge relations (null: none, every node is "node"). */
export interface ColumnChoice {
  typeColumn: string | null;
  relationColumn: string | null;
}

/**
 * A converter's output: a graph-data document not yet validated, plus where each node and edge
 * came from in the file (a line), so validation problems can name the line.
 */
export interface Converted {
  document: GraphDataInput;
  /** Where nodes[i] / edges[i] are in the file ("arctic.gexf, line 12"), where the format has lines. */
  origins?: { nodes: (string | undefined)[]; edges: (string | undefined)[] };
  /** Problems the converter worked around (skipped rows, values it could not read). */
  warnings?: DataIssue[];
  columns: ColumnChoice;
}

export type ConvertResult = ({ ok: true } & Converted) | { ok: false; issues: DataIssue[] };

/** Whether positions came with the file, were computed on opening, or are still missing. */
export type PositionsOrigin = 'file' | 'computed' | 'none';

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      data: GraphData;
      /** What was left out to open the file (empty when all of it opened). */
      skipped: DataIssue[];
      columns: ColumnChoice;
      positions: PositionsOrigin;
    }
  | {
      ok: false;
      format?: ImportFormat;
      issues: DataIssue[];
      /** Offered when most of the file is fine: the document without the bad elements. */
      validPart?: {
        data: GraphData;
        skipped: DataIssue[];
        columns: ColumnChoice;
        positions: PositionsOrigin;
      };
    };
