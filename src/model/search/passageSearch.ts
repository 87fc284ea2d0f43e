import type { Dataset } from '../dataset';
import type { Span } from '../schema';
import { foldTypography } from '../text/normalize';
import { bodySentences } from './sentences';
import { parseTextQuery, termPattern } from './textQuery';

/** A sentence of an article body that contains every term of a query. */
export interface Passage {
  source: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Where the query's terms occur in the sentence, in text order, overlaps merged. */
  matches: Span[];
  /** The nodes the sentence names (their mentions overlap it), in order of first mention. */
  entities: string[];
}

interface IndexedSentence {
  span: Span;
  /** The sentence with typography folded (same length, same offsets). */
  folded: string;
  entities: string[];
}

/** Every body sentence of a dataset, ready to be searched. Build once per dataset. */
export interface PassageIndex {
  sentences: IndexedSentence[];
}

interface Mention {
  node: string;
  start: number;
  end: number;
}

function mentionsBySource(dataset: Dataset): Map<string, Mention[]> {
  const bySource = new Map<string, Mention[]>();
  dataset.graph.forEachNode((node, attrs) => {
    for (const m of attrs.mentions) {
      const list = bySource.get(m.source) ?? [];
      list.push({ node, start: m.start, end: m.end });
      bySource.set(m.source, list);
    }
  });
  for (const list of bySource.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return bySource;
}

/** Splits every article body into sentences and notes the entities each one names. */
export function buildPassageIndex(dataset: Dataset): PassageIndex {
  const mentions = mentionsBySource(dataset);
  const sentences: IndexedSentence[] = [];
  for (const source of dataset.sources.values()) {
    const folded = foldTypography(source.text);
    const named = mentions.get(source.id) ?? [];
    for (const span of bodySentences(source)) {
      const inside = named.filter((m) => m.start < span.end && m.end > span.start).map((m) => m.node);
      sentences.push({ span, folded: folded.slice(span.start, span.end), entities: [...new Set(inside)] });
    }
  }
  return { sentences };
}

function mergeOverlaps(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The body sentences that contain every word and quoted phrase of `query` (case- and
 * typography-insensitive, each word matching the start of a word: see `termPattern`), in article
 * order and then text order. A query without words finds nothing.
 */
export function searchPassages(index: PassageIndex, query: string): Passage[] {
  const patterns = parseTextQuery(query).map(termPattern);
  if (patterns.length === 0) return [];
  const passages: Passage[] = [];
  for (const { span, folded, entities } of index.sentences) {
    const found: Span[] = [];
    const all = patterns.every((pattern) => {
      const before = found.length;
      for (const m of folded.matchAll(pattern)) {
        const start = span.start + m.index;
        found.push({ source: span.source, start, end: start + m[0].length });
      }
      return found.length > before;
    });
    if (!all) continue;
    passages.push({
      source: span.source,
      sentenceStart: span.start,
      sentenceEnd: span.end,
      matches: mergeOverlaps(found),
      entities,
    });
  }
  return passages;
}
