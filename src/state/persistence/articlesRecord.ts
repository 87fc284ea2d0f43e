import { z } from 'zod';
import type { Review } from '../../model/ingest/review';
import type { SessionDb } from './db';

/**
 * The articles added to a graph, and the one under review, are kept per graph like its notes: in the
 * session store under `articles:<graph key>`, apart from the graph (which stays as it was opened) and
 * reapplied to it when it opens. Opening another graph leaves them stored; reopening brings them back.
 */
export const articlesKey = (graphKey: string) => `articles:${graphKey}`;
/** Before articles were kept per graph, one record held those of whatever graph was open. */
const LEGACY_KEY = 'ingest-review';

const range = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const mention = range.extend({
  entity: z.string(),
  text: z.string(),
  reason: z.enum([
    'name',
    'variant',
    'surname',
    'metonym',
    'apposition',
    'description',
    'reference',
    'new',
    'hand',
  ]),
});
const review = z.object({
  article: z.object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    published: z.string(),
    text: z.string(),
  }),
  entities: z.array(
    z.object({
      id: z.string(),
      type: z.enum(['actor', 'place', 'event']),
      kind: z.string().optional(),
      label: z.string(),
      aliases: z.array(z.string()),
      date: z.string().optional(),
      existing: z.boolean(),
      mentions: z.array(mention),
      confidence: z.number(),
    }),
  ),
  relations: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      relation: z.string(),
      target: z.string(),
      modality: z.enum(['planned', 'possible', 'negated']).optional(),
      date: z.string().optional(),
      evidence: range,
      trigger: range,
      confidence: z.number(),
      pattern: z.string(),
    }),
  ),
  decisions: z.record(z.string(), z.enum(['accepted', 'rejected'])),
  edits: z.record(
    z.string(),
    z.object({
      relation: z.string().optional(),
      source: z.string().optional(),
      target: z.string().optional(),
      evidence: range.optional(),
      date: z.string().optional(),
      modality: z.enum(['planned', 'possible', 'negated', '']).optional(),
    }),
  ),
  unlinked: z.array(z.string()),
  sameAs: z.record(z.string(), z.object({ id: z.string(), label: z.string() })).optional(),
});
/** Version 1 kept only the article under review; version 2 also the added (finished) ones. */
const articlesSchema = z.union([
  z.object({ version: z.literal(1), review }),
  z.object({ version: z.literal(2), added: z.array(review), review: review.nullable() }),
]);

/** The articles of one graph: those finished, and the one under review. */
export interface SavedArticles {
  added: Review[];
  review: Review | null;
}

function spansFit(review: Review): boolean {
  const n = review.article.text.length;
  const ok = (r: { start: number; end: number }) => r.start < r.end && r.end <= n;
  return review.relations.every((r) => ok(r.evidence)) && review.entities.every((e) => e.mentions.every(ok));
}

function parse(raw: unknown): SavedArticles | null {
  const parsed = articlesSchema.safeParse(raw);
  if (!parsed.success) return null;
  const saved =
    parsed.data.version === 1
      ? { added: [], review: parsed.data.review as Review }
      : { added: parsed.data.added as Review[], review: parsed.data.review as Review | null };
  const all = [...saved.added, ...(saved.review ? [saved.review] : [])];
  return all.every(spansFit) ? saved : null;
}

/**
 * The stored articles of a graph (none: null). A record that cannot be read is deleted (it would
 * fail again on every start) and the reason returned for the notice. With `adoptLegacy`, the single
 * record of an older Dossier is taken as this graph's (it belonged to the graph then open) and moved.
 */
export async function readArticles(
  db: SessionDb,
  graphKey: string,
  adoptLegacy = false,
): Promise<{ saved: SavedArticles | null; problem: string | null }> {
  const key = articlesKey(graphKey);
  let raw = await db.get('session', key);
  if (raw === undefined && adoptLegacy) {
    raw = await db.get('session', LEGACY_KEY);
    if (raw !== undefined) {
      await db.delete('session', LEGACY_KEY);
      await db.put('session', raw, key);
    }
  }
  if (raw === undefined) return { saved: null, problem: null };
  const saved = parse(raw);
  if (saved) return { saved, problem: null };
  await db.delete('session', key);
  return {
    saved: null,
    problem: 'The articles you added or were reviewing could not be restored; they were cleared.',
  };
}

/** The two operations articles need from the session store, in whichever transaction it was opened. */
interface ArticlesStore {
  put(value: unknown, key: string): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

/** Writes a graph's articles (none: deletes its record). */
export function writeArticlesIn(store: ArticlesStore, graphKey: string, saved: SavedArticles) {
  const key = articlesKey(graphKey);
  if (saved.added.length === 0 && !saved.review) return store.delete(key);
  return store.put({ version: 2, added: saved.added, review: saved.review }, key);
}
