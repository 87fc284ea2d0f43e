import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/dataset';
import {
  addRelationByHand,
  graphNames,
  markEntity,
  removeHandAdded,
  unmarkEntity,
  type MarkedWords,
  type StatedRelation,
} from '../model/ingest/handAdded';
import { withoutArticle } from '../model/ingest/addedArticles';
import { keepingApart, sayingSameAs } from '../model/ingest/sameAs';
import {
  applyReview,
  applyReviews,
  type Decision,
  type RelationEdit,
  type Review,
} from '../model/ingest/review';
import type { DatasetState } from './datasetSlice';
import type { NotesState } from './notesSlice';
import type { SelectionState } from './selectionSlice';
import type { SourceViewerState } from './sourceViewerSlice';

/** The candidate the reviewer is looking at, in the review list and in the source viewer. */
export interface ReviewFocus {
  kind: 'entity' | 'relation';
  id: string;
}

export interface IngestState {
  /** The Add article dialog. */
  addArticleOpen: boolean;
  /** The article under review, with every decision taken so far. */
  review: Review | null;
  /** Whether the review panel is shown (the review itself is kept while it is hidden). */
  reviewOpen: boolean;
  /**
   * Articles whose review was finished, in the order they were added: their accepted relations are
   * part of the graph. Each can be taken out again, or reviewed again.
   */
  added: Review[];
  /**
   * The graph as it was opened, before any article was added: the graph shown is this plus the
   * accepted relations of the added articles and of the one under review. Null when none is.
   */
  ingestBase: Dataset | null;
  /** Why the last analysis failed. */
  ingestProblem: string | null;
  ingestRunning: boolean;
  reviewFocus: ReviewFocus | null;
}

export interface IngestActions {
  setAddArticleOpen(open: boolean): void;
  startReview(review: Review): void;
  /** Reapplies what a saved session had: the added articles, and the one under review if any. */
  restoreArticles(added: Review[], review: Review | null): void;
  /** Keeps the accepted relations in the graph and ends the review: the next article can be added. */
  finishReview(): void;
  /** Takes a finished article out of the graph: its relations, and the nodes only it added. */
  removeArticle(articleId: string): void;
  /** Opens a finished article's review again, with its decisions (when no other is under way). */
  reviewAgain(articleId: string): void;
  decide(relationId: string, decision: Decision | null): void;
  editRelation(relationId: string, edit: RelationEdit): void;
  toggleUnlink(entityId: string): void;
  /** Says a new entity is the one named `name` (see sameAs.ts); the problem when it cannot, else null. */
  sayEntitySameAs(entityId: string, name: string): string | null;
  /** Undoes that: the entity is its own again. */
  keepEntityApart(entityId: string): void;
  /** Marks words of the article as an entity's mention; the problem when it cannot, else null. */
  markWords(words: MarkedWords): string | null;
  /** Takes back the words marked by hand for an entity; the problem when it cannot, else null. */
  unmarkWords(entityId: string): string | null;
  /** Adds a relation the pipeline missed, accepted; the problem when it cannot, else null. */
  addRelation(stated: StatedRelation): string | null;
  removeAddedRelation(relationId: string): void;
  setReviewOpen(open: boolean): void;
  discardReview(): void;
  setIngestStatus(running: boolean, problem: string | null): void;
  setReviewFocus(focus: ReviewFocus | null): void;
}

type S = IngestState & DatasetState & SourceViewerState & NotesState & SelectionState;

/**
 * Whether the review panel is shown, in the details column: while it is open and nothing is
 * selected (a click in the graph shows that element's details; clearing the selection, or opening
 * the review again, brings the review back).
 */
export const selectReviewShown = (s: S): boolean => s.review !== null && s.reviewOpen && s.selection === null;

