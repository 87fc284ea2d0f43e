/**
 * Compiles graph-data/authoring/ into graph-data/graph.json.
 *   npm run build:graph           write graph.json
 *   npm run build:graph -- --check  fail (exit 1) when graph.json is missing, stale or invalid
 *   npm run build:graph -- --dir <dir>  compile another folder laid out like graph-data/ (e.g. ingest output)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { validateGraphData } from '../src/model/validate';
import { join, relative, resolve } from 'node:path';
import { compileCorpusFromDisk, GRAPH_DATA_DIR, readSourceTexts, serializeGraph } from './corpusFiles';

const check = process.argv.includes('--check');
const dirArg = process.argv.indexOf('--dir');
const dir = dirArg > 0 ? resolve(process.argv[dirArg + 1] ?? '.') : GRAPH_DATA_DIR;
const GRAPH_JSON = join(dir, 'graph.json');
const result = compileCorpusFromDisk(dir);

if (!result.ok) {
  for (const e of result.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  console.error(`\n${result.errors.length} problem(s); graph.json was not written.`);
  process.exit(1);
}

const validation = validateGraphData(result.data, readSourceTexts(result.data, dir));
if (!validation.ok) {
  for (const i of validation.issues) console.error(`graph.json ${i.path}: ${i.message}`);
  process.exit(1);
}

const out = serializeGraph(result.data);
const target = relative(process.cwd(), GRAPH_JSON);
const { sources, nodes, edges } = result.data;
const counts = `${sources.length} sources, ${nodes.length} nodes, ${edges.length} edges, ${edges.reduce((n, e) => n + e.evidence.length, 0)} evidence passages`;

if (check) {
  if (!existsSync(GRAPH_JSON) || readFileSync(GRAPH_JSON, 'utf8') !== out) {
    console.error(
      `${target} is out of date with graph-data/authoring/: run \`npm run build:graph\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${target} is up to date (${counts}).`);
} else {
  writeFileSync(GRAPH_JSON, out);
  console.log(`wrote ${target}: ${counts}.`);
}
