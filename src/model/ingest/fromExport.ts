import type { Dataset, SourceDocument } from '../dataset';
import { isCorpusNodeType } from '../nodeTypes';
import type { Span } from '../schema';
import { freeId } from './gazetteer';
import type { EntityCandidate, IngestResult, RelationCandidate, TextRange } from './types';

/** The `pattern` of relations read back from an export: a person accepted each one in review. */
export const REVIEWED_PATTERN = 'reviewed in the explorer';

/** One article of an exported graph that the corpus does not have, with what its review added. */
export interface ExportedArticle {
  source: SourceDocument;
  /** The graph's nodes and relations that cite the article, in the ingest result's shape. */
  result: IngestResult;
  body: TextRange;
}

/** What the corpus the articles go into already has. */
export interface CorpusIds {
  hasSource(id: string): boolean;
  hasNode(id: string): boolean;
  /** Whether a node of the corpus goes by this name (label or alias). */
  hasName(name: string): boolean;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Authoring ids are kebab-case with single hyphens; the explorer gives a merge the reviewer undid
 * an id of its own ("kim--2019-06-30-talks"), which becomes "kim-2019-06-30-talks" (numbered when taken).
 */
function authoringIds(ids: readonly string[], taken: (id: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    if (KEBAB.test(id)) {
      out.set(id, id);
      used.add(id);
    }
  }
  for (const id of ids) {
    if (out.has(id)) continue;
    const next = freeId(id, (x) => used.has(x) || taken(x));
    out.set(id, next);
    used.add(next);
  }
  return out;
}

const inSource = (spans: readonly Span[], source: string) => spans.filter((s) => s.source === source);

/**
 * The articles of an exported graph (a Dossier JSON bundle) that the corpus lacks, each as an
 * ingest result that `toAuthoring` writes out: its entities are the actor, place and event nodes
 * named in it or tied to it by a relation (existing when the corpus has that id), its relations the
 * edges whose evidence lies in it, one per passage. Nothing is guessed: these are what the person
 * accepted in review.
 */
export function exportedArticles(dataset: Dataset, corpus: CorpusIds): ExportedArticle[] {
  const corpusHas = (id: string) => corpus.hasNode(id);
  const { graph } = dataset;
  const out: ExportedArticle[] = [];
  for (const source of dataset.sources.values()) {
    if (corpus.hasSource(source.id)) continue;
    const relations: Omit<RelationCandidate, 'id'>[] = [];
    const cited = new Set<string>();
    graph.forEachEdge((_edge, a, from, to) => {
      const spans = inSource(a.evidence, source.id);
      if (spans.length === 0) return;
      const types = [graph.getNodeAttribute(from, 'type'), graph.getNodeAttribute(to, 'type')];
      if (!types.every(isCorpusNodeType)) return;
      cited.add(from).add(to);
      for (const s of spans)
        relations.push({
          source: from,
          relation: a.relation,
          target: to,
          ...(a.modality ? { modality: a.modality } : {}),
          ...(a.date ? { date: a.date } : {}),
          evidence: { start: s.start, end: s.end },
          trigger: { start: s.start, end: s.end },
          confidence: 1,
          pattern: REVIEWED_PATTERN,
        });
    });
    graph.forEachNode((id, a) => {
      if (isCorpusNodeType(a.type) && inSource(a.mentions, source.id).length > 0) cited.add(id);
    });
    if (relations.length === 0) continue;
    const ids = authoringIds([...cited], (id) => corpusHas(id));
    const entities: EntityCandidate[] = [...cited].map((node) => {
      const a = graph.getNodeAttributes(node);
      const id = ids.get(node) ?? node;
      const existing = corpusHas(node);
      // In the authoring form a name belongs to one node. A node the reviewer kept apart from a
      // namesake gets a label of its own, and its mentions are written out one by one.
      const label = !existing && corpus.hasName(a.label) ? `${a.label} (${source.title})` : a.label;
      return {
        id,
        type: a.type as EntityCandidate['type'],
        ...(a.kind ? { kind: a.kind } : {}),
        label,
        aliases: existing ? [...a.aliases] : a.aliases.filter((n) => !corpus.hasName(n)),
        ...(a.date ? { date: a.date } : {}),
        existing,
        mentions: inSource(a.mentions, source.id).map((m) => ({
          start: m.start,
          end: m.end,
          entity: id,
          text: source.text.slice(m.start, m.end),
          reason: 'name' as const,
        })),
        confidence: 1,
      };
    });
    const body = source.body?.find((b) => b.source === source.id) ?? { start: 0, end: source.text.length };
    out.push({
      source,
      result: {
        text: source.text,
        sentences: [],
        entities,
        relations: relations.map((r, i) => ({
          ...r,
          id: `r${i + 1}`,
          source: ids.get(r.source) ?? r.source,
          target: ids.get(r.target) ?? r.target,
        })),
      },
      body: { start: body.start, end: body.end },
    });
  }
  return out;
}
