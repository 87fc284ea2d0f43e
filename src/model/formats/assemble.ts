import type { AttributeValue, EdgeRecord, NodeRecord } from '../schema';
import type { DataIssue } from '../validate';
import { defaultColumns, relationFrom, typeFrom } from './columns';
import type { ColumnChoice, Converted } from './importTypes';
import { asAttributeValue, asColor, asIsoDate, asNumber, asPositive, asText } from './values';

/** A node as a reader found it: its id and every attribute it carried (viz already as x/y/size/color). */
export interface RawNode {
  id: string;
  attrs: Record<string, unknown>;
  /** Where it is in the file ("arctic.gexf, line 12"), for messages. */
  origin?: string;
}

export interface RawEdge {
  id?: string;
  source: string;
  target: string;
  undirected?: boolean;
  attrs: Record<string, unknown>;
  origin?: string;
}

const LABEL_KEYS = ['label', 'Label', 'name', 'Name', 'title', 'Title'];
/** Drawn rather than listed: they become the node's position, size and colour. */
const DRAWN = new Set(['x', 'y', 'z', 'size', 'color']);

/** The value of a column whatever its case ("Weight", "weight"), and its exact name. */
function field(attrs: Record<string, unknown>, name: string): { key?: string; value: unknown } {
  if (name in attrs) return { key: name, value: attrs[name] };
  // Only keys of the right length can match: most records are passed over without lowercasing.
  for (const key in attrs)
    if (key.length === name.length && key.toLowerCase() === name) return { key, value: attrs[key] };
  return { value: undefined };
}

function extraAttributes(attrs: Record<string, unknown>, leave: ReadonlySet<string>) {
  const out: Record<string, AttributeValue> = {};
  let any = false;
  for (const [key, raw] of Object.entries(attrs)) {
    if (leave.has(key)) continue;
    const value = asAttributeValue(raw);
    if (value === undefined) continue;
    out[key] = value;
    any = true;
  }
  return any ? out : undefined;
}

function toNode(raw: RawNode, typeColumn: string | null): NodeRecord {
  const a = raw.attrs;
  const labelKey = LABEL_KEYS.find((k) => asText(a[k]) !== undefined);
  const leave = new Set<string>();
  for (const name of DRAWN) {
    const { key } = field(a, name);
    if (key !== undefined) leave.add(key);
  }
  if (labelKey !== undefined) leave.add(labelKey);
  const attributes = extraAttributes(a, leave);
  const node: NodeRecord = {
    id: raw.id,
    type: typeFrom(attributes, typeColumn),
    label: (labelKey === undefined ? undefined : asText(a[labelKey])) ?? raw.id,
    aliases: [],
  };
  const date = asIsoDate(field(a, 'date').value) ?? asIsoDate(field(a, 'start').value);
  if (date !== undefined) node.date = date;
  const x = asNumber(field(a, 'x').value);
  const y = asNumber(field(a, 'y').value);
  if (x !== undefined && y !== undefined) Object.assign(node, { x, y });
  const size = asPositive(field(a, 'size').value);
  if (size !== undefined) node.size = size;
  const color = asColor(field(a, 'color').value);
  if (color !== undefined) node.color = color;
  if (attributes) node.attributes = attributes;
  return node;
}

function toEdge(raw: RawEdge, id: string, relationColumn: string | null): EdgeRecord {
  const a = raw.attrs;
  const leave = new Set(['undirected']);
  for (const name of ['color', 'weight']) {
    const { key } = field(a, name);
    if (key !== undefined) leave.add(key);
  }
  const attributes = extraAttributes(a, leave);
  const edge: EdgeRecord = {
    id,
    source: raw.source,
    target: raw.target,
    relation: relationFrom(attributes, relationColumn),
  };
  const date = asIsoDate(field(a, 'date').value) ?? asIsoDate(field(a, 'start').value);
  if (date !== undefined) edge.date = date;
  if (raw.undirected) edge.undirected = true;
  const weight = asNumber(field(a, 'weight').value);
  if (weight !== undefined) edge.weight = weight;
  const color = asColor(field(a, 'color').value);
  if (color !== undefined) edge.color = color;
  if (attributes) edge.attributes = attributes;
  return edge;
}

/**
 * The one mapping from what a reader found to graph-data: label from label/name/title, type and
 * relation from the chosen (or default) columns, dates where ISO-like, position, size and colour
 * where valid, everything else kept as attributes. Edges without an id get `e1`, `e2`, … (skipping
 * ids the file uses); duplicate edge ids stay duplicates, for validation to name.
 */
export function assemble(
  nodes: readonly RawNode[],
  edges: readonly RawEdge[],
  options: { title?: string; columns?: ColumnChoice; warnings?: DataIssue[] } = {},
): Converted {
  const columns =
    options.columns ??
    defaultColumns(
      nodes.map((n) => n.attrs),
      edges.map((e) => e.attrs),
    );
  // Cytoscape keeps node and edge ids in one space (GEXF and graphology files often number both
  // from 0): an edge id that is also a node id is renamed `edge-<id>`.
  const nodeIds = new Set(nodes.map((n) => n.id));
  const taken = new Set<string>(nodeIds);
  for (const e of edges) if (e.id !== undefined) taken.add(e.id);
  const unique = (wanted: string) => {
    let id = wanted;
    for (let k = 2; taken.has(id); k++) id = `${wanted}-${k}`;
    taken.add(id);
    return id;
  };
  let next = 0;
  const edgeId = (e: RawEdge) => {
    if (e.id !== undefined && !nodeIds.has(e.id)) return e.id;
    if (e.id !== undefined) return unique(`edge-${e.id}`);
    do next += 1;
    while (taken.has(`e${next}`));
    taken.add(`e${next}`);
    return `e${next}`;
  };
  const warnings = [...(options.warnings ?? [])];
  // A value shaped like a date that is none ("2021-13-40") stays an attribute: say so, and where.
  const checkDate = (raw: RawNode | RawEdge, dated: boolean, what: string) => {
    const { value } = field(raw.attrs, 'date');
    if (!dated && typeof value === 'string' && /^\d{4}-\d{1,2}(?:-\d{1,2})?$/.test(value.trim()))
      warnings.push({
        path: raw.origin ?? what,
        message: `the date "${value.trim()}" is not a real date: kept as an attribute, the ${what} left undated`,
      });
  };
  const nodeRecords = nodes.map((n) => {
    const node = toNode(n, columns.typeColumn);
    checkDate(n, node.date !== undefined, 'entity');
    return node;
  });
  const edgeRecords = edges.map((e) => {
    const edge = toEdge(e, edgeId(e), columns.relationColumn);
    checkDate(e, edge.date !== undefined, 'relation');
    return edge;
  });
  return {
    document: {
      ...(options.title ? { title: options.title } : {}),
      sources: [],
      nodes: nodeRecords,
      edges: edgeRecords,
    },
    origins: { nodes: nodes.map((n) => n.origin), edges: edges.map((e) => e.origin) },
    columns,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
