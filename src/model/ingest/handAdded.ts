import { isIsoDate } from '../dates';
import type { NodeType } from '../nodeTypes';
import type { Modality } from '../vocabulary';
import { freeId } from './gazetteer';
import { nameKey, surnameOf } from './names';
import type { KnowledgeGraph } from '../dataset';
import { knownFromGraph, relationProblem, type Review } from './review';
import type { EntityCandidate, KnownEntity, RelationCandidate, TextRange } from './types';

/**
 * What the reviewer adds that the pipeline missed: words of the article marked as a mention (of an
 * entity of the review, of a graph node, or of a new entity) and relations stated by hand, each with
 * the passage that states it. Pure producers over a Review, like the decisions and edits.
 */

/** The `pattern` of a relation the reviewer added: no rule proposed it. */
export const HAND_PATTERN = 'added by hand';

export const isHandAdded = (r: RelationCandidate): boolean => r.pattern === HAND_PATTERN;

/** The graph's nodes as the reviewer's names are looked up in: by every label and alias. */
export interface GraphNames {
  byName: ReadonlyMap<string, KnownEntity>;
  has(id: string): boolean;
}

const namesCache = new WeakMap<KnowledgeGraph, GraphNames>();

/** The names of a graph's actors, places and events; built once per graph. */
export function graphNames(graph: KnowledgeGraph): GraphNames {
  const cached = namesCache.get(graph);
  if (cached) return cached;
  const byName = new Map<string, KnownEntity>();
  for (const e of knownFromGraph(graph))
    for (const n of [e.label, ...e.aliases]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), e);
  const names = { byName, has: (id: string) => graph.hasNode(id) };
  namesCache.set(graph, names);
  return names;
}

/** Whom a name belongs to: an entity already in the review, a node of the graph, or nobody yet. */
export type NameMatch =
  { kind: 'review'; entity: EntityCandidate } | { kind: 'graph'; entity: KnownEntity } | { kind: 'new' };

export function matchName(review: Review, graph: GraphNames, name: string): NameMatch {
  const key = nameKey(name);
  if (key === '') return { kind: 'new' };
  const inReview = review.entities.find((e) => [e.label, ...e.aliases].some((n) => nameKey(n) === key));
  if (inReview) return { kind: 'review', entity: inReview };
  const node = graph.byName.get(key);
  if (!node) return { kind: 'new' };
  const merged = review.entities.find((e) => e.id === node.id);
  return merged ? { kind: 'review', entity: merged } : { kind: 'graph', entity: node };
}

/** Words the reviewer marked as naming an entity; type, kind and date matter only for a new one. */
export interface MarkedWords {
  span: TextRange;
  name: string;
  type: NodeType;
  kind?: string;
  date?: string;
}

export type Added = { review: Review; id: string } | { problem: string };

function spanProblem(review: Review, span: TextRange): string | null {
  const { text } = review.article;
  if (!(span.start >= 0 && span.end <= text.length && span.start < span.end))
    return 'the selected words are not in the article';
  if (text.slice(span.start, span.end).trim() === '') return 'the selection holds no words';
  return null;
}

/**
 * Where else the article writes the marked words, when they are a name (capitalised): each a whole
 * word sequence, clear of every mark. A lower-case description ("the president") may mean someone
 * else elsewhere, so only the words selected are marked then.
 */
export function sameNameElsewhere(review: Review, span: TextRange): TextRange[] {
  const { text } = review.article;
  const words = text.slice(span.start, span.end);
  if (!/^\p{Lu}/u.test(words)) return [];
  const marked = review.entities.flatMap((e) => e.mentions);
  const out: TextRange[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const r = { start: at, end: at + words.length };
    const wordEdge = (i: number) => i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]!);
    if (r.start === span.start || !wordEdge(r.start - 1) || !wordEdge(r.end)) continue;
    if (marked.some((m) => m.start < r.end && r.start < m.end)) continue;
    out.push(r);
  }
  return out;
}

/**
 * Where the article, after the marked full name of a person, writes the surname alone ("Li Qiang …
 * Li said"): whole words, clear of every mark, not the start of another name ("Li Hui").
 */
export function surnameElsewhere(review: Review, span: TextRange, taken: readonly TextRange[]): TextRange[] {
  const { text } = review.article;
  const surname = surnameOf(text.slice(span.start, span.end));
  if (!surname) return [];
  const marked = [...review.entities.flatMap((e) => e.mentions), ...taken];
  const out: TextRange[] = [];
  for (let at = text.indexOf(surname, span.end); at >= 0; at = text.indexOf(surname, at + 1)) {
    const r = { start: at, end: at + surname.length };
    const wordEdge = (i: number) => i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]!);
    if (!wordEdge(r.start - 1) || !wordEdge(r.end) || /^[\s-]+\p{Lu}/u.test(text.slice(r.end, r.end + 3)))
      continue;
    if (marked.some((m) => m.start < r.end && r.start < m.end)) continue;
    out.push(r);
  }
  return out;
}

/**
 * Marks words as a mention, and the same name wherever else the article writes it
 * (sameNameElsewhere). A name the review or the graph already knows joins that entity (the
 * reviewer sees which before adding); any other becomes a new entity. Marks never overlap.
 */
