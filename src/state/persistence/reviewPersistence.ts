import { z } from 'zod';
import type { Review } from '../../model/ingest/review';
import type { AppState } from '../store';
import { openSessionDb, type SessionDb } from './db';

/**
 * The added articles and the one under review are kept in the session store under their own key,
 * beside the session: the saved graph is the one opened, and they are reapplied to it.
 */
const REVIEW_KEY = 'ingest-review';

const range = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const mention = range.extend({
  entity: z.string(),
  text: z.string(),
  reason: z.enum(['name', 'variant', 'surname', 'metonym', 'new', 'hand']),
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
    }),
  ),
  unlinked: z.array(z.string()),
});
/** Version 1 kept only the article under review; version 2 also the added (finished) ones. */
const articlesSchema = z.union([
  z.object({ version: z.literal(1), review }),
  z.object({ version: z.literal(2), added: z.array(review), review: review.nullable() }),
]);

interface Store {
  getState(): AppState;
  subscribe(listener: (state: AppState, prev: AppState) => void): () => void;
}

function spansFit(review: Review): boolean {
  const n = review.article.text.length;
  const ok = (r: { start: number; end: number }) => r.start < r.end && r.end <= n;
  return review.relations.every((r) => ok(r.evidence)) && review.entities.every((e) => e.mentions.every(ok));
}

/**
 * Reapplies the added articles and reopens the one under review (its decisions reapplied to the
 * graph), and keeps them saved from then on. A saved record that cannot be read is dropped, with the
 * reason returned for the notice.
 */
export async function startReviewPersistence(store: Store): Promise<string | null> {
  let db: SessionDb;
  try {
    ({ db } = await openSessionDb());
  } catch {
    return null; // the session notice already says storage is unavailable
  }
  let problem: string | null = null;
  try {
    const raw = await db.get('session', REVIEW_KEY);
    if (raw !== undefined) {
      const parsed = articlesSchema.safeParse(raw);
      const saved = parsed.success
        ? parsed.data.version === 1
          ? { added: [], review: parsed.data.review as Review }
          : { added: parsed.data.added as Review[], review: parsed.data.review as Review | null }
        : null;
      const all = saved ? [...saved.added, ...(saved.review ? [saved.review] : [])] : [];
      if (saved && all.every(spansFit) && store.getState().dataset)
        store.getState().restoreArticles(saved.added, saved.review);
      else {
        await db.delete('session', REVIEW_KEY);
        problem = 'The articles you added or were reviewing could not be restored; they were cleared.';
      }
    }
  } catch (error) {
    problem = `The articles you added or were reviewing could not be read (${error instanceof Error ? error.message : String(error)}).`;
  }
  store.subscribe((state, prev) => {
    if (state.review === prev.review && state.added === prev.added) return;
    const write =
      state.review || state.added.length > 0
        ? db.put('session', { version: 2, added: state.added, review: state.review }, REVIEW_KEY)
        : db.delete('session', REVIEW_KEY);
    write.catch(() => undefined);
  });
  return problem;
}
