import { z } from 'zod';
import type { Review } from '../../model/ingest/review';
import type { AppState } from '../store';
import { openSessionDb, type SessionDb } from './db';

/** The article under review is kept in the session store under its own key, beside the session. */
const REVIEW_KEY = 'ingest-review';

const range = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const mention = range.extend({
  entity: z.string(),
  text: z.string(),
  reason: z.enum(['name', 'variant', 'surname', 'metonym', 'new', 'hand']),
});
const reviewSchema = z.object({
  version: z.literal(1),
  review: z.object({
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
  }),
});

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
 * Reopens the article under review (its decisions reapplied to the graph) and keeps it saved from
 * then on. A saved review that cannot be read is dropped, with the reason returned for the notice.
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
      const parsed = reviewSchema.safeParse(raw);
      if (parsed.success && spansFit(parsed.data.review as Review) && store.getState().dataset)
        store.getState().restoreReview(parsed.data.review as Review);
      else {
        await db.delete('session', REVIEW_KEY);
        problem = 'The article you were reviewing could not be restored; it was cleared.';
      }
    }
  } catch (error) {
    problem = `The article you were reviewing could not be read (${error instanceof Error ? error.message : String(error)}).`;
  }
  store.subscribe((state, prev) => {
    if (state.review === prev.review) return;
    const write = state.review
      ? db.put('session', { version: 1, review: state.review }, REVIEW_KEY)
      : db.delete('session', REVIEW_KEY);
    write.catch(() => undefined);
  });
  return problem;
}
