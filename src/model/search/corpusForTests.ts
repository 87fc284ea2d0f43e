import { readFileSync } from 'node:fs';
import { GRAPH_JSON, readSourceTexts } from '../../../scripts/corpusFiles';
import type { Dataset } from '../dataset';
import { loadGraphDocument } from '../load';
import type { CorpusData as GraphData } from '../schema';

/** The bundled corpus as the app loads it, for tests that run in Node (never imported by the app). */
export function loadCorpusForTests(): Dataset {
  const data = JSON.parse(readFileSync(GRAPH_JSON, 'utf8')) as GraphData;
  const texts = readSourceTexts(data);
  const byFile = new Map(data.sources.map((s) => [s.file, texts.get(s.id)]));
  const result = loadGraphDocument(data, (file) => byFile.get(file));
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.dataset;
}
