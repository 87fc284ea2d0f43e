import { buildDataset, type Dataset } from './dataset';
import { graphDataSchema } from './schema';
import { checkGraphData, formatPath, type DataIssue } from './validate';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/**
 * Turns a parsed graph-data document into the model: validates it (naming the path of every bad
 * field), reads each source's text with `readText(file)`, checks every span against its text, and
 * builds the graph. Nothing is built when anything is wrong.
 */
export function loadGraphDocument(
  input: unknown,
  readText: (file: string) => string | undefined,
): LoadResult {
  const parsed = graphDataSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const texts = new Map<string, string>();
  for (const s of parsed.data.sources) {
    const text = s.text ?? (s.file === undefined ? undefined : readText(s.file));
    if (text !== undefined) texts.set(s.id, text);
  }
  const issues = checkGraphData(parsed.data, texts);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: buildDataset(parsed.data, texts) };
}
