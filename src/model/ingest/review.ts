import { edgeId } from '../authoring/edgeId';
import type { Dataset, KnowledgeGraph, SourceDocument } from '../dataset';
import { isIsoDate } from '../dates';
import { endsAllowed, endsProblem, relationDescriptor, type Modality } from '../vocabulary';
import type { EntityCandidate, IngestResult, KnownEntity, RelationCandidate, TextRange } from './types';

/** An article being reviewed: its text and metadata, what the pipeline proposed and what the person decided. */
export interface ArticleDraft {
  id: string;
  title: string;
  publisher: string;
  published: string;
  text: string;
}

export type Decision = 'accepted' | 'rejected';

/** What the person changed in a relation candidate before accepting it. */
export interface RelationEdit {
  relation?: string;
  source?: string;
  target?: string;
  evidence?: TextRange;
  /** An ISO date, or '' to leave the relation undated. */
  date?: string;
  /** How the text states it: planned, possible, denied, or '' for as happening. */
  modality?: Modality | '';
}

export interface Review {
  article: ArticleDraft;
  entities: EntityCandidate[];
  relations: RelationCandidate[];
  decisions: Record<string, Decision>;
  edits: Record<string, RelationEdit>;
  /** Existing nodes whose merge the person undid: their mentions here become a new node. */
  unlinked: string[];
  /**
   * New entities the person said are the same as a node of the graph or another entity of the
   * review (sameAs.ts): their mentions and relations go to that one. Absent in reviews saved before.
   */
  sameAs?: Record<string, SameAsTarget>;
}

/** What a new entity is the same as: a graph node's or a review entity's id, and its name. */
export interface SameAsTarget {
  id: string;
  label: string;
}

/** Why an (edited) relation cannot join the graph, or null when it can. */
export function relationProblem(review: Review, r: RelationCandidate): string | null {
  const d = relationDescriptor(r.relation);
  const end = (id: string) => {
    const e = review.entities.find((x) => x.id === id);
    return e && { name: e.label, type: e.type };
  };
  const from = end(r.source);
  const to = end(r.target);
  if (!d) return `"${r.relation}" is not in the vocabulary`;
  if (graphIdOf(review, r.source) === graphIdOf(review, r.target))
    return 'a relation needs two different entities';
  if (!from || !to) return `"${r.relation}" runs from ${endsAllowed(d)}`;
  const ends = endsProblem(d, from, to);
  if (ends) return ends;
  if (r.date !== undefined && !isIsoDate(r.date))
    return `the date "${r.date}" is not YYYY-MM-DD, YYYY-MM or YYYY`;
  if (!(
    r.evidence.start >= 0 &&
    r.evidence.end <= review.article.text.length &&
    r.evidence.start < r.evidence.end
  ))
    return 'the passage is outside the text';
  return null;
}

export function newReview(article: ArticleDraft, result: IngestResult): Review {
  return {
    article,
    entities: result.entities,
    relations: result.relations,
    decisions: {},
    edits: {},
    unlinked: [],
  };
}

/** The relation as it stands after the person's edits. */
export function effectiveRelation(
  review: Review,
  r: RelationCandidate,
): RelationCandidate & { modality?: Modality } {
  const { date, modality, ...e } = review.edits[r.id] ?? {};
  const out: RelationCandidate = { ...r, ...e, evidence: e.evidence ?? r.evidence };
  if (date === '') delete out.date;
  else if (date !== undefined) out.date = date;
  if (modality === '') delete out.modality;
  else if (modality !== undefined) out.modality = modality;
  return out;
}

/**
 * For each candidate not rejected, how many candidates (itself included) state the same relation
 * (same ends, kind and date after edits): accepting several makes one relation with a passage from
 * each, not several relations. One pass over the review.
 */
export function passagesOfSameRelation(review: Review): Map<string, number> {
  const key = (c: RelationCandidate) => {
    const e = effectiveRelation(review, c);
    return [graphIdOf(review, e.source), e.relation, graphIdOf(review, e.target), e.date ?? ''].join('|');
  };
  const live = review.relations.filter((c) => review.decisions[c.id] !== 'rejected');
  const keys = new Map(live.map((c) => [c.id, key(c)]));
  const perKey = new Map<string, number>();
  for (const k of keys.values()) perKey.set(k, (perKey.get(k) ?? 0) + 1);
  return new Map([...keys].map(([id, k]) => [id, perKey.get(k) ?? 1]));
}

/** Candidates in review order: undecided first, then by confidence. */
export function rankedRelations(review: Review): RelationCandidate[] {
  return [...review.relations].sort(
    (a, b) => b.confidence - a.confidence || a.evidence.start - b.evidence.start,
  );
}

/**
 * The entity a new one was said to be the same as, followed to its end (sameAs.ts keeps the chains
 * one step long; a saved review that loops stops where it would repeat).
 */
function sameAsEnd(review: Review, entityId: string): { id: string; label?: string } {
  let at: { id: string; label?: string } = { id: entityId };
  const seen = new Set([entityId]);
  for (let next = review.sameAs?.[at.id]; next && !seen.has(next.id); next = review.sameAs?.[at.id]) {
    seen.add(next.id);
    at = next;
  }
  return at;
}

