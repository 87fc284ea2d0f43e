import { assemble, type RawEdge, type RawNode } from './assemble';
import type { ColumnChoice, ConvertResult } from './importTypes';
import { asText } from './values';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether parsed JSON looks like graphology's serialization (`nodes: [{key}]`). */
export function isGraphologyJson(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value.nodes)) return false;
  const first: unknown = value.nodes[0];
  if (first === undefined) return Array.isArray(value.edges) && !Array.isArray(value.sources);
  return isRecord(first) && 'key' in first;
}

/**
 * graphology's serialized JSON (`{attributes, options, nodes: [{key, attributes}], edges: [{key?,
 * source, target, attributes, undirected}]}`), as sigma.js examples and graphology's `export()`
 * write it. Every edge of an undirected graph is undirected; `x`, `y`, `size`, `color` attributes
 * are drawn. Elements without a key or ends are kept empty, so validation names them at their index.
 */
export function convertGraphologyJson(value: unknown, name: string, columns?: ColumnChoice): ConvertResult {
  if (!isRecord(value) || !Array.isArray(value.nodes))
    return {
      ok: false,
      issues: [{ path: `${name}: nodes`, message: 'graphology JSON needs a "nodes" list' }],
    };
  const options = isRecord(value.options) ? value.options : {};
  const graphUndirected = options.type === 'undirected';
  const nodes: RawNode[] = [];
  value.nodes.forEach((n: unknown) => {
    const id = isRecord(n) ? asText(n.key) : undefined;
    // Kept even when unusable (empty id), so validation names it at its index in the file.
    nodes.push({ id: id ?? '', attrs: isRecord(n) && isRecord(n.attributes) ? n.attributes : {} });
  });
  const edges: RawEdge[] = [];
  const list: unknown[] = Array.isArray(value.edges) ? value.edges : [];
  list.forEach((e) => {
    const source = isRecord(e) ? asText(e.source) : undefined;
    const target = isRecord(e) ? asText(e.target) : undefined;
    const key = isRecord(e) ? asText(e.key) : undefined;
    edges.push({
      ...(key === undefined ? {} : { id: key }),
      source: source ?? '',
      target: target ?? '',
      undirected: graphUndirected || (isRecord(e) && e.undirected === true),
      attrs: isRecord(e) && isRecord(e.attributes) ? e.attributes : {},
    });
  });
  const attrs = isRecord(value.attributes) ? value.attributes : {};
  const title = asText(attrs.title) ?? asText(attrs.name);
  return {
    ok: true,
    ...assemble(nodes, edges, { ...(title ? { title } : {}), ...(columns ? { columns } : {}) }),
  };
}
