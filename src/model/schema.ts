import { z } from 'zod';
import { isIsoDate } from './dates';
import { NODE_TYPES } from './nodeTypes';
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

export const sourceSchema = z.object({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: isoDate,
  file: z.string().min(1),
  note: z.string().optional(),
  body: z.array(spanSchema).optional(),
});

export const nodeSchema = z.object({
  id,
  type: z.enum(NODE_TYPES),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.string().min(1).optional(),
  description: z.string().optional(),
  date: isoDate.optional(),
  mentions: z.array(spanSchema).optional(),
});

export const edgeSchema = z.object({
  id,
  source: id,
  target: id,
  relation: z.string().min(1),
  date: isoDate.optional(),
  modality: z.enum(MODALITIES).optional(),
  evidence: z.array(spanSchema).min(1, 'must list at least one supporting passage'),
});

export const graphDataSchema = z.object({
  sources: z.array(sourceSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type NodeRecord = z.infer<typeof nodeSchema>;
export type EdgeRecord = z.infer<typeof edgeSchema>;
export type GraphData = z.infer<typeof graphDataSchema>;
