import type { StateCreator } from 'zustand';
import type { Dataset } from '../model/dataset';
import { applyReview, type Decision, type RelationEdit, type Review } from '../model/ingest/review';
import type { DatasetState } from './datasetSlice';

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
}

export interface IngestActions {
  setAddArticleOpen(open: boolean): void;
  startReview(review: Review): void;
  restoreReview(review: Review): void;
  decide(relationId: string, decision: Decision | null): void;
  editRelation(relationId: string, edit: RelationEdit): void;
  toggleUnlink(entityId: string): void;
  setReviewOpen(open: boolean): void;
  discardReview(): void;
  setIngestStatus(running: boolean, problem: string | null): void;
}

type S = IngestState & DatasetState;

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

export const createIngestSlice: StateCreator<S & IngestActions, [], [], IngestState & IngestActions> = (
  set,
) => ({
  addArticleOpen: false,
  review: null,
  reviewOpen: false,
  ingestBase: null,
  ingestProblem: null,
  ingestRunning: false,
  setAddArticleOpen: (addArticleOpen) => set({ addArticleOpen }),
  startReview: (review) =>
    set((s) => ({
      ...withReviewProducer(review)({ ...s, ingestBase: s.review ? s.ingestBase : s.dataset }),
      reviewOpen: true,
    })),
  restoreReview: (review) =>
    set((s) => ({ ...withReviewProducer(review)({ ...s, ingestBase: s.dataset }), reviewOpen: true })),
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
  setReviewOpen: (reviewOpen) => set({ reviewOpen }),
  discardReview: () =>
    set((s) => ({
      ...s,
      review: null,
      reviewOpen: false,
      dataset: s.ingestBase ?? s.dataset,
      ingestBase: null,
    })),
  setIngestStatus: (ingestRunning, ingestProblem) => set({ ingestRunning, ingestProblem }),
});
