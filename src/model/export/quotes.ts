import type { Dataset, SourceDocument } from '../dataset';

/** One passage behind a relation: its exact words and the article they come from. */
export interface Quote {
  text: string;
  sourceId: string;
  /** Undefined when the document does not hold the cited source (it then cites an id only). */
  source: SourceDocument | undefined;
}

/** The passages stating an edge, as `text.slice(start, end)` of their sources, in evidence order. */
export function edgeQuotes(dataset: Dataset, edge: string): Quote[] {
  return dataset.graph.getEdgeAttribute(edge, 'evidence').map((span) => {
    const source = dataset.sources.get(span.source);
    return { text: source?.text.slice(span.start, span.end) ?? '', sourceId: span.source, source };
  });
}

/** "North and South Korea Hold Rare High-Level Talks (The Diplomat, 2014-02)". */
export function citeSource(source: SourceDocument | undefined, id: string): string {
  return source ? `${source.title} (${source.publisher}, ${source.published})` : id;
}

/** The articles the edges' passages come from, each once, oldest first. */
export function citedSources(dataset: Dataset, edges: Iterable<string>): SourceDocument[] {
  const ids = new Set<string>();
  for (const edge of edges)
    for (const e of dataset.graph.getEdgeAttribute(edge, 'evidence')) ids.add(e.source);
  return [...dataset.sources.values()]
    .filter((s) => ids.has(s.id))
    .sort((a, b) => a.published.localeCompare(b.published) || a.title.localeCompare(b.title));
}