/**
 * How the review names an entity: one kept apart from the node it was taken for says so; one said
 * to be the same as another goes by that one's name.
 */
export function reviewLabel(review: Review, entityId: string): string {
  const end = sameAsEnd(review, entityId);
  const label = review.entities.find((e) => e.id === end.id)?.label ?? end.label ?? end.id;
  return review.unlinked.includes(end.id) ? `${label} (kept apart)` : label;
}

/**
 * The id a candidate entity takes in the graph: a merge the person undid gets an id of its own; an
 * entity said to be the same as another takes that one's.
 */
export function graphIdOf(review: Review, entityId: string): string {
  const { id } = sameAsEnd(review, entityId);
  return review.unlinked.includes(id) ? `${id}--${review.article.id}` : id;
}

export function knownFromGraph(graph: KnowledgeGraph): KnownEntity[] {
  const out: KnownEntity[] = [];
  graph.forEachNode((id, a) => {
    if (a.type === 'actor' || a.type === 'place' || a.type === 'event')
      out.push({
        id,
        type: a.type,
        ...(a.kind ? { kind: a.kind } : {}),
        label: a.label,
        aliases: a.aliases,
        existing: true,
      });
  });
  return out;
}

/** The dataset with the accepted relations of each review added, in order. */
export function applyReviews(base: Dataset, reviews: readonly Review[]): Dataset {
  return reviews.reduce(applyReview, base);
}

/**
 * The dataset with the accepted relations of the review added: the article as a source, the new
 * nodes they need (with their mentions in the article), mentions of linked existing nodes, and one
 * edge per accepted relation whose evidence is the reviewed span. The base dataset is not changed.
 */
export function applyReview(base: Dataset, review: Review): Dataset {
  const accepted = review.relations
    .filter((r) => review.decisions[r.id] === 'accepted')
    .map((r) => effectiveRelation(review, r));
  if (accepted.length === 0) return base;
  const graph = base.graph.copy() as KnowledgeGraph;
  const sourceId = review.article.id;
  const byId = new Map(review.entities.map((e) => [e.id, e]));
  const ensureNode = (entityId: string): string | undefined => {
    const e = byId.get(entityId);
    const id = graphIdOf(review, entityId);
    // Said to be the same as another: that one is the node, with this one's mentions too.
    const same = review.sameAs?.[entityId];
    if (same && id !== entityId && !graph.hasNode(id) && !ensureNode(same.id)) return undefined;
    const spans = (e?.mentions ?? []).map((m) => ({ source: sourceId, start: m.start, end: m.end }));
    if (graph.hasNode(id)) {
      const have = graph.getNodeAttribute(id, 'mentions');
      const fresh = spans.filter((s) => !have.some((h) => h.source === s.source && h.start === s.start));
      if (fresh.length) graph.setNodeAttribute(id, 'mentions', [...have, ...fresh]);
      return id;
    }
    if (!e) return undefined;
    // Kept apart from the node it was taken for: named as this article writes it, and by the
    // article, so the two are told apart in the graph, the search and the panels.
    const apart = review.unlinked.includes(entityId);
    const written = e.mentions.reduce((a, m) => (m.text.length > a.length ? m.text : a), '') || e.label;
    graph.addNode(id, {
      type: e.type,
      label: apart ? `${written} (${review.article.title})` : e.label,
      aliases: apart ? [] : e.aliases.filter((a) => a !== e.label),
      ...(e.kind ? { kind: e.kind } : {}),
      ...(e.date ? { date: e.date } : {}),
      description: apart
        ? `Added from "${review.article.title}" after review, kept apart from ${e.label}.`
        : `Added from "${review.article.title}" after review.`,
      mentions: spans,
    });
    return id;
  };
  for (const r of accepted) {
    const source = ensureNode(r.source);
    const target = ensureNode(r.target);
    if (!source || !target || source === target) continue;
    const key = edgeId({ source, relation: r.relation, target, ...(r.date ? { date: r.date } : {}) });
    const span = { source: sourceId, start: r.evidence.start, end: r.evidence.end };
    if (graph.hasEdge(key)) {
      const ev = graph.getEdgeAttribute(key, 'evidence');
      if (!ev.some((s) => s.source === sourceId && s.start === span.start && s.end === span.end))
        graph.setEdgeAttribute(key, 'evidence', [...ev, span]);
    } else {
      graph.addDirectedEdgeWithKey(key, source, target, {
        relation: r.relation,
        ...(r.modality ? { modality: r.modality } : {}),
        ...(r.date ? { date: r.date } : {}),
        evidence: [span],
      });
    }
  }
  const sources = new Map<string, SourceDocument>(base.sources);
  const { id, title, publisher, published, text } = review.article;
  sources.set(id, {
    id,
    title,
    publisher,
    published,
    text,
    body: [{ source: id, start: 0, end: text.length }],
  });
  return { ...base, graph, sources };
}
