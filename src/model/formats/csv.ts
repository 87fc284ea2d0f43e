import Papa from 'papaparse';
import type { DataIssue } from '../validate';
import { assemble, type RawEdge, type RawNode } from './assemble';
import type { ColumnChoice, ConvertResult, ImportFile } from './importTypes';
import { at } from './textPosition';
import { asNumber, asText } from './values';

const SOURCE = ['source', 'from', 'src', 'start node', 'node1', 'subject'];
const TARGET = ['target', 'to', 'dst', 'end node', 'node2', 'object'];
const NODE_ID = ['id', 'key', 'node', 'name'];

interface Table {
  name: string;
  columns: string[];
  rows: Record<string, string>[];
}

const find = (columns: readonly string[], names: readonly string[]) =>
  names.map((n) => columns.find((c) => c.trim().toLowerCase() === n)).find((c) => c !== undefined);

/** Whether a table's header row names an edge list or a node list (a readme with commas names neither). */
export function isGraphTable(text: string): boolean {
  const header = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
  const columns = header.map((c) => c.trim());
  const edgeList = find(columns, SOURCE) !== undefined && find(columns, TARGET) !== undefined;
  return edgeList || find(columns, NODE_ID) !== undefined;
}

function readTable(file: ImportFile, issues: DataIssue[], warnings: DataIssue[]): Table | undefined {
  const parsed = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  for (const e of parsed.errors) {
    // The header row is line 1; papaparse counts data rows from 0.
    const where = e.row === undefined ? file.name : at(file.name, e.row + 2);
    if (e.type === 'Quotes') issues.push({ path: where, message: `malformed CSV: ${e.message}` });
    else if (e.code !== 'UndetectableDelimiter') warnings.push({ path: where, message: e.message });
  }
  const columns = (parsed.meta.fields ?? []).filter((c) => c !== '' && !c.startsWith('__parsed_extra'));
  if (columns.length === 0) {
    issues.push({ path: file.name, message: 'no header row: the first line must name the columns' });
    return undefined;
  }
  return { name: file.name, columns, rows: parsed.data };
}

/** A cell as an attribute: numbers as numbers, empty cells left out. */
function cells(row: Record<string, string>, skip: ReadonlySet<string>): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(row)) {
    if (skip.has(key) || key.startsWith('__parsed_extra') || typeof raw !== 'string') continue;
    const value = raw.trim();
    if (value === '') continue;
    attrs[key] = asNumber(value) ?? value;
  }
  return attrs;
}

/** Gephi's edge tables say "Directed"/"Undirected" in a Type column: a direction, not a relation. */
function directionColumn(table: Table): string | undefined {
  const column = find(table.columns, ['type', 'directed']);
  if (column === undefined) return undefined;
  const values = new Set(table.rows.map((r) => (r[column] ?? '').trim().toLowerCase()));
  const known = ['directed', 'undirected', 'true', 'false', ''];
  return [...values].every((v) => known.includes(v)) ? column : undefined;
}

function readEdges(table: Table, source: string, target: string, edges: RawEdge[]) {
  const direction = directionColumn(table);
  const idColumn = find(table.columns, ['id', 'key']);
  const skip = new Set([source, target, ...(direction ? [direction] : []), ...(idColumn ? [idColumn] : [])]);
  table.rows.forEach((row, i) => {
    const dir = direction === undefined ? '' : (row[direction] ?? '').trim().toLowerCase();
    const id = idColumn === undefined ? undefined : asText(row[idColumn]?.trim());
    edges.push({
      ...(id === undefined ? {} : { id }),
      source: (row[source] ?? '').trim(),
      target: (row[target] ?? '').trim(),
      undirected: dir === 'undirected' || dir === 'false',
      attrs: cells(row, skip),
      origin: at(table.name, i + 2),
    });
  });
}

/**
 * CSV tables: an edge list (source and target columns, also named from/to; optional relation,
 * label, type, date and other columns) and, optionally, a node list (an id column; label, type and
 * other columns) opened with it. Without a node list, nodes are the edges' ends. Without an edge
 * list, the graph is the nodes alone.
 */
export function convertCsv(files: readonly ImportFile[], columns?: ColumnChoice): ConvertResult {
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  let nodeTables = 0;
  for (const file of files) {
    const table = readTable(file, issues, warnings);
    if (!table) continue;
    const source = find(table.columns, SOURCE);
    const target = find(table.columns, TARGET);
    if (source !== undefined && target !== undefined) {
      readEdges(table, source, target, edges);
      continue;
    }
    const id = find(table.columns, NODE_ID);
    if (id === undefined) {
      issues.push({
        path: file.name,
        message: `neither an edge list (needs "source" and "target" columns) nor a node list (needs an "id" column); its columns are ${table.columns.map((c) => `"${c}"`).join(', ')}`,
      });
      continue;
    }
    nodeTables += 1;
    table.rows.forEach((row, i) => {
      const attrs = cells(row, new Set([id]));
      // A node list keyed by name: the name is also its label.
      if (id.toLowerCase() === 'name' && attrs.label === undefined) attrs.label = (row[id] ?? '').trim();
      nodes.push({ id: (row[id] ?? '').trim(), attrs, origin: at(table.name, i + 2) });
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (nodeTables === 0) {
    const seen = new Set<string>();
    for (const e of edges) {
      // A row missing an end is no edge (validation says so): it names no node either.
      if (e.source === '' || e.target === '') continue;
      for (const end of [e.source, e.target]) {
        if (end === '' || seen.has(end)) continue;
        seen.add(end);
        nodes.push({ id: end, attrs: {} });
      }
    }
  }
  return { ok: true, ...assemble(nodes, edges, { ...(columns ? { columns } : {}), warnings }) };
}
