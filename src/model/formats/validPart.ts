import type { GraphData, GraphDataInput } from '../schema';
import type { DataIssue } from '../validate';

/** Validation as loadGraphDocument does it; returns the parsed document or its problems. */
export type Validate = (
  doc: GraphDataInput,
) => { ok: true; data: GraphData } | { ok: false; issues: DataIssue[] };

const INDEXED = /^(nodes|edges)\[(\d+)\]/;

/** At most this share of a file's nodes and edges may be left out for "Open the valid part". */
export const MAX_SKIPPED_SHARE = 0.5;

/**
 * The document without the nodes and edges validation complained about (and the edges that then
 * lose an end), when only nodes and edges are wrong, at least one node stays and most of the file
 * does. Skipped problems keep the paths of the original document.
 */
export function validPart(
  doc: GraphDataInput,
  issues: readonly DataIssue[],
  validate: Validate,
): { data: GraphData; skipped: DataIssue[] } | undefined {
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.edges)) return undefined;
  let nodes = doc.nodes.map((n, i) => ({ n, i }));
  let edges = doc.edges.map((e, i) => ({ e, i }));
  const skipped: DataIssue[] = [];
  let current = issues;
  for (let pass = 0; pass < 4; pass++) {
    const badNodes = new Set<number>();
    const badEdges = new Set<number>();
    for (const issue of current) {
      const m = INDEXED.exec(issue.path);
      if (!m) return undefined;
      const at = Number(m[2]);
      const original = m[1] === 'nodes' ? nodes[at]?.i : edges[at]?.i;
      if (original === undefined) return undefined;
      (m[1] === 'nodes' ? badNodes : badEdges).add(at);
      skipped.push({ path: issue.path.replace(INDEXED, `${m[1]}[${original}]`), message: issue.message });
    }
    nodes = nodes.filter((_n, k) => !badNodes.has(k));
    edges = edges.filter((_e, k) => !badEdges.has(k));
    const total = doc.nodes.length + doc.edges.length;
    if (nodes.length === 0 || total - nodes.length - edges.length > total * MAX_SKIPPED_SHARE)
      return undefined;
    const result = validate({ ...doc, nodes: nodes.map((x) => x.n), edges: edges.map((x) => x.e) });
    if (result.ok) return { data: result.data, skipped };
    current = result.issues;
  }
  return undefined;
}
