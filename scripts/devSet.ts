import { join } from 'node:path';
import type { CorpusData } from '../src/model/schema';
import { compileCorpusFromDisk } from './corpusFiles';

/**
 * The ingest dev set: four news articles written for tuning the ingest rules, with hand-made gold
 * in the bundled corpus's authoring form (authoring/entities.yaml, authoring/articles/*.yaml,
 * sources/*.txt). It is not part of the graph the app opens; `npm run eval:ingest` scores it apart
 * from the bundled corpus. Rules may be tuned on it; the held-out bundled articles stay the measure.
 */
export const DEV_SET_DIR = join(import.meta.dirname, '..', 'src', 'model', 'ingest', 'fixtures', 'dev');

/** Compiles the dev set from disk (same compiler and rules as graph-data/). */
export const compileDevSet = () => compileCorpusFromDisk(DEV_SET_DIR);

/**
 * The fresh set: four more articles with gold, written and annotated by another hand (a helper
 * that did not read the rules and did not run them) for measuring, never for tuning. The rule
 * writer does not read these texts or their misses: `npm run eval:ingest` prints only their scores.
 */
export const FRESH_SET_DIR = join(import.meta.dirname, '..', 'src', 'model', 'ingest', 'fixtures', 'fresh');

/** Compiles the fresh set from disk. */
export const compileFreshSet = () => compileCorpusFromDisk(FRESH_SET_DIR);

/**
 * Two compiled corpora as one graph: sources of both; a node or edge id found in both is one node
 * or edge (the first corpus's fields, the mentions or evidence of both). The dev set reuses the
 * bundled corpus's ids for the same things, so `knownExcept(merged, id)` gives a dev article the
 * nodes named anywhere else, bundled or dev.
 */
export function mergeCorpora(first: CorpusData, second: CorpusData): CorpusData {
  const nodes = new Map(first.nodes.map((n) => [n.id, { ...n, mentions: [...n.mentions] }]));
  for (const n of second.nodes) {
    const known = nodes.get(n.id);
    if (known) known.mentions.push(...n.mentions);
    else nodes.set(n.id, { ...n, mentions: [...n.mentions] });
  }
  const edges = new Map(first.edges.map((e) => [e.id, { ...e, evidence: [...e.evidence] }]));
  for (const e of second.edges) {
    const known = edges.get(e.id);
    if (known) known.evidence.push(...e.evidence);
    else edges.set(e.id, { ...e, evidence: [...e.evidence] });
  }
  return {
    ...first,
    sources: [...first.sources, ...second.sources],
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}
