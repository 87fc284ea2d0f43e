import type { z } from 'zod';
import { graphDataSchema, type GraphData, type Span } from './schema';

/** One thing wrong with a graph document, located by its JSON path (`edges[41].evidence[0].end`). */
export interface DataIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; data: GraphData } | { ok: false; issues: DataIssue[] };

/** `['edges', 41, 'evidence', 0, 'end']` → `edges[41].evidence[0].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

function zodIssues(error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

function checkUniqueIds(list: readonly { id: string }[], name: string, issues: DataIssue[]): Set<string> {
  const firstAt = new Map<string, number>();
  list.forEach((item, i) => {
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, i);
    else
      issues.push({
        path: `${name}[${i}].id`,
        message: `duplicate id "${item.id}" (first used at ${name}[${first}])`,
      });
  });
  return new Set(firstAt.keys());
}

function checkSpan(
  span: Span,
  path: string,
  sourceIds: ReadonlySet<string>,
  texts: ReadonlyMap<string, string> | undefined,
  issues: DataIssue[],
): void {
  if (!sourceIds.has(span.source)) {
    issues.push({ path: `${path}.source`, message: `unknown source "${span.source}"` });
    return;
  }
  const text = texts?.get(span.source);
  if (text === undefined) return;
  if (span.start >= text.length) {
    issues.push({
      path: `${path}.start`,
      message: `${span.start} is past the end of source "${span.source}" (${text.length} characters)`,
    });
  } else if (span.end > text.length) {
    issues.push({
      path: `${path}.end`,
      message: `${span.end} is past the end of source "${span.source}" (${text.length} characters)`,
    });
  } else if (text.slice(span.start, span.end).trim() === '') {
    issues.push({
      path: path,
      message: `the span ${span.start}-${span.end} of "${span.source}" is only white space`,
    });
  }
}

/**
 * Validates a parsed graph document: its structure, then its cross-references (see `checkGraphData`).
 * Returns every problem found, in document order.
 */
export function validateGraphData(input: unknown, texts?: ReadonlyMap<string, string>): ValidationResult {
  const parsed = graphDataSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = checkGraphData(parsed.data, texts);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: parsed.data };
}

/**
 * Checks what the schema cannot: that ids are unique, that edges name existing nodes and spans
 * existing sources, and (when texts are given, keyed by source id) that every span lies inside its
 * text.
 */
export function checkGraphData(data: GraphData, texts?: ReadonlyMap<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const sourceIds = checkUniqueIds(data.sources, 'sources', issues);
  const nodeIds = checkUniqueIds(data.nodes, 'nodes', issues);
  checkUniqueIds(data.edges, 'edges', issues);

  if (texts) {
    data.sources.forEach((s, i) => {
      if (!texts.has(s.id))
        issues.push({ path: `sources[${i}].file`, message: `no text found for "${s.file ?? s.id}"` });
    });
  }
  data.sources.forEach((s, i) =>
    s.body?.forEach((span, j) => checkSpan(span, `sources[${i}].body[${j}]`, sourceIds, texts, issues)),
  );
  data.nodes.forEach((n, i) =>
    n.mentions?.forEach((span, j) => checkSpan(span, `nodes[${i}].mentions[${j}]`, sourceIds, texts, issues)),
  );
  data.edges.forEach((e, i) => {
    if (!nodeIds.has(e.source))
      issues.push({ path: `edges[${i}].source`, message: `unknown node "${e.source}"` });
    if (!nodeIds.has(e.target))
      issues.push({ path: `edges[${i}].target`, message: `unknown node "${e.target}"` });
    e.evidence?.forEach((span, j) => checkSpan(span, `edges[${i}].evidence[${j}]`, sourceIds, texts, issues));
  });
  return issues;
}

/** A short, readable summary: the first few issues and a count of the rest. */
export function summarizeIssues(issues: readonly DataIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > max) shown.push(`…and ${issues.length - max} more`);
  return shown.join('\n');
}
