import type { AttributeValue } from '../schema';
import type { ColumnChoice } from './importTypes';

/** More distinct values than this and a column is no category (names, ids, measures). */
export const MAX_CATEGORIES = 40;

/** Columns that are drawn (position, size, colour) or named, never categories. */
const NOT_CATEGORIES = new Set(['x', 'y', 'z', 'size', 'color', 'colour', 'id', 'key', 'weight']);

const TYPE_NAMES = ['type', 'category', 'kind', 'nodedef', 'class', 'group'];
const TYPE_PATTERN = /type|categor|class|group|cluster|communit|modularity|partition/i;
const RELATION_NAMES = ['relation', 'label', 'type', 'kind', 'predicate', 'interaction'];
const RELATION_PATTERN = /relation|type|kind|predicate|interaction/i;

type Records = readonly (Readonly<Record<string, unknown>> | undefined)[];

/** Per column: its distinct values (counted up to MAX_CATEGORIES + 1). */
function distinctValues(records: Records): Map<string, Set<string>> {
  const columns = new Map<string, Set<string>>();
  for (const r of records) {
    if (!r) continue;
    for (const [key, value] of Object.entries(r)) {
      if (value === null || value === undefined || value === '' || typeof value === 'object') continue;
      let values = columns.get(key);
      if (!values) columns.set(key, (values = new Set()));
      if (values.size <= MAX_CATEGORIES) values.add(String(value));
    }
  }
  return columns;
}

/**
 * The columns that can serve as a category (node type, edge relation): at most MAX_CATEGORIES
 * distinct values and, in a graph of more than a few elements, fewer values than elements (a
 * column of unique values, like Gephi's `nodedef` n0, n1, …, names rather than groups).
 */
export function categoryColumns(records: Records): string[] {
  const n = records.length;
  const out: string[] = [];
  for (const [key, values] of distinctValues(records)) {
    if (NOT_CATEGORIES.has(key.toLowerCase())) continue;
    if (values.size > MAX_CATEGORIES) continue;
    if (n > 4 && values.size >= n) continue;
    out.push(key);
  }
  return out.sort((a, b) => a.localeCompare(b));
}

function pick(candidates: readonly string[], names: readonly string[], pattern: RegExp): string | null {
  for (const name of names) {
    const hit = candidates.find((c) => c.toLowerCase() === name);
    if (hit !== undefined) return hit;
  }
  return candidates.find((c) => pattern.test(c)) ?? null;
}

/**
 * The default type and relation columns: one named like a category (type, category, kind, nodedef,
 * class, …; relation, label, type, … for edges) among the columns that can serve as one.
 */
export function defaultColumns(nodeAttrs: Records, edgeAttrs: Records): ColumnChoice {
  return {
    typeColumn: pick(categoryColumns(nodeAttrs), TYPE_NAMES, TYPE_PATTERN),
    relationColumn: pick(categoryColumns(edgeAttrs), RELATION_NAMES, RELATION_PATTERN),
  };
}

/** The node type a column gives: its value as text; nodes without one get a named placeholder. */
export function typeFrom(attrs: Readonly<Record<string, AttributeValue>> | undefined, column: string | null) {
  if (column === null) return 'node';
  const value = attrs?.[column];
  return value === undefined || value === null || String(value).trim() === ''
    ? `(no ${column})`
    : String(value);
}

export function relationFrom(
  attrs: Readonly<Record<string, AttributeValue>> | undefined,
  column: string | null,
): string {
  if (column === null) return 'linked to';
  const value = attrs?.[column];
  return value === undefined || value === null || String(value).trim() === '' ? 'linked to' : String(value);
}
