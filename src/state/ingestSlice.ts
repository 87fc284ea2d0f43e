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
import { applyReview, type Decision, type RelationEdit, type Review } from '../model/ingest/review';
import type { DatasetState } from './datasetSlice';
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
  /** The graph before the review's accepted items were added: the graph shown is this plus them. */
  ingestBase: Dataset | null;
  /** Why the last analysis failed. */
  ingestProblem: string | null;
  ingestRunning: boolean;
  reviewFocus: ReviewFocus | null;
}

export interface IngestActions {
  setAddArticleOpen(open: boolean): void;
  startReview(review: Review): void;
  restoreReview(review: Review): void;
  decide(relationId: string, decision: Decision | null): void;
  editRelation(relationId: string, edit: RelationEdit): void;
  toggleUnlink(entityId: string): void;
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

type S = IngestState & DatasetState & SourceViewerState;

/** The review changed: the graph shown becomes the base graph plus what is now accepted. */
export const withReviewProducer =
  (review: Review) =>
  <T extends S>(state: T): T => {
    const base = state.ingestBase ?? state.dataset;
    if (!base) return state;
    return { ...state, review, ingestBase: base, dataset: applyReview(base, review) };
  };

const update = (s: S, change: (r: Review) => Review) =>
  s.review ? withReviewProducer(change(s.review))(s) : s;

/** A review opens its article in the source viewer, where its candidates are marked. */
export const readReviewProducer = <T extends S>(state: T): T =>
  state.review && state.reading?.source !== state.review.article.id
    ? { ...state, reading: { source: state.review.article.id } }
    : state;

/** The review ends: its article closes unless accepted relations keep it in the graph. */
export const endReviewProducer = <T extends S>(state: T): T => {
  const dataset = state.ingestBase ?? state.dataset;
  const article = state.review?.article.id;
  const reading =
    state.reading && state.reading.source === article && !dataset?.sources.has(article)
      ? null
      : state.reading;
  return { ...state, review: null, reviewOpen: false, reviewFocus: null, dataset, ingestBase: null, reading };
};

export const createIngestSlice: StateCreator<S & IngestActions, [], [], IngestState & IngestActions> = (
  set,
) => ({
  addArticleOpen: false,
  review: null,
  reviewOpen: false,
  ingestBase: null,
  ingestProblem: null,
  ingestRunning: false,
  reviewFocus: null,
  setAddArticleOpen: (addArticleOpen) => set({ addArticleOpen }),
  startReview: (review) =>
    set((s) => ({
      ...readReviewProducer(
        withReviewProducer(review)({
          ...s,
          ingestBase: s.review ? s.ingestBase : s.dataset,
          reviewFocus: null,
        }),
      ),
      reviewOpen: true,
    })),
  restoreReview: (review) =>
    set((s) => {
      const restored = withReviewProducer(review)({ ...s, ingestBase: s.dataset, reviewFocus: null });
      // After a reload the address bar may name another article: that reading stays.
      return { ...(s.reading ? restored : readReviewProducer(restored)), reviewOpen: true };
    }),
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
  markWords: (words) => {
    let problem: string | null = null;
    set((s) => {
      const base = s.ingestBase ?? s.dataset;
      if (!s.review || !base) return s;
      const added = markEntity(s.review, graphNames(base.graph), words);
      if ('problem' in added) {
        problem = added.problem;
        return s;
      }
      return withReviewProducer(added.review)({ ...s, reviewFocus: { kind: 'entity', id: added.id } });
    });
    return problem;
  },
  unmarkWords: (entityId) => {
    let problem: string | null = null;
    set((s) => {
      if (!s.review) return s;
      const out = unmarkEntity(s.review, entityId);
      if ('problem' in out) {
        problem = out.problem;
        return s;
      }
      const gone = !out.entities.some((e) => e.id === entityId);
      return withReviewProducer(out)(
        gone && s.reviewFocus?.kind === 'entity' && s.reviewFocus.id === entityId
          ? { ...s, reviewFocus: null }
          : s,
      );
    });
    return problem;
  },
  addRelation: (stated) => {
    let problem: string | null = null;
    set((s) => {
      if (!s.review) return s;
      const added = addRelationByHand(s.review, stated);
      if ('problem' in added) {
        problem = added.problem;
        return s;
      }
      return withReviewProducer(added.review)({ ...s, reviewFocus: { kind: 'relation', id: added.id } });
    });
    return problem;
  },
  removeAddedRelation: (id) =>
    set((s) =>
      update(
        s.reviewFocus?.kind === 'relation' && s.reviewFocus.id === id ? { ...s, reviewFocus: null } : s,
        (r) => removeHandAdded(r, id),
      ),
    ),
  setReviewOpen: (reviewOpen) =>
    set((s) => (reviewOpen ? readReviewProducer({ ...s, reviewOpen }) : { reviewOpen })),
  discardReview: () => set(endReviewProducer),
  setIngestStatus: (ingestRunning, ingestProblem) => set({ ingestRunning, ingestProblem }),
  setReviewFocus: (reviewFocus) => set({ reviewFocus }),
});
