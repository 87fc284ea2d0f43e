import { toGraphData } from '../../model/formats/bundle';
import { notesFrom, selectNotes } from '../notesSlice';
import type { AppState } from '../store';
import { snapshotOf } from '../url/urlSync';
import { snapshotToParams } from '../url/viewUrl';
import type { SessionDb } from './db';
import { fingerprint } from './fingerprint';
import { readArticles, type SavedArticles } from './articlesRecord';
import { readNotes, writeArticles, writeNotes, writeSession, type SessionWrite } from './records';
import { BUNDLED_GRAPH_KEY, SESSION_FORMAT_VERSION, type GraphRecord } from './schema';
import { flushPendingEdits } from './pendingEdits';

interface Store {
  getState(): AppState;
  subscribe(listener: (state: AppState, prev: AppState) => void): () => void;
}

/** Changes are gathered for this long before a save, so typing or dragging a slider writes once. */
export const SAVE_DELAY_MS = 500;

export interface Autosave {
  /** Writes whatever is not saved yet (held-back edits included), now; resolves when it is stored. */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * The storage key of the open graph and, for an imported graph, the record that keeps it: its
 * self-contained bundle, keyed by a fingerprint of that bundle, so the same graph opened again
 * finds its notes.
 */
export function graphToKeep(state: OpenState & Pick<AppState, 'origin'>): {
  key: string;
  record: GraphRecord | null;
} {
  const graph = openedGraph(state);
  if (!graph || state.origin.kind === 'bundled') return { key: BUNDLED_GRAPH_KEY, record: null };
  const json = JSON.stringify(toGraphData(graph));
  const key = `graph:${fingerprint(json)}`;
  return { key, record: { version: SESSION_FORMAT_VERSION, key, json } };
}

/**
 * The graph as opened, without the articles added to it: those are kept apart and reapplied
 * (reviewPersistence.ts), so adding one neither stores a new graph nor moves its notes.
 */
const openedGraph = (state: OpenState) => state.ingestBase ?? state.dataset;
type OpenState = Pick<AppState, 'dataset'> & Partial<Pick<AppState, 'ingestBase'>>;

const articlesOf = (state: AppState): SavedArticles => ({ added: state.added, review: state.review });
const hasArticles = (state: AppState) => state.added.length > 0 || state.review !== null;

const viewQuery = (state: AppState) => snapshotToParams(snapshotOf(state)).toString();

/**
 * The one place the store is saved to IndexedDB. Every change of graph, view, pins, notes or added
 * articles is saved after `SAVE_DELAY_MS`, and at once when the page is hidden or left (`pagehide`),
 * since a pending timer would not outlive the page. Opening another graph first writes the old
 * graph's notes and articles under its own key, then brings the new graph's stored ones. Writes are
 * begun at once and done in that order; the first failure is reported through `onError` (the app
 * goes on, unsaved).
 */
export function startAutosave(
  store: Store,
  db: SessionDb,
  options: { graphKey: string; onError(message: string): void },
): Autosave {
  let graphKey = options.graphKey;
  // The graph record to write with the next save: a new graph was opened (null: the bundled corpus).
  let pendingGraph: GraphRecord | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();
  let reported = false;
  let lastView = viewQuery(store.getState());
  // The open graph's added articles changed since the last save.
  let articlesDirty = false;

  // Each job starts at once: IndexedDB runs transactions on the same stores in the order they were
  // begun, so writes need no queue of their own, and a save made as the page is left cannot wait
  // behind a write still in flight (the page would be gone before its turn came). `queue` only
  // tells `flush` when everything begun so far is done.
  const enqueue = (job: () => Promise<void>) => {
    const run = job().catch((error: unknown) => {
      if (reported) return;
      reported = true;
      options.onError(error instanceof Error ? error.message : String(error));
    });
    queue = Promise.all([queue, run]).then(() => undefined);
    return queue;
  };

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const state = store.getState();
    const write: SessionWrite = {
      session: {
        version: SESSION_FORMAT_VERSION,
        graphKey,
        origin: state.origin,
        view: viewQuery(state),
        pinned: [...state.pinned],
        savedAt: Date.now(),
      },
    };
    // Until the open graph's stored notes have arrived, there is nothing of this graph's to write.
    if (state.notesOf === state.dataset) {
      write.notes = { graphKey, notes: [...selectNotes(state).values()] };
    }
    if (articlesDirty) write.articles = { graphKey, saved: articlesOf(state) };
    articlesDirty = false;
    if (pendingGraph !== undefined) write.graph = pendingGraph;
    pendingGraph = undefined;
    return enqueue(() => writeSession(db, write));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  const pending = () => timer !== undefined || pendingGraph !== undefined;

  const graphOpened = (state: AppState, prev: AppState) => {
    const dataset = openedGraph(state);
    if (prev.notesOf === prev.dataset && prev.dataset) {
      const oldKey = graphKey;
      const oldNotes = [...prev.notes.values()];
      enqueue(() => writeNotes(db, oldKey, oldNotes));
    }
    if (articlesDirty || hasArticles(prev)) {
      const oldKey = graphKey;
      const oldArticles = articlesOf(prev);
      enqueue(() => writeArticles(db, oldKey, oldArticles));
    }
    articlesDirty = false;
    const next = graphToKeep(state);
    graphKey = next.key;
    pendingGraph = next.record;
    if (!dataset) return;
    const key = graphKey;
    enqueue(async () => {
      const stored = await readNotes(db, key);
      const now = store.getState();
      if (openedGraph(now) !== dataset || !now.dataset) return;
      // Notes written in the moment before the stored ones arrived win over them.
      const typed = now.notesOf === now.dataset ? [...now.notes.values()] : [];
      now.replaceNotes(now.dataset, notesFrom([...stored.notes, ...typed]));
    });
    enqueue(async () => {
      const { saved, problem } = await readArticles(db, key);
      const now = store.getState();
      if (openedGraph(now) !== dataset) return;
      if (problem) now.setSessionNotice(problem);
      // Articles begun in the moment before the stored ones arrived are not overwritten.
      if (saved && !hasArticles(now)) now.restoreArticles(saved.added, saved.review);
    });
  };

  const unsubscribe = store.subscribe((state, prev) => {
    let changed = false;
    if (openedGraph(state) !== openedGraph(prev) || state.origin !== prev.origin) {
      graphOpened(state, prev);
      changed = true;
    } else if (state.added !== prev.added || state.review !== prev.review) {
      articlesDirty = true;
      changed = true;
    }
    if (state.notes !== prev.notes || state.pinned !== prev.pinned) changed = true;
    const view = viewQuery(state);
    if (view !== lastView) {
      lastView = view;
      changed = true;
    }
    if (changed) schedule();
  });

  const saveNow = () => {
    flushPendingEdits();
    if (pending()) void save();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') saveNow();
  };
  // Guarded so the module also runs in Node (unit tests).
  const page = typeof window === 'undefined' ? null : window;
  page?.addEventListener('pagehide', saveNow);
  page?.document.addEventListener('visibilitychange', onVisibility);

  return {
    flush() {
      saveNow();
      return queue;
    },
    stop() {
      unsubscribe();
      clearTimeout(timer);
      page?.removeEventListener('pagehide', saveNow);
      page?.document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
