import graphJson from '../../graph-data/graph.json';
import { loadGraphDocument, type LoadResult } from '../model/load';

// The corpus texts are bundled with the app, so the default graph opens offline and instantly.
const PREFIX = '../../graph-data/';
const texts = import.meta.glob<string>('../../graph-data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const BUNDLED_TITLE = 'Inter-Korean relations, 2014–2021';

/** The Korea corpus of graph-data/, validated and built into the model. */
export function loadBundledCorpus(): LoadResult {
  const result = loadGraphDocument(graphJson, (file) => texts[PREFIX + file]);
  return result.ok ? { ok: true, dataset: { ...result.dataset, title: BUNDLED_TITLE } } : result;
}
