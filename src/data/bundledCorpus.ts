import graphJson from '../../graph-data/graph.json';
import { loadGraphDocument, type LoadResult } from '../model/load';

// The corpus texts are bundled with the app, so the default graph opens offline and instantly.
const PREFIX = '../../graph-data/';
const texts = import.meta.glob<string>('../../graph-data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The Korea corpus of graph-data/, validated and built into the model. */
export function loadBundledCorpus(): LoadResult {
  return loadGraphDocument(graphJson, (file) => texts[PREFIX + file]);
}
