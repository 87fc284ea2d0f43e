import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileCorpus, type CompileResult } from '../src/model/authoring/compile';
import type { GraphData } from '../src/model/schema';

/** Where the bundled corpus lives, relative to the repository root. */
export const GRAPH_DATA_DIR = join(import.meta.dirname, '..', 'graph-data');
export const GRAPH_JSON = join(GRAPH_DATA_DIR, 'graph.json');

/** Reads graph-data/authoring/ and compiles it. */
export function compileCorpusFromDisk(dir = GRAPH_DATA_DIR): CompileResult {
  const authoring = join(dir, 'authoring');
  const read = (path: string) => ({
    path: relative(join(dir, '..'), path),
    content: readFileSync(path, 'utf8'),
  });
  const articleDir = join(authoring, 'articles');
  const articles = existsSync(articleDir)
    ? readdirSync(articleDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => read(join(articleDir, f)))
    : [];
  return compileCorpus({
    entities: read(join(authoring, 'entities.yaml')),
    articles,
    readText: (file) => {
      const path = join(dir, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
  });
}

/** Reads the texts of a graph's sources, keyed by source id. */
export function readSourceTexts(data: GraphData, dir = GRAPH_DATA_DIR): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of data.sources) {
    if (s.file === undefined) continue;
    const path = join(dir, s.file);
    if (existsSync(path)) texts.set(s.id, readFileSync(path, 'utf8'));
  }
  return texts;
}

/**
 * The committed form of graph.json: two-space JSON with each span on one line, so diffs of the
 * corpus stay readable. Same data, same bytes.
 */
export function serializeGraph(data: GraphData): string {
  const json = JSON.stringify(data, null, 2);
  return (
    json.replace(
      /\{\n\s+"source": ("[^"]*"),\n\s+"start": (\d+),\n\s+"end": (\d+)\n\s+\}/g,
      '{ "source": $1, "start": $2, "end": $3 }',
    ) + '\n'
  );
}