export function markEntity(review: Review, graph: GraphNames, words: MarkedWords): Added {
  const { span } = words;
  const bad = spanProblem(review, span);
  if (bad) return { problem: bad };
  const name = words.name.trim();
  if (name === '') return { problem: 'give the entity a name' };
  for (const e of review.entities)
    for (const m of e.mentions)
      if (m.start < span.end && span.start < m.end)
        return { problem: `the words overlap “${m.text}”, already marked as ${e.label}` };
  const spans = [span, ...sameNameElsewhere(review, span)].sort((a, b) => a.start - b.start);
  const match = matchName(review, graph, name);
  const person = (match.kind === 'new' ? words.kind?.trim() : match.entity.kind) === 'person';
  const surnames = person ? surnameElsewhere(review, span, spans) : [];
  const mentionsOf = (entity: string) =>
    [
      ...spans.map((r) => ({ ...r, reason: 'hand' as const })),
      ...surnames.map((r) => ({ ...r, reason: 'surname' as const })),
    ]
      .sort((a, b) => a.start - b.start)
      .map((r) => ({ ...r, entity, text: review.article.text.slice(r.start, r.end) }));
  if (match.kind === 'review') {
    const id = match.entity.id;
    const entities = review.entities.map((e) =>
      e.id === id
        ? { ...e, mentions: [...e.mentions, ...mentionsOf(id)].sort((a, b) => a.start - b.start) }
        : e,
    );
    return { review: { ...review, entities }, id };
  }
  if (match.kind === 'graph') {
    const n = match.entity;
    const entity: EntityCandidate = {
      id: n.id,
      type: n.type,
      ...(n.kind ? { kind: n.kind } : {}),
      label: n.label,
      aliases: [...n.aliases],
      existing: true,
      mentions: mentionsOf(n.id),
      confidence: 1,
    };
    return { review: { ...review, entities: [...review.entities, entity] }, id: n.id };
  }
  const date = words.date?.trim();
  if (date && !isIsoDate(date)) return { problem: `the date "${date}" is not YYYY-MM-DD, YYYY-MM or YYYY` };
  const kind = words.kind?.trim();
  const id = freeId(name, (x) => graph.has(x) || review.entities.some((e) => e.id === x));
  const entity: EntityCandidate = {
    id,
    type: words.type,
    ...(kind ? { kind } : {}),
    label: name,
    aliases: [],
    ...(date ? { date } : {}),
    existing: false,
    mentions: mentionsOf(id),
    confidence: 1,
  };
  return { review: { ...review, entities: [...review.entities, entity] }, id };
}

/** Relations that use the entity, as they stand after the reviewer's edits. */
function usedBy(review: Review, entityId: string): number {
  return review.relations.filter((r) => {
    const e = { ...r, ...review.edits[r.id] };
    return e.source === entityId || e.target === entityId;
  }).length;
}

/**
 * Takes back the words the reviewer marked for an entity. An entity left with no mention leaves the
 * review, which it may only do when no relation uses it.
 */
export function unmarkEntity(review: Review, entityId: string): Review | { problem: string } {
  const entity = review.entities.find((e) => e.id === entityId);
  if (!entity) return review;
  const mentions = entity.mentions.filter((m) => m.reason !== 'hand');
  if (mentions.length === entity.mentions.length) return review;
  if (mentions.length === 0) {
    const n = usedBy(review, entityId);
    if (n > 0)
      return {
        problem: `${entity.label} is used by ${n} relation${n === 1 ? '' : 's'}; remove or change them first`,
      };
    const merged = review.entities.filter((e) => review.sameAs?.[e.id]?.id === entityId);
    if (merged.length > 0)
      return {
        problem: `${merged.map((e) => e.label).join(', ')} ${merged.length === 1 ? 'is' : 'are'} said to be the same as ${entity.label}; keep ${merged.length === 1 ? 'it' : 'them'} separate first`,
      };
    return { ...review, entities: review.entities.filter((e) => e.id !== entityId) };
  }
  return { ...review, entities: review.entities.map((e) => (e.id === entityId ? { ...e, mentions } : e)) };
}

/** A relation the reviewer states, with the passage that states it. */
export interface StatedRelation {
  source: string;
  relation: string;
  target: string;
  date?: string;
  modality?: Modality;
  evidence: TextRange;
}

/** Adds a relation the pipeline missed. The reviewer stated it, so it is accepted at once. */
export function addRelationByHand(review: Review, stated: StatedRelation): Added {
  const bad = spanProblem(review, stated.evidence);
  if (bad) return { problem: bad };
  const date = stated.date?.trim();
  let n = 1;
  while (review.relations.some((r) => r.id === `hand-${n}`)) n++;
  const id = `hand-${n}`;
  const candidate: RelationCandidate = {
    id,
    source: stated.source,
    relation: stated.relation,
    target: stated.target,
    ...(date ? { date } : {}),
    ...(stated.modality ? { modality: stated.modality } : {}),
    evidence: stated.evidence,
    trigger: stated.evidence,
    confidence: 1,
    pattern: HAND_PATTERN,
  };
  const problem = relationProblem(review, candidate);
  if (problem) return { problem };
  return {
    review: {
      ...review,
      relations: [...review.relations, candidate],
      decisions: { ...review.decisions, [id]: 'accepted' },
    },
    id,
  };
}

/** Takes back a relation the reviewer added (one the pipeline proposed is rejected instead). */
export function removeHandAdded(review: Review, relationId: string): Review {
  const r = review.relations.find((x) => x.id === relationId);
  if (!r || !isHandAdded(r)) return review;
  const decisions = { ...review.decisions };
  const edits = { ...review.edits };
  delete decisions[relationId];
  delete edits[relationId];
  return { ...review, relations: review.relations.filter((x) => x.id !== relationId), decisions, edits };
}
