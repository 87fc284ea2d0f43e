import type { AttributeValue } from '../schema';
import type { Dataset, ExtraAttributes } from '../dataset';
import { citeSource, edgeQuotes } from './quotes';

/** Flat attribute rows for tabular and XML formats (CSV, GEXF, GraphML): names to plain values. */
export type FlatRecord = Record<string, AttributeValue>;

/** Where on the canvas each node is and what colour it is drawn in, for formats that keep layouts. */
export interface Appearance {
  position?(node: string): { x: number; y: number } | undefined;
  color?(node: string): string | undefined;
}

/**
 * A file's own attributes, next to the model's fields: a name the model already uses gets an
 * `attr_` prefix rather than overwriting it.
 */
function withExtras(record: FlatRecord, extras: ExtraAttributes | undefined): FlatRecord {
  for (const [key, value] of Object.entries(extras ?? {})) {
    record[key in record ? `attr_${key}` : key] = value;
  }
  return record;
}

const defined = (record: Record<string, AttributeValue | undefined>): FlatRecord => {
  const out: FlatRecord = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined && v !== null) out[k] = v;
  return out;
};

/** A node's fields; `x`/`y`/`color` come from the canvas when given, else from the file. */
export function nodeRecord(dataset: Dataset, id: string, look: Appearance = {}): FlatRecord {
  const a = dataset.graph.getNodeAttributes(id);
  const at = look.position?.(id);
  return withExtras(
    defined({
      label: a.label,
      type: a.type,
      kind: a.kind,
      description: a.description,
      date: a.date,
      aliases: a.aliases.length > 0 ? a.aliases.join('; ') : undefined,
      mentions: a.mentions.length,
      x: at?.x ?? a.x,
      y: at?.y ?? a.y,
      size: a.size,
      color: look.color?.(id) ?? a.color,
    }),
    a.attributes,
  );
}

/**
 * A relation's fields, its passages (`quotes`) and the article of each (`articles`), each list
 * joined by `separator`; `evidence` counts the passages (0: imported without provenance).
 */
export function edgeRecord(dataset: Dataset, id: string, separator: string): FlatRecord {
  const a = dataset.graph.getEdgeAttributes(id);
  const quotes = edgeQuotes(dataset, id);
  return withExtras(
    defined({
      relation: a.relation,
      date: a.date,
      modality: a.modality,
      weight: a.weight,
      color: a.color,
      evidence: quotes.length,
      quotes: quotes.length > 0 ? quotes.map((q) => q.text).join(separator) : undefined,
      articles:
        quotes.length > 0 ? quotes.map((q) => citeSource(q.source, q.sourceId)).join(separator) : undefined,
    }),
    a.attributes,
  );
}

/** The columns of a set of records: `first` in that order, then every other key in order of appearance. */
export function columnsOf(records: readonly FlatRecord[], first: readonly string[]): string[] {
  const columns = new Set(first);
  for (const r of records) for (const k of Object.keys(r)) columns.add(k);
  return [...columns];
}
