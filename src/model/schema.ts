import { z } from 'zod';
import './zodConfig';
import { isIsoDate } from './dates';
import { MODALITIES } from './vocabulary';

/**
 * The graph-data format (see graph-data/README.md). Structure is checked here; cross-references
 * (unknown nodes, duplicate ids) in `validateGraphData`, and offsets against texts in `checkSpans`.
 */
const isoDate = z
  .string()
  .refine(isIsoDate, 'must be an ISO 8601 date such as "2013", "2013-12", "2013-12-31" or "1950/1953"');

const id = z.string().min(1, 'must not be empty');

export const spanSchema = z
  .object({
    source: id,
    start: z.number().int('must be a whole number').nonnegative('must not be negative'),
    end: z.number().int('must be a whole number').nonnegative('must not be negative'),
  })
  .refine((s) => s.end > s.start, { message: 'must be greater than start', path: ['end'] });

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1),
    publisher: z.string().min(1),
    published: isoDate,
    /** Path of the verbatim text, relative to the document (graph-data/ for the bundled corpus). */
    file: z.string().min(1).optional(),
    /** The text itself, for self-contained bundles (exports, imports). */
    text: z.string().optional(),
    note: z.string().optional(),
    body: z.array(spanSchema).optional(),
  })
  .refine((s) => s.file !== undefined || s.text !== undefined, {
    message: 'needs its text: either "file" or "text"',
    path: ['file'],
  });

/** Attribute values carried over from imported files (GEXF, GraphML, CSV columns). */
export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const attributes = z.record(z.string(), attributeValueSchema).optional();

/** Colours as files give them: `#rgb`, `#rrggbb(aa)`, `rgb()`/`rgba()`, `hsl()`/`hsla()`. */
const color = z
  .string()
  .regex(
    /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([0-9.,%\s]+\))$/i,
    'must be a colour such as "#3b6fd8" or "rgb(59,111,216)"',
  );
const coordinate = z.number().refine(Number.isFinite, 'must be a finite number');

export const nodeSchema = z.object({
  id,
  /** "actor", "place" or "event" in a provenance corpus; any category in an imported graph. */
  type: z.string().min(1, 'must not be empty'),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.string().min(1).optional(),
  description: z.string().optional(),
  date: isoDate.optional(),
  mentions: z.array(spanSchema).optional(),
  attributes,
  x: coordinate.optional(),
  y: coordinate.optional(),
  size: z.number().positive('must be positive').optional(),
  color: color.optional(),
});

export const edgeSchema = z.object({
  id,
  source: id,
  target: id,
  relation: z.string().min(1),
  date: isoDate.optional(),
  modality: z.enum(MODALITIES).optional(),
  /** The passages that state it. Absent only for relations imported without provenance. */
  evidence: z.array(spanSchema).min(1, 'must list at least one supporting passage').optional(),
  /** Imported undirected edges: drawn without an arrow. */
  undirected: z.boolean().optional(),
  weight: z.number().refine(Number.isFinite, 'must be a finite number').optional(),
  color: color.optional(),
  attributes,
});

export const graphDataSchema = z.object({
  /** What the graph is, shown in the header and used in export file names. */
  title: z.string().optional(),
  sources: z.array(sourceSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type NodeRecord = z.infer<typeof nodeSchema>;
export type EdgeRecord = z.infer<typeof edgeSchema>;
export type GraphData = z.infer<typeof graphDataSchema>;
export type AttributeValue = z.infer<typeof attributeValueSchema>;
/** What a document must hold before validation fills defaults (e.g. `aliases`). */
export type GraphDataInput = z.input<typeof graphDataSchema>;

/**
 * A provenance corpus as `npm run build:graph` writes it (graph-data/graph.json): every source is a
 * file, every node lists its mentions and every edge its evidence.
 */
export type CorpusSource = SourceRecord & { file: string };
export type CorpusNode = NodeRecord & { mentions: Span[] };
export type CorpusEdge = EdgeRecord & { evidence: Span[] };
export type CorpusData = Omit<GraphData, 'sources' | 'nodes' | 'edges'> & {
  sources: CorpusSource[];
  nodes: CorpusNode[];
  edges: CorpusEdge[];
};