// The graph plus the finished articles changes only when one is finished (or the graph replaced):
// kept, so a decision in the review copies the graph once, not once per added article.
let addedMemo: { base: Dataset; added: readonly Review[]; dataset: Dataset } | null = null;
function withAddedArticles(base: Dataset, added: readonly Review[]): Dataset {
  if (addedMemo?.base !== base || addedMemo.added !== added)
    addedMemo = { base, added, dataset: applyReviews(base, added) };
  return addedMemo.dataset;
}

/**
 * The graph the article under review is read against: the one opened plus the articles finished
 * before it (not the review's own accepted relations). Names marked by hand are looked up there.
 */
export const selectReadAgainst = (s: S): Dataset | null =>
  s.ingestBase ? withAddedArticles(s.ingestBase, s.added) : s.dataset;

/**
 * The review changed (or ended, with null): the graph shown becomes the opened graph plus what the
 * added articles and the review accept. It is the same graph, grown: its notes stay with it.
 */
export const withReviewProducer =
  (review: Review | null) =>
  <T extends S>(state: T): T => {
    const base = state.ingestBase ?? state.dataset;
    if (!base) return state;
    const withAdded = withAddedArticles(base, state.added);
    const dataset = review ? applyReview(withAdded, review) : withAdded;
    return {
      ...state,
      review,
      ingestBase: review || state.added.length > 0 ? base : null,
      dataset,
      notesOf: state.notesOf === state.dataset ? dataset : state.notesOf,
    };
  };

const update = (s: S, change: (r: Review) => Review) =>
  s.review ? withReviewProducer(change(s.review))(s) : s;

/** A review opens its article in the source viewer, where its candidates are marked. */
export const readReviewProducer = <T extends S>(state: T): T =>
  state.review && state.reading?.source !== state.review.article.id
    ? { ...state, reading: { source: state.review.article.id } }
    : state;

/** The review is discarded: its relations leave the graph, and its article closes. */
export const endReviewProducer = <T extends S>(state: T): T => {
  const ended = withReviewProducer(null)(state);
  const article = state.review?.article.id;
  const reading =
    state.reading && state.reading.source === article && !ended.dataset?.sources.has(article)
      ? null
      : state.reading;
  return { ...ended, reviewOpen: false, reviewFocus: null, reading };
};

/** The review is finished: its accepted relations stay in the graph as an added article's. */
export const finishReviewProducer = <T extends S>(state: T): T => {
  const { review } = state;
  if (!review) return state;
  // A review that accepted nothing adds nothing: finishing it is discarding it.
  if (!Object.values(review.decisions).includes('accepted')) return endReviewProducer(state);
  const added = [...state.added, review];
  return { ...withReviewProducer(null)({ ...state, added }), reviewOpen: false, reviewFocus: null };
};

/** A finished article leaves the graph; the source viewer closes it if it was reading it. */
export const removeArticleProducer =
  (articleId: string) =>
  <T extends S>(state: T): T => {
    if (!state.added.some((r) => r.article.id === articleId)) return state;
    const removed = withReviewProducer(state.review)({
      ...state,
      added: withoutArticle(state.added, articleId),
    });
    return state.reading?.source === articleId && !removed.dataset?.sources.has(articleId)
      ? { ...removed, reading: null }
      : removed;
  };

/** A finished article becomes the one under review again, decisions kept; refused during another review. */
export const reviewAgainProducer =
  (articleId: string) =>
  <T extends S>(state: T): T => {
    const review = state.added.find((r) => r.article.id === articleId);
    if (!review || state.review) return state;
    const reopened = withReviewProducer(review)({
      ...state,
      added: withoutArticle(state.added, articleId),
      reviewFocus: null,
    });
    return { ...readReviewProducer(reopened), reviewOpen: true };
  };

