import { findEntities } from './entities';
import { knownIndex } from './known';
import { relationDate } from './relationDates';
import { findRelations } from './relations';
import { tokenize } from './tokenize';
import type { IngestResult, KnownEntity, TextRange } from './types';

export interface IngestOptions {
  /** Nodes already in the graph, to link mentions to. */
  existing?: readonly KnownEntity[];
  /** The article body; the rest of the text (site furniture) is not read. Default: all of it. */
  body?: readonly TextRange[];
  /** The article's publication date (YYYY-MM-DD): "on Sunday" and "last month" count from it. */
  published?: string;
}

/**
 * The ingest pipeline: sentences and tokens, entity mentions linked to existing nodes or proposed
 * as new ones, and relation candidates with confidence and evidence spans. Pure: runs in Node and
 * in a Worker. Every span it returns is checked against the text before it leaves.
 */
export function ingestText(text: string, options: IngestOptions = {}): IngestResult {
  const body = options.body ?? [{ start: 0, end: text.length }];
  const known = knownIndex(options.existing ?? []);
  const tok = tokenize(text, body);
  const entities = findEntities(text, tok, known, body);
  const relations = findRelations(text, tok, entities, known).map((r) => {
    const sentence = tok.sentences.find((s) => s.start <= r.trigger.start && r.trigger.start < s.end);
    const date = sentence && relationDate(text, sentence, r, options.published);
    return date ? { ...r, date } : r;
  });
  for (const e of entities)
    for (const m of e.mentions)
      if (text.slice(m.start, m.end) !== m.text)
        throw new Error(`mention of ${e.id} at ${m.start} does not match the text`);
  for (const r of relations)
    if (!(r.evidence.start >= 0 && r.evidence.end <= text.length && r.evidence.start < r.evidence.end))
      throw new Error(`relation ${r.id} has an invalid span`);
  return { text, sentences: tok.sentences, entities, relations };
}
