import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusData } from '../schema';

/** The compiled bundled corpus and its texts, read from disk (tests only: uses node:fs). */
export function bundledCorpusForTests(): { data: CorpusData; texts: Map<string, string> } {
  const dir = join(import.meta.dirname, '..', '..', '..', 'graph-data');
  const data = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as CorpusData;
  const texts = new Map(data.sources.map((s) => [s.id, readFileSync(join(dir, s.file ?? ''), 'utf8')]));
  return { data, texts };
}
