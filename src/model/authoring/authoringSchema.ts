import { z } from 'zod';
import { isIsoDate } from '../dates';
import { NODE_TYPES } from '../nodeTypes';
import { MODALITIES } from '../vocabulary';

/** Schemas of the human-edited authoring files (graph-data/authoring/, see graph-data/README.md). */

// YAML reads an unquoted 2013 as a number: accept it and keep dates as strings.
const isoDate = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .refine(isIsoDate, 'must be an ISO 8601 date such as "2013", "2013-12", "2013-12-31" or "1950/1953"');

const text = z.string().min(1, 'must not be empty');

export const entitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)'),
  type: z.enum(NODE_TYPES),
  label: text,
  aliases: z.array(text).default([]),
  kind: text.optional(),
  description: text.optional(),
  date: isoDate.optional(),
});

export const entitiesFileSchema = z.array(entitySchema);

const quoted = z.strictObject({ quote: text, text });

export const relationSchema = z
  .strictObject({
    source: text,
    relation: text,
    target: text,
    date: isoDate.optional(),
    modality: z.enum(MODALITIES).optional(),
    quote: text.optional(),
    quotes: z.array(text).min(1).optional(),
  })
  .refine((r) => (r.quote === undefined) !== (r.quotes === undefined), {
    message: 'give either `quote` or `quotes` (one of them, not both)',
  });

export const articleFileSchema = z.strictObject({
  source: z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
    title: text,
    publisher: text,
    published: isoDate,
    file: text,
    note: text.optional(),
  }),
  body: z.array(z.strictObject({ from: text, to: text })).min(1, 'must name at least one body segment'),
  mentions: z.array(quoted.extend({ node: text })).default([]),
  nonMentions: z.array(quoted).default([]),
  relations: z.array(relationSchema).default([]),
});

export type EntityEntry = z.infer<typeof entitySchema>;
export type ArticleFile = z.infer<typeof articleFileSchema>;
export type RelationEntry = z.infer<typeof relationSchema>;
