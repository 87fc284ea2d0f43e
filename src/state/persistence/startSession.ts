import type { Dataset } from '../../model/dataset';
import type { LoadResult } from '../../model/load';
import { notesFrom } from '../notesSlice';
import type { AppState } from '../store';
import { restoreViewFromUrl } from '../url/urlSync';
import { paramsToSnapshot, snapshotToParams } from '../url/viewUrl';
import { readArticles } from './articlesRecord';
import { startAutosave, type Autosave } from './autosave';
import { openSessionDb, type SessionDb } from './db';
import { clearSession } from './records';
import { restoreSession, type RestoredSession } from './restore';
import { BUNDLED_GRAPH_KEY } from './schema';

interface Store {
  getState(): AppState;
  setState(partial: Partial<AppState>): void;
  subscribe(listener: (state: AppState, prev: AppState) => void): () => void;
}

const startedFresh = (reason: string) =>
  `Your saved session could not be restored (${reason}); started fresh.`;

/** True when the URL describes a view of its own (a shared link): it then wins over the saved view. */
function urlCarriesView(params: URLSearchParams): boolean {
  return snapshotToParams(paramsToSnapshot(params)).toString() !== '';
}

/** Puts the saved view in the address bar (keeping other parameters), unless the URL has its own. */
function adoptSavedView(view: string | null): void {
  const current = new URLSearchParams(location.search);
  if (!view || urlCarriesView(current)) return;
  const merged = new URLSearchParams(view);
  current.forEach((value, key) => merged.append(key, value));
  history.replaceState(history.state, '', `${location.pathname}?${merged.toString()}${location.hash}`);
}

async function readSaved(): Promise<
  { db: SessionDb; restored: RestoredSession; notice: string | null } | { db: null; notice: string }
> {
  let db: SessionDb;
  let replaced: boolean;
  try {
    ({ db, replaced } = await openSessionDb());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      db: null,
      notice: `${startedFresh(`storage unavailable: ${reason}`)} Your work will not be kept after this page closes.`,
    };
  }
  try {
    const restored = await restoreSession(db);
    const { problem } = restored;
    const notice = replaced
      ? startedFresh('it was saved by a newer version of Dossier')
      : problem?.scope === 'session'
        ? startedFresh(problem.reason)
        : problem
          ? `Your notes on this graph could not be restored (${problem.reason}); they were cleared.`
          : null;
    return { db, restored, notice };
  } catch (error) {
    // The storage threw while reading: forget what is there (best effort) and start clean.
    await clearSession(db).catch(() => undefined);
    const fresh: RestoredSession = {
      graph: { kind: 'bundled' },
      view: null,
      pinned: [],
      notes: [],
      problem: null,
    };
    return {
      db,
      restored: fresh,
      notice: startedFresh(error instanceof Error ? error.message : String(error)),
    };
  }
}

/**
 * Start-up, before the first render: reopens the saved session (graph, view, pins, notes, the
 * articles added to the graph) or the
 * bundled corpus, applies the view (a URL with a view of its own wins over the saved one, so shared
 * links keep working), then saves from here on. What could not be restored is said in the session
 * notice. Never rejects: at worst the app starts fresh, unsaved.
 */
export async function startSession(
  store: Store,
  loadBundled: () => LoadResult,
): Promise<{ autosave: Autosave | null }> {
  const saved = await readSaved();
  const restored = saved.db ? saved.restored : null;
  let dataset: Dataset | null = null;
  let graphKey = BUNDLED_GRAPH_KEY;
  if (restored?.graph.kind === 'stored') {
    dataset = restored.graph.dataset;
    graphKey = restored.graph.key;
    store.getState().setDataset(dataset, restored.graph.origin);
  } else {
    const corpus = loadBundled();
    if (corpus.ok) {
      dataset = corpus.dataset;
      store.getState().setDataset(dataset);
    } else store.getState().setLoadIssues(corpus.issues);
  }

  adoptSavedView(restored?.view ?? null);
  restoreViewFromUrl(store);
  if (dataset) {
    const graph = dataset.graph;
    store.setState({ pinned: (restored?.pinned ?? []).filter((id) => graph.hasNode(id)) });
    store.getState().replaceNotes(dataset, notesFrom(restored?.notes ?? []));
  }
  let notice = saved.notice;
  if (saved.db && dataset) {
    // The articles added to this graph, reapplied to it (an older Dossier's single record is theirs).
    const articles = await readArticles(saved.db, graphKey, true).catch((error: unknown) => ({
      saved: null,
      problem: `The articles you added or were reviewing could not be read (${error instanceof Error ? error.message : String(error)}).`,
    }));
    if (articles.saved) store.getState().restoreArticles(articles.saved.added, articles.saved.review);
    notice = notice ?? articles.problem;
  }
  store.getState().setSessionNotice(notice);

  if (!saved.db) return { autosave: null };
  const autosave = startAutosave(store, saved.db, {
    graphKey,
    onError: (message) =>
      store
        .getState()
        .setSessionNotice(
          `Your work could not be saved in this browser (${message}); it lasts until the page closes.`,
        ),
  });
  return { autosave };
}
