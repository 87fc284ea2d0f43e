import { findEntities } from './entities';
import { knownIndex } from './known';
import { relationDate } from './relationDates';
import { findRelations } from './relations';
import { tokenize } from './tokenize';
import type {
  EntityCandidate,
  IngestResult,
  KnownEntity,
  Mention,
  RelationCandidate,
  TextRange,
} from './types';
import type { KnownIndex } from './known';

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
  const found = findRelations(text, tok, entities, known);
  const relations = found.relations.map((r) => {
    const sentence = tok.sentences.find((s) => s.start <= r.trigger.start && r.trigger.start < s.end);
    const date = sentence && relationDate(text, sentence, r, options.published);
    return date ? { ...r, date } : r;
  });
  entities.push(...namedOnlyByDemonym(entities, relations, found.demonyms, known));
  for (const e of entities)
    for (const m of e.mentions)
      if (text.slice(m.start, m.end) !== m.text)
        throw new Error(`mention of ${e.id} at ${m.start} does not match the text`);
  for (const r of relations)
    if (!(r.evidence.start >= 0 && r.evidence.end <= text.length && r.evidence.start < r.evidence.end))
      throw new Error(`relation ${r.id} has an invalid span`);
  return { text, sentences: tok.sentences, entities, relations };
}

/**
 * Known entities a relation stands on that the text names only by their adjective ("South Korean
 * President Moon": South Korea): listed like the others, with the adjectives the relation stage read
 * inside the relations' passages as their mentions, so the reviewer sees what the relation's end is
 * and why.
 */
function namedOnlyByDemonym(
  entities: readonly EntityCandidate[],
  relations: readonly RelationCandidate[],
  demonyms: readonly Mention[],
  known: KnownIndex,
): EntityCandidate[] {
  const listed = new Set(entities.map((e) => e.id));
  const out: EntityCandidate[] = [];
  for (const id of new Set(relations.flatMap((r) => [r.source, r.target]))) {
    const k = known.entities.get(id);
    if (listed.has(id) || !k) continue;
    const passages = relations.filter((r) => r.source === id || r.target === id).map((r) => r.evidence);
    const mentions = demonyms.filter(
      (m) => m.entity === id && passages.some((p) => p.start <= m.start && m.end <= p.end),
    );
    out.push({
      id,
      type: k.type,
      ...(k.kind ? { kind: k.kind } : {}),
      label: k.label,
      aliases: [...k.aliases],
      existing: k.existing,
      mentions,
      confidence: 0.9,
    });
  }
  return out;
}
