import { graphDataSchema, type GraphDataInput } from '../schema';
import { checkGraphData, formatPath, type DataIssue } from '../validate';
import { convertCsv } from './csv';
import { convertGexf } from './gexf';
import { convertGraphml } from './graphml';
import { convertGraphologyJson, isGraphologyJson } from './graphologyJson';
import type {
  ColumnChoice,
  Converted,
  ConvertResult,
  ImportArchive,
  ImportFile,
  ImportFormat,
  ImportResult,
  PositionsOrigin,
} from './importTypes';
import { parseJsonText } from './jsonText';
import { sniff } from './sniff';
import { validPart, type Validate } from './validPart';
import { openArchives } from './zip';

const NO_COLUMNS: ColumnChoice = { typeColumn: null, relationColumn: null };

/**
 * The checks `loadGraphDocument` makes (schema, ids, ends, spans against inline texts), returning
 * the parsed document so it can cross to the page from a Worker and be built there.
 */
export const validateDocument: Validate = (doc) => {
  const parsed = graphDataSchema.safeParse(doc);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  const texts = new Map<string, string>();
  for (const s of parsed.data.sources) if (s.text !== undefined) texts.set(s.id, s.text);
  const issues = checkGraphData(parsed.data, texts);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: parsed.data };
};

function convert(
  files: readonly ImportFile[],
  columns?: ColumnChoice,
): { format?: ImportFormat; result: ConvertResult } {
  const refuse = (path: string, message: string) => ({
    result: { ok: false as const, issues: [{ path, message }] },
  });
  if (files.length === 0) return refuse('(no file)', 'no file was given');
  const sniffed = files.map((f) => ({ file: f, kind: sniff(f.text, f.name) }));
  for (const { file, kind } of sniffed) if (kind.kind === 'refused') return refuse(file.name, kind.message);
  if (files.length > 1) {
    if (sniffed.every((s) => s.kind.kind === 'csv'))
      return { format: 'csv', result: convertCsv(files, columns) };
    return refuse(
      files.map((f) => f.name).join(', '),
      'open one graph file at a time (several files only as CSV: an edge list with its node list)',
    );
  }
  const [only] = sniffed;
  if (!only) return refuse('(no file)', 'no file was given');
  const { file, kind } = only;
  if (kind.kind === 'csv') return { format: 'csv', result: convertCsv([file], columns) };
  if (kind.kind === 'xml') {
    const isGraphml = /<(\w+:)?graphml[\s>]/.test(file.text.slice(0, 4096));
    return isGraphml
      ? { format: 'graphml', result: convertGraphml(file.text, file.name, columns) }
      : { format: 'gexf', result: convertGexf(file.text, file.name, columns) };
  }
  const json = parseJsonText(file.text.replace(/^\uFEFF/, ''), file.name);
  if (!json.ok) return { result: json };
  if (isGraphologyJson(json.value))
    return { format: 'graphology', result: convertGraphologyJson(json.value, file.name, columns) };
  const v = json.value;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'nodes' in v && 'edges' in v)
    return { format: 'bundle', result: { ok: true, document: v as GraphDataInput, columns: NO_COLUMNS } };
  return refuse(
    file.name,
    'JSON, but not a graph: expected a Dossier bundle ({sources, nodes, edges}) or graphology JSON ({nodes: [{key}], edges})',
  );
}

/** "arctic.gexf, line 345: edges[12].source" where the converter knows the line. */
function locate(issues: readonly DataIssue[], origins: Converted['origins']) {
  if (!origins) return [...issues];
  return issues.map((issue) => {
    const m = /^(nodes|edges)\[(\d+)\]/.exec(issue.path);
    const origin = m ? origins[m[1] as 'nodes' | 'edges'][Number(m[2])] : undefined;
    return origin ? { ...issue, path: `${origin}: ${issue.path}` } : issue;
  });
}

function positionsOf(data: { nodes: readonly { x?: number; y?: number }[] }): PositionsOrigin {
  return data.nodes.length > 0 && data.nodes.every((n) => n.x !== undefined && n.y !== undefined)
    ? 'file'
    : 'none';
}

/**
 * Opens files of any supported format (sniffed from content) as a validated graph-data document;
 * a ZIP archive stands for the graph files in it (zip.ts). Refusals say what is wrong and where;
 * when only some nodes and edges are wrong, `validPart` is the rest, with what was skipped. Pure:
 * runs in Node, the page and a Worker.
 */
export function importGraph(
  files: readonly (ImportFile | ImportArchive)[],
  options: {
    columns?: ColumnChoice;
    onStage?: (stage: 'parsing' | 'validating') => void;
    /** The most a zip's graph files may unpack to (MAX_IMPORT_BYTES). */
    maxUnzippedBytes?: number;
  } = {},
): ImportResult {
  options.onStage?.('parsing');
  const unzipped = openArchives(files, options.maxUnzippedBytes);
  if (!unzipped.ok) return { ok: false, issues: unzipped.issues };
  const { format, result } = convert(unzipped.files, options.columns);
  if (!result.ok) return { ok: false, ...(format ? { format } : {}), issues: result.issues };
  const fmt = format ?? 'bundle';
  const warnings = result.warnings ?? [];
  options.onStage?.('validating');
  const checked = validateDocument(result.document);
  if (checked.ok)
    return {
      ok: true,
      format: fmt,
      data: checked.data,
      skipped: warnings,
      columns: result.columns,
      positions: positionsOf(checked.data),
    };
  const issues = locate(checked.issues, result.origins);
  const part = validPart(result.document, checked.issues, validateDocument);
  return {
    ok: false,
    format: fmt,
    issues,
    ...(part
      ? {
          validPart: {
            data: part.data,
            skipped: [...locate(part.skipped, result.origins), ...warnings],
            columns: result.columns,
            positions: positionsOf(part.data),
          },
        }
      : {}),
  };
}