export const createIngestSlice: StateCreator<S & IngestActions, [], [], IngestState & IngestActions> = (
  set,
  get,
) => ({
  addArticleOpen: false,
  review: null,
  reviewOpen: false,
  added: [],
  ingestBase: null,
  ingestProblem: null,
  ingestRunning: false,
  reviewFocus: null,
  setAddArticleOpen: (addArticleOpen) => set({ addArticleOpen }),
  startReview: (review) =>
    set((s) => ({
      ...readReviewProducer(withReviewProducer(review)({ ...s, reviewFocus: null })),
      reviewOpen: true,
    })),
  restoreArticles: (added, review) =>
    set((s) => {
      const restored = withReviewProducer(review)({ ...s, added, ingestBase: null, reviewFocus: null });
      if (!review) return restored;
      // After a reload the address bar may name another article: that reading stays.
      return { ...(s.reading ? restored : readReviewProducer(restored)), reviewOpen: true };
    }),
  finishReview: () => set(finishReviewProducer),
  removeArticle: (articleId) => set(removeArticleProducer(articleId)),
  reviewAgain: (articleId) => set(reviewAgainProducer(articleId)),
  decide: (id, decision) =>
    set((s) =>
      update(s, (r) => {
        const decisions = { ...r.decisions };
        if (decision) decisions[id] = decision;
        else delete decisions[id];
        return { ...r, decisions };
      }),
    ),
  editRelation: (id, edit) =>
    set((s) => update(s, (r) => ({ ...r, edits: { ...r.edits, [id]: { ...r.edits[id], ...edit } } }))),
  toggleUnlink: (entityId) =>
    set((s) =>
      update(s, (r) => ({
        ...r,
        unlinked: r.unlinked.includes(entityId)
          ? r.unlinked.filter((x) => x !== entityId)
          : [...r.unlinked, entityId],
      })),
    ),
  keepEntityApart: (entityId) => set((s) => update(s, (r) => keepingApart(r, entityId))),
  // These may refuse: they return why, and change nothing then.
  sayEntitySameAs: (entityId, name) => {
    const { review } = get();
    const base = selectReadAgainst(get());
    if (!review || !base) return null;
    const out = sayingSameAs(review, graphNames(base.graph), entityId, name);
    if ('problem' in out) return out.problem;
    set(withReviewProducer(out.review));
    return null;
  },
  markWords: (words) => {
    const { review } = get();
    const base = selectReadAgainst(get());
    if (!review || !base) return null;
    const added = markEntity(review, graphNames(base.graph), words);
    if ('problem' in added) return added.problem;
    set((s) => withReviewProducer(added.review)({ ...s, reviewFocus: { kind: 'entity', id: added.id } }));
    return null;
  },
  unmarkWords: (entityId) => {
    const { review, reviewFocus } = get();
    if (!review) return null;
    const out = unmarkEntity(review, entityId);
    if ('problem' in out) return out.problem;
    const gone = !out.entities.some((e) => e.id === entityId);
    const unfocus = gone && reviewFocus?.kind === 'entity' && reviewFocus.id === entityId;
    set((s) => withReviewProducer(out)(unfocus ? { ...s, reviewFocus: null } : s));
    return null;
  },
  addRelation: (stated) => {
    const { review } = get();
    if (!review) return null;
    const added = addRelationByHand(review, stated);
    if ('problem' in added) return added.problem;
    set((s) => withReviewProducer(added.review)({ ...s, reviewFocus: { kind: 'relation', id: added.id } }));
    return null;
  },
  removeAddedRelation: (id) =>
    set((s) =>
      update(
        s.reviewFocus?.kind === 'relation' && s.reviewFocus.id === id ? { ...s, reviewFocus: null } : s,
        (r) => removeHandAdded(r, id),
      ),
    ),
  // Opening the review shows it: the selection, whose details would stand in its place, is cleared.
  setReviewOpen: (reviewOpen) =>
    set((s) => (reviewOpen ? readReviewProducer({ ...s, reviewOpen, selection: null }) : { reviewOpen })),
  discardReview: () => set(endReviewProducer),
  setIngestStatus: (ingestRunning, ingestProblem) => set({ ingestRunning, ingestProblem }),
  setReviewFocus: (reviewFocus) => set({ reviewFocus }),
});
